import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { DateTime, IANAZone } from 'luxon';
import { toICalendar } from '../../src/core/ics';
import { itemTitle } from '../../src/core/items';
import type { DueItem } from '../../src/core/schedule';

// ical.js is an ES module and this file is bundled to CommonJS: it is imported dynamically (esbuild
// inlines it into the test bundle), and its types with the import resolution mode.
type Ical = typeof import('ical.js', { with: { 'resolution-mode': 'import' } }).default;
type IcalComponent = InstanceType<Ical['Component']>;
let ICAL: Ical;
before(async () => {
  ICAL = (await import('ical.js')).default;
});

const now = DateTime.fromISO('2026-10-30T09:00', { zone: 'America/New_York' });

/** A due item as the schedule makes them, built here so these tests do not depend on computeSchedule. */
function item(fields: Partial<DueItem> & Pick<DueItem, 'kind' | 'due'>): DueItem {
  return {
    company: 'Globex',
    role: 'Data Analyst',
    allDay: fields.kind !== 'thank-you',
    interview: { raw: '2026-01-14T10:00', dateOnly: false, interviewers: ['Dana Whitfield'] },
    group: 'later',
    drafts: [],
    reason: 'A thank-you is due within 24 hours of the interview.',
    notes: [],
    ...(fields.kind === 'thank-you' ? { interviewer: 'Dana Whitfield' } : { attempt: 1 }),
    ...fields,
  };
}

/** A thank-you due at a wall-clock moment in a zone. */
const thankYou = (at: string, zone: string, fields: Partial<DueItem> = {}) => item({ kind: 'thank-you', due: DateTime.fromISO(at, { zone }), ...fields });

/** A check-in due on a day: the start of that day in the zone. */
const checkIn = (day: string, zone: string, fields: Partial<DueItem> = {}) => item({ kind: 'check-in', due: DateTime.fromISO(day, { zone }).startOf('day'), ...fields });

/** A VTIMEZONE observance as written, with its onset in UTC. */
interface Observance {
  readonly kind: 'standard' | 'daylight';
  readonly from: number;
  readonly to: number;
  readonly name: string;
  readonly onset: number;
}

/** The observances of a VTIMEZONE, read with ical.js: DTSTART is wall-clock time in TZOFFSETFROM. */
function observancesOf(zone: IcalComponent): Observance[] {
  return zone.getAllSubcomponents().map((part) => {
    const start = part.getFirstPropertyValue('dtstart') as InstanceType<Ical['Time']>;
    const from = (part.getFirstPropertyValue('tzoffsetfrom') as InstanceType<Ical['UtcOffset']>).toSeconds();
    const to = (part.getFirstPropertyValue('tzoffsetto') as InstanceType<Ical['UtcOffset']>).toSeconds();
    const wall = Date.UTC(start.year, start.month - 1, start.day, start.hour, start.minute, start.second);
    return { kind: part.name as Observance['kind'], from, to, name: String(part.getFirstPropertyValue('tzname')), onset: wall - from * 1000 };
  });
}

/**
 * A strict reader's answer, independent of ical.js: the observance with the latest onset at or
 * before the wall-clock time read in its own offset. Nothing before the first observance is guessed.
 */
function strictObservance(observances: readonly Observance[], wall: number): Observance {
  const candidates = observances.filter((observance) => wall - observance.to * 1000 >= observance.onset);
  assert.ok(candidates.length > 0, 'the VTIMEZONE does not reach back to the event');
  return candidates.reduce((best, next) => (next.onset > best.onset ? next : best));
}

/** What a timed event resolved to: its observance, or none for a UTC time. */
interface Reading {
  readonly item: DueItem;
  readonly observance?: Observance;
}

/**
 * Parses an export with ical.js and checks every event against its item: a timed event starts at
 * exactly the item's moment (through the file's own VTIMEZONE, also by the strict reading
 * above), lasts 15 minutes and rings an hour before; an all-day event spans the due day in the
 * zone and rings at 9:00 that day. Returns the observance each timed event fell in.
 */
