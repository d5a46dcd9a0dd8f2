import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, ours, waitFor, workspaceUri } from '../helpers';

// A whole job search at Pied Piper, walked day by day with the test clock, as its user lives it:
// a phone screen with Monica (Mon 2 Nov), an on-site with Monica and Gilfoyle (Tue 17 Nov), a
// final round with Richard (Tue 24 Nov). At each step the Follow-ups view, the badge and the
// diagnostics of the open draft must tell the same story.

interface State {
  badge?: number;
  tree: Array<{ label: string; children: Array<{ label: string; title?: string; description?: string }> }>;
}
interface Api {
  deadlines(): State;
  setNow(iso: string): void;
  answer(...answers: Array<string | null>): void;
  prompts(): Array<{ kind: string; text: string; choices: string[] }>;
}

const FIXED_NOW = '2026-11-21T09:00:00.000-05:00';
let api: Api;
const folder = () => workspaceUri('pied-piper');
const file = (name: string) => vscode.Uri.joinPath(folder(), name);

/** Pied Piper's items as `Group: title — description`, in the view's order. */
function piedPiper(): string[] {
  return api.deadlines().tree.flatMap((group) =>
    group.children
      .filter((child) => child.title?.includes('Pied Piper'))
      .map((child) => `${group.label.replace(/ \(\d+\)$/, '')}: ${child.title!.replace(' · Pied Piper (Engineer)', '')} — ${child.description}`),
  );
}

async function expectView(what: string, expected: string[]): Promise<void> {
  try {
    await waitFor(what, () => JSON.stringify(piedPiper()) === JSON.stringify(expected));
  } catch (error) {
    assert.deepStrictEqual(piedPiper(), expected, String(error));
  }
}

/** Writes a draft of the application, as the user saves it. */
async function write(name: string, interviewDate: string, interviewer: string, extra: string[] = []): Promise<vscode.Uri> {
  const lines = ['company: Pied Piper', 'role: Engineer', `interviewer: ${interviewer}`, `interviewDate: ${interviewDate}`, 'type: thank-you', ...extra];
  const first = interviewer.split(' ')[0];
  const body = `Subject: Thank you: Engineer interview\n\nDear ${first},\n\nThank you for the conversation about the Engineer role at Pied Piper.\n\nBest regards,\nSam Rivera\n`;
  await vscode.workspace.fs.writeFile(file(name), new TextEncoder().encode(`---\n${lines.join('\n')}\n---\n${body}`));
  return file(name);
}

/** Marks a draft as sent with the command, at the test clock's moment, and saves it. */
async function markSent(uri: vscode.Uri): Promise<void> {
  assert.ok(await vscode.commands.executeCommand('followup.markAsSent', uri));
  await (await vscode.workspace.openTextDocument(uri)).save();
}

const timingRules = (uri: vscode.Uri) => ours(uri).map(codeOf).filter((rule) => ['late-thank-you', 'too-soon', 'too-many-follow-ups'].includes(rule));

