import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { itemTitle, type DueItem } from '../../../src/core';
import { closeAllEditors, waitFor, workspaceUri } from '../helpers';

interface State {
  badge?: number;
  description?: string;
  status?: string;
  tree: Array<{ label: string; children: Array<{ label: string; title?: string; description?: string; contextValue?: string }> }>;
}
interface Api {
  deadlinesTree(): vscode.TreeDataProvider<unknown>;
  deadlines(): State;
  dueItems(): readonly DueItem[];
  answer(...answers: Array<string | null>): void;
  prompts(): Array<{ kind: string; text: string; choices: string[] }>;
  deadlinesAfterReload(): { groupBy: string; filter: string | undefined };
}

let api: Api;
const state = () => api.deadlines();
const labels = () => state().tree.map((group) => `${group.label}: ${group.children.map((child) => child.label).join(' | ')}`);
// Items are found by their full title (the tooltip's heading); the labels are short.
const has = (title: string) => state().tree.some((group) => group.children.some((child) => child.title === title));
const groupOf = (title: string) => state().tree.find((group) => group.children.some((child) => child.title === title))?.label;

/** The schedule's item with this title, as the tree's commands receive it. */
function itemTitled(title: string): DueItem {
  const found = api.dueItems().find((item) => itemTitle(item) === title);
  assert.ok(found, `no item ${title}`);
  return found;
}

const EXPECTED = [
  'Overdue (3): Move on: Umbrella | Check in: Initech | Thank Gavin Belson',
  'Today (1): Thank Omar Haddad',
  'This week (3): Check in: Hooli | Check in: Acme | Check in: Globex',
  'Snoozed (1): Thank Wile Coyote',
  'Closed (1): Vandelay · Importer',
  'Problems (1): broken.md',
];

