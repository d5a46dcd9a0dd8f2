import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { resolveConfig, type Config } from '../../src/core/config';
import { parseDraft } from '../../src/core/draft';
import { itemKey, itemLabels, itemTitle, itemWhen, reminderText } from '../../src/core/items';
import { computeSchedule, mergeSchedules } from '../../src/core/schedule';
import { summarize, type DraftSummary } from '../../src/core/workspace';

const draft = (timeZone: string, key: string, ...lines: string[]): DraftSummary =>
  summarize(key, parseDraft(`---\n${lines.join('\n')}\n---\nBody\n`, { timeZone }))!;

function schedule(drafts: DraftSummary[], now: string, timeZone = 'America/New_York', config: Config = {}) {
  return computeSchedule(drafts, { now: DateTime.fromISO(now, { zone: timeZone }), timeZone, config: resolveConfig(config) });
}

const ny = (key: string, ...lines: string[]) => draft('America/New_York', key, ...lines);

describe('the side bar labels of due items', () => {
  const drafts = [
    ny('omar.md', 'company: Globex', 'role: Data Analyst', 'interviewDate: 2026-11-20T14:30', 'interviewer: Omar Haddad', 'type: thank-you'),
    ny('hooli.md', 'company: Hooli', 'role: Engineer', 'interviewDate: 2026-11-02T10:00', 'interviewer: Dana Whitfield', 'type: thank-you', 'sent: 2026-11-02T17:00'),
    ny('hooli-2.md', 'company: Hooli', 'role: Engineer', 'interviewDate: 2026-11-02T10:00', 'interviewer: Dana Whitfield', 'type: check-in', 'sent: 2026-11-09'),
  ];

  it('names the action and whom it is for, without the role, so the due time fits beside it', () => {
    const { items } = schedule(drafts, '2026-11-21T09:00');
    assert.deepEqual(items.map(itemTitle), ['Follow-up 2 · Hooli (Engineer)', 'Thank-you to Omar Haddad · Globex (Data Analyst)', 'Check in · Globex (Data Analyst)']);
    assert.deepEqual(itemLabels(items), ['Follow-up 2: Hooli', 'Thank Omar Haddad', 'Check in: Globex']);
    // Under a company's own heading, the company is not said again.
    assert.deepEqual(itemLabels(items, true), ['Follow-up 2', 'Thank Omar Haddad', 'Check in']);
    for (const label of itemLabels(items)) assert.ok(label.length <= 30, label);
  });

  it('says "move on" for an application with no answer after the last follow-up', () => {
    const moveOn = [
      ny('u.md', 'company: Umbrella', 'interviewDate: 2026-10-01', 'interviewer: Ada Wong', 'type: thank-you', 'sent: 2026-10-01'),
      ...[12, 19, 26].map((day, i) => ny(`u${i}.md`, 'company: Umbrella', 'interviewDate: 2026-10-01', 'interviewer: Ada Wong', 'type: check-in', `sent: 2026-10-${day}`)),
    ];
    const { items } = schedule(moveOn, '2026-11-21T09:00');
    assert.deepEqual(itemLabels(items), ['Move on: Umbrella']);
    assert.equal(itemWhen(items[0], DateTime.fromISO('2026-11-21T09:00', { zone: 'America/New_York' })), 'no reply');
  });

  it('adds the role, then the interview date, only where two labels would be the same', () => {
    const two = [
      ny('a.md', 'company: Globex', 'role: Data Analyst', 'interviewDate: 2026-11-20T14:30', 'interviewer: Omar Haddad', 'type: thank-you', 'sent: 2026-11-20T18:00'),
      ny('b.md', 'company: Globex', 'role: Data Engineer', 'interviewDate: 2026-11-19T10:00', 'interviewer: Omar Haddad', 'type: thank-you', 'sent: 2026-11-19T18:00'),
      ny('c.md', 'company: Globex', 'interviewDate: 2026-11-18T10:00', 'interviewer: Lee Park', 'type: thank-you', 'sent: 2026-11-18T18:00'),
      ny('d.md', 'company: Globex', 'interviewDate: 2026-11-17T10:00', 'interviewer: Lee Park', 'type: thank-you', 'sent: 2026-11-17T18:00'),
    ];
    const { items } = schedule(two, '2026-11-21T09:00');
    const labels = itemLabels(items);
    assert.equal(new Set(labels).size, labels.length, labels.join(' | '));
    assert.ok(labels.includes('Check in: Globex (Data Analyst)') && labels.includes('Check in: Globex (Data Engineer)'), labels.join(' | '));
  });

  it('says when in a few words, since the group already says overdue, today or later', () => {
    const { items } = schedule(drafts, '2026-11-21T09:00');
    const at = (iso: string) => DateTime.fromISO(iso, { zone: 'America/New_York' });
    assert.deepEqual(items.map((item) => itemWhen(item, at('2026-11-21T09:00'))), ['5 days late', 'in 6 hours', 'in 6 days']);
    assert.deepEqual(items.map((item) => itemWhen(item, at('2026-11-22T11:00'))), ['6 days late', '21 hours late', 'in 5 days']);
    assert.equal(itemWhen(items[2], at('2026-11-26T09:00')), 'tomorrow');
    assert.equal(itemWhen(items[2], at('2026-11-27T09:00')), 'today');
  });

  it('keys each item by what it is, not by when it was computed', () => {
    const first = schedule(drafts, '2026-11-21T09:00').items.map(itemKey);
    const later = schedule(drafts, '2026-11-22T18:00').items.map(itemKey);
    assert.equal(new Set(first).size, first.length);
    assert.deepEqual([...later].sort(), [...first].sort());
  });
});