function check(text: string, items: readonly DueItem[], zone: string, tzid = zone): Reading[] {
  for (const line of text.split('\r\n').slice(0, -1)) assert.ok(new TextEncoder().encode(line).length <= 75, `longer than 75 octets: ${line}`);
  assert.ok(text.endsWith('END:VCALENDAR\r\n'));
  assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n]/);
  // Nothing from ical.js's own registry: each TZID must be resolved by the file's VTIMEZONE.
  ICAL.TimezoneService.reset();
  assert.equal(ICAL.TimezoneService.has(tzid), tzid === 'UTC');
  const root = new ICAL.Component(ICAL.parse(text));
  assert.equal(root.name, 'vcalendar');
  const vtimezone = root.getFirstSubcomponent('vtimezone');
  const observances = vtimezone ? observancesOf(vtimezone) : [];
  if (vtimezone) assert.equal(vtimezone.getFirstPropertyValue('tzid'), tzid);
  const events = root.getAllSubcomponents('vevent');
  assert.equal(events.length, items.length);
  return items.map((due, i) => {
    const event = new ICAL.Event(events[i]);
    assert.equal(event.summary, itemTitle(due));
    const alarm = events[i].getFirstSubcomponent('valarm')!;
    assert.equal(alarm.getFirstPropertyValue('action'), 'DISPLAY');
    const trigger = alarm.getFirstPropertyValue('trigger') as InstanceType<Ical['Duration']>;
    assert.ok(trigger instanceof ICAL.Duration, 'the trigger is a duration relative to the start');
    if (due.allDay) {
      const day = due.due.setZone(zone);
      assert.ok(event.startDate.isDate && event.endDate.isDate, 'an all-day event has dates');
      assert.equal(event.startDate.toString(), day.toISODate());
      assert.equal(event.endDate.toString(), day.plus({ days: 1 }).toISODate());
      assert.equal(trigger.toSeconds(), 9 * 3600);
      const rings = event.startDate.clone();
      rings.isDate = false;
      rings.addDuration(trigger);
      assert.equal(rings.toString(), `${day.toISODate()}T09:00:00`);
      return { item: due };
    }
    assert.equal(event.startDate.isDate, false);
    assert.equal(event.duration.toSeconds(), 15 * 60);
    assert.equal(trigger.toSeconds(), -3600);
    assert.equal(event.startDate.toUnixTime() * 1000, due.due.toMillis(), `${itemTitle(due)} at ${due.due.toISO()}`);
    if (event.startDate.zone?.tzid === 'UTC') return { item: due };
    assert.equal(event.startDate.zone?.tzid, tzid);
    const start = event.startDate;
    const wall = Date.UTC(start.year, start.month - 1, start.day, start.hour, start.minute, start.second);
    const observance = strictObservance(observances, wall);
    assert.equal(wall - observance.to * 1000, due.due.toMillis(), `strict reading of ${due.due.toISO()}`);
    return { item: due, observance };
  });
}

