import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { resolveConfig, type Config } from '../../src/core/config';
import { parseDraft } from '../../src/core/draft';
import { computeSchedule, groupOf } from '../../src/core/schedule';
import { summarize, type DraftSummary } from '../../src/core/workspace';

const timeZone = 'America/New_York';
const at = (iso: string) => DateTime.fromISO(iso, { zone: timeZone });

/** A draft summary from front-matter lines. */
function draft(key: string, ...lines: string[]): DraftSummary {
  return summarize(key, parseDraft(`---\n${lines.join('\n')}\n---\nBody\n`, { timeZone }))!;
}

const globex = (key: string, ...lines: string[]) =>
  draft(key, 'company: Globex', 'role: Data Analyst', 'interviewDate: 2026-11-20T14:30', ...lines);

function schedule(drafts: DraftSummary[], now: string, config: Config = {}) {
  return computeSchedule(drafts, { now: at(now), timeZone, config: resolveConfig(config) });
}

/** Items as `kind[/who or attempt] due group draft`, in order. */
function describeItems(drafts: DraftSummary[], now: string, config: Config = {}): string[] {
  return schedule(drafts, now, config).items.map((item) =>
    [item.kind + (item.interviewer ? `/${item.interviewer}` : item.attempt ? `/${item.attempt}` : ''), item.due.toISO(), item.group, item.draft ?? '-'].join(' '),
  );
}

