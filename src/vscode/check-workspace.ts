import * as vscode from 'vscode';
import type { DateTime } from 'luxon';
import { countOf } from '../core/wording';
import { engine } from './engine';
import type { Prompter } from './prompter';
import { Command } from './commands';
import { logFailures, type DiagnosticsController } from './diagnostics';
import { log } from './log';
import type { Settings } from './settings';
import { draftsGlob, EXCLUDE_GLOB, type WorkspaceDrafts } from './workspace-drafts';

/** Checks every draft of the workspace into the Problems panel, with progress; returns how many drafts it checked. */
export async function checkWorkspace(settings: Settings, drafts: WorkspaceDrafts, diagnostics: DiagnosticsController, now: () => DateTime, prompter: Prompter): Promise<number> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Checking follow-up drafts', cancellable: true },
    async (progress, token) => {
      await drafts.ready;
      const files = await vscode.workspace.findFiles(draftsGlob(), EXCLUDE_GLOB, undefined, token);
      let checked = 0;
      let unreadable = 0;
      let withFindings = 0;
      for (const [i, uri] of files.entries()) {
        if (token.isCancellationRequested) break;
        progress.report({ message: `${i + 1} of ${files.length}`, increment: 100 / files.length });
        const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
        if (open) {
          diagnostics.lint(open);
          const result = diagnostics.resultFor(open);
          if (result) checked++;
          if (result && result.findings.length > 0) withFindings++;
          continue;
        }
        const { timeZone, config } = settings.for(uri);
        let text: string;
        try {
          text = engine().decodeText(await vscode.workspace.fs.readFile(uri));
        } catch (error) {
          log.unreadable(uri, error);
          unreadable++;
          continue;
        }
        const draft = engine().parseDraft(text, { timeZone });
        drafts.update(uri, draft);
        if (!draft.isDraft) continue;
        checked++;
        const findings = engine().lintDraft(draft, { now: now().setZone(timeZone), timeZone, config, workspace: drafts.viewFor(uri), key: uri.toString(), dictionary: diagnostics.dictionary });
        logFailures(findings, vscode.workspace.asRelativePath(uri));
        diagnostics.publish(uri, text, findings);
        if (findings.length > 0) withFindings++;
      }
      // Nothing to act on but the findings themselves: they are in the Problems panel, which
      // opens when there are some, and the count goes in the status bar for a few seconds. A
      // notification only when files could not be read, which the user may have to fix.
      void vscode.window.setStatusBarMessage(`$(check) Checked ${countOf(checked, 'follow-up draft')}: ${withFindings === 0 ? 'nothing to fix' : `${withFindings} with findings`}`, 8000);
      if (withFindings > 0) void vscode.commands.executeCommand('workbench.actions.view.problems');
      if (unreadable > 0) {
        void prompter.warn(`${countOf(unreadable, 'file')} could not be read, so ${unreadable === 1 ? 'it was' : 'they were'} not checked; the log says which and why.`, 'Show Log').then((choice) => {
          if (choice === 'Show Log') void vscode.commands.executeCommand(Command.showLog);
        });
      }
      return checked;
    },
  );
}

export function registerCheckWorkspace(settings: Settings, drafts: WorkspaceDrafts, diagnostics: DiagnosticsController, now: () => DateTime, prompter: Prompter): vscode.Disposable {
  return vscode.commands.registerCommand(Command.checkWorkspace, () => checkWorkspace(settings, drafts, diagnostics, now, prompter));
}
