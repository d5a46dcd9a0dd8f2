import * as vscode from 'vscode';
import { countOf } from '../core/wording';
import { engine } from './engine';
import { Command } from './commands';
import { registerSubjectCommand, type Subject } from './command-subject';
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

/** "Copy · Open in mail · Mark as sent" above the body of unsent drafts. */
export class SendCodeLenses implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly settings: Settings) {}

  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const draft = engine().parseDraft(document.getText(), { timeZone: this.settings.for(document.uri).timeZone, frontMatterOnly: true });
    if (!draft.isDraft || draft.fields.sent || !draft.frontMatter?.close) return [];
    const line = Math.min(document.positionAt(draft.bodyStart).line, document.lineCount - 1);
    const range = new vscode.Range(line, 0, line, 0);
    return [
      new vscode.CodeLens(range, { title: '$(copy) Copy', command: Command.copyMessage, arguments: [document.uri], tooltip: 'Copy the message as plain text' }),
      new vscode.CodeLens(range, { title: '$(mail) Open in mail', command: Command.openInMail, arguments: [document.uri], tooltip: 'Open it in your mail client' }),
      new vscode.CodeLens(range, { title: '$(check) Mark as sent', command: Command.markAsSent, arguments: [document.uri], tooltip: 'Record that you sent it now' }),
    ];
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function registerSendHelpers(context: SendContext): vscode.Disposable {
  const lenses = new SendCodeLenses(context.settings);
  return vscode.Disposable.from(
    lenses,
    vscode.languages.registerCodeLensProvider({ language: 'markdown' }, lenses),
    registerSubjectCommand(Command.copyMessage, (subject) => copyMessage(context, subject)),
    registerSubjectCommand(Command.openInMail, (subject) => openInMail(context, subject)),
  );
}
