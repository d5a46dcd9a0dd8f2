import * as vscode from 'vscode';
import { Command } from './commands';
import type { Prompter } from './prompter';

/** The log's name in the Output view: the extension's own. */
export const LOG_NAME = 'Interview Follow-ups';

/** The last lines written, for the extension's test API. */
const MAX_REMEMBERED = 200;

/**
 * The extension's log: a LogOutputChannel in the Output view, created when the first line is
 * written (never during activation). Every internal error and every file that could not be read
 * goes here; only the first internal error of a session also shows a notification, which
 * offers to open the log. The same failure on every keystroke is written once.
 */
class Log {
  private channel: vscode.LogOutputChannel | undefined;
  private prompter: Prompter | undefined;
  private notified = false;
  private readonly written = new Set<string>();
  readonly lines: string[] = [];

  private output(): vscode.LogOutputChannel {
    return (this.channel ??= vscode.window.createOutputChannel(LOG_NAME, { log: true }));
  }

  register(prompter: Prompter): vscode.Disposable {
    this.prompter = prompter;
    return vscode.Disposable.from(vscode.commands.registerCommand(Command.showLog, () => this.output().show(true)), {
      dispose: () => {
        this.channel?.dispose();
        this.channel = undefined;
      },
    });
  }

  private write(level: 'warn' | 'error', line: string, detail?: string): void {
    if (this.written.has(line)) return;
    if (this.written.size > 1000) this.written.clear();
    this.written.add(line);
    this.lines.push(line);
    if (this.lines.length > MAX_REMEMBERED) this.lines.shift();
    const output = this.output();
    if (level === 'warn') output.warn(line);
    else output.error(detail ? `${line}\n${detail}` : line);
  }

  /** A file that could not be read: it is left out of the Follow-ups view and of the checks. */
  unreadable(uri: vscode.Uri, error: unknown): void {
    this.write('warn', `Could not read ${vscode.workspace.asRelativePath(uri)}, so it is left out: ${reason(error)}`);
  }

  /** A fault of the extension itself (a check that threw): logged, and the first one of a session shown. */
  internalError(what: string, error: unknown): void {
    this.write('error', `Internal error while ${what}: ${reason(error)}`, error instanceof Error ? error.stack : undefined);
    if (this.notified || !this.prompter) return;
    this.notified = true;
    void this.prompter
      .warn(`Interview Follow-ups ran into a fault of its own while ${what}; your drafts are unchanged, and the other checks still run.`, 'Show Log')
      .then((choice) => {
        if (choice === 'Show Log') this.output().show(true);
      });
  }
}

/** Why something failed, in a few words: the error's own message, without its stack. */
function reason(error: unknown): string {
  if (error instanceof vscode.FileSystemError) return error.code === 'FileNotFound' ? 'the file no longer exists' : error.code === 'NoPermissions' ? 'permission denied' : error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

export const log = new Log();
