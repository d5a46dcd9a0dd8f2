import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { resolveConfig, type Config } from '../../src/core/config';
import { parseDraft } from '../../src/core/draft';
import { computeSchedule, describeDue, formatDue } from '../../src/core/schedule';
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

/** Items as `kind[/who or attempt] due group draft`, in order; a day item's due is its date. */
function describeItems(drafts: DraftSummary[], now: string, config: Config = {}): string[] {
  return schedule(drafts, now, config).items.map((item) =>
    [
      item.kind + (item.interviewer ? `/${item.interviewer}` : item.attempt ? `/${item.attempt}` : ''),
      item.allDay ? item.due.toISODate() : item.due.toISO(),
      item.group,
      item.draft ?? '-',
    ].join(' '),
  );
}

/** A job search with a phone screen with Dana on Mon 2 Nov, and an on-site with Dana and Lee on Fri 20 Nov. */
const phoneScreen = (key: string, ...lines: string[]) => draft(key, 'company: Hooli', 'role: Engineer', 'interviewDate: 2026-11-02T10:00', ...lines);
const onSite = (key: string, ...lines: string[]) => draft(key, 'company: Hooli', 'role: Engineer', 'interviewDate: 2026-11-20T13:00', ...lines);

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
      'check-in/1 2026-11-27 this-week panel.md',
    ]);
  });

  it('§4.1: thanking Dana after the phone screen does not thank her for the on-site', () => {
    const drafts = [
      phoneScreen('screen-dana.md', 'interviewer: Dana Whitfield', 'type: thank-you', 'sent: 2026-11-02T17:00'),
      onSite('onsite-dana.md', 'interviewer: Dana Whitfield', 'type: thank-you'),
      onSite('onsite-lee.md', 'interviewer: Lee Park', 'type: thank-you', 'sent: 2026-11-20T18:00'),
    ];
    const items = describeItems(drafts, '2026-11-20T20:00');
    assert.deepEqual(items[0], 'thank-you/Dana Whitfield 2026-11-21T13:00:00.000-05:00 today onsite-dana.md');
    const thanked = [...drafts.slice(0, 2), onSite('onsite-dana.md', 'interviewer: Dana Whitfield', 'type: thank-you', 'sent: 2026-11-20T19:00'), drafts[2]];
    assert.deepEqual(describeItems(thanked, '2026-11-20T20:00').map((line) => line.split(' ')[0]), ['check-in/1']);
  });

  it('§4.1: each interview is a day, and its time is the latest any draft gives', () => {
    const drafts = [
      onSite('a.md', 'interviewer: Dana Whitfield', 'type: thank-you'),
      draft('b.md', 'company: Hooli', 'role: Engineer', 'interviewDate: 2026-11-20', 'interviewer: Dana Whitfield', 'type: check-in'),
    ];
    const { items } = schedule(drafts, '2026-11-20T20:00');
    assert.deepEqual(
      items.map((item) => `${item.kind} ${formatDue(item)}`),
      ['thank-you Sat 21 Nov 13:00', 'check-in Fri 27 Nov'],
      'one interview, not two, and no warning that two rounds disagree',
    );
    assert.deepEqual(items[0].notes, []);
  });

  it('§4.2: a check-in is never due before the latest interview, even one still to come', () => {
    const screened = [phoneScreen('screen.md', 'interviewer: Dana Whitfield', 'type: thank-you', 'sent: 2026-11-02T17:00')];
    assert.deepEqual(describeItems(screened, '2026-11-16T09:00'), ['check-in/1 2026-11-09 overdue -']);
    const invited = [...screened, onSite('onsite.md', 'interviewer: Dana Whitfield', 'type: thank-you')];
    assert.deepEqual(describeItems(invited, '2026-11-16T09:00'), [
      'thank-you/Dana Whitfield 2026-11-21T13:00:00.000-05:00 this-week onsite.md',
      'check-in/1 2026-11-27 waiting -',
    ]);
  });

  it('§4.2: the check-in is due on the day after the decision date at the earliest, and follows the pace', () => {
    const base = ['interviewer: Dana Whitfield', 'type: thank-you', 'sent: 2026-11-20T19:00'];
    const dueOf = (...extra: string[]) => describeItems([globex('a.md', ...base, ...extra)], '2026-11-22T09:00')[0].split(' ').slice(0, 2).join(' ');
    assert.equal(dueOf('decisionDate: 2026-12-03'), 'check-in/1 2026-12-04');
    assert.equal(dueOf('decisionDate: 2026-12-03T17:00'), 'check-in/1 2026-12-04');
    assert.equal(dueOf('pace: fast'), 'check-in/1 2026-11-25');
    assert.equal(dueOf('pace: slow'), 'check-in/1 2026-12-04');
    assert.equal(dueOf(), 'check-in/1 2026-11-27');
  });

  it('§4.2: a weekend due day moves to Monday, unless the setting is off, for a move-on too', () => {
    const drafts = [globex('a.md', 'interviewer: Dana Whitfield', 'type: thank-you', 'sent: 2026-11-21T10:00')];
    assert.deepEqual(describeItems(drafts, '2026-11-23T09:00'), ['check-in/1 2026-11-30 this-week -']);
    assert.deepEqual(describeItems(drafts, '2026-11-23T09:00', { skipWeekends: false }), ['check-in/1 2026-11-28 this-week -']);
    const followUps = ['2026-11-23', '2026-11-30', '2026-12-07'].map((day, i) => globex(`f${i}.md`, 'interviewer: Dana Whitfield', 'type: check-in', `sent: ${day}T09:00`));
    // The third went out on Mon 7 Dec; seven days on is Mon 14 Dec. From Sat 5 Dec it would be Sat 12 -> Mon 14.
    assert.deepEqual(describeItems([...drafts, ...followUps], '2026-12-08T09:00'), ['move-on 2026-12-14 this-week -']);
    const saturday = [...drafts, ...followUps.slice(0, 2), globex('f2.md', 'interviewer: Dana Whitfield', 'type: final', 'sent: 2026-12-05T09:00')];
    assert.deepEqual(describeItems(saturday, '2026-12-08T09:00'), ['move-on 2026-12-14 this-week -']);
  });

  it('§4.3: later follow-ups follow the previous one, and the count restarts after a later interview', () => {
    const thanked = globex('t.md', 'interviewer: Dana Whitfield', 'type: thank-you', 'sent: 2026-11-20T19:00');
    const followUp = (n: number, sent: string) => globex(`f${n}.md`, 'interviewer: Dana Whitfield', 'type: check-in', `sent: ${sent}`);
    assert.deepEqual(describeItems([thanked, followUp(1, '2026-11-30T09:00')], '2026-12-01T09:00'), ['check-in/2 2026-12-07 this-week -']);
    // Three check-ins after the phone screen, then an on-site: the first check-in after it is number 1.
    const afterScreen = ['2026-11-09', '2026-11-12', '2026-11-16'].map((day, i) =>
      phoneScreen(`screen-${i}.md`, 'interviewer: Dana Whitfield', 'type: check-in', `sent: ${day}T09:00`),
    );
    const screenThanks = phoneScreen('screen-thanks.md', 'interviewer: Dana Whitfield', 'type: thank-you', 'sent: 2026-11-02T17:00');
    const onsite = onSite('onsite.md', 'interviewer: Dana Whitfield', 'type: thank-you', 'sent: 2026-11-20T18:00');
    assert.deepEqual(describeItems([screenThanks, ...afterScreen, onsite], '2026-11-21T09:00'), ['check-in/1 2026-11-27 this-week -']);
    assert.deepEqual(describeItems([screenThanks, ...afterScreen], '2026-11-17T09:00'), ['move-on 2026-11-23 this-week -']);
  });

  it('§4.4: after three follow-ups, a move-on on the day the next would have been due, and nothing more', () => {
    const thanked = globex('t.md', 'interviewer: Dana Whitfield', 'type: thank-you', 'sent: 2026-11-20T19:00');
    const followUp = (n: number, sent: string) => globex(`f${n}.md`, 'interviewer: Dana Whitfield', 'type: check-in', `sent: ${sent}`);
    const three = [thanked, followUp(1, '2026-11-30T09:00'), followUp(2, '2026-12-07T09:00'), followUp(3, '2026-12-14T09:00')];
    assert.deepEqual(describeItems(three, '2026-12-15T09:00'), ['move-on 2026-12-21 this-week -']);
    assert.deepEqual(describeItems(three, '2026-12-21T23:00'), ['move-on 2026-12-21 today -']);
    assert.deepEqual(describeItems(three, '2026-12-22T00:00'), ['move-on 2026-12-21 overdue -']);
    assert.deepEqual(describeItems(three.slice(0, 3), '2026-12-08T09:00', { maxFollowUps: 2 }).map((line) => line.split(' ')[0]), ['move-on']);
  });

  it('§4.5: an outcome closes the application, in any case', () => {
    const drafts = [globex('a.md', 'interviewer: Dana Whitfield', 'type: thank-you'), globex('b.md', 'interviewer: Dana Whitfield', 'type: check-in', 'outcome: Rejected')];
    const result = schedule(drafts, '2026-11-25T09:00');
    assert.deepEqual(result.items, []);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.closed, [{ company: 'Globex', role: 'Data Analyst', outcome: 'rejected', drafts: ['a.md', 'b.md'] }]);
  });

  it('§4.6: an unsent draft covers its item; an item with no draft has none', () => {
    const drafts = [globex('omar.md', 'interviewer: Omar Haddad', 'type: thank-you'), globex('next.md', 'interviewer: Omar Haddad', 'type: check-in')];
    const [thankYou, checkIn] = schedule(drafts, '2026-11-21T09:00').items;
    assert.equal(thankYou.draft, 'omar.md');
    assert.equal(checkIn.draft, 'next.md');
    assert.equal(schedule(drafts.slice(0, 1), '2026-11-21T09:00').items[1].draft, undefined);
    // A draft covers the item of the interview it names: last round's unsent note is not this round's.
    const rounds = [
      phoneScreen('screen-dana.md', 'interviewer: Dana Whitfield', 'type: thank-you'),
      onSite('onsite-dana.md', 'interviewer: Dana Whitfield', 'type: thank-you'),
    ];
    assert.deepEqual(
      schedule(rounds, '2026-11-20T15:00').items.filter((item) => item.kind === 'thank-you').map((item) => `${item.due.toISODate()} ${item.draft}`),
      ['2026-11-03 screen-dana.md', '2026-11-21 onsite-dana.md'],
    );
  });

  it('§4.7: a check-in is due on a day: Today all that day, Overdue from the next, and shown as a date', () => {
    const drafts = [globex('a.md', 'interviewer: Dana Whitfield', 'type: thank-you', 'sent: 2026-11-20T19:10')];
    const on = (now: string) => schedule(drafts, now).items[0];
    assert.equal(on('2026-11-27T00:00').group, 'today');
    assert.equal(on('2026-11-27T23:59').group, 'today');
    assert.equal(on('2026-11-28T00:00').group, 'overdue');
    const item = on('2026-11-26T09:00');
    assert.equal(item.allDay, true);
    assert.equal(formatDue(item), 'Fri 27 Nov');
    assert.equal(describeDue(item, at('2026-11-26T09:00')), 'due tomorrow');
    assert.equal(describeDue(item, at('2026-11-27T21:00')), 'due today');
    assert.equal(describeDue(item, at('2026-11-30T09:00')), 'overdue by 3 days');
  });

  it('§4.7: a thank-you is due to the minute, 24 hours of elapsed time across a clock change', () => {
    // Clocks in New York go back an hour early on Sunday 1 November 2026.
    const drafts = [draft('a.md', 'company: Initech', 'interviewer: Priya Nair', 'interviewDate: 2026-10-31T10:00')];
    const [thankYou, checkIn] = schedule(drafts, '2026-10-31T12:00').items;
    assert.equal(thankYou.due.toISO(), '2026-11-01T09:00:00.000-05:00');
    assert.equal(formatDue(thankYou), 'Sun 1 Nov 09:00');
    // 7 days later is Saturday 7 November, which moves to Monday the 9th.
    assert.equal(checkIn.due.toISODate(), '2026-11-09');
  });

  it('keeps day precision for an interview with no time: the thank-you is due by the end of that day', () => {
    const drafts = [draft('a.md', 'company: Initech', 'interviewer: Priya Nair', 'interviewDate: 2026-11-20')];
    const [thankYou] = schedule(drafts, '2026-11-20T08:00').items;
    assert.equal(formatDue(thankYou), 'end of Fri 20 Nov');
    assert.equal(thankYou.group, 'today');
  });

  it('keeps an offset given in the front-matter and shows the due time in the user zone', () => {
    const drafts = [draft('a.md', 'company: Initech', 'interviewer: Priya Nair', 'interviewDate: 2026-11-20T09:00+01:00')];
    assert.equal(schedule(drafts, '2026-11-20T06:00').items[0].due.toISO(), '2026-11-21T03:00:00.000-05:00');
  });

  it('§4.8: a snooze hides an item until the start of the day after, and lists it with the day it comes back', () => {
    const snoozed = [globex('a.md', 'interviewer: Dana Whitfield', 'type: thank-you', 'snoozedUntil: 2026-11-22')];
    const before = schedule(snoozed, '2026-11-22T23:59');
    assert.deepEqual(before.items.map((item) => item.kind), ['check-in']);
    assert.deepEqual(before.snoozed.map((item) => `${item.kind} ${item.comesBack?.toISO()}`), ['thank-you 2026-11-23T00:00:00.000-05:00']);
    assert.equal(before.nextChange?.toISO(), '2026-11-23T00:00:00.000-05:00');
    const after = schedule(snoozed, '2026-11-23T00:00');
    assert.deepEqual(after.items.map((item) => `${item.kind} ${item.group}`), ['thank-you overdue', 'check-in this-week']);
    assert.deepEqual(after.snoozed, []);
    // A snooze with a time of day still ends at the start of the next day.
    const timed = [globex('a.md', 'interviewer: Dana Whitfield', 'type: thank-you', 'snoozedUntil: 2026-11-22T10:00')];
    assert.deepEqual(schedule(timed, '2026-11-22T12:00').snoozed.map((item) => item.kind), ['thank-you']);
    // A snooze on a draft that covers nothing (a sent one) hides the items without a draft.
    const wholeApplication = [...snoozed, globex('note.md', 'interviewer: Dana Whitfield', 'type: thank-you', 'sent: 2026-11-20T18:00', 'snoozedUntil: 2026-11-30')];
    const hidden = schedule(wholeApplication, '2026-11-25T09:00');
    assert.deepEqual(hidden.items, []);
    assert.deepEqual(hidden.snoozed.map((item) => `${item.kind} ${item.comesBack?.toISODate()}`), ['check-in 2026-12-01']);
  });

  it('groups by due day first: a check-in due tomorrow is This week even while waiting; a thank-you due in 15 hours is Today', () => {
    const waiting = [globex('a.md', 'interviewer: Dana Whitfield', 'type: thank-you', 'sent: 2026-11-20T19:00')];
    assert.deepEqual(describeItems(waiting, '2026-11-26T09:00'), ['check-in/1 2026-11-27 this-week -']);
    assert.deepEqual(describeItems(waiting, '2026-11-20T20:00').map((line) => line.split(' ')[2]), ['this-week']);
    assert.deepEqual(describeItems(waiting, '2026-11-20T20:00', { cadenceDays: { slow: 14, standard: 8, fast: 5 } }).map((line) => line.split(' ')[2]), ['waiting']);
    const fresh = [draft('b.md', 'company: Initech', 'interviewer: Priya Nair', 'interviewDate: 2026-11-21T00:00')];
    const { items } = schedule(fresh, '2026-11-21T09:00');
    assert.equal(items[0].kind, 'thank-you');
    assert.equal(describeDue(items[0], at('2026-11-21T09:00')), 'due in 15 hours');
    assert.equal(items[0].group, 'today');
    assert.equal(schedule(fresh, '2026-11-12T09:00').items[0].group, 'later', 'nothing sent yet: Later, not Waiting');
  });

  it('reads a company written with a no-break space as the same application', () => {
    const drafts = [
      draft('a.md', 'company: Acme Corp', 'interviewer: Wile Coyote', 'interviewDate: 2026-11-20T09:00', 'sent: 2026-11-20T12:00'),
      draft('b.md', 'company: "Acme\u00a0Corp"', 'interviewer: Wile Coyote', 'interviewDate: 2026-11-20T09:00', 'type: check-in'),
    ];
    assert.deepEqual(describeItems(drafts, '2026-11-21T09:00'), ['check-in/1 2026-11-27 this-week b.md']);
  });

  it('lists drafts that cannot be scheduled as problems, each with its real reason', () => {
    const broken = summarize('broken.md', parseDraft('---\ncompany: Globex\nrole: "Analyst\n---\n', { timeZone }))!;
    const missing = draft('missing.md', 'company: Globex');
    const impossible = draft('impossible.md', 'company: Globex', 'interviewer: Dana Whitfield', 'interviewDate: 2026-02-30');
    const offset = draft('offset.md', 'company: Globex', 'interviewer: Dana Whitfield', 'interviewDate: 2026-11-20T10:00+99:99');
    const future = globex('future.md', 'interviewer: Dana Whitfield', 'sent: 2031-01-01');
    const early = globex('early.md', 'interviewer: Dana Whitfield', 'sent: 2026-11-19T10:00');
    const result = schedule([broken, missing, impossible, offset, future, early], '2026-11-21T09:00');
    const messages = Object.fromEntries(result.problems.map((p) => [p.key, p.message]));
    assert.deepEqual(Object.keys(messages), ['broken.md', 'early.md', 'future.md', 'impossible.md', 'missing.md', 'offset.md']);
    assert.match(messages['missing.md'], /lacks “interviewer”, “interviewDate”/);
    assert.equal(messages['impossible.md'], '“interviewDate” names 30 February 2026, which does not exist; check the date.');
    assert.match(messages['offset.md'], /^“interviewDate” has the offset \+99:99, which no place uses/);
    assert.equal(messages['future.md'], '“sent” says Wed 1 Jan 2031, which has not come yet; write the day you sent it, or remove “sent” until you do.');
    assert.match(messages['early.md'], /^“sent” says Thu 19 Nov 2026 at 10:00, before the interview on Fri 20 Nov 2026 at 14:30/);
    // Sent later today, or early tomorrow: a plan close enough to keep.
    assert.deepEqual(schedule([globex('soon.md', 'interviewer: Dana Whitfield', 'sent: 2026-11-22')], '2026-11-21T09:00').problems, []);
  });

  it('times the next change of group: the start of the day a check-in is due, the moment a thank-you is', () => {
    assert.equal(schedule([globex('b.md', 'interviewer: Dana Whitfield', 'type: thank-you')], '2026-11-21T09:00').nextChange?.toISO(), '2026-11-21T14:30:00.000-05:00');
    const waiting = [globex('a.md', 'interviewer: Dana Whitfield', 'type: thank-you', 'sent: 2026-11-20T19:00')];
    assert.equal(schedule(waiting, '2026-11-21T09:00').nextChange?.toISO(), '2026-11-27T00:00:00.000-05:00');
    assert.equal(schedule(waiting, '2026-11-27T09:00').nextChange?.toISO(), '2026-11-28T00:00:00.000-05:00');
  });
});
