// The extension in VS Code's web worker extension host, the one vscode.dev and github.dev run
// extensions in: no Node, no `process`, no `require` but for 'vscode'. The workbench is
// code-server's, in Chromium; the extension is told to run there by the `remote.extensionKind`
// setting (test/host/web.mjs). Node's `assert` does not exist here, hence `check`.
import * as vscode from 'vscode';
// The integration tests' helpers need nothing but 'vscode', so they run here too.
import { codeOf, ours, waitFor as waitForIn, workspaceUri } from '../integration/helpers';

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
  logLines(): readonly string[];
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** The web worker is slower to start than the Node host: the first findings can take longer. */
const waitFor = <T>(what: string, probe: () => T | undefined | false, timeoutMs = 20000) => waitForIn<T>(what, probe, timeoutMs);

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
      // The folder is not a file: URI here; the extension reaches it only through workspace.fs.
      folder: vscode.workspace.workspaceFolders?.[0].uri.scheme,
    };
    console.log(`    the host: ${JSON.stringify(facts)}`);
    check(scope === 'DedicatedWorkerGlobalScope', `the global scope is ${scope}`);
    check(facts.process === 'undefined' && facts.importScripts === 'function', 'this is not a web worker');
    // Extensions in the browser's worker run on the UI side: a Node extension host on the server would say Workspace.
    check(facts.extensionKind === 'UI', `the extension runs as ${facts.extensionKind}`);
    check(facts.folder !== 'file', 'the workspace folder is a file: URI, as on the desktop');
  });

  it('checks a faulty draft while it is open, from the engine fetched after activation', async () => {
    const uri = workspaceUri('follow-ups/2026-11-20-globex-thank-you-dana-whitfield.md');
    await vscode.window.showTextDocument(uri);
    const found = await waitFor('the draft’s findings', () => {
      const list = ours(uri);
      return list.length >= 5 && list;
    });
    const codes = new Set(found.map(codeOf));
    for (const rule of ['placeholder', 'desperate', 'salary', 'greeting-name']) check(codes.has(rule), `no ${rule} finding among ${[...codes].join(', ')}`);
  });

  it('reads the spelling dictionary through the extension’s own files: a typo only it knows is found', async () => {
    const uri = workspaceUri('follow-ups/2026-11-21-soylent-thank-you.md');
    const text = '---\ncompany: Soylent\nrole: Nutrition Scientist\ninterviewer: Ada Byron\ninterviewDate: 2026-11-20T14:30\n---\nSubject: Thank you: Nutrition Scientist interview\n\nDear Ada,\n\nThank you for explaining the product stratgey yesterday.\n\nBest regards,\nSam Lee\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      await vscode.window.showTextDocument(uri);
      try {
        await waitFor('“stratgey” to be underlined', () => ours(uri).some((d) => codeOf(d) === 'spelling' && d.message.includes('stratgey')));
      } catch (error) {
        throw new Error(`${(error as Error).message}; found ${ours(uri).map((d) => `${codeOf(d)}: ${d.message}`).join(' | ')}; log: ${api.logLines().join(' | ')}`, { cause: error });
      }
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
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

  it('exports the deadlines to a calendar file through workspace.fs', async () => {
    const target = workspaceUri('deadlines.ics');
    api.prompts();
    api.answer(target.toString());
    await vscode.commands.executeCommand('followup.exportCalendar');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    const events = text.split('BEGIN:VEVENT').length - 1;
    // One event for each deadline the view held when the file was written, as the message says.
    const saved = api.prompts().find((prompt) => prompt.kind === 'info' && prompt.text.startsWith('Saved '));
    check(saved, `no message after the export: ${JSON.stringify(api.prompts())}`);
    check(text.startsWith('BEGIN:VCALENDAR\r\n') && events > 0 && saved.text.startsWith(`Saved ${events} deadlines to deadlines.ics.`), `the calendar holds ${events} events, and the message says “${saved.text}”; it starts ${JSON.stringify(text.slice(0, 40))}`);
    await vscode.workspace.fs.delete(target);
  });

  it('applies a quick fix, and undo restores the draft', async () => {
    const uri = workspaceUri('follow-ups/2026-11-20-globex-thank-you-dana-whitfield.md');
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

  it('offers IntelliSense in the front-matter, a hover, and the snippets', async () => {
    const uri = workspaceUri('follow-ups/intellisense.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\ncompany: Globex\ninterviewer: Dana Whitfield\ninterviewDate: 2026-11-20T14:30\ntype: \n---\nfollowup'));
    try {
      await vscode.window.showTextDocument(uri);
      const labels = async (line: number, character: number) => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, character));
        return list.items.map((item) => ({ label: typeof item.label === 'string' ? item.label : item.label.label, kind: item.kind }));
      };
      const types = (await labels(4, 6)).filter((item) => item.kind === vscode.CompletionItemKind.EnumMember).map((item) => item.label);
      check(['thank-you', 'check-in', 'final'].every((type) => types.includes(type)), `the values offered for type: ${types.join(', ')}`);
      const snippets = (await labels(6, 8)).filter((item) => item.kind === vscode.CompletionItemKind.Snippet).map((item) => item.label);
      check(snippets.includes('followup-thank-you') && snippets.includes('followup-final'), `the snippets offered: ${snippets.join(', ')}`);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(3, 18));
      const hover = hovers.flatMap((found) => found.contents.map((content) => (typeof content === 'string' ? content : content.value))).join(' ').replace(/\\/g, '');
      check(hover.includes('This thank-you is due Sat 21 Nov 14:30'), `the hover says: ${hover}`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('copies the message, and builds the mail link from it', async () => {
    const uri = workspaceUri('follow-ups/send.md');
    const draft = '---\ncompany: Globex\nrole: Data Analyst\ninterviewer: Dana Whitfield\ninterviewDate: 2026-11-20T14:30\nemail: dana.whitfield@globex.example\n---\nSubject: Thank you: Data Analyst interview\n\nDear Dana,\n\nThank you for the **churn dashboard** demo.\n\nBest regards,\nSam Lee\n';
    const body = 'Dear Dana,\n\nThank you for the churn dashboard demo.\n\nBest regards,\nSam Lee';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(draft));
    try {
      const copied = await vscode.commands.executeCommand<string>('followup.copyMessage', uri);
      check(copied === body, `copied ${JSON.stringify(copied)}`);
      const clipboard = await vscode.env.clipboard.readText();
      check(clipboard === body, `the clipboard holds ${JSON.stringify(clipboard)}`);
      // Links are recorded by the test's answers rather than opened in a new tab.
      api.answer();
      api.prompts();
      const link = await vscode.commands.executeCommand<string>('followup.openInMail', uri);
      check(link === `mailto:dana.whitfield@globex.example?subject=${encodeURIComponent('Thank you: Data Analyst interview')}&body=${encodeURIComponent(body.replace(/\n/g, '\r\n'))}`, `the link is ${link}`);
      const opened = api.prompts();
      check(opened.length === 1 && opened[0].kind === 'open', `opened: ${JSON.stringify(opened)}`);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('loads the code of a command on demand: New Draft asks its first question', async () => {
    // Escape at the first question: the command's code was fetched, ran and asked; nothing was made.
    api.prompts();
    api.answer(null);
    const created = await vscode.commands.executeCommand('followup.newDraft');
    const asked = api.prompts();
    check(asked[0]?.text === 'New draft: what kind of message?', `New Draft asked: ${JSON.stringify(asked)}`);
    check(asked[0].choices.includes('thank-you') && created === undefined, 'New Draft made something');
  });
});
