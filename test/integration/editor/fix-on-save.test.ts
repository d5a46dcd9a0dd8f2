import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, diagnosticsWhen, waitFor, workspaceUri } from '../helpers';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** A copy of a faulty draft with two safe fixes ("REALLY" and "!!"), opened in an editor. */
async function openCopy(name: string): Promise<vscode.TextEditor> {
  const uri = workspaceUri(`etiquette/${name}.md`);
  await vscode.workspace.fs.writeFile(uri, await vscode.workspace.fs.readFile(workspaceUri('etiquette/faulty/shouting.md')));
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await diagnosticsWhen(uri, 'the two shouting findings', (d) => d.filter((x) => codeOf(x) === 'shouting').length === 2);
  return editor;
}

describe('fix on save and Fix All', () => {
  afterEach(closeAllEditors);

  for (const kind of ['source.fixAll', 'source.fixAll.followup']) {
    it(`applies the safe fixes when a draft is saved with "editor.codeActionsOnSave": { "${kind}": "explicit" }`, async () => {
      const settings = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
      await settings.update('codeActionsOnSave', { [kind]: 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
      const editor = await openCopy(`save-${kind}`);
      try {
        // Typed, then saved at once: the fixes must be computed for the text as it is now.
        await editor.edit((edit) => edit.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, '\n'));
        await vscode.commands.executeCommand('workbench.action.files.save');
        const saved = decode(await vscode.workspace.fs.readFile(editor.document.uri));
        assert.match(saved, /I really enjoyed our discussion! Your plan/);
        assert.match(saved, /I write SQL every day/);
        assert.strictEqual(editor.document.isDirty, false);
        await diagnosticsWhen(editor.document.uri, 'shouting to be gone', (d) => !d.some((x) => codeOf(x) === 'shouting'));
      } finally {
        await settings.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
        await vscode.workspace.fs.delete(editor.document.uri);
      }
    });
  }

  it('Fix All from the palette applies them, as one undoable edit', async () => {
    const editor = await openCopy('fix-all-palette');
    try {
      const before = editor.document.getText();
      await vscode.commands.executeCommand('editor.action.fixAll');
      await waitFor('Fix All to apply', () => /I really enjoyed our discussion! Your plan/.test(editor.document.getText()), 5000);
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(editor.document.getText(), before);
    } finally {
      await vscode.workspace.fs.delete(editor.document.uri);
    }
  });

  it('offers only quick fixes when asked for quick fixes, and nothing for other kinds', async () => {
    const editor = await openCopy('kinds');
    try {
      const uri = editor.document.uri;
      const all = new vscode.Range(0, 0, editor.document.lineCount, 0);
      const quick = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, all, 'quickfix');
      assert.ok(quick.length > 0 && quick.every((action) => action.kind?.value === 'quickfix'));
      const refactor = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, all, 'refactor');
      assert.deepStrictEqual(refactor.filter((action) => action.title.includes('follow-up')), []);
    } finally {
      await vscode.workspace.fs.delete(editor.document.uri);
    }
  });
});
