import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { DueItem } from '../../../src/core';
import { closeAllEditors, exists, waitFor, workspaceUri } from '../helpers';

// Every command the extension puts in a menu, run the way that menu runs it: a view item's
// command with the element the view's own getChildren returned, a view title's with nothing,
// the Explorer's with the clicked Uri (and the selection), the palette's with nothing and a draft
// in the active editor, a CodeLens's and a tree item's with the arguments they carry. Each run
// must have its effect on disk or on screen.

interface Prompt {
  kind: string;
  text: string;
  choices: string[];
}
interface Api {
  deadlinesTree(): vscode.TreeDataProvider<unknown>;
  deadlines(): { description?: string; tree: Array<{ label: string; children: Array<{ label: string; title?: string }> }> };
  answer(...answers: Array<string | null>): void;
  prompts(): Prompt[];
}
type Node = { type: string; item?: DueItem; key?: string };
interface MenuEntry {
  command: string;
  when?: string;
  group?: string;
}

const EXTENSION = 'interview-followups.interview-followups';
let api: Api;
const created: vscode.Uri[] = [];

const labels = () => api.deadlines().tree.map((group) => `${group.label}: ${group.children.map((child) => child.label).join(' | ')}`);
const text = async (uri: vscode.Uri) => (await vscode.workspace.openTextDocument(uri)).getText();
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Every element of the Follow-ups view, as its provider hands them to VS Code. */
async function treeNodes(): Promise<Node[]> {
  const provider = api.deadlinesTree();
  const roots = ((await provider.getChildren()) ?? []) as Node[];
  const children = await Promise.all(roots.map(async (root) => ((await provider.getChildren(root)) ?? []) as Node[]));
  return [...roots, ...children.flat()];
}

async function contextValue(node: Node): Promise<string | undefined> {
  return (await api.deadlinesTree().getTreeItem(node)).contextValue;
}

/** The `viewItem =~ /…/` test of a menu entry's when clause. */
function viewItemPattern(when: string | undefined): RegExp | undefined {
  const match = /viewItem =~ \/(.+?)\/(?:\s|$)/.exec(when ?? '');
  return match ? new RegExp(match[1]) : undefined;
}

/** Runs a command after scripting the answers to the questions it will ask; returns its result and what it said. */
async function run(command: string, answers: ReadonlyArray<string | null>, ...args: unknown[]): Promise<{ result: unknown; said: Prompt[] }> {
  api.prompts();
  api.answer(...answers);
  const result = await vscode.commands.executeCommand(command, ...args);
  return { result, said: api.prompts() };
}

/** Puts everything back: unsaved edits reverted, created files deleted, the view as it was. */
async function restore(initial: string[]): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (document.isDirty && document.uri.scheme === 'file') {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  await closeAllEditors();
  for (const uri of created.splice(0)) if (await exists(uri)) await vscode.workspace.fs.delete(uri, { recursive: true });
  await vscode.commands.executeCommand('followup.clearFilter');
  await vscode.commands.executeCommand('followup.groupByDate');
  await waitFor('the view to be as it was', () => JSON.stringify(labels()) === JSON.stringify(initial));
}

/** The text of the draft a command created (noted for deletion), which must be for `company`. */
async function createdDraft(result: unknown, company: string): Promise<string> {
  assert.ok(result instanceof vscode.Uri, 'no draft created');
  created.push(result);
  const written = decode(await vscode.workspace.fs.readFile(result));
  assert.match(written, new RegExp(`^---\\ncompany: ${company}\\n`));
  return written;
}

/** What each command run on a view item must do, given the node it ran on. */
const ON_ITEM: Record<string, { answers: string[]; verify(node: Node, result: unknown): Promise<void> }> = {
  'followup.markAsSent': {
    answers: [],
    verify: async (node, result) => {
      assert.strictEqual(result, true);
      assert.match(await text(vscode.Uri.parse(node.item!.draft!)), /\nsent: 2026-11-21T09:00\r?\n---/);
    },
  },
  'followup.snooze': {
    answers: ['tomorrow'],
    verify: async (node, result) => {
      assert.strictEqual(result, true);
      const texts = await Promise.all([node.item!.draft, ...node.item!.drafts].filter((key): key is string => Boolean(key)).map((key) => text(vscode.Uri.parse(key))));
      assert.ok(texts.some((t) => /\nsnoozedUntil: 2026-11-22\r?\n/.test(t)), 'no draft of the application was snoozed');
    },
  },
  'followup.unsnooze': {
    answers: [],
    verify: async (node, result) => {
      assert.strictEqual(result, true);
      assert.doesNotMatch(await text(vscode.Uri.parse(node.item!.draft!)), /\nsnoozedUntil:/);
    },
  },
  'followup.recordOutcome': {
    answers: ['offer'],
    verify: async (node, result) => {
      assert.strictEqual(result, true);
      assert.match(await text(vscode.Uri.parse(node.item!.draft ?? node.item!.drafts[0])), /\noutcome: offer\r?\n---/);
    },
  },
  'followup.createDraft': {
    answers: [],
    verify: async (node, result) => {
      const written = await createdDraft(result, node.item!.company);
      assert.match(written, node.item!.kind === 'thank-you' ? /\ntype: thank-you\n/ : /\ntype: (check-in|final)\n/);
      assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), (result as vscode.Uri).toString());
    },
  },
  'followup.createNextFollowUp': {
    answers: [],
    verify: async (node, result) => assert.match(await createdDraft(result, node.item!.company), /\ntype: (check-in|final)\n/),
  },
};

