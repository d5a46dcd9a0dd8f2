// Turning a rule off for a workspace: the one feature that edits .followuprc.json, with
// jsonc-parser. Loaded on first use by extension.ts; the packaged extension ships it as its own
// file (see esbuild.mjs), so loading the extension does not compile it.
import * as vscode from 'vscode';
import { modify, applyEdits } from 'jsonc-parser';

/** Turns a rule off in a folder's `.followuprc.json` (`uri`), creating the file if needed; the edit can be undone. */
export async function disableRuleIn(uri: vscode.Uri, rule: string): Promise<boolean> {
  const edit = new vscode.WorkspaceEdit();
  let exists = true;
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    exists = false;
  }
  if (!exists) {
    edit.createFile(uri, { ignoreIfExists: true });
    edit.insert(uri, new vscode.Position(0, 0), `${JSON.stringify({ rules: { [rule]: 'off' } }, null, 2)}\n`);
  } else {
    const document = await vscode.workspace.openTextDocument(uri);
    const text = document.getText();
    const edits = modify(text.trim() === '' ? '{}' : text, ['rules', rule], 'off', { formattingOptions: { insertSpaces: true, tabSize: 2, eol: document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n' } });
    if (text.trim() === '') {
      edit.replace(uri, new vscode.Range(0, 0, document.lineCount, 0), `${applyEdits('{}', edits)}\n`);
    } else {
      for (const change of edits) {
        edit.replace(uri, new vscode.Range(document.positionAt(change.offset), document.positionAt(change.offset + change.length)), change.content);
      }
    }
  }
  const applied = await vscode.workspace.applyEdit(edit);
  if (applied) {
    const document = await vscode.workspace.openTextDocument(uri);
    await document.save();
  }
  return applied;
}
