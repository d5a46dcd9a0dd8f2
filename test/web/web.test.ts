// The extension in VS Code's web worker extension host, the one vscode.dev and github.dev run
// extensions in: no Node, no `process`, no `require` but for 'vscode'. The workbench is
// code-server's, in Chromium; the extension is told to run there by the `remote.extensionKind`
// setting (test/host/web.mjs). Node's `assert` does not exist here, hence `check`.
import * as vscode from 'vscode';

const ID = 'interview-followups.interview-followups';
/** The fixed clock of the tests; a web worker has no environment, so it is set on the worker's global object. */
const NOW = '2026-11-21T09:00:00.000-05:00';

interface Api {
  dueItems(): readonly unknown[];
  deadlines(): { tree: Array<{ label: string; children: Array<{ label: string; title?: string; description?: string }> }> };
  statusBar(): { text: string; visible: boolean };
  scan(): { done: number; total: number; finished: boolean };
  answer(...answers: Array<string | null>): void;
  prompts(): Array<{ kind: string; text: string; choices: string[] }>;
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 20000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const file = (path: string) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, path);
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Interview Follow-ups');
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

describe('in the web worker extension host', () => {
  let extension: vscode.Extension<Api>;
  let api: Api;

  before(async () => {
    (globalThis as { FOLLOWUP_TEST_NOW?: string }).FOLLOWUP_TEST_NOW = NOW;
    extension = vscode.extensions.getExtension<Api>(ID)!;
    check(extension, `${ID} is not there`);
    check(!extension.isActive, 'the extension was activated before the test set its clock');
    api = await extension.activate();
  });

  it('runs in a web worker, not in Node', () => {
    const scope = (globalThis as { constructor?: { name?: string } }).constructor?.name;
    const facts = {
      globalScope: scope,
      process: typeof (globalThis as { process?: unknown }).process,
      require: typeof (globalThis as { require?: unknown }).require,
      importScripts: typeof (globalThis as { importScripts?: unknown }).importScripts,
      extensionKind: extension.extensionKind === vscode.ExtensionKind.UI ? 'UI' : 'Workspace',
      uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'Web' : 'Desktop',
      main: extension.packageJSON.browser,
    };
    console.log(`    the host: ${JSON.stringify(facts)}`);
    check(scope === 'DedicatedWorkerGlobalScope', `the global scope is ${scope}`);
    check(facts.process === 'undefined' && facts.importScripts === 'function', 'this is not a web worker');
    // Extensions in the browser's worker run on the UI side: a Node extension host on the server would say Workspace.
    check(facts.extensionKind === 'UI', `the extension runs as ${facts.extensionKind}`);
  });

  it('checks a faulty draft while it is open, from the engine fetched after activation', async () => {
    const uri = file('follow-ups/2026-11-20-globex-thank-you-dana-whitfield.md');
    await vscode.window.showTextDocument(uri);
    const found = await waitFor('the draft’s findings', () => {
      const list = ours(uri);
      return list.length >= 5 && list;
    });
    const codes = new Set(found.map(codeOf));
    for (const rule of ['placeholder', 'desperate', 'salary', 'greeting-name']) check(codes.has(rule), `no ${rule} finding among ${[...codes].join(', ')}`);
  });

  it('fills the Follow-ups view and the status bar item', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.followups');
    // The workspace's drafts are found with workspace.findFiles and read with workspace.fs.
    await waitFor('the first reading of the workspace', () => api.scan().finished, 60000);
    check(api.scan().total >= 11, `the scan found ${api.scan().total} files`);
    await waitFor('what is due', () => api.dueItems().length > 0);
    const groups = api.deadlines().tree.map((group) => group.label);
    check(groups[0]?.startsWith('Overdue'), `the groups are ${groups.join(', ')}`);
    await waitFor('the status bar item', () => api.statusBar().visible && /follow-ups? due/.test(api.statusBar().text));
  });

  it('applies a quick fix, and undo restores the draft', async () => {
    const uri = file('follow-ups/2026-11-20-globex-thank-you-dana-whitfield.md');
    const editor = await vscode.window.showTextDocument(uri);
    const before = editor.document.getText();
    const placeholder = await waitFor('the placeholder finding', () => ours(uri).find((d) => codeOf(d) === 'placeholder'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, placeholder.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((action) => action.edit && action.title.startsWith('Fill in'));
    check(fix, `no fix among: ${actions.map((action) => action.title).join(' | ')}`);
    check(await vscode.workspace.applyEdit(fix.edit!), 'the fix was not applied');
    check(!editor.document.getText().includes('[Company Name]') && editor.document.getText() !== before, 'the placeholder is still there');
    await vscode.commands.executeCommand('undo');
    check(editor.document.getText() === before, 'undo did not restore the draft');
  });

  it('loads the code of a command on demand: New Draft asks its first question', async () => {
    // Escape at the first question: the command's code was fetched, ran and asked; nothing was made.
    api.answer(null);
    const created = await vscode.commands.executeCommand('followup.newDraft');
    const asked = api.prompts();
    check(asked[0]?.text === 'New draft: what kind of message?', `New Draft asked: ${JSON.stringify(asked)}`);
    check(asked[0].choices.includes('thank-you') && created === undefined, 'New Draft made something');
  });
});