describe('mergeSchedules', () => {
  it('merges the folders of a workspace, each computed in its own zone and hours, in one order', () => {
    // The same interview at 14:30 local time: in New York with 24 hours, in London with 48.
    const newYork = schedule([ny('ny/omar.md', 'company: Globex', 'interviewDate: 2026-11-20T14:30', 'interviewer: Omar Haddad', 'type: thank-you')], '2026-11-21T09:00');
    const london = schedule(
      [draft('Europe/London', 'uk/ada.md', 'company: Initech', 'interviewDate: 2026-11-20T14:30', 'interviewer: Ada Byron', 'type: thank-you')],
      '2026-11-21T14:00',
      'Europe/London',
      { thankYouHours: 48 },
    );
    const merged = mergeSchedules([london, newYork]);
    // By group, then by the moment: London's midnight comes five hours before New York's.
    assert.deepEqual(merged.items.map((item) => `${item.company} ${item.group} ${item.due.toISO()}`), [
      'Globex today 2026-11-21T14:30:00.000-05:00',
      'Initech this-week 2026-11-22T14:30:00.000+00:00',
      'Initech this-week 2026-11-27T00:00:00.000+00:00',
      'Globex this-week 2026-11-27T00:00:00.000-05:00',
    ]);
    const soonest = [london.nextChange!, newYork.nextChange!].sort((a, b) => a.toMillis() - b.toMillis())[0];
    assert.equal(merged.nextChange?.toMillis(), soonest.toMillis());
    assert.equal(mergeSchedules([newYork]), newYork);
  });
});

describe('reminderText', () => {
  const item = (lines: string[], now: string) => schedule([ny('x.md', ...lines)], now).items;
  const globex = ['company: Globex', 'role: Data Analyst', 'interviewDate: 2026-11-20T14:30', 'interviewer: Omar Haddad'];

  it('says in one sentence what is due, to whom, and when', () => {
    const now = DateTime.fromISO('2026-11-21T09:00', { zone: 'America/New_York' });
    const [thankYou, checkIn] = item([...globex, 'type: thank-you'], '2026-11-21T09:00');
    assert.equal(reminderText(thankYou, now), 'The thank-you to Omar Haddad at Globex is due in 6 hours.');
    const late = DateTime.fromISO('2026-11-22T10:00', { zone: 'America/New_York' });
    assert.equal(reminderText(thankYou, late), 'The thank-you to Omar Haddad at Globex was due 20 hours ago.');
    const day = DateTime.fromISO('2026-11-27T08:00', { zone: 'America/New_York' });
    assert.equal(reminderText(checkIn, day), 'The check-in with Globex about the Data Analyst role is due today.');
  });

  it('numbers a later follow-up and leaves out a role that is not known', () => {
    const followUp = item(['company: Hooli', 'interviewDate: 2026-11-02T10:00', 'interviewer: Dana Whitfield', 'type: check-in', 'sent: 2026-11-09'], '2026-11-21T09:00').find((due) => due.kind === 'check-in')!;
    assert.equal(followUp.attempt, 2);
    assert.match(reminderText(followUp, DateTime.fromISO('2026-11-21T09:00', { zone: 'America/New_York' }))!, /^Follow-up 2 to Hooli (is due|was due) .+\.$/);
  });
});
