import * as vscode from 'vscode';

export const SOURCE = 'Interview Follow-ups';

export function workspaceUri(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, path);
}

/** True when a file or folder exists. */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Opens a workspace file in an editor, as a user would. */
export async function openInEditor(path: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(path));
  return vscode.window.showTextDocument(document);
}

/** The extension's diagnostics for a document. */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** Polls until `probe` returns a value, failing with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 15000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until a document's diagnostics satisfy `accept`, and returns them. */
export function diagnosticsWhen(uri: vscode.Uri, what: string, accept: (d: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const diagnostics = ours(uri);
    return accept(diagnostics) ? diagnostics : undefined;
  });
}

/** The rule id of a diagnostic (its `code` is `{ value, target }`). */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

/** `code 1:1-1:4` for each diagnostic, with 1-based positions, to compare in one assertion. */
export function describe(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((d) => {
    const { start, end } = d.range;
    return `${codeOf(d)} ${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
  });
}

/** Reverts and closes every editor, so that no test sees another's edits or gets a save prompt. */
export async function closeAllEditors(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.visibleTextEditors.length > 0; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** An extension's activation as VS Code itself measured it, in milliseconds. */
export interface HostActivationTimes {
  /** Loading the extension's code (`require` of its main file). */
  readonly loadCode: number;
  /** The `activate` call, until it returned. */
  readonly callActivate: number;
  /** From `activate` returning until the value it returned settled. */
  readonly finishActivate: number;
  readonly event: string;
}

/**
 * Reads VS Code's own activation times for an extension from the "Developer: Startup
 * Performance" page (the workbench's `perf:Startup Performance` document, table "Extension
 * Activation Stats"). The Extensions view shows Load Code + Call Activate as the activation time.
 */
export async function hostActivationTimes(extensionId: string): Promise<HostActivationTimes> {
  // The page's content provider is created with the command that shows it. The page is updated
  // when the workbench hears of an activation, which can come after `activate()` has settled.
  await vscode.commands.executeCommand('perfview.show');
  const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'perf', path: 'Startup Performance' }));
  try {
    const row = await waitFor(`${extensionId} in the Startup Performance page's activation table`, () =>
      document
        .getText()
        .split('\n')
        .map((line) => line.split('|').map((cell) => cell.trim()))
        .find((cells) => cells[1]?.toLowerCase() === extensionId.toLowerCase()),
    );
    const [, , , loadCode, callActivate, finishActivate, event] = row;
    return { loadCode: Number(loadCode), callActivate: Number(callActivate), finishActivate: Number(finishActivate), event };
  } finally {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  }
}