describe('the Follow-ups view', () => {
  before(async () => {
    const extension = vscode.extensions.getExtension<Api>('interview-followups.interview-followups')!;
    api = await extension.activate();
    await waitFor('the first schedule', () => state().tree.length > 0, 20000);
  });
  afterEach(closeAllEditors);

  it('groups what is due, overdue first, with a badge and a status bar count', () => {
    assert.deepStrictEqual(labels(), EXPECTED);
    assert.strictEqual(state().badge, 4);
    assert.strictEqual(state().status, '$(mail) 4 follow-ups due');
    const today = state().tree[1].children[0];
    assert.strictEqual(today.description, 'in 6 hours');
    assert.strictEqual(today.contextValue, 'dueItem.thank-you.withDraft');
    assert.strictEqual(state().tree[2].children[0].contextValue, 'dueItem.check-in.noDraft');
    // A check-in is due on a day: no time of day that nobody chose.
    assert.deepStrictEqual(state().tree[0].children.map((child) => child.description), ['no reply', '5 days late', '46 hours late']);
    assert.strictEqual(state().tree[2].children[0].description, 'in 4 days');
  });

  it('keeps snoozed items in sight, folded away, with the day they come back, and stops a snooze', async () => {
    const snoozed = state().tree[3];
    assert.deepStrictEqual(snoozed.children, [{ label: 'Thank Wile Coyote', title: 'Thank-you to Wile Coyote · Acme (Designer)', description: 'back on Tue 24 Nov', contextValue: 'snoozedItem.thank-you.withDraft' }]);
    const provider = api.deadlinesTree();
    const root = ((await provider.getChildren()) ?? [])[3];
    assert.strictEqual((await provider.getTreeItem(root)).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    const node = ((await provider.getChildren(root)) ?? [])[0];
    const uri = workspaceUri('acme/thank-you.md');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.ok(await vscode.commands.executeCommand('followup.unsnooze', node));
    const document = await vscode.workspace.openTextDocument(uri);
    assert.strictEqual(document.getText(), before.replace('snoozedUntil: 2026-11-23\n', ''));
    await waitFor('the item to come back to Today', () => groupOf('Thank-you to Wile Coyote · Acme (Designer)') === 'Today (2)');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), before);
    await waitFor('the item to be snoozed again', () => groupOf('Thank-you to Wile Coyote · Acme (Designer)') === 'Snoozed (1)');
    await document.save();
  });

  it('marks a draft as sent with a one-line edit, moves the item, and undoes', async () => {
    const uri = workspaceUri('globex/thank-you-omar.md');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const item = itemTitled('Thank-you to Omar Haddad · Globex (Data Analyst)');
    assert.ok(await vscode.commands.executeCommand('followup.markAsSent', item));
    const document = await vscode.workspace.openTextDocument(uri);
    assert.strictEqual(document.getText(), before.replace('type: thank-you\n---', 'type: thank-you\nsent: 2026-11-21T09:00\n---'));
    await waitFor('the thank-you to leave the view', () => !has('Thank-you to Omar Haddad · Globex (Data Analyst)'));
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), before);
    await waitFor('the thank-you to come back', () => groupOf('Thank-you to Omar Haddad · Globex (Data Analyst)') === 'Today (1)');
  });

  it('snoozes an item until tomorrow, keeping every other byte', async () => {
    const uri = workspaceUri('hooli/thank-you.md');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const item = itemTitled('Thank-you to Gavin Belson · Hooli (Backend Engineer)');
    api.answer('tomorrow');
    assert.ok(await vscode.commands.executeCommand('followup.snooze', item));
    const document = await vscode.workspace.openTextDocument(uri);
    assert.strictEqual(document.getText(), before.replace('type: thank-you\n---', 'type: thank-you\nsnoozedUntil: 2026-11-22\n---'));
    await waitFor('the snoozed item to move to Snoozed', () => groupOf('Thank-you to Gavin Belson · Hooli (Backend Engineer)') === 'Snoozed (2)');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    await waitFor('the item to come back', () => groupOf('Thank-you to Gavin Belson · Hooli (Backend Engineer)') === 'Overdue (3)');
  });

  it('records an outcome, which closes the application', async () => {
    const item = itemTitled('Check in · Initech (Product Manager)');
    api.answer('responded');
    assert.ok(await vscode.commands.executeCommand('followup.recordOutcome', item));
    await waitFor('Initech to close', () => state().tree.some((group) => group.label === 'Closed (2)'));
    const document = await vscode.workspace.openTextDocument(workspaceUri('initech/check-in.md'));
    assert.match(document.getText(), /\noutcome: responded\n---/);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    await waitFor('Initech to reopen', () => has('Check in · Initech (Product Manager)'));
  });

  it('follows drafts as they are created, changed and deleted', async () => {
    const uri = workspaceUri('stark/thank-you.md');
    const write = (extra: string) =>
      vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`---\ncompany: Stark\ninterviewer: Tony Stark\ninterviewDate: 2026-11-20T20:00\ntype: thank-you\n${extra}---\nDear Tony,\n`));
    await write('');
    await waitFor('the new draft', () => groupOf('Thank-you to Tony Stark · Stark') === 'Today (2)').catch(() => assert.fail(`the new draft is not in Today: ${labels().join(' / ')}`));
    await write('sent: 2026-11-21T08:45\n');
    await waitFor('the sent draft to leave Today', () => !has('Thank-you to Tony Stark · Stark'));
    assert.ok(has('Check in · Stark'));
    await vscode.workspace.fs.delete(uri);
    await waitFor('the deleted draft to go', () => !has('Check in · Stark'));
    assert.deepStrictEqual(labels(), EXPECTED);
  });

  it('groups by company and filters to one company', async () => {
    await vscode.commands.executeCommand('followup.groupByCompany');
    assert.deepStrictEqual(state().tree.map((group) => group.label), ['Acme (1)', 'Globex (2)', 'Hooli (2)', 'Initech (1)', 'Umbrella (1)', 'Snoozed (1)', 'Closed (1)', 'Problems (1)']);
    api.answer('Globex');
    await vscode.commands.executeCommand('followup.filterByCompany');
    assert.deepStrictEqual(state().tree.map((group) => group.label), ['Globex (2)']);
    // Under the company's heading, the company is not said again.
    assert.deepStrictEqual(state().tree[0].children.map((child) => child.label), ['Thank Omar Haddad', 'Check in']);
    assert.strictEqual(state().description, 'Globex only');
    // Kept in the workspace's memory: a view made after a reload starts as this one was left.
    assert.deepStrictEqual(api.deadlinesAfterReload(), { groupBy: 'company', filter: 'Globex' });
    await vscode.commands.executeCommand('followup.clearFilter');
    await vscode.commands.executeCommand('followup.groupByDate');
    assert.deepStrictEqual(api.deadlinesAfterReload(), { groupBy: 'date', filter: undefined });
    assert.deepStrictEqual(labels(), EXPECTED);
  });

  it('creates a draft from the template for an item that has none, and links it', async () => {
    const item = itemTitled('Check in · Hooli (Backend Engineer)');
    const created = await vscode.commands.executeCommand<vscode.Uri>('followup.createDraft', item);
    try {
      assert.ok(created);
      assert.ok(created.path.endsWith('/hooli/2026-11-21-hooli-check-in-gavin-belson.md'), created.path);
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(created));
      assert.match(text, /^---\ncompany: Hooli\nrole: Backend Engineer\ninterviewer: Gavin Belson\ninterviewDate: 2026-11-18T11:00\ntype: check-in\n---\n/);
      await waitFor('the item to link the draft', () => state().tree[2].children[0].contextValue === 'dueItem.check-in.withDraft');
    } finally {
      if (created) await vscode.workspace.fs.delete(created);
    }
  });

  it('exports the open deadlines as an iCalendar file', async () => {
    const target = workspaceUri('deadlines.ics');
    api.answer(target.toString());
    await vscode.commands.executeCommand('followup.exportCalendar');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(text, /^BEGIN:VCALENDAR\r\n/);
    assert.strictEqual(text.split('BEGIN:VEVENT').length - 1, 7);
    await vscode.workspace.fs.delete(target);
  });

  it('changes nothing in a draft whose front-matter cannot be read, and says why in one sentence', async () => {
    const broken = workspaceUri('globex/unreadable-front-matter.md');
    const text = '---\ncompany: Globex\ninterviewer: Dana Whitfield\ninterviewDate: 2026-11-20T14:30\nrole: [Data Analyst\n---\nDear Dana,\n';
    await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode(text));
    try {
      api.prompts();
      assert.strictEqual(await vscode.commands.executeCommand('followup.markAsSent', broken), false);
      assert.deepStrictEqual(api.prompts(), [
        { kind: 'warning', text: 'globex/unreadable-front-matter.md was not changed: the front-matter cannot be read, so it was left untouched; fix the error shown in the file first.', choices: [] },
      ]);
      assert.strictEqual((await vscode.workspace.openTextDocument(broken)).getText(), text);
    } finally {
      await vscode.workspace.fs.delete(broken);
    }
  });

  it('exports nothing, and says why in one sentence, when a deadline falls after the year 9999', async () => {
    const far = workspaceUri('initech/far.md');
    const target = workspaceUri('far.ics');
    await vscode.workspace.fs.writeFile(far, new TextEncoder().encode('---\ncompany: Initech\ninterviewer: Priya Nair\ninterviewDate: 9999-12-31T23:00\n---\nDear Priya,\n'));
    try {
      await waitFor('the far thank-you in the view', () => has('Thank-you to Priya Nair · Initech'));
      api.prompts();
      api.answer(target.toString());
      assert.strictEqual(await vscode.commands.executeCommand('followup.exportCalendar'), undefined);
      assert.deepStrictEqual(
        api.prompts().filter((prompt) => prompt.kind !== 'save'),
        [{ kind: 'warning', text: 'Nothing was exported: the calendar cannot hold dates after the year 9999; check the interview date of Initech.', choices: [] }],
      );
      await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(target)), (error: unknown) => error instanceof vscode.FileSystemError && error.code === 'FileNotFound');
    } finally {
      await vscode.workspace.fs.delete(far);
      await waitFor('the far draft to go', () => !has('Thank-you to Priya Nair · Initech'));
    }
  });
});
