// Copy and Open in mail: the commands' own code, loaded when one first runs (see on-demand.ts).
import * as vscode from 'vscode';
import { countOf } from '../core/wording';
import { engine } from './engine';
import type { Subject } from './command-subject';
import type { DiagnosticsController } from './diagnostics';
import type { Prompter } from './prompter';
import type { Settings } from './settings';

/** The copy and mail commands: what they read the draft with, and whom they ask. */
export interface SendContext {
  readonly settings: Settings;
  readonly diagnostics: DiagnosticsController;
  readonly prompter: Prompter;
}

/** The draft a send command works on (the given file, or the active editor's), parsed; tells the user when there is none. */
async function draftOf({ settings, prompter }: SendContext, subject: Subject) {
  const uri = subject.kind === 'file' ? subject.uri : subject.kind === 'item' && subject.item.draft ? vscode.Uri.parse(subject.item.draft) : undefined;
  const document = uri ? await vscode.workspace.openTextDocument(uri) : undefined;
  if (!document || document.languageId !== 'markdown') {
    void prompter.info('Open a follow-up draft first.');
    return undefined;
  }
  const draft = engine().parseDraft(document.getText(), { timeZone: settings.for(document.uri).timeZone });
  if (!draft.isDraft) {
    void prompter.info('This file is not a follow-up draft: its front-matter names no company, interviewer or interview date.');
    return undefined;
  }
  return { document, draft };
}

/**
 * Before a draft leaves the editor: if it still has an error (a placeholder, another company's
 * name), asks "This draft still has “[Your Name]”. Copy anyway?". Returns true to go on.
 */
async function readyToSend({ diagnostics, prompter }: SendContext, document: vscode.TextDocument, action: 'Copy' | 'Open'): Promise<boolean> {
  const findings = diagnostics.findingsFor(document);
  const problem = findings && engine().sendProblem(document.getText(), findings);
  if (!problem) return true;
  const goOn = action === 'Copy' ? 'Copy Anyway' : 'Open Anyway';
  const detail = problem.others > 0 ? `It has ${countOf(problem.others, 'more problem', 'more problems')} marked as errors in the Problems panel.` : '';
  const choice = await prompter.confirm(`${problem.sentence} ${action === 'Copy' ? 'Copy' : 'Open it in your mail client'} anyway?`, detail, goOn, 'Show Problem');
  if (choice === 'Show Problem') {
    const editor = await vscode.window.showTextDocument(document);
    const range = new vscode.Range(document.positionAt(problem.finding.span.start), document.positionAt(problem.finding.span.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return choice === goOn;
}

/** Puts the message's plain text on the clipboard; returns it. */
export async function copyMessage(context: SendContext, subject: Subject): Promise<string | undefined> {
  const found = await draftOf(context, subject);
  if (!found || !(await readyToSend(context, found.document, 'Copy'))) return undefined;
  const { body } = engine().plainMessage(found.draft);
  await vscode.env.clipboard.writeText(body);
  void vscode.window.setStatusBarMessage('$(copy) Message copied without its front-matter and subject line', 4000);
  return body;
}

/**
 * Opens the message in the mail client through a mailto: link built from `email`, the subject
 * and the body. A body too long for a link is copied instead, and the user is told. Returns the
 * link, or undefined when nothing was opened.
 */
export async function openInMail(context: SendContext, subject: Subject): Promise<string | undefined> {
  const found = await draftOf(context, subject);
  if (!found || !(await readyToSend(context, found.document, 'Open'))) return undefined;
  const { draft } = found;
  const message = engine().plainMessage(draft);
  const link = engine().mailtoLink(draft.fields.email ?? '', message);
  if (link.length > engine().MAILTO_LIMIT) {
    await vscode.env.clipboard.writeText(message.body);
    void context.prompter.info('This message is too long for a mail link, so it was copied instead. Paste it into a new email.');
    return undefined;
  }
  await context.prompter.openExternal(vscode.Uri.parse(link, true));
  return link;
}

