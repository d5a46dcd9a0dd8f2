import * as vscode from 'vscode';
import { DateTime } from 'luxon';
import { registerDiagnostics } from './vscode/diagnostics';
import { Settings } from './vscode/settings';

/** Wires every feature; each returns a Disposable owned by the extension context. */
export function activate(context: vscode.ExtensionContext): void {
  const settings = new Settings();
  const now = () => DateTime.now();
  context.subscriptions.push(settings, registerDiagnostics(settings, now));
}

export function deactivate(): void {}
