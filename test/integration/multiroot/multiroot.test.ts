// A multi-root workspace, opened from its .code-workspace file: New York (zone from the folder's
// settings, thank-yous within 24 hours) and London (zone and 48 hours from its .followuprc.json).
// Every computation must use the settings of the folder the draft is in; New Draft and the
// calendar export must ask where, or follow the folder being worked in. Also the reminders,
// which the workspace file turns off until a test turns them on.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, waitFor } from '../helpers';

interface Prompt {
  kind: string;
  text: string;
  choices: string[];
}
interface Api {
  deadlines(): { tree: Array<{ label: string; children: Array<{ label: string; title?: string; description?: string }> }> };
  dueItems(): ReadonlyArray<{ company: string }>;
  answer(...answers: Array<string | null>): void;
  prompts(): Prompt[];
  setNow(iso: string): void;
}

let api: Api;
const folder = (name: string) => vscode.workspace.workspaceFolders!.find((candidate) => candidate.name === name)!.uri;
const file = (name: string, path: string) => vscode.Uri.joinPath(folder(name), path);
const OMAR = 'Thank-you to Omar Haddad · Globex (Data Analyst)';
const ADA = 'Thank-you to Ada Byron · Initech (Product Manager)';

/** The group and description of the item with this title, as the view shows them. */
function placeOf(title: string): string | undefined {
  for (const group of api.deadlines().tree) {
    const child = group.children.find((candidate) => candidate.title === title);
    if (child) return `${group.label}: ${child.label} (${child.description})`;
  }
  return undefined;
}

async function hoverText(uri: vscode.Uri, line: number, character: number): Promise<string> {
  await vscode.window.showTextDocument(uri);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, character));
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : (content as vscode.MarkdownString).value))).join('\n\n');
}

