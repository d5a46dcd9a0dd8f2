import * as vscode from 'vscode';
import type { Prompter } from './prompter';

/** Where a word the user accepts is kept: this workspace's settings, or the user's own. */
export type WordScope = 'workspace' | 'user';

const SETTING = 'spelling.words';

/**
 * Adds a word to `followup.spelling.words`, in the folder's settings or the user's, so that
 * `spelling` accepts it from then on; the notification offers Undo, which takes it out again.
 * Returns true when the word was added.
 */
export async function addWord(prompter: Prompter, word: string, scope: WordScope, folder?: vscode.Uri): Promise<boolean> {
  const config = vscode.workspace.getConfiguration('followup', folder);
  const target = scope === 'user' ? vscode.ConfigurationTarget.Global : folder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Workspace;
  const inspected = config.inspect<string[]>(SETTING);
  const current = (scope === 'user' ? inspected?.globalValue : folder ? inspected?.workspaceFolderValue : inspected?.workspaceValue) ?? [];
  if (current.some((known) => known.toLowerCase() === word.toLowerCase())) return false;
  await config.update(SETTING, [...current, word], target);
  const where = scope === 'user' ? 'your words' : "this workspace's words";
  void prompter.info(`Added “${word}” to ${where}; it will not be underlined again.`, 'Undo').then(async (choice) => {
    if (choice !== 'Undo') return;
    const now = (scope === 'user' ? config.inspect<string[]>(SETTING)?.globalValue : folder ? config.inspect<string[]>(SETTING)?.workspaceFolderValue : config.inspect<string[]>(SETTING)?.workspaceValue) ?? [];
    const without = now.filter((known) => known !== word);
    await vscode.workspace.getConfiguration('followup', folder).update(SETTING, without.length > 0 ? without : undefined, target);
  });
  return true;
}