/** What each command of the view's title bar must do; it is run with no argument. */
const ON_TITLE: Record<string, { answers: () => string[]; verify(result: unknown): Promise<void> }> = {
  'followup.newDraft': {
    answers: () => ['thank-you', '$(add) Another company…', 'Wonka Industries', 'Chocolate Engineer', 'Luis Ortega, Priya Nair', '2026-11-20T10:00'],
    verify: async (result) => {
      assert.ok(Array.isArray(result) && result.length === 2, 'one draft per interviewer');
      created.push(workspaceUri('follow-ups'));
      const [luis, priya] = await Promise.all((result as vscode.Uri[]).map(async (uri) => decode(await vscode.workspace.fs.readFile(uri))));
      assert.match(luis, /\ninterviewer: Luis Ortega\n[\s\S]*\nDear Luis,\n/);
      assert.match(priya, /\ninterviewer: Priya Nair\n[\s\S]*\nDear Priya,\n/);
      assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), (result as vscode.Uri[])[0].toString());
    },
  },
  'followup.groupByCompany': {
    answers: () => [],
    verify: async () => assert.deepStrictEqual(api.deadlines().tree.map((group) => group.label).slice(0, 2), ['Acme (1)', 'Globex (2)']),
  },
  'followup.groupByDate': {
    answers: () => [],
    verify: async () => assert.match(api.deadlines().tree[0].label, /^Overdue/),
  },
  'followup.filterByCompany': {
    answers: () => ['Globex'],
    verify: async () => {
      const shown = api.deadlines().tree.flatMap((group) => group.children.map((child) => child.title ?? child.label));
      assert.ok(shown.length === 2 && shown.every((title) => title.includes('· Globex')), shown.join(' | '));
      assert.strictEqual(api.deadlines().description, 'Globex only');
    },
  },
  'followup.clearFilter': {
    answers: () => [],
    verify: async () => assert.strictEqual(api.deadlines().description, undefined),
  },
  'followup.exportCalendar': {
    answers: () => [workspaceUri('menu-export.ics').toString()],
    verify: async (result) => {
      assert.ok(result instanceof vscode.Uri);
      created.push(result);
      assert.match(decode(await vscode.workspace.fs.readFile(result)), /^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VEVENT/);
    },
  },
  'followup.refreshDeadlines': {
    answers: () => [],
    verify: async () => assert.ok(api.deadlines().tree.length > 0),
  },
};

/** What each palette command must do when run with nothing but an unsent draft in the active editor. */
const ON_ACTIVE_DRAFT: Record<string, { answers: string[]; verify(document: vscode.TextDocument, result: unknown, said: Prompt[]): Promise<void> }> = {
  'followup.markAsSent': { answers: [], verify: async (document) => assert.match(document.getText(), /\nsent: 2026-11-21T09:00\n---/) },
  'followup.snooze': { answers: ['3 days'], verify: async (document) => assert.match(document.getText(), /\nsnoozedUntil: 2026-11-24\n---/) },
  'followup.unsnooze': {
    answers: [],
    // The draft in the editor has no snooze: the command says so and changes nothing.
    verify: async (document, result, said) => {
      assert.strictEqual(result, false);
      assert.deepStrictEqual(said.map((prompt) => prompt.text), ['Nothing is snoozed in this draft.']);
      assert.strictEqual(document.isDirty, false);
    },
  },
  'followup.recordOutcome': { answers: ['withdrawn'], verify: async (document) => assert.match(document.getText(), /\noutcome: withdrawn\n---/) },
  'followup.createNextFollowUp': {
    answers: [],
    verify: async (_document, result) => {
      assert.ok(result instanceof vscode.Uri);
      created.push(result);
      assert.match(decode(await vscode.workspace.fs.readFile(result)), /^---\ncompany: Globex\n/);
    },
  },
  'followup.copyMessage': {
    answers: [],
    verify: async (_document, result) => {
      assert.match(String(result), /^Dear team,/);
      assert.strictEqual(await vscode.env.clipboard.readText(), result);
    },
  },
  'followup.openInMail': {
    answers: [],
    verify: async (_document, result, said) => {
      assert.match(String(result), /^mailto:\?/);
      assert.deepStrictEqual(said.map((prompt) => prompt.kind), ['open']);
    },
  },
};