describe('a three-round job search, day by day', () => {
  before(async () => {
    api = await vscode.extensions.getExtension<Api>('interview-followups.interview-followups')!.activate();
    await waitFor('the first schedule', () => api.deadlines().tree.length > 0, 20000);
    await vscode.workspace.fs.createDirectory(folder());
  });
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(folder(), { recursive: true });
    api.setNow(FIXED_NOW);
    await waitFor('Pied Piper to leave the view', () => piedPiper().length === 0);
  });

  it('phone screen: the thank-you is due within 24 hours, then a check-in a week after it went out', async () => {
    api.setNow('2026-11-02T18:00:00.000-05:00');
    const monica = await write('1-screen-monica.md', '2026-11-02T10:00', 'Monica Hall');
    await expectView('the phone screen thank-you', ['Today: Thank-you to Monica Hall — in 16 hours', 'This week: Check in — in 7 days']);
    api.setNow('2026-11-02T19:00:00.000-05:00');
    await markSent(monica);
    await expectView('the check-in after the thank-you', ['This week: Check in — in 7 days']);
    api.setNow('2026-11-09T09:00:00.000-05:00');
    await expectView('the check-in due on its day', ['Today: Check in — today']);
    api.setNow('2026-11-10T09:00:00.000-05:00');
    await expectView('the check-in overdue from the next day', ['Overdue: Check in — 1 day late']);
  });

  it('an on-site is planned: no check-in before it, and a thank-you to each of two people for it', async () => {
    await write('2-onsite-monica.md', '2026-11-17T13:00', 'Monica Hall');
    await write('2-onsite-gilfoyle.md', '2026-11-17T13:00', 'Bertram Gilfoyle');
    // Due on Wed 18 Nov, beyond the coming seven days, and a message has gone out: Waiting.
    await expectView('the on-site items', [
      'Waiting: Thank-you to Bertram Gilfoyle — in 8 days',
      'Waiting: Thank-you to Monica Hall — in 8 days',
      'Waiting: Check in — in 14 days',
    ]);
    api.setNow('2026-11-17T18:00:00.000-05:00');
    await expectView('both thank-yous due today', [
      'Today: Thank-you to Bertram Gilfoyle — in 19 hours',
      'Today: Thank-you to Monica Hall — in 19 hours',
      'This week: Check in — in 7 days',
    ]);
    assert.strictEqual(api.deadlines().badge !== undefined && api.deadlines().badge! >= 2, true);
  });

  it('the day after the on-site: late thank-yous in the view and in the open draft alike', async () => {
    const monica = file('2-onsite-monica.md');
    await vscode.window.showTextDocument(monica);
    await waitFor('the open draft checked, with no timing finding before the deadline', () => ours(monica).length > 0 && timingRules(monica).length === 0);
    api.setNow('2026-11-18T14:00:00.000-05:00');
    await expectView('both thank-yous overdue', [
      'Overdue: Thank-you to Bertram Gilfoyle — 1 hour late',
      'Overdue: Thank-you to Monica Hall — 1 hour late',
      'This week: Check in — in 6 days',
    ]);
    await waitFor('late-thank-you on the open draft', () => JSON.stringify(timingRules(monica)) === JSON.stringify(['late-thank-you']));
    await markSent(monica);
    await markSent(file('2-onsite-gilfoyle.md'));
    await expectView('a check-in a week after the on-site thank-yous', ['This week: Check in — in 7 days']);
    await waitFor('late-thank-you kept on a thank-you sent an hour late', () => JSON.stringify(timingRules(monica)) === JSON.stringify(['late-thank-you']));
  });

  it('the final round: a thank-you to Richard, and the check-in waits for it', async () => {
    api.setNow('2026-11-20T09:00:00.000-05:00');
    const richard = await write('3-final-richard.md', '2026-11-24T15:00', 'Richard Hendricks');
    await expectView('the final round items', ['This week: Thank-you to Richard Hendricks — in 5 days', 'Waiting: Check in — in 11 days']);
    api.setNow('2026-11-25T10:00:00.000-05:00');
    await expectView('the final thank-you due today', ['Today: Thank-you to Richard Hendricks — in 5 hours', 'This week: Check in — in 6 days']);
    await markSent(richard);
    await expectView('the check-in a week after the last thank-you', ['This week: Check in — in 7 days']);
  });

  it('New Draft offers the latest interview: its role, its people and its date', async () => {
    api.prompts();
    api.answer('check-in', 'Pied Piper', 'Engineer', 'Richard Hendricks', null);
    assert.strictEqual(await vscode.commands.executeCommand('followup.newDraft'), undefined);
    const offered = Object.fromEntries(api.prompts().filter((prompt) => prompt.kind === 'input').map((prompt) => [prompt.text, prompt.choices[0]]));
    assert.deepStrictEqual(offered, { Role: 'Engineer', 'Interviewer(s)': 'Richard Hendricks', 'Interview date': '2026-11-24T15:00' });
  });

  it('the check-in after the final round: created from the latest interview, too soon the day before, due on its day', async () => {
    api.setNow('2026-12-01T09:00:00.000-05:00');
    await expectView('the check-in due tomorrow', ['This week: Check in — tomorrow']);
    const item = (await vscode.extensions.getExtension<{ dueItems(): Array<{ kind: string; company: string }> }>('interview-followups.interview-followups')!.activate())
      .dueItems()
      .find((candidate) => candidate.kind === 'check-in' && candidate.company === 'Pied Piper');
    const created = await vscode.commands.executeCommand<vscode.Uri>('followup.createDraft', item);
    assert.ok(created);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(created));
    assert.match(text, /^---\ncompany: Pied Piper\nrole: Engineer\ninterviewer: Richard Hendricks\ninterviewDate: 2026-11-24T15:00\ntype: check-in\n---\n/);
    await waitFor('too-soon on the new check-in', () => JSON.stringify(timingRules(created)) === JSON.stringify(['too-soon']));
    assert.match(ours(created).find((d) => codeOf(d) === 'too-soon')!.message, /wait until Wed 2 Dec/);
    api.setNow('2026-12-02T08:00:00.000-05:00');
    await expectView('the check-in due today, with its draft', ['Today: Check in — today']);
    await waitFor('no too-soon on the day it is due', () => timingRules(created).length === 0);
    api.setNow('2026-12-03T00:30:00.000-05:00');
    await expectView('the check-in overdue', ['Overdue: Check in — 1 day late']);
  });
});
