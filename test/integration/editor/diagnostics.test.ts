import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, describe as summarize, diagnosticsWhen, openInEditor, ours, SOURCE, waitFor } from '../helpers';

const EXTENSION_ID = 'interview-followups.interview-followups';

describe('diagnostics in the editor', () => {
  afterEach(closeAllEditors);

  it('activates on Markdown, in a workspace it need not trust', async () => {
    await openInEditor('drafts/clean.md');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'extension not found');
    await waitFor('activation', () => extension.isActive);
    assert.strictEqual(extension.packageJSON.capabilities.untrustedWorkspaces.supported, true);
  });

  it('points a broken front-matter line out, at that line', async () => {
    const editor = await openInEditor('drafts/broken-yaml.md');
    const diagnostics = await diagnosticsWhen(editor.document.uri, 'the YAML error', (d) => d.length > 0);
    assert.deepStrictEqual(summarize(diagnostics), ['frontmatter-yaml 6:1-6:43']);
    const [diagnostic] = diagnostics;
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(diagnostic.source, SOURCE);
    assert.strictEqual(editor.document.getText(diagnostic.range), 'subject: Thank you: Data Analyst interview');
    assert.match(diagnostic.message, /put the whole value in quotes/);
  });

  it('clears the error once the line is fixed, and brings it back on undo', async () => {
    const editor = await openInEditor('drafts/broken-yaml.md');
    const uri = editor.document.uri;
    await diagnosticsWhen(uri, 'the YAML error', (d) => d.length === 1);
    const line = editor.document.lineAt(5);
    await editor.edit((edit) => edit.replace(line.range, 'subject: "Thank you: Data Analyst interview"'));
    await diagnosticsWhen(uri, 'the error to go', (d) => d.length === 0);
    await vscode.commands.executeCommand('undo');
    const back = await diagnosticsWhen(uri, 'the error to return', (d) => d.length === 1);
    assert.deepStrictEqual(summarize(back), ['frontmatter-yaml 6:1-6:43']);
  });

  it('asks for a missing company at the opening line, and updates while typing', async () => {
    const editor = await openInEditor('drafts/missing-company.md');
    const uri = editor.document.uri;
    const diagnostics = await diagnosticsWhen(uri, 'the missing company', (d) => d.length > 0);
    assert.deepStrictEqual(summarize(diagnostics), ['frontmatter-required 1:1-1:4']);
    assert.match(diagnostics[0].message, /company: Globex/);

    // Type a mistyped key at the start of line 2, one keystroke at a time, as a user would.
    const start = editor.document.offsetAt(new vscode.Position(1, 0));
    const typing = 'compnay: Globex\n';
    for (let i = 0; i < typing.length; i++) {
      await editor.edit((edit) => edit.insert(editor.document.positionAt(start + i), typing[i]), { undoStopBefore: false, undoStopAfter: false });
    }
    // Checked after the typing pause, so the key is flagged whole, never half typed.
    const typed = await diagnosticsWhen(uri, 'the typo to be flagged', (d) => d.some((x) => codeOf(x) === 'frontmatter-unknown-key'));
    assert.deepStrictEqual(summarize(typed), ['frontmatter-required 1:1-1:4', 'frontmatter-unknown-key 2:1-2:8']);
    assert.match(typed[1].message, /did you mean “company”/);
  });

  it('never nags a README whose front-matter is not a draft', async () => {
    const readme = (await openInEditor('README.md')).document;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(readme.uri, new vscode.Position(1, 0), 'interview_date: soon\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    // A draft opened and edited after the README is checked after it: once the draft shows its
    // diagnostics, the README has had its turn.
    const draft = await openInEditor('drafts/missing-company.md');
    await draft.edit((e) => e.insert(new vscode.Position(1, 0), 'pronouns: she/her\n'));
    await diagnosticsWhen(draft.document.uri, 'the draft to be checked', (d) => d.some((x) => codeOf(x) === 'frontmatter-unknown-key'));
    assert.deepStrictEqual(ours(readme.uri), []);
    assert.match(readme.getText(), /interview_date: soon/);
  });

  it('drops the diagnostics when a file stops being a draft', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\ncompany:\n---\nHello\n' });
    const editor = await vscode.window.showTextDocument(document);
    await diagnosticsWhen(document.uri, 'the empty company', (d) => d.length > 0);
    await editor.edit((edit) => edit.replace(document.lineAt(1).range, 'title: Blog post'));
    await diagnosticsWhen(document.uri, 'the diagnostics to go', (d) => d.length === 0);
  });

  it('clears the diagnostics when the document is no longer Markdown', async () => {
    const editor = await openInEditor('drafts/missing-company.md');
    await diagnosticsWhen(editor.document.uri, 'the missing company', (d) => d.length > 0);
    await vscode.languages.setTextDocumentLanguage(editor.document, 'plaintext');
    await diagnosticsWhen(editor.document.uri, 'the diagnostics to go', (d) => d.length === 0);
  });

  it('clears the diagnostics when the document is closed', async () => {
    // An untitled document is disposed as soon as its editor closes; a file's may be kept.
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\ncompany:\n---\n' });
    await vscode.window.showTextDocument(document);
    const uri = document.uri;
    await diagnosticsWhen(uri, 'the empty company', (d) => d.length > 0);
    const closed = new Promise<void>((resolve) => {
      const listener = vscode.workspace.onDidCloseTextDocument((document) => {
        if (document.uri.toString() === uri.toString()) {
          listener.dispose();
          resolve();
        }
      });
    });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closed;
    assert.deepStrictEqual(ours(uri), []);
  });
});