describe('a multi-root workspace', () => {
  before(async () => {
    api = await vscode.extensions.getExtension<Api>('interview-followups.interview-followups')!.activate();
    assert.deepStrictEqual(vscode.workspace.workspaceFolders?.map((candidate) => candidate.name), ['new-york', 'london']);
    await waitFor('both folders in the view', () => placeOf(OMAR) && placeOf(ADA), 20000);
    api.answer();
  });
  afterEach(async () => {
    await closeAllEditors();
    api.prompts();
  });

  it('computes each folder’s deadlines with that folder’s settings', async () => {
    // New York: 24 hours after 14:30 New York time, 5.5 hours from now. London: 48 hours after
    // 14:30 London time; with the first folder's settings it would be due today too.
    assert.match(placeOf(OMAR)!, /^Today \(\d+\): Thank Omar Haddad \(in 6 hours\)$/);
    assert.match(placeOf(ADA)!, /^This week \(\d+\): Thank Ada Byron \(in 25 hours\)$/);
    // The hover in the London draft reads London's settings, as the view does.
    const hover = await hoverText(file('london', 'initech/thank-you-ada.md'), 4, 18);
    assert.match(hover.replace(/\\/g, ''), /This thank-you is due Sun 22 Nov 14:30, in 1 day\./);
  });

  it('asks New Draft for the folder when nothing says which, and follows the active editor otherwise', async () => {
    api.answer('london', 'thank-you', 'Initech', 'Product Manager', 'Grace Hopper', '2026-11-20T14:30');
    const created = await vscode.commands.executeCommand<vscode.Uri[]>('followup.newDraft');
    try {
      const asked = api.prompts();
      assert.deepStrictEqual(asked[0], { kind: 'pick', text: 'New draft: in which folder?', choices: ['new-york', 'london'] });
      assert.ok(created?.length === 1 && created[0].toString().startsWith(`${folder('london').toString()}/follow-ups/`), String(created));
      // The new draft is in London's schedule: 48 hours, like Ada's.
      await waitFor('the new draft in the view', () => placeOf('Thank-you to Grace Hopper · Initech (Product Manager)')?.startsWith('This week'));
      // Its editor is active now: New Draft goes to London without asking (Escape at the first question).
      api.answer(null);
      await vscode.commands.executeCommand('followup.newDraft');
      assert.deepStrictEqual(api.prompts().map((prompt) => prompt.text), ['New draft: what kind of message?']);
    } finally {
      for (const uri of created ?? []) await vscode.workspace.fs.delete(uri);
    }
    await waitFor('the new draft to leave the view', () => !placeOf('Thank-you to Grace Hopper · Initech (Product Manager)'));
  });

  it('exports the calendar where the user says, offering the folder being worked in', async () => {
    await vscode.window.showTextDocument(file('london', 'initech/thank-you-ada.md'));
    const target = file('london', 'deadlines.ics');
    api.answer(target.toString());
    await vscode.commands.executeCommand('followup.exportCalendar');
    const save = api.prompts().find((prompt) => prompt.kind === 'save');
    assert.deepStrictEqual(save, { kind: 'save', text: 'Export deadlines', choices: [file('london', 'follow-ups.ics').toString()] });
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    // Both folders' deadlines, each at the moment its own folder computed.
    assert.strictEqual(text.split('BEGIN:VEVENT').length - 1, api.dueItems().length);
    assert.match(text, /SUMMARY:Thank-you to Ada Byron · Initech \(Product Manager\)\r\n/);
    assert.match(text, /SUMMARY:Thank-you to Omar Haddad · Globex \(Data Analyst\)\r\n/);
    await vscode.workspace.fs.delete(target);
  });

  it('reminds once when an item becomes due today, with Open Draft and Snooze, and not when turned off', async () => {
    const settings = () => vscode.workspace.getConfiguration('followup');
    const infos = () => api.prompts().filter((prompt) => prompt.kind === 'info');
    // Omar's draft is open: the user is writing it, so no reminder of it yet.
    await vscode.window.showTextDocument(file('new-york', 'globex/thank-you-omar.md'));
    await settings().update('reminders', true, vscode.ConfigurationTarget.Workspace);
    try {
      await vscode.commands.executeCommand('followup.refreshDeadlines');
      assert.deepStrictEqual(infos(), []);
      // Out of sight: what is already due today is said once (Omar's thank-you, due this afternoon).
      await closeAllEditors();
      await vscode.commands.executeCommand('followup.refreshDeadlines');
      let said: Prompt[] = [];
      await waitFor('the reminder of what is due', () => (said = [...said, ...infos()]).length > 0);
      assert.deepStrictEqual(said, [{ kind: 'info', text: 'The thank-you to Omar Haddad at Globex is due in 6 hours.', choices: ['Open Draft', 'Snooze'] }]);

      // The clock crosses midnight in London: Ada's thank-you becomes due today. One reminder;
      // "Open Draft" opens it.
      api.answer('Open Draft');
      api.setNow('2026-11-22T10:00:00.000Z');
      await waitFor('Ada’s thank-you to be due today', () => placeOf(ADA)?.startsWith('Today'));
      await waitFor('the draft to open', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('/initech/thank-you-ada.md'));
      assert.deepStrictEqual(infos(), [{ kind: 'info', text: 'The thank-you to Ada Byron at Initech is due in 5 hours.', choices: ['Open Draft', 'Snooze'] }]);

      // Never again for the same item, however often the view is computed.
      api.setNow('2026-11-22T11:00:00.000Z');
      await vscode.commands.executeCommand('followup.refreshDeadlines');
      assert.deepStrictEqual(infos(), []);

      // Turned off: Globex's check-in becomes due with no notification.
      await settings().update('reminders', false, vscode.ConfigurationTarget.Workspace);
      api.setNow('2026-11-27T08:00:00.000-05:00');
      await waitFor('Globex’s check-in to be due today', () => placeOf('Check in · Globex (Data Analyst)')?.startsWith('Today'));
      assert.deepStrictEqual(infos(), []);
    } finally {
      await settings().update('reminders', undefined, vscode.ConfigurationTarget.Workspace);
      api.setNow('2026-11-21T09:00:00.000-05:00');
    }
  });

  it('reminds again when an item snoozed from its reminder comes back', async () => {
    const settings = () => vscode.workspace.getConfiguration('followup');
    const infos = () => api.prompts().filter((prompt) => prompt.kind === 'info');
    const LEE = 'Thank-you to Lee Park · Globex (Data Analyst)';
    const uri = file('new-york', 'globex/thank-you-lee.md');
    await vscode.workspace.fs.writeFile(
      uri,
      new TextEncoder().encode('---\ncompany: Globex\nrole: Data Analyst\ninterviewer: Lee Park\ninterviewDate: 2026-11-20T14:30\ntype: thank-you\n---\nDear Lee,\n\nThank you for your time.\n\nBest regards,\nSam Lee\n'),
    );
    // Due this afternoon: reminded; the user snoozes it until tomorrow from the notification. The
    // answers come first: the reminder may come as soon as reminders are on, before the refresh.
    api.answer('Snooze', 'Tomorrow');
    await settings().update('reminders', true, vscode.ConfigurationTarget.Workspace);
    try {
      await vscode.commands.executeCommand('followup.refreshDeadlines');
      let said: Prompt[] = [];
      await waitFor('the reminder of Lee’s thank-you', () => (said = [...said, ...infos()]).some((prompt) => prompt.text.includes('Lee Park')));
      assert.deepStrictEqual(said, [{ kind: 'info', text: 'The thank-you to Lee Park at Globex is due in 6 hours.', choices: ['Open Draft', 'Snooze'] }]);
      const text = async () => (await vscode.workspace.openTextDocument(uri)).getText();
      await waitFor('the item to be snoozed', () => placeOf(LEE)?.startsWith('Snoozed')).catch(async (error: Error) =>
        assert.fail(`${error.message}: the item is in ${placeOf(LEE)}; said ${JSON.stringify(api.prompts())}; the draft reads:\n${await text()}`),
      );
      const snoozed = await text();
      assert.match(snoozed, /\nsnoozedUntil: 2026-11-22\n/);

      // The day after tomorrow it comes back, overdue, and so does its reminder: once.
      api.prompts();
      api.setNow('2026-11-23T08:00:00.000-05:00');
      await waitFor('Lee’s thank-you to come back', () => placeOf(LEE)?.startsWith('Overdue'));
      said = [];
      await waitFor('the reminder to come back', () => (said = [...said, ...infos()]).length > 0);
      assert.deepStrictEqual(said.map((prompt) => prompt.text), ['The thank-you to Lee Park at Globex was due 42 hours ago.']);
      await vscode.commands.executeCommand('followup.refreshDeadlines');
      assert.deepStrictEqual(infos(), []);
    } finally {
      await settings().update('reminders', undefined, vscode.ConfigurationTarget.Workspace);
      api.setNow('2026-11-21T09:00:00.000-05:00');
      // The snooze is an unsaved edit: revert it before the file goes.
      await vscode.window.showTextDocument(uri);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
