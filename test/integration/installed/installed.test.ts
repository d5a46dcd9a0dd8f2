// The extension as a user installs it: the .vsix from `npm run package`, installed into
// code-server with --install-extension, in a workspace that is NOT trusted (restricted mode).
import * as assert from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, ours, waitFor, workspaceUri } from '../helpers';

interface Api {
  dueItems(): readonly unknown[];
  statusBar(): { text: string; visible: boolean };
}

const ID = 'interview-followups.interview-followups';
const BUNDLE_TARGET = 250 * 1024;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true })
    .map((name) => String(name))
    .filter((name) => statSync(join(folder, name)).isFile())
    .map((name) => name.split(sep).join('/'));
}

describe('the installed .vsix, in an untrusted workspace', () => {
  let extension: vscode.Extension<Api>;
  let api: Api;
  before(async () => {
    extension = vscode.extensions.getExtension<Api>(ID)!;
    assert.ok(extension, `${ID} is not installed`);
    api = await extension.activate();
  });
  afterEach(closeAllEditors);

  it('is the installed copy, not the development folder, and the workspace is untrusted', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false, 'the workspace should be in restricted mode');
    const installedIn = process.env.E2E_EXTENSIONS_DIR;
    assert.ok(installedIn, 'E2E_EXTENSIONS_DIR is not set (see test/host/launcher.js)');
    assert.ok(!relative(installedIn, extension.extensionPath).startsWith('..'), `${extension.extensionPath} is not under ${installedIn}`);
    assert.ok(extension.isActive);
  });

  it('ships the bundle only: no sources, no node_modules, no tests, no source maps', () => {
    const files = filesUnder(extension.extensionPath);
    console.log(`    the installed extension holds ${files.length} files`);
    const unwanted = files.filter((file) => /^(src|test|out|bench|node_modules|\.vscode-test|examples)\//.test(file) || /\.(ts|map|mjs)$/.test(file) || (/(^|\/)\./.test(file) && file !== '.vsixmanifest'));
    assert.deepStrictEqual(unwanted, []);
    assert.deepStrictEqual(files.filter((file) => file.endsWith('.js')), ['dist/extension.js']);
    for (const needed of ['package.json', 'readme.md', 'changelog.md', 'LICENSE.txt', 'media/screenshots/deadlines.png', 'snippets/followup.code-snippets', 'syntaxes/followup.injection.tmLanguage.json', 'media/followups.svg', 'docs/rules/salary.md']) {
      assert.ok(files.includes(needed), `${needed} is missing`);
    }
    // Printed, not asserted: the bundle is over the 250 KB target (yaml and luxon are 165 KB of
    // it); see the README's Performance section.
    const bundle = statSync(join(extension.extensionPath, 'dist/extension.js')).size;
    const verdict = bundle <= BUNDLE_TARGET ? 'within' : `${((bundle - BUNDLE_TARGET) / 1024).toFixed(1)} KB over`;
    console.log(`    dist/extension.js is ${(bundle / 1024).toFixed(1)} KB (target ${BUNDLE_TARGET / 1024} KB: ${verdict})`);
  });

  it('checks a draft while it is open', async () => {
    const uri = workspaceUri('follow-ups/2026-11-20-globex-thank-you-dana-whitfield.md');
    await vscode.window.showTextDocument(uri);
    const diagnostics = await waitFor('the draft to be checked', () => {
      const found = ours(uri);
      return found.length >= 5 ? found : undefined;
    });
    assert.deepStrictEqual(diagnostics.map(codeOf).sort(), ['desperate', 'greeting-name', 'no-call-to-action', 'placeholder', 'salary']);
  });

  it('shows what is due in its view', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.followups');
    const items = await waitFor('the deadlines', () => (api.dueItems().length > 0 ? api.dueItems() : undefined));
    assert.strictEqual(items.length, 8);
  });

  it('inserts a snippet', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Follow-up thank-you email' });
    assert.match(document.getText(), /^---\ncompany: Company\n[\s\S]*type: thank-you\n---\nSubject: Thank you: /);
  });

  it('never runs ---js front-matter: it is refused with a finding, and its code has no effect', async () => {
    const marker = join(mkdtempSync(join(tmpdir(), 'followup-js-')), 'executed');
    const uri = workspaceUri('follow-ups/javascript.md');
    const attack = `(require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'), 'Globex')`;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`---js\n{ company: ${attack}, interviewer: 'Dana', interviewDate: '2026-11-20' }\n---\nDear Dana,\n`));
    await vscode.window.showTextDocument(uri);
    const [refusal] = await waitFor('the refusal', () => {
      const found = ours(uri).filter((d) => codeOf(d) === 'frontmatter-yaml');
      return found.length > 0 ? found : undefined;
    });
    assert.match(refusal.message, /marked as `js`, which is never run or read/);
    // The workspace index read it too (for the tree); give a moment for anything that might run.
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.strictEqual(existsSync(marker), false, 'the ---js front-matter was executed');
    await vscode.workspace.fs.delete(uri);
  });
});