describe('every menu command, run as its menu runs it', () => {
  let menus: Record<string, MenuEntry[]>;
  let initial: string[];
  before(async () => {
    const extension = vscode.extensions.getExtension<Api>(EXTENSION)!;
    api = await extension.activate();
    menus = extension.packageJSON.contributes.menus;
    await waitFor('the first schedule', () => api.deadlines().tree.length > 0, 20000);
    await waitFor('the view to settle', () => labels().some((label) => label.startsWith('Overdue')));
    initial = labels();
  });
  afterEach(() => restore(initial));

  it('covers every command of every menu', () => {
    for (const entry of menus['view/item/context']) assert.ok(ON_ITEM[entry.command], `view/item/context ${entry.command} is not tested`);
    for (const entry of menus['view/title']) assert.ok(ON_TITLE[entry.command], `view/title ${entry.command} is not tested`);
    for (const entry of menus.commandPalette.filter((e) => e.when === 'editorLangId == markdown')) assert.ok(ON_ACTIVE_DRAFT[entry.command], `palette ${entry.command} is not tested`);
    assert.deepStrictEqual(menus['explorer/context'].map((entry) => entry.command), ['followup.newDraft']);
  });

  it('view item menus and inline buttons: each command with the tree element it was shown on', async () => {
    const entries = menus['view/item/context'];
    assert.ok(entries.length >= 8);
    for (const entry of entries) {
      const pattern = viewItemPattern(entry.when);
      assert.ok(pattern, `${entry.command} has no viewItem test`);
      let node: Node | undefined;
      for (const candidate of await treeNodes()) {
        if (pattern.test((await contextValue(candidate)) ?? '')) {
          node = candidate;
          break;
        }
      }
      assert.ok(node, `no element of the view shows ${entry.command} (${entry.when})`);
      const effect = ON_ITEM[entry.command];
      const { result } = await run(entry.command, effect.answers, node);
      await effect.verify(node, result);
      await restore(initial);
    }
  });

  it('view title buttons: each command with no argument', async () => {
    for (const entry of menus['view/title']) {
      const effect = ON_TITLE[entry.command];
      const { result } = await run(entry.command, effect.answers());
      await effect.verify(result);
      await restore(initial);
    }
  });

  it('Explorer → New Draft…: in the folder clicked, or beside the file clicked', async () => {
    const answers = ['check-in', 'Acme', 'Designer', 'Sofia Reyes', '2026-11-12T15:00'];
    const folder = workspaceUri('acme');
    // The Explorer passes the clicked resource and the selection.
    const { result } = await run('followup.newDraft', answers, folder, [folder]);
    assert.ok(Array.isArray(result) && result.length === 1);
    created.push(...(result as vscode.Uri[]));
    assert.strictEqual((result as vscode.Uri[])[0].toString(), vscode.Uri.joinPath(folder, '2026-11-21-acme-check-in-sofia-reyes.md').toString());
    const file = workspaceUri('globex/thank-you-omar.md');
    const beside = await run('followup.newDraft', answers, file, [file]);
    created.push(...(beside.result as vscode.Uri[]));
    assert.strictEqual((beside.result as vscode.Uri[])[0].toString(), workspaceUri('globex/2026-11-21-acme-check-in-sofia-reyes.md').toString());
  });

  it('the palette: each command on the draft in the active editor', async () => {
    for (const [command, effect] of Object.entries(ON_ACTIVE_DRAFT)) {
      const document = await vscode.workspace.openTextDocument(workspaceUri('globex/thank-you-omar.md'));
      await vscode.window.showTextDocument(document);
      const { result, said } = await run(command, effect.answers);
      await effect.verify(document, result, said);
      await restore(initial);
    }
  });

  it('the palette: with no draft open, says what to do instead of failing', async () => {
    await closeAllEditors();
    for (const command of Object.keys(ON_ACTIVE_DRAFT)) {
      const { result, said } = await run(command, []);
      assert.ok(!result, command);
      assert.deepStrictEqual(said.map((prompt) => prompt.kind), ['info'], command);
      assert.match(said[0].text, /^Open a follow-up draft first/, command);
    }
  });

  it('the palette: on a Markdown file that is not a draft, says so and changes nothing', async () => {
    const readme = await vscode.workspace.openTextDocument(workspaceUri('README.md'));
    await vscode.window.showTextDocument(readme);
    for (const command of Object.keys(ON_ACTIVE_DRAFT)) {
      const { result, said } = await run(command, []);
      assert.ok(!result, command);
      assert.strictEqual(said.length, 1, `${command}: ${JSON.stringify(said)}`);
      assert.match(said[0].text, /is not a (readable )?follow-up draft/, command);
      assert.strictEqual(readme.isDirty, false, command);
    }
  });

  it('clicking a tree item opens its draft, or offers to create one', async () => {
    const provider = api.deadlinesTree();
    const nodes = (await treeNodes()).filter((node) => node.type === 'item');
    const withDraft = nodes.find((node) => node.item!.draft)!;
    const click = async (node: Node, answers: string[]) => {
      const command = (await provider.getTreeItem(node)).command!;
      return run(command.command, answers, ...(command.arguments ?? []));
    };
    await click(withDraft, []);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), withDraft.item!.draft);
    const noDraft = nodes.find((node) => !node.item!.draft && node.item!.kind === 'check-in')!;
    const { said } = await click(noDraft, ['Create Draft']);
    assert.match(said[0].text, /^There is no draft for “Check in · .*” yet\. Create one from the template\?$/);
    const opened = vscode.window.activeTextEditor?.document.uri;
    assert.ok(opened && /\/2026-11-21-[a-z-]+-check-in[a-z-]*\.md$/.test(opened.path), String(opened));
    created.push(opened);
    const problem = (await treeNodes()).find((node) => node.type === 'problem')!;
    await click(problem, []);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), problem.key);
  });

  it('each CodeLens runs its command with the arguments it carries', async () => {
    const uri = workspaceUri('globex/thank-you-omar.md');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 10);
    assert.deepStrictEqual(lenses.map((lens) => lens.command?.command), ['followup.copyMessage', 'followup.openInMail', 'followup.markAsSent']);
    const [copy, mail, sent] = lenses.map((lens) => lens.command!);
    assert.match(String((await run(copy.command, [], ...(copy.arguments ?? []))).result), /^Dear team,/);
    assert.match(String((await run(mail.command, [], ...(mail.arguments ?? []))).result), /^mailto:/);
    assert.strictEqual((await run(sent.command, [], ...(sent.arguments ?? []))).result, true);
    assert.match(await text(uri), /\nsent: 2026-11-21T09:00\n---/);
  });
});

