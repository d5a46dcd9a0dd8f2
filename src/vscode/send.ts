import * as vscode from 'vscode';
import { engine } from './engine';
import { Command } from './commands';
import type { Settings } from './settings';

/** The active draft (or the one given), parsed; tells the user when there is none. */
async function draftOf(settings: Settings, uri?: vscode.Uri) {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Open a follow-up draft first.');
    return undefined;
  }
  const draft = engine().parseDraft(document.getText(), { timeZone: settings.for(document.uri).timeZone });
  if (!draft.isDraft) {
    void vscode.window.showInformationMessage('This file is not a follow-up draft: its front-matter names no company, interviewer or interview date.');
    return undefined;
  }
  return draft;
}

/** Puts the message's plain text on the clipboard; returns it. */
export async function copyMessage(settings: Settings, uri?: vscode.Uri): Promise<string | undefined> {
  const draft = await draftOf(settings, uri);
  if (!draft) return undefined;
  const { body } = engine().plainMessage(draft);
  await vscode.env.clipboard.writeText(body);
  void vscode.window.setStatusBarMessage('$(copy) Message copied without its front-matter and subject line', 4000);
  return body;
}

/**
 * Opens the message in the mail client through a mailto: link built from `email`, the subject
 * and the body. A body too long for a link is copied instead, and the user is told. Returns the
 * link (or undefined); with `open: false` it only builds it.
 */
export async function openInMail(settings: Settings, uri?: vscode.Uri, options: { open?: boolean } = {}): Promise<string | undefined> {
  const draft = await draftOf(settings, uri);
  if (!draft) return undefined;
  const message = engine().plainMessage(draft);
  const link = engine().mailtoLink(draft.fields.email ?? '', message);
  if (link.length > engine().MAILTO_LIMIT) {
    await vscode.env.clipboard.writeText(message.body);
    void vscode.window.showInformationMessage('This message is too long for a mail link, so it was copied instead; paste it into a new email.');
    return undefined;
  }
  if (!draft.fields.email) void vscode.window.showInformationMessage('Add `email:` to the front-matter to fill in the recipient next time.');
  if (options.open !== false) await vscode.env.openExternal(vscode.Uri.parse(link, true));
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
      new vscode.CodeLens(range, { title: '$(check) Mark as sent', command: Command.markAsSent, arguments: [document.uri], tooltip: 'Set `sent:` to now' }),
    ];
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function registerSendHelpers(settings: Settings): vscode.Disposable {
  const lenses = new SendCodeLenses(settings);
  return vscode.Disposable.from(
    lenses,
    vscode.languages.registerCodeLensProvider({ language: 'markdown' }, lenses),
    vscode.commands.registerCommand(Command.copyMessage, (uri?: vscode.Uri) => copyMessage(settings, uri)),
    vscode.commands.registerCommand(Command.openInMail, (uri?: vscode.Uri, options?: { open?: boolean }) => openInMail(settings, uri, options)),
  );
}
