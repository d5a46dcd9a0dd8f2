import * as vscode from 'vscode';
import { countOf } from '../core/wording';
import type { DiagnosticsController } from './diagnostics';

/** What the status bar item shows, for the extension's test API. */
export interface StatusBarState {
  readonly text: string;
  readonly visible: boolean;
}

/** Shows the active draft's count of findings; hidden for files that are not drafts. */
export function registerStatusBar(diagnostics: DiagnosticsController): vscode.Disposable & { state(): StatusBarState } {
  let visible = false;
  const item = vscode.window.createStatusBarItem('followup.findings', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Follow-up findings';
  item.command = 'workbench.actions.view.problems';

  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    const result = document ? diagnostics.resultFor(document) : undefined;
    if (!result) {
      item.hide();
      visible = false;
      return;
    }
    const count = (severity: string) => result.findings.filter((finding) => finding.severity === severity).length;
    const [errors, warnings, notes] = [count('error'), count('warning'), count('information')];
    const total = errors + warnings + notes;
    item.text = total === 0 ? '$(pass) Draft looks good' : `$(mail) ${countOf(total, 'follow-up finding')}`;
    item.tooltip = total === 0 ? 'No follow-up problems in this draft' : `${countOf(errors, 'error')}, ${countOf(warnings, 'warning')} and ${countOf(notes, 'note')} in this draft. Click to open the Problems panel.`;
    item.show();
    visible = true;
  };

  update();
  const disposable = vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    diagnostics.onDidChange((uri) => {
      if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) update();
    }),
  );
  return Object.assign(disposable, { state: () => ({ text: item.text, visible }) });
}