describe('Copy and Open in mail ask before sending a draft with an error', () => {
  const uri = workspaceUri('globex/unfinished.md');
  const DRAFT = '---\ncompany: Globex\nrole: Data Analyst\ninterviewer: Dana Whitfield\ninterviewDate: 2026-11-20T14:30\n---\nSubject: Thank you: Data Analyst interview\n\nDear Dana,\n\nThank you for the talk about the Data Analyst role at Globex.\n\nBest regards,\n[Your Name]\n';
  before(async () => {
    api = await vscode.extensions.getExtension<Api>(EXTENSION)!.activate();
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(DRAFT));
  });
  after(() => vscode.workspace.fs.delete(uri));
  afterEach(closeAllEditors);

  it('asks "This draft still has “[Your Name]”. Copy anyway?", and copies only when told to', async () => {
    await vscode.env.clipboard.writeText('before');
    const cancelled = await run('followup.copyMessage', [null], uri);
    assert.strictEqual(cancelled.result, undefined);
    assert.deepStrictEqual(cancelled.said, [{ kind: 'confirm', text: 'This draft still has “[Your Name]”. Copy anyway?', choices: ['Copy Anyway', 'Show Problem'] }]);
    assert.strictEqual(await vscode.env.clipboard.readText(), 'before');
    const copied = await run('followup.copyMessage', ['Copy Anyway'], uri);
    assert.match(String(copied.result), /\[Your Name\]$/);
    assert.strictEqual(await vscode.env.clipboard.readText(), copied.result);
  });

  it('"Show Problem" selects the placeholder in the editor; Open in mail asks the same', async () => {
    const shown = await run('followup.openInMail', ['Show Problem'], uri);
    assert.strictEqual(shown.result, undefined);
    assert.strictEqual(shown.said[0].text, 'This draft still has “[Your Name]”. Open it in your mail client anyway?');
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.getText(editor.selection), '[Your Name]');
    const opened = await run('followup.openInMail', ['Open Anyway'], uri);
    assert.deepStrictEqual(opened.said.map((prompt) => prompt.kind), ['confirm', 'open']);
  });
});
