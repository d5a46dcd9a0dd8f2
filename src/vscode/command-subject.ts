import * as vscode from 'vscode';
import type { DueItem } from '../core';

/**
 * What a command acts on, whichever way it was run: an item of the Follow-ups view (from its
 * context menu, an inline button or a click), a file (from the Explorer, the editor title or a
 * CodeLens), or nothing (from the Command Palette or a key binding).
 */
export type Subject =
  | { readonly kind: 'item'; readonly item: DueItem }
  | { readonly kind: 'file'; readonly uri: vscode.Uri; readonly fromEditor: boolean }
  | { readonly kind: 'none' };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function isDueItem(value: unknown): value is DueItem {
  return isObject(value) && typeof value.kind === 'string' && typeof value.company === 'string' && Array.isArray(value.drafts);
}

function asUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && /^[a-z][\w+.-]*:/i.test(value)) return vscode.Uri.parse(value);
  return undefined;
}

/**
 * Reads the first argument VS Code passed to a command. Tree nodes of the Follow-ups view are
 * `{ type: 'item', item }` (a due item), `{ type: 'closed', application }` and
 * `{ type: 'problem', key }` (a file); a CodeLens may pass `{ uri }`.
 */
export function subjectOf(argument: unknown): Subject {
  const uri = asUri(argument);
  if (uri) return { kind: 'file', uri, fromEditor: false };
  if (isDueItem(argument)) return { kind: 'item', item: argument };
  if (isObject(argument)) {
    if (argument.type === 'item' && isDueItem(argument.item)) return { kind: 'item', item: argument.item };
    if (argument.type === 'closed' && isObject(argument.application) && Array.isArray(argument.application.drafts)) {
      const first = asUri(argument.application.drafts[0]);
      if (first) return { kind: 'file', uri: first, fromEditor: false };
    }
    const key = asUri(argument.type === 'problem' ? argument.key : argument.uri);
    if (key) return { kind: 'file', uri: key, fromEditor: false };
  }
  return { kind: 'none' };
}

/** The subject, or, when the command was given none, the Markdown file in the active editor. */
export function subjectOrActiveEditor(argument: unknown): Subject {
  const subject = subjectOf(argument);
  if (subject.kind !== 'none') return subject;
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'markdown' ? { kind: 'file', uri: document.uri, fromEditor: true } : subject;
}

/**
 * Registers a command that acts on a subject: the one adapter in front of every command that a
 * menu, a tree item, the Explorer, a CodeLens or the palette can run.
 */
export function registerSubjectCommand(id: string, run: (subject: Subject) => unknown): vscode.Disposable {
  return vscode.commands.registerCommand(id, (argument?: unknown) => run(subjectOrActiveEditor(argument)));
}
