import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, diagnosticsWhen, ours, waitFor, workspaceUri } from '../helpers';

// Proofreading in the editor: the dictionary is read after the first check, then the open
// drafts are checked again with it; its fixes replace the word, undoably; "Add to this
// workspace's words" and a cspell.json at the root silence a word the writer knows is right.

interface Api {
  answer(...answers: Array<string | null>): void;
  prompts(): Array<{ kind: string; text: string; choices: string[] }>;
}

const DRAFT = [
  '---',
  'company: Ngozi Analytics',
  'role: Data Engineer',
  'interviewer: Siobhán Ó Murchú',
  'interviewDate: 2026-11-20T14:30',
  '---',
  'Subject: Thank you: Data Engineer interview at Ngozi Analytics',
  '',
  'Dear Siobhán,',
  '',
  'Thank you for walking me through the stratgey for the dbt models on K8s at Ngozi Analytics. My freind Tāne said their is no better team, and the Kirsteen dashboards were impressive.',
  '',
  'I am very interested in the Data Engineer role and look forward to hearing about the next steps.',
  '',
  'Best regards,',
  'Sam Lee',
  '',
].join('\n');

const proofreading = (uri: vscode.Uri) =>
  ours(uri)
    .filter((d) => codeOf(d) === 'spelling' || codeOf(d) === 'grammar')
    .map((d) => `${codeOf(d)} ${d.message}`);

describe('proofreading in the editor', () => {
  let api: Api;
  const uri = () => workspaceUri('drafts/proofreading.md');
  before(async () => {
    api = await vscode.extensions.getExtension<Api>('interview-followups.interview-followups')!.activate();
  });
  afterEach(async () => {
    await closeAllEditors();
    await vscode.workspace.getConfiguration('followup', uri()).update('spelling.words', undefined, vscode.ConfigurationTarget.Workspace);
  });
  after(async () => {
    await vscode.workspace.fs.delete(uri());
    await vscode.workspace.fs.delete(workspaceUri('cspell.json')).then(undefined, () => undefined);
  });

  it('finds typos with the dictionary and confused words, and leaves names, tools and acronyms alone', async () => {
    await vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode(DRAFT));
    await vscode.window.showTextDocument(uri());
    const found = await diagnosticsWhen(uri(), 'the dictionary findings', (d) => d.filter((x) => codeOf(x) === 'spelling').length === 2);
    assert.deepStrictEqual(
      found.filter((d) => ['spelling', 'grammar'].includes(codeOf(d))).map((d) => `${codeOf(d)} ${d.message}`),
      [
        'spelling “stratgey” is misspelled; write “strategy”.',
        'spelling “freind” is misspelled; write “friend”.',
        'grammar “their” should be “there” here: “there is” and “there are” are written with “there”; “their” means belonging to them.',
      ],
    );
  });

  it('replaces a misspelled word with its fix, and undo restores it', async () => {
    const editor = await vscode.window.showTextDocument(uri());
    const diagnostic = (await diagnosticsWhen(uri(), 'freind', (d) => d.some((x) => x.message.startsWith('“freind”')))).find((x) => x.message.startsWith('“freind”'))!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri(), diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((action) => action.title);
    assert.ok(titles.includes('Replace with “friend”'), titles.join(' | '));
    assert.ok(titles.includes('Add “freind” to this workspace\'s words') && titles.includes('Add “freind” to my words'), titles.join(' | '));
    const fix = actions.find((action) => action.title === 'Replace with “friend”')!;
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.match(editor.document.getText(), /My friend Tāne/);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), DRAFT);
  });

  it('"Add to this workspace\'s words" silences the word, and Undo in its notice brings it back', async () => {
    await vscode.window.showTextDocument(uri());
    // Quick fixes belong to the diagnostics of the document as it is now: ask until they are current.
    let add: vscode.CodeAction | undefined;
    for (const started = Date.now(); !add && Date.now() - started < 15000; await new Promise((resolve) => setTimeout(resolve, 100))) {
      const diagnostic = ours(uri()).find((x) => x.message.startsWith('“stratgey”'));
      if (!diagnostic) continue;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri(), diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      add = actions.find((action) => action.title === 'Add “stratgey” to this workspace\'s words');
    }
    if (!add) throw new Error('no Add to words action');
    api.prompts();
    api.answer('Undo');
    await vscode.commands.executeCommand(add.command!.command, ...(add.command!.arguments ?? []));
    const said = api.prompts();
    assert.deepStrictEqual(said.map((prompt) => prompt.text), ['Added “stratgey” to this workspace\'s words; it will not be underlined again.']);
    const words = () => {
      const inspected = vscode.workspace.getConfiguration('followup', uri()).inspect<string[]>('spelling.words');
      return inspected?.workspaceFolderValue ?? inspected?.workspaceValue;
    };
    await waitFor('Undo to take the word out again', () => words() === undefined);
    await diagnosticsWhen(uri(), 'stratgey to be underlined after Undo', (d) => d.some((x) => x.message.startsWith('“stratgey”')));
    api.answer(null);
    await vscode.commands.executeCommand(add.command!.command, ...(add.command!.arguments ?? []));
    await diagnosticsWhen(uri(), 'stratgey to be accepted', (d) => !d.some((x) => x.message.startsWith('“stratgey”')));
    assert.deepStrictEqual(words(), ['stratgey']);
  });

  it('accepts the words of a cspell.json at the root of the workspace', async () => {
    await vscode.window.showTextDocument(uri());
    await diagnosticsWhen(uri(), 'freind', (d) => d.some((x) => x.message.startsWith('“freind”')));
    await vscode.workspace.fs.writeFile(workspaceUri('cspell.json'), new TextEncoder().encode('{\n  // our words\n  "version": "0.2",\n  "words": ["freind",],\n}\n'));
    await diagnosticsWhen(uri(), 'freind to be accepted', (d) => !d.some((x) => x.message.startsWith('“freind”')));
    assert.ok(proofreading(uri()).some((message) => message.startsWith('spelling “stratgey”')));
  });

  it('accepts the words of Code Spell Checker’s cSpell.words setting, written by hand in settings.json', async () => {
    // Code Spell Checker is not installed here, so its setting is not registered and VS Code
    // would refuse to write it through the API: it is written into the file, as a user would.
    const file = workspaceUri('.vscode/settings.json');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    await vscode.window.showTextDocument(uri());
    await diagnosticsWhen(uri(), 'stratgey', (d) => d.some((x) => x.message.startsWith('“stratgey”')));
    try {
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify({ ...JSON.parse(before), 'cSpell.words': ['stratgey'] }, null, 2)));
      await diagnosticsWhen(uri(), 'stratgey to be accepted', (d) => !d.some((x) => x.message.startsWith('“stratgey”')));
    } finally {
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(before));
    }
    await diagnosticsWhen(uri(), 'stratgey to be underlined again', (d) => d.some((x) => x.message.startsWith('“stratgey”')));
  });
});