/** The unfolded text of an export. */
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('toICalendar', () => {
  it('is well-formed RFC 5545: CRLF lines, balanced components, a VERSION and a PRODID', () => {
    const ics = toICalendar([thankYou('2026-11-01T09:00', 'America/New_York'), checkIn('2026-11-09', 'America/New_York')], { now, timeZone: 'America/New_York' });
    const lines = ics.split('\r\n');
    assert.equal(lines.pop(), '');
    const stack: string[] = [];
    for (const line of lines) {
      if (line.startsWith('BEGIN:')) stack.push(line.slice(6));
      if (line.startsWith('END:')) assert.equal(stack.pop(), line.slice(4));
    }
    assert.deepEqual(stack, []);
    assert.equal(lines[0], 'BEGIN:VCALENDAR');
    assert.ok(lines.includes('VERSION:2.0'));
    assert.ok(lines.some((line) => line.startsWith('PRODID:')));
    assert.ok(lines.includes('DTSTAMP:20261030T130000Z'));
  });

  const seasons: Record<string, { january: [string, string, string]; july: [string, string, string] }> = {
    // zone: [offset, TZNAME, observance kind] of an event in January and in July
    'America/New_York': { january: ['-0500', 'EST', 'standard'], july: ['-0400', 'EDT', 'daylight'] },
    'Europe/London': { january: ['+0000', 'GMT', 'standard'], july: ['+0100', 'BST', 'daylight'] },
    'Europe/Berlin': { january: ['+0100', 'CET', 'standard'], july: ['+0200', 'CEST', 'daylight'] },
    'Australia/Sydney': { january: ['+1100', 'AEDT', 'daylight'], july: ['+1000', 'AEST', 'standard'] },
    'Australia/Adelaide': { january: ['+1030', 'ACDT', 'daylight'], july: ['+0930', 'ACST', 'standard'] },
    'America/St_Johns': { january: ['-0330', 'NST', 'standard'], july: ['-0230', 'NDT', 'daylight'] },
    'Asia/Kolkata': { january: ['+0530', 'IST', 'standard'], july: ['+0530', 'IST', 'standard'] },
  };
  const offsetSeconds = (text: string) => (text[0] === '-' ? -1 : 1) * (Number(text.slice(1, 3)) * 3600 + Number(text.slice(3, 5)) * 60);

  for (const [zone, expected] of Object.entries(seasons)) {
    it(`places January and July events exactly in ${zone}, with ${expected.january[1]} and ${expected.july[1]}`, () => {
      const items = [
        thankYou('2026-01-15T10:00', zone),
        checkIn('2026-01-20', zone),
        thankYou('2026-07-15T14:30', zone, { interviewer: 'Omar Haddad' }),
        checkIn('2026-07-21', zone, { attempt: 2 }),
      ];
      const ics = toICalendar(items, { now, timeZone: zone });
      const tzid = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
      const readings = check(ics, items, zone, tzid);
      for (const [reading, [offset, name, kind]] of [
        [readings[0], expected.january],
        [readings[2], expected.july],
      ] as const) {
        assert.ok(reading.observance);
        assert.equal(reading.observance.to, offsetSeconds(offset));
        assert.equal(reading.observance.name, name);
        assert.equal(reading.observance.kind, kind);
      }
      assert.match(ics, new RegExp(`\\r\\nDTSTART;TZID=${tzid}:20260115T100000\\r\\n`));
      assert.match(ics, /\r\nDTSTART;VALUE=DATE:20260120\r\nDTEND;VALUE=DATE:20260121\r\n/);
      if (expected.january[0] === expected.july[0]) {
        // No clock change: one STANDARD observance, begun before the first event, with the same offset on both sides.
        const observances = observancesOf(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vtimezone')!);
        assert.equal(observances.length, 1);
        assert.equal(observances[0].from, observances[0].to);
        assert.ok(observances[0].onset <= items[0].due.toMillis());
      }
    });
  }

  it('puts a January event right even when the zone changes later in the year (an old bug: 5 hours off)', () => {
    const items = [thankYou('2026-01-10T10:00', 'America/New_York')];
    const ics = toICalendar(items, { now, timeZone: 'America/New_York' });
    check(ics, items, 'America/New_York');
    assert.match(unfold(ics), /BEGIN:VTIMEZONE\r\nTZID:America\/New_York\r\nBEGIN:STANDARD\r\nDTSTART:20251102T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nTZNAME:EST\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n/);
    const root = new ICAL.Component(ICAL.parse(ics));
    assert.equal(new ICAL.Event(root.getFirstSubcomponent('vevent')!).startDate.toJSDate().toISOString(), '2026-01-10T15:00:00.000Z');
  });

  it('writes the spring change as DAYLIGHT from its wall-clock time before the change', () => {
    const ics = toICalendar([thankYou('2026-07-01T09:00', 'America/New_York')], { now, timeZone: 'America/New_York' });
    assert.match(unfold(ics), /BEGIN:DAYLIGHT\r\nDTSTART:20260308T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nTZNAME:EDT\r\nEND:DAYLIGHT\r\n/);
  });

  it('writes a time that happens twice (clocks going back) in UTC, so no reader has to guess', () => {
    const zone = 'America/New_York';
    const first = DateTime.fromISO('2026-11-01T05:30:00Z').setZone(zone); // 01:30 EDT
    const second = DateTime.fromISO('2026-11-01T06:30:00Z').setZone(zone); // 01:30 EST
    assert.equal(first.toFormat('HH:mm'), second.toFormat('HH:mm'));
    const items = [item({ kind: 'thank-you', due: first }), item({ kind: 'thank-you', due: second, interviewer: 'Omar Haddad' }), thankYou('2026-11-01T03:00', zone, { interviewer: 'Lee' })];
    const ics = toICalendar(items, { now, timeZone: zone });
    assert.match(ics, /\r\nDTSTART:20261101T053000Z\r\n/);
    assert.match(ics, /\r\nDTSTART:20261101T063000Z\r\n/);
    assert.match(ics, /\r\nDTSTART;TZID=America\/New_York:20261101T030000\r\n/);
    check(ics, items, zone);
  });

  it('writes UTC times, with no VTIMEZONE, when the zone is UTC', () => {
    const items = [thankYou('2026-01-15T10:00', 'UTC'), checkIn('2026-07-21', 'UTC')];
    const ics = toICalendar(items, { now, timeZone: 'UTC' });
    assert.doesNotMatch(ics, /VTIMEZONE/);
    assert.match(ics, /\r\nDTSTART:20260115T100000Z\r\n/);
    check(ics, items, 'UTC');
  });

  it('needs no VTIMEZONE when every event is all-day', () => {
    const items = [checkIn('2026-01-20', 'Europe/London'), item({ kind: 'move-on', due: DateTime.fromISO('2026-02-02', { zone: 'Europe/London' }) })];
    const ics = toICalendar(items, { now, timeZone: 'Europe/London' });
    assert.doesNotMatch(ics, /VTIMEZONE|TZID/);
    check(ics, items, 'Europe/London');
  });

  it('names the zone canonically whatever case the setting uses', () => {
    const items = [thankYou('2026-01-15T10:00', 'America/New_York'), thankYou('2026-07-15T10:00', 'America/New_York', { interviewer: 'Omar Haddad' })];
    const ics = toICalendar(items, { now, timeZone: 'america/new_york' });
    assert.match(ics, /\r\nTZID:America\/New_York\r\n/);
    assert.match(ics, /\r\nDTSTART;TZID=America\/New_York:20260115T100000\r\n/);
    assert.doesNotMatch(ics, /america\/new_york/);
    check(ics, items, 'America/New_York');
  });

  it('keeps control characters out of the file, whatever the front-matter held', () => {
    const company = 'Globex\u0000\u0007\u001b[31m\u0085\u009f\u007f\tInc\u2028East\r\nWest\rNorth\u2029South';
    const items = [thankYou('2026-01-15T10:00', 'America/New_York', { company, notes: ['a\u000bb'] }), checkIn('2026-01-20', 'America/New_York', { company })];
    const ics = toICalendar(items, { now, timeZone: 'America/New_York' });
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(ics.replace(/\r\n/g, ''), /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    const root = new ICAL.Component(ICAL.parse(ics));
    const event = new ICAL.Event(root.getFirstSubcomponent('vevent')!);
    assert.equal(event.summary, 'Thank-you to Dana Whitfield · Globex[31m Inc\nEast\nWest\nNorth\nSouth (Data Analyst)');
    assert.match(event.description, /\nab$/);
  });

  it('handles a year-9999 date beside a 2026 one quickly, with a small VTIMEZONE', () => {
    const zone = 'America/New_York';
    const items = [thankYou('2026-03-01T10:00', zone), thankYou('9999-06-15T10:00', zone, { interviewer: 'Omar Haddad' }), checkIn('9999-12-30', zone)];
    const started = performance.now();
    const ics = toICalendar(items, { now, timeZone: zone });
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 500, `took ${Math.round(elapsed)} ms`);
    const observances = observancesOf(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vtimezone')!);
    assert.ok(observances.length <= 2 * 2, `${observances.length} observances for two timed events`);
    check(ics, items, zone);
  });

  it('refuses a date after the year 9999 or before the year 1, in words the user can act on', () => {
    const options = { now, timeZone: 'America/New_York' };
    const message = { name: 'CalendarError', message: 'The calendar cannot hold dates after the year 9999; check the interview date of Initech.' };
    const late = item({ kind: 'thank-you', company: 'Initech', due: DateTime.fromObject({ year: 10000, month: 1, day: 5, hour: 10 }, { zone: 'America/New_York' }) });
    assert.throws(() => toICalendar([thankYou('2026-01-15T10:00', 'America/New_York'), late], options), message);
    // The last day of 9999 would end in 10000.
    assert.throws(() => toICalendar([checkIn('9999-12-31', 'America/New_York', { company: 'Initech' })], options), message);
    const early = item({ kind: 'thank-you', company: 'Initech', due: DateTime.fromObject({ year: -5, month: 3, day: 1 }, { zone: 'America/New_York' }) });
    assert.throws(() => toICalendar([early], options), { message: 'The calendar cannot hold dates before the year 1; check the interview date of Initech.' });
    assert.throws(() => toICalendar([item({ kind: 'check-in', company: 'Initech', due: DateTime.fromObject({ year: 0, month: 6, day: 1 }, { zone: 'UTC' }) })], options), /before the year 1/);
  });

  it('writes all-day check-ins with VALUE=DATE and a reminder at 9:00 that day', () => {
    const zone = 'Australia/Sydney';
    const items = [checkIn('2026-12-31', zone), item({ kind: 'move-on', due: DateTime.fromISO('2026-10-04', { zone }) })];
    const ics = toICalendar(items, { now, timeZone: zone });
    assert.match(ics, /\r\nDTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n/);
    // The day clocks go forward in Sydney: still one calendar day.
    assert.match(ics, /\r\nDTSTART;VALUE=DATE:20261004\r\nDTEND;VALUE=DATE:20261005\r\n/);
    assert.equal(ics.split('\r\nTRIGGER:PT9H\r\n').length - 1, 2);
    check(ics, items, zone);
  });

  it('escapes and folds a long non-ASCII name with commas and semicolons, never inside a character', () => {
    const company = 'Société Générale des Établissements Ünïcödé, Ltd; 日本語の会社名株式会社 🚀🚀🚀 «Straße», Ærøskøbing; Zürich — Ελληνικά';
    const items = [thankYou('2026-01-15T10:00', 'Europe/Berlin', { company, role: 'Ingénieure; données, 数据', notes: ['Über "uns"\\ nötig'] }), checkIn('2026-01-20', 'Europe/Berlin', { company })];
    const ics = toICalendar(items, { now, timeZone: 'Europe/Berlin' });
    const lines = ics.split('\r\n');
    for (const line of lines) {
      assert.ok(new TextEncoder().encode(line).length <= 75, line);
      assert.doesNotMatch(line, /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/, 'a line ends inside a character');
    }
    assert.ok(lines.some((line) => line.startsWith(' ')), 'long lines are folded');
    assert.doesNotMatch(ics, /\uFFFD/);
    assert.match(unfold(ics), /SUMMARY:Thank-you to Dana Whitfield · Société Générale des Établissements Ünïcödé\\, Ltd\\; 日本語/);
    check(ics, items, 'Europe/Berlin');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    assert.equal(event.summary, itemTitle(items[0]));
    assert.match(event.description, /\nÜber "uns"\\ nötig$/);
  });

  it('gives each item a stable UID, the same as earlier exports wrote, and different items different UIDs', () => {
    const items = [thankYou('2026-01-15T10:00', 'America/New_York', { company: 'Globex, Inc; "East" 日本' }), thankYou('2026-01-15T10:00', 'America/New_York', { interviewer: 'Omar Haddad' }), checkIn('2026-01-20', 'America/New_York'), checkIn('2026-02-20', 'America/New_York', { attempt: 2 })];
    const uids = (text: string) => [...unfold(text).matchAll(/\r\nUID:([^\r\n]+)/g)].map((match) => match[1]);
    const first = uids(toICalendar(items, { now, timeZone: 'America/New_York' }));
    const again = uids(toICalendar(items, { now: now.plus({ hours: 5 }), timeZone: 'Europe/London' }));
    assert.deepEqual(again, first);
    assert.equal(new Set(first).size, items.length);
    const before = (due: DueItem) => `${Buffer.from([due.kind, due.company, due.role ?? '', due.interviewer ?? '', due.attempt ?? ''].join('|').toLowerCase(), 'utf8').toString('base64url')}@interview-followups`;
    assert.deepEqual(first, items.map(before));
  });

  it('writes times in UTC for a fixed-offset setting, and an empty calendar for a zone nobody knows', () => {
    const items = [thankYou('2026-01-15T10:00', 'UTC+5')];
    const ics = toICalendar(items, { now, timeZone: 'UTC+5' });
    assert.match(ics, /\r\nDTSTART:20260115T050000Z\r\n/);
    check(ics, items, 'UTC');
    assert.equal(toICalendar([], { now, timeZone: 'Mars/Olympus' }), 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Interview Follow-ups//Deadlines//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n');
  });

  it('places moments from 1970 to 2100, and around clock changes, exactly in zones with odd rules', () => {
    // Quarter-hour and 45-minute offsets, a 30-minute DST, the date line, DST abolished or paused, negative DST.
    const zones = ['Pacific/Chatham', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'Etc/GMT+12', 'America/Sao_Paulo', 'Europe/Dublin', 'Africa/Casablanca', 'Asia/Tehran', 'Asia/Kathmandu'];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (const zone of zones) {
      const moments: DateTime[] = [];
      for (let i = 0; i < 40; i++) moments.push(DateTime.fromMillis(Math.floor((random() * 4102444800) / 60) * 60_000, { zone }));
      // Around each change of 2026, found day by day then hour by hour: before, inside and after a repeated or skipped hour.
      const offset = (ms: number) => IANAZone.create(zone).offset(ms);
      for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2027, 0, 1); day += 86_400_000) {
        if (offset(day) === offset(day + 86_400_000)) continue;
        for (let at = day; at < day + 86_400_000; at += 3_600_000) {
          if (offset(at) === offset(at + 3_600_000)) continue;
          for (const minutes of [-61, -30, -1, 0, 1, 30, 59, 60, 61, 90, 120]) moments.push(DateTime.fromMillis(at + minutes * 60_000, { zone }));
        }
      }
      const items = moments.map((due, i) => item({ kind: 'thank-you', due, interviewer: `Person ${i}` }));
      const ics = toICalendar(items, { now, timeZone: zone });
      check(ics, items, zone, new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone);
    }
  });

  it('exports 1,000 items over several years in well under a second', () => {
    const zone = 'Europe/London';
    const start = DateTime.fromISO('2026-01-01T08:00', { zone });
    const items = Array.from({ length: 1000 }, (_, i) => {
      const due = start.plus({ days: i * 2, hours: i % 13 });
      return i % 3 === 0 ? item({ kind: 'check-in', due: due.startOf('day'), company: `Company ${i}`, attempt: 1 + (i % 3) }) : item({ kind: 'thank-you', due, company: `Company ${i}` });
    });
    const started = performance.now();
    const ics = toICalendar(items, { now, timeZone: zone });
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 500, `took ${Math.round(elapsed)} ms`);
    const readings = check(ics, items, zone);
    // Two observances a year at most: the onsets are shared.
    const onsets = new Set(readings.flatMap((reading) => (reading.observance ? [reading.observance.onset] : [])));
    assert.ok(onsets.size <= 2 * 7, `${onsets.size} observances`);
  });
});
