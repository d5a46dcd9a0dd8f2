import * as vscode from 'vscode';

/** A quick pick entry; `value` is what the command reads, when it differs from the label. */
export interface PickItem extends vscode.QuickPickItem {
  readonly value?: string;
}

/** One thing the extension said to or asked of the user, as the extension's test API reports it. */
export interface Prompt {
  readonly kind: 'pick' | 'input' | 'save' | 'info' | 'warning' | 'confirm' | 'open';
  /** The question, message or link, as the user saw it. */
  readonly text: string;
  /** The buttons or the labels of the choices. */
  readonly choices: readonly string[];
}

/**
 * Every question a command asks and every notification it shows goes through one object, so that
 * the wording lives in one kind of call (which a unit test reviews) and so that the integration
 * tests can answer the questions as a user would (see `script`) while the commands themselves
 * are invoked exactly as VS Code's menus invoke them.
 */
export class Prompter {
  private answers: Array<string | null> | undefined;
  private readonly said: Prompt[] = [];

  /**
   * From now on, questions take their answers from this queue (null is Escape; a question asked
   * when the queue is empty is cancelled), notifications are recorded, and links are not opened.
   * Only the extension's test API calls this.
   */
  script(answers: ReadonlyArray<string | null>): void {
    (this.answers ??= []).push(...answers);
  }

  /** What was said and asked since the last call, oldest first. */
  take(): Prompt[] {
    return this.said.splice(0);
  }

  private record(kind: Prompt['kind'], text: string, choices: readonly string[] = []): void {
    if (this.answers) this.said.push({ kind, text, choices });
  }

  private next(): string | undefined {
    const answer = this.answers!.shift();
    return answer === null ? undefined : answer;
  }

  async pick<T extends PickItem>(items: readonly T[], options: { title: string; placeHolder?: string }): Promise<T | undefined> {
    this.record('pick', options.title, items.map((item) => item.label));
    if (!this.answers) return vscode.window.showQuickPick(items, { ...options, ignoreFocusOut: true });
    const answer = this.next();
    if (answer === undefined) return undefined;
    const found = items.find((item) => item.value === answer || item.label === answer);
    if (!found) throw new Error(`scripted answer '${answer}' is not among: ${items.map((item) => item.label).join(', ')}`);
    return found;
  }

  async input(options: { title: string; prompt: string; value?: string; validate: (value: string) => string | undefined }): Promise<string | undefined> {
    // The value offered is recorded too, so that tests can see what a question pre-fills.
    this.record('input', options.title, options.value !== undefined ? [options.value] : []);
    if (!this.answers) {
      return vscode.window.showInputBox({ title: options.title, prompt: options.prompt, value: options.value, validateInput: options.validate, ignoreFocusOut: true });
    }
    const answer = this.next();
    const problem = answer === undefined ? undefined : options.validate(answer);
    if (problem) throw new Error(`scripted answer '${answer}' is refused: ${problem}`);
    return answer;
  }

  /** Where to save a file; the scripted answer is a path or a URI. */
  async saveAs(options: { title: string; defaultUri?: vscode.Uri; filters: Record<string, string[]> }): Promise<vscode.Uri | undefined> {
    // The place offered is recorded too, so that tests can see where the dialog opens.
    this.record('save', options.title, options.defaultUri ? [options.defaultUri.toString()] : []);
    if (!this.answers) return vscode.window.showSaveDialog({ title: options.title, defaultUri: options.defaultUri, filters: options.filters });
    const answer = this.next();
    return answer === undefined ? undefined : /^[a-z][\w+.-]*:/i.test(answer) ? vscode.Uri.parse(answer) : vscode.Uri.file(answer);
  }

  /** A notification; resolves to the button pressed, if any. */
  info(message: string, ...buttons: string[]): Promise<string | undefined> {
    return this.notify('info', message, buttons);
  }

  /** A warning notification; resolves to the button pressed, if any. */
  warn(message: string, ...buttons: string[]): Promise<string | undefined> {
    return this.notify('warning', message, buttons);
  }

  private async notify(kind: 'info' | 'warning', message: string, buttons: string[]): Promise<string | undefined> {
    this.record(kind, message, buttons);
    if (this.answers) return buttons.length > 0 ? this.next() : undefined;
    return kind === 'info' ? vscode.window.showInformationMessage(message, ...buttons) : vscode.window.showWarningMessage(message, ...buttons);
  }

  /** A question that must be answered before the command goes on (a modal dialog). */
  async confirm(message: string, detail: string, ...buttons: string[]): Promise<string | undefined> {
    this.record('confirm', detail ? `${message} ${detail}` : message, buttons);
    if (this.answers) return this.next();
    return vscode.window.showWarningMessage(message, { modal: true, detail: detail || undefined }, ...buttons);
  }

  /** Opens a link outside VS Code (a mail client); scripted, it is only recorded. */
  async openExternal(uri: vscode.Uri): Promise<boolean> {
    this.record('open', uri.toString(true));
    return this.answers ? true : vscode.env.openExternal(uri);
  }
}