describe('computeSchedule', () => {
  it('asks for a thank-you per interviewer of a panel, and drops the ones sent', () => {
    const drafts = [
      globex('dana.md', 'interviewer: Dana Whitfield', 'type: thank-you', 'sent: 2026-11-20T19:00'),
      globex('omar.md', 'interviewer: Omar Haddad', 'type: thank-you'),
      globex('panel.md', 'interviewer: [Dana Whitfield, Ingrid Olsen]', 'type: check-in'),
    ];
    assert.deepEqual(describeItems(drafts, '2026-11-21T09:00'), [
      'thank-you/Omar Haddad 2026-11-21T14:30:00.000-05:00 today omar.md',
      'thank-you/Ingrid Olsen 2026-11-21T14:30:00.000-05:00 today -',
      'check-in/1 2026-11-27T19:00:00.000-05:00 waiting panel.md',
    ]);
  });

  it('reads a date without a time as the start of that day', () => {
    const drafts = [draft('a.md', 'company: Initech', 'interviewer: Priya Nair', 'interviewDate: 2026-11-20')];
    assert.deepEqual(describeItems(drafts, '2026-11-20T08:00'), [
      'thank-you/Priya Nair 2026-11-21T00:00:00.000-05:00 this-week a.md',
      'check-in/1 2026-11-27T00:00:00.000-05:00 later -',
    ]);
  });

  it('counts 24 hours of elapsed time across a clock change, and cadence days by the calendar', () => {
    // Clocks in New York go back an hour early on Sunday 1 November 2026.
    const drafts = [draft('a.md', 'company: Initech', 'interviewer: Priya Nair', 'interviewDate: 2026-10-31T10:00')];
    const [thankYou, checkIn] = schedule(drafts, '2026-10-31T12:00').items;
    assert.equal(thankYou.due.toISO(), '2026-11-01T09:00:00.000-05:00');
    // 7 days later is Saturday 7 November at 10:00, which moves to Monday the 9th.
    assert.equal(checkIn.due.toISO(), '2026-11-09T10:00:00.000-05:00');
  });

  it('keeps an offset given in the front-matter and shows the due date in the user zone', () => {
    const drafts = [draft('a.md', 'company: Initech', 'interviewer: Priya Nair', 'interviewDate: 2026-11-20T09:00+01:00')];
    assert.equal(schedule(drafts, '2026-11-20T06:00').items[0].due.toISO(), '2026-11-21T03:00:00.000-05:00');
  });

  it('moves a weekend due date to Monday, unless the setting is off', () => {
    const drafts = [globex('a.md', 'interviewer: Dana Whitfield', 'type: thank-you', 'sent: 2026-11-21T10:00')];
    assert.equal(schedule(drafts, '2026-11-22T09:00').items[0].due.toISO(), '2026-11-30T10:00:00.000-05:00');
    assert.equal(schedule(drafts, '2026-11-22T09:00', { skipWeekends: false }).items[0].due.toISO(), '2026-11-28T10:00:00.000-05:00');
  });

  it('never asks for a check-in before the end of the decision date, and follows the pace', () => {
    const base = ['interviewer: Dana Whitfield', 'type: thank-you', 'sent: 2026-11-20T19:00'];
    assert.equal(schedule([globex('a.md', ...base, 'decisionDate: 2026-12-03')], '2026-11-22T09:00').items[0].due.toISO(), '2026-12-03T23:59:59.999-05:00');
    assert.equal(schedule([globex('a.md', ...base, 'pace: fast')], '2026-11-22T09:00').items[0].due.toISO(), '2026-11-25T19:00:00.000-05:00');
    assert.equal(schedule([globex('a.md', ...base, 'pace: slow')], '2026-11-22T09:00').items[0].due.toISO(), '2026-12-04T19:00:00.000-05:00');
  });

  it('spaces later follow-ups from the previous one, and says to move on after three', () => {
    const thanked = globex('t.md', 'interviewer: Dana Whitfield', 'type: thank-you', 'sent: 2026-11-20T19:00');
    const followUp = (n: number, sent: string) => globex(`f${n}.md`, 'interviewer: Dana Whitfield', 'type: check-in', `sent: ${sent}`);
    assert.deepEqual(describeItems([thanked, followUp(1, '2026-11-30T09:00')], '2026-12-01T09:00'), ['check-in/2 2026-12-07T09:00:00.000-05:00 waiting -']);
    const three = [thanked, followUp(1, '2026-11-30T09:00'), followUp(2, '2026-12-07T09:00'), followUp(3, '2026-12-14T09:00')];
    assert.deepEqual(describeItems(three, '2026-12-15T09:00'), ['move-on 2026-12-21T09:00:00.000-05:00 waiting -']);
    assert.deepEqual(describeItems(three, '2026-12-22T09:00'), ['move-on 2026-12-21T09:00:00.000-05:00 overdue -']);
    assert.deepEqual(describeItems(three.slice(0, 3), '2026-12-15T09:00', { maxFollowUps: 2 }).map((line) => line.split(' ')[0]), ['move-on']);
  });

  it('closes an application with an outcome: nothing is due', () => {
    const drafts = [globex('a.md', 'interviewer: Dana Whitfield', 'type: thank-you'), globex('b.md', 'interviewer: Dana Whitfield', 'type: check-in', 'outcome: offer')];
    const result = schedule(drafts, '2026-11-25T09:00');
    assert.deepEqual(result.items, []);
    assert.deepEqual(result.closed, [{ company: 'Globex', role: 'Data Analyst', outcome: 'offer', drafts: ['a.md', 'b.md'] }]);
  });

  it('reports drafts that disagree about the interview date, and uses the latest', () => {
    const drafts = [
      draft('a.md', 'company: Globex', 'role: Data Analyst', 'interviewer: Dana Whitfield', 'interviewDate: 2026-11-19T10:00'),
      draft('b.md', 'company: globex ', 'role: data analyst', 'interviewer: Omar Haddad', 'interviewDate: 2026-11-20T14:30'),
    ];
    const { items } = schedule(drafts, '2026-11-20T16:00');
    assert.equal(items[0].due.toISO(), '2026-11-21T14:30:00.000-05:00');
    assert.match(items[0].notes[0], /2 different interview dates; the latest, 20 Nov 2026 14:30, is used/);
    assert.deepEqual(items[0].drafts, ['b.md', 'a.md']);
  });

  it('hides a snoozed item until the snooze ends, and times the next change', () => {
    const snoozed = [globex('a.md', 'interviewer: Dana Whitfield', 'type: thank-you', 'snoozedUntil: 2026-11-22')];
    const wholeApplication = [...snoozed, globex('note.md', 'interviewer: Dana Whitfield', 'type: thank-you', 'sent: 2026-11-20T18:00', 'snoozedUntil: 2026-11-30')];
    assert.deepEqual(schedule(wholeApplication, '2026-11-25T09:00').items, [], 'a snooze on a draft that covers nothing hides the check-in');
    const before = schedule(snoozed, '2026-11-21T09:00');
    assert.deepEqual(before.items.map((item) => item.kind), ['check-in']);
    assert.deepEqual(before.snoozed.map((item) => item.kind), ['thank-you']);
    const after = schedule(snoozed, '2026-11-23T09:00');
    assert.deepEqual(after.items.map((item) => `${item.kind} ${item.group}`), ['thank-you overdue', 'check-in this-week']);
    assert.equal(schedule([globex('b.md', 'interviewer: Dana Whitfield', 'type: thank-you')], '2026-11-21T09:00').nextChange?.toISO(), '2026-11-21T14:30:00.000-05:00');
  });

  it('lists drafts that cannot be scheduled as problems', () => {
    const broken = summarize('broken.md', parseDraft('---\ncompany: Globex\nrole: "Analyst\n---\n', { timeZone }))!;
    const missing = draft('missing.md', 'company: Globex');
    const result = schedule([broken, missing], '2026-11-21T09:00');
    assert.deepEqual(result.problems.map((p) => p.key), ['broken.md', 'missing.md']);
    assert.match(result.problems[1].message, /lacks “interviewer”, “interviewDate”/);
  });
});

describe('groupOf', () => {
  const now = at('2026-11-21T09:00');
  it('sorts a moment into overdue, today, this week, later or waiting', () => {
    assert.equal(groupOf(at('2026-11-21T08:59'), now, false), 'overdue');
    assert.equal(groupOf(at('2026-11-21T23:00'), now, true), 'today');
    assert.equal(groupOf(at('2026-11-27T23:59'), now, false), 'this-week');
    assert.equal(groupOf(at('2026-11-28T00:00'), now, false), 'later');
    assert.equal(groupOf(at('2026-11-23T10:00'), now, true), 'waiting');
  });
});
