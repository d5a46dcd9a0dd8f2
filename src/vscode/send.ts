import * as vscode from 'vscode';
import { engine, engineAvailable, engineReady, onDemand } from './engine';
import { Command } from './commands';
import { registerSubjectCommand } from './command-subject';
import type { SendContext } from './send-message';
import type { Settings } from './settings';

/** "Copy · Open in mail · Mark as sent" above the body of unsent drafts. */
export class SendCodeLenses implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly settings: Settings) {}

  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    // Before the engine has arrived (web worker host): none yet; they are asked for again then.
    if (!engineAvailable()) return [];
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
  if (!engineAvailable()) void engineReady().then(() => lenses.refresh());
  return vscode.Disposable.from(
    lenses,
    vscode.languages.registerCodeLensProvider({ language: 'markdown' }, lenses),
    registerSubjectCommand(Command.copyMessage, async (subject) => (await onDemand()).copyMessage(context, subject)),
    registerSubjectCommand(Command.openInMail, async (subject) => (await onDemand()).openInMail(context, subject)),
  );
}
