import * as vscode from 'vscode';
import type { Schedule } from '../core';
import { countOf } from '../core/wording';
import { Command } from './commands';
import type { DiagnosticsController } from './diagnostics';

/** What the status bar item shows, for the extension's test API. */
export interface StatusBarState {
  readonly text: string;
  readonly visible: boolean;
  /** The active draft's count of findings, once it is checked at its current version; undefined for other files. */
  readonly activeDraft?: { readonly findings: number };
}

/** What the item says about one draft, and whether VS Code's own Problems count already says it. */
interface DraftPart {
  readonly findings: number;
  readonly words: string;
  readonly needed: boolean;
}

const PROBLEMS = 'workbench.actions.view.problems';

/**
 * True when some file other than `uri` has a diagnostic that VS Code's Problems count includes
 * (an error, a warning or an information; hints are not counted): then that count no longer
 * says how this draft stands.
 */
function othersHaveProblems(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.languages
    .getDiagnostics()
    .some(([other, diagnostics]) => other.toString() !== key && diagnostics.some((diagnostic) => diagnostic.severity !== vscode.DiagnosticSeverity.Hint));
}

/**
 * The extension's one status bar item. It says how many follow-ups are due today or overdue, and,
 * for the active draft, how many findings it has, only when VS Code's own Problems count (beside
 * it) does not already say so because other files have problems too. Hidden when it has nothing
 * to say. Clicking it shows what is due, or the Problems panel when nothing is.
 */
export function registerStatusBar(diagnostics: DiagnosticsController, schedule: { current(): Schedule; readonly onDidChangeSchedule: vscode.Event<Schedule> }): vscode.Disposable & { state(): StatusBarState } {
  const item = vscode.window.createStatusBarItem('followup.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Interview Follow-ups';
  let visible = false;
  let activeDraft: StatusBarState['activeDraft'];

  const draftPart = (): DraftPart | undefined => {
    const document = vscode.window.activeTextEditor?.document;
    const result = document ? diagnostics.resultFor(document) : undefined;
    if (!document || !result) return undefined;
    const count = (severity: string) => result.findings.filter((finding) => finding.severity === severity).length;
    const [errors, warnings, notes] = [count('error'), count('warning'), count('information')];
    const findings = errors + warnings + notes;
    const words = [countOf(errors, 'error'), countOf(warnings, 'warning'), countOf(notes, 'note')].filter((part) => !part.startsWith('0 ')).join(', ');
    return { findings, words, needed: findings > 0 && othersHaveProblems(document.uri) };
  };

  const update = () => {
    const { items } = schedule.current();
    const overdue = items.filter((due) => due.group === 'overdue').length;
    const urgent = overdue + items.filter((due) => due.group === 'today').length;
    const draft = draftPart();
    activeDraft = draft && { findings: draft.findings };
    const parts: string[] = [];
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.isTrusted = { enabledCommands: [Command.revealDeadlines, PROBLEMS] };
    if (urgent > 0) {
      parts.push(`$(mail) ${countOf(urgent, 'follow-up')} due`);
      const when = [overdue > 0 ? `${overdue} overdue` : '', urgent > overdue ? `${urgent - overdue} due today` : ''].filter(Boolean).join(', ');
      tooltip.appendMarkdown(`${countOf(urgent, 'follow-up')} to send: ${when}. [Show them](command:${Command.revealDeadlines})`);
    }
    if (draft?.needed) {
      parts.push(`${urgent > 0 ? '' : '$(mail) '}${countOf(draft.findings, 'finding')} in this draft`);
      if (urgent > 0) tooltip.appendMarkdown('\n\n');
      tooltip.appendMarkdown(`This draft has ${draft.words}; the other problems in the count beside this are in other files. [Open the Problems panel](command:${PROBLEMS})`);
    }
    if (parts.length === 0) {
      item.hide();
      visible = false;
      return;
    }
    item.text = parts.join(' · ');
    item.tooltip = tooltip;
    item.command = urgent > 0 ? Command.revealDeadlines : PROBLEMS;
    item.show();
    visible = true;
  };

  // Other files' problems change whether the draft's count is worth saying: read once the
  // changes settle, never once per file (Check All Drafts publishes thousands).
  let pending: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    pending ??= setTimeout(() => {
      pending = undefined;
      update();
    }, 200);
  };

  update();
  const disposable = vscode.Disposable.from(
    item,
    schedule.onDidChangeSchedule(update),
    vscode.window.onDidChangeActiveTextEditor(update),
    diagnostics.onDidChange((uri) => {
      if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) update();
    }),
    vscode.languages.onDidChangeDiagnostics(soon),
    { dispose: () => pending !== undefined && clearTimeout(pending) },
  );
  return Object.assign(disposable, { state: () => ({ text: item.text, visible, activeDraft }) });
}
