import { IANAZone, Info, type DateTime, type Zone } from 'luxon';
import type { DueItem } from './schedule';
import { itemTitle } from './items';

const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Text: what may appear in a value, escaping, folding and the UID.

/**
 * Text fit for a calendar: line breaks of any kind (CRLF, CR, U+2028, U+2029) become `\n`, a
 * tab a space, and other C0 and C1 control characters and DEL are dropped, so a stray byte in a
 * draft cannot break a reader; a lone surrogate becomes U+FFFD, which is what UTF-8 writes.
 */
function cleanText(text: string): string {
  return (
    text
      .replace(/\r\n?|[\u2028\u2029]/g, '\n')
      .replace(/\t/g, ' ')
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\uFFFD')
  );
}

/** A TEXT value (RFC 5545 §3.3.11): cleaned, then backslash, semicolon, comma and newline escaped. */
function escapeText(text: string): string {
  return cleanText(text).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

/** The UTF-8 length of one code point, counted without encoding it (no allocation per character). */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence: each
 * continuation line starts with a space, so it holds 74 octets of the value. A line of 25 UTF-16
 * units or fewer cannot exceed 75 octets and is returned as it is.
 */
function fold(line: string): string {
  if (line.length <= 25) return line;
  const parts: string[] = [];
  let start = 0;
  let bytes = 0;
  let limit = 75;
  for (let i = 0; i < line.length; ) {
    const codePoint = line.codePointAt(i)!;
    const size = utf8Length(codePoint);
    if (bytes + size > limit) {
      parts.push(line.slice(start, i));
      start = i;
      bytes = 0;
      limit = 74;
    }
    bytes += size;
    i += codePoint > 0xffff ? 2 : 1;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

const utf8 = new TextEncoder();
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Base64url without padding (RFC 4648 §5), by hand so that the engine also runs in a web worker (no `Buffer`). */
function base64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const left = bytes.length - i;
    out += BASE64URL[(chunk >> 18) & 63] + BASE64URL[(chunk >> 12) & 63];
    if (left > 1) out += BASE64URL[(chunk >> 6) & 63];
    if (left > 2) out += BASE64URL[chunk & 63];
  }
  return out;
}

/**
 * The event's UID: the item's identity (kind, company, role, interviewer, attempt), so a second
 * export updates the events of the first instead of adding copies. It encodes the same bytes
 * the same way as before, so calendars that imported an older export keep matching.
 */
function uidOf(item: DueItem): string {
  const id = [item.kind, item.company, item.role ?? '', item.interviewer ?? '', item.attempt ?? ''].join('|').toLowerCase();
  return `${base64url(utf8.encode(id))}@interview-followups`;
}

// ---------------------------------------------------------------------------------------------
// Dates: formatting, and the year range a calendar can hold.

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `yyyyMMddTHHmmss` of the fields of a millisecond count read as UTC; add an offset first for a wall clock. */
function dateTimeText(ms: number): string {
  const at = new Date(ms);
  return `${pad(at.getUTCFullYear(), 4)}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}T${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}`;
}

/** Midnight UTC of a calendar day; `setUTCFullYear` because `Date.UTC` reads years 0–99 as 1900–1999. */
function utcDay(year: number, month: number, day: number): number {
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day);
  return at.getTime();
}

/** The UTC year of a millisecond count. */
const utcYear = (ms: number) => new Date(ms).getUTCFullYear();

/** A UTC offset given in seconds as iCalendar writes it: `+0530`, `-0500`, `-045602` (seconds only when there are some). */
function offsetText(seconds: number): string {
  const size = Math.abs(seconds);
  const rest = size % 60;
  return `${seconds < 0 ? '-' : '+'}${pad(Math.floor(size / 3600))}${pad(Math.floor(size / 60) % 60)}${rest ? pad(rest) : ''}`;
}

/** The name to blame when a date cannot be written: the company, on one line. */
const whose = (item: DueItem) => cleanText(item.company).replace(/\n/g, ' ').trim() || 'an application';

/** Why a calendar cannot be written, in words a job seeker can act on. */
export class CalendarError extends Error {
  override readonly name = 'CalendarError';
}

/**
 * Throws the error a job seeker can act on when a year cannot be written: iCalendar years have
 * four digits (RFC 5545 §3.3.4), from 1 to 9999 (year 0 is not a year of the calendar).
 */
function checkYear(year: number, item: DueItem): void {
  if (year > 9999) throw new CalendarError(`The calendar cannot hold dates after the year 9999; check the interview date of ${whose(item)}.`);
  if (!(year >= 1)) throw new CalendarError(`The calendar cannot hold dates before the year 1; check the interview date of ${whose(item)}.`);
}

// ---------------------------------------------------------------------------------------------
// The zone: its canonical name, its offset changes, and their abbreviations.

/** How timed events are written: in UTC (`...Z`), or as wall-clock time in a named zone described by a VTIMEZONE. */
type Target = { readonly kind: 'utc'; readonly zone?: Zone } | { readonly kind: 'zone'; readonly rules: ZoneRules };

/**
 * Reads the user's zone setting. An IANA name in any case (`america/new_york`) becomes the
 * canonical name the platform gives, which is what TZID must say. UTC, fixed offsets such as
 * `UTC+5`, and a name no platform knows are written in UTC, which every reader understands; all-day
 * dates are then read in the fixed zone, or in the items' own zone when the name is unknown.
 */
function targetOf(timeZone: string): Target {
  const zone = Info.normalizeZone(timeZone);
  if (!zone.isValid) return { kind: 'utc' };
  if (zone.isUniversal) return { kind: 'utc', zone };
  let tzid: string;
  try {
    tzid = new Intl.DateTimeFormat('en-US', { timeZone: zone.name }).resolvedOptions().timeZone;
  } catch {
    return { kind: 'utc' };
  }
  if (tzid === 'UTC' || tzid === 'Etc/UTC') return { kind: 'utc', zone };
  return { kind: 'zone', rules: new ZoneRules(tzid) };
}

/** A change of the zone's UTC offset: the moment it happens, and the offsets (in seconds) before and after. */
interface Change {
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/** The offset changes of one UTC year, the offset in force as it begins, and every offset in force during it. */
interface YearRules {
  readonly first: number;
  readonly changes: readonly Change[];
  readonly offsets: ReadonlySet<number>;
}

/**
 * The offsets of an IANA zone, as the platform's time-zone data gives them. Each year's changes
 * are found once, on first need (a scan of the year by day, then bisection to the second), and
 * every later question about that year is answered from them: describing the zone costs a few
 * years' work whatever the dates, even year 9999, and an event costs no look-up of its own.
 */
class ZoneRules {
  private readonly format: Intl.DateTimeFormat;
  private readonly years = new Map<number, YearRules>();

  constructor(readonly tzid: string) {
    this.format = new Intl.DateTimeFormat('en-US', { timeZone: tzid, timeZoneName: 'longOffset' });
  }

  /**
   * The platform's offset at a moment, in seconds, read from "GMT-04:56:02"-style text: a
   * fraction of luxon's cost, which matters for a scan of hundreds of days a year. Falls back
   * to luxon (minutes, fractional for local mean time) should the text ever look different.
   */
  lookUp(ms: number): number {
    const match = /GMT(?:([+\-\u2212])(\d\d):(\d\d)(?::(\d\d))?)?$/.exec(this.format.format(ms));
    if (!match) return Math.round(IANAZone.create(this.tzid).offset(ms) * 60);
    if (!match[1]) return 0;
    return (match[1] === '+' ? 1 : -1) * (Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4] ?? 0));
  }

  /**
   * The year's changes: a day whose two ends differ is bisected to the second (offsets are
   * constant within a second), and the scan goes on from the change, in case of another that day.
   */
  year(year: number): YearRules {
    let rules = this.years.get(year);
    if (rules) return rules;
    const start = utcDay(year, 1, 1);
    const end = utcDay(year + 1, 1, 1);
    const changes: Change[] = [];
    const first = this.lookUp(start);
    const offsets = new Set([first]);
    let before = first;
    let low = start;
    while (low < end) {
      const next = Math.min(low + DAY, end);
      if (this.lookUp(next) === before) {
        low = next;
        continue;
      }
      let from = low;
      let to = next;
      while (to - from > 1000) {
        const middle = from + Math.floor((to - from) / 2);
        if (this.lookUp(middle) === before) from = middle;
        else to = middle;
      }
      const at = Math.floor(to / 1000) * 1000;
      const after = this.lookUp(at);
      changes.push({ at, from: before, to: after });
      offsets.add(after);
      before = after;
      low = at;
    }
    rules = { first, changes, offsets };
    this.years.set(year, rules);
    return rules;
  }

  /** The offset in force at a moment, in seconds, from the year's changes. */
  offset(ms: number): number {
    const rules = this.year(utcYear(ms));
    return this.changeIn(rules, ms)?.to ?? rules.first;
  }

  /** The last of a year's changes at or before a moment. */
  private changeIn(rules: YearRules, ms: number): Change | undefined {
    let found: Change | undefined;
    for (const change of rules.changes) {
      if (change.at > ms) break;
      found = change;
    }
    return found;
  }

  /** The last change at or before a moment, looked for in its year and the year before only. */
  lastChange(ms: number): Change | undefined {
    const year = utcYear(ms);
    return this.changeIn(this.year(year), ms) ?? this.year(year - 1).changes.at(-1);
  }

  /** The first change after a moment within a day of it (clocks never change twice in a day). */
  private nextChange(ms: number): Change | undefined {
    const year = utcYear(ms);
    const next = this.year(year).changes.find((change) => change.at > ms);
    if (next || utcYear(ms + DAY) === year) return next;
    return this.year(year + 1).changes[0];
  }

  /** True for a summer offset: larger than another offset in force in the same year. */
  isDaylight(change: Change): boolean {
    const offsets = [...this.year(utcYear(change.at)).offsets];
    return offsets.length > 1 && change.to === Math.max(...offsets);
  }

  /**
   * True when the wall-clock time of a moment happens twice: in the span repeated when clocks
   * go back, before or after the change. RFC 5545 reads such a time as its first occurrence, and
   * readers disagree (ical.js takes the second), so such an event is written in UTC instead.
   */
  isAmbiguous(ms: number): boolean {
    const last = this.lastChange(ms);
    if (last && last.to < last.from && ms - last.at < (last.from - last.to) * 1000) return true;
    const next = this.nextChange(ms);
    return next !== undefined && next.to < next.from && next.at - ms <= (next.from - next.to) * 1000;
  }
}

/** English locales whose short zone names differ: en-GB knows BST and CET, en-AU AEST, en-IN IST, en-CA NST... */
const ABBREVIATION_LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-IN', 'en-NZ', 'en-CA', 'en-IE', 'en-ZA'];
const NUMERIC_NAME = /^(?:GMT|UTC)[+\-\u2212]/;
const nameFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The abbreviation people know the offset by (GMT and BST, CET and CEST, AEDT, EST, IST): the
 * first short name in a set of English locales that is not a bare offset such as "GMT+1", or
 * else the numeric form tzdb uses ("+0530", "-03").
 */
function abbreviation(tzid: string, ms: number, offset: number): string {
  for (const locale of ABBREVIATION_LOCALES) {
    const key = `${locale}|${tzid}`;
    let format = nameFormats.get(key);
    if (!format) {
      if (nameFormats.size > 256) nameFormats.clear();
      format = new Intl.DateTimeFormat(locale, { timeZone: tzid, timeZoneName: 'short' });
      nameFormats.set(key, format);
    }
    const name = format.formatToParts(new Date(ms)).find((part) => part.type === 'timeZoneName')?.value;
    if (name && !NUMERIC_NAME.test(name)) return name;
  }
  const text = offsetText(offset);
  return text.endsWith('00') && text.length === 5 ? text.slice(0, 3) : text;
}

/** One STANDARD or DAYLIGHT part of the VTIMEZONE: from its onset on, `to` is in force. */
interface Observance {
  readonly onset: number;
  readonly from: number;
  readonly to: number;
  readonly daylight: boolean;
}

/**
 * A VTIMEZONE that covers every timed event, and no more. For each event it holds the
 * observance in force then: its onset is the last offset change before the event (DTSTART is
 * that moment on the wall clock of the offset before it), so a strict reader that knows
 * nothing of the zone places every event right. Where the zone did not change in the year
 * before an event, the onset is the start of that year, or that of an earlier event with no
 * change between the two, with the same offset before and after. Observances that later events
 * share are written once.
 */
function timezoneLines(rules: ZoneRules, moments: readonly number[]): string[] {
  const observances = new Map<number, Observance>();
  let previous: { at: number; observance: Observance } | undefined;
  for (const at of [...moments].sort((a, b) => a - b)) {
    const change = rules.lastChange(at);
    let observance: Observance;
    if (change) {
      observance = { onset: change.at, from: change.from, to: change.to, daylight: rules.isDaylight(change) };
    } else {
      // No change since the (UTC) start of the year before: the offset is constant over that
      // stretch, and the onset is 1 January on the zone's clock, unless the zone changed in the
      // hours between that and the stretch (or the year before is year 0).
      const offset = rules.offset(at);
      const start = utcDay(utcYear(at) - 1, 1, 1);
      const midnight = utcDay(Math.max(utcYear(at) - 1, 1), 1, 1) - offset * 1000;
      const onset = midnight >= start || rules.lookUp(midnight) === offset ? midnight : start;
      observance = previous && previous.at >= start ? previous.observance : { onset, from: offset, to: offset, daylight: false };
    }
    // A change may fall on the very moment chosen as another event's onset: the first one kept stays.
    observance = observances.get(observance.onset) ?? observance;
    observances.set(observance.onset, observance);
    previous = { at, observance };
  }
  const lines = ['BEGIN:VTIMEZONE', `TZID:${rules.tzid}`];
  for (const { onset, from, to, daylight } of [...observances.values()].sort((a, b) => a.onset - b.onset)) {
    const kind = daylight ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${dateTimeText(onset + from * 1000)}`,
      `TZOFFSETFROM:${offsetText(from)}`,
      `TZOFFSETTO:${offsetText(to)}`,
      `TZNAME:${escapeText(abbreviation(rules.tzid, onset, to))}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

// ---------------------------------------------------------------------------------------------
// The calendar.

/** The start and end lines of one event, and the moment a VTIMEZONE must cover, if any. */
interface EventTime {
  readonly lines: readonly string[];
  readonly zoned?: number;
}

/** The calendar day of an all-day item in the user's zone (in the item's own zone when the setting names none). */
function dayOf(item: DueItem, target: Target): { year: number; month: number; day: number } {
  if (target.kind === 'zone') {
    const ms = item.due.toMillis();
    const wall = new Date(ms + target.rules.offset(ms) * 1000);
    return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
  }
  const local = target.zone ? item.due.setZone(target.zone) : item.due;
  return { year: local.year, month: local.month, day: local.day };
}

/**
 * When an item happens, in iCalendar terms. A thank-you is a 15-minute event at its moment: wall
 * clock in the user's zone (`DTSTART;TZID=`), or UTC when the zone is UTC or the time happens
 * twice. A check-in or a move-on is due on a day: an all-day event (`VALUE=DATE`), a date that is
 * the same everywhere, ending the next day.
 */
function eventTime(item: DueItem, target: Target): EventTime {
  if (!item.due.isValid) throw new CalendarError(`The due date of ${whose(item)} cannot be read, so it cannot go in the calendar.`);
  const ms = item.due.toMillis();
  // Far outside the years a calendar holds: refused before any zone data is looked up for it.
  const year = utcYear(ms);
  if (year > 10000 || year < 0) checkYear(year, item);
  if (item.allDay) {
    const local = dayOf(item, target);
    checkYear(local.year, item);
    const start = utcDay(local.year, local.month, local.day);
    const end = start + DAY;
    checkYear(utcYear(end), item);
    return { lines: [`DTSTART;VALUE=DATE:${dateTimeText(start).slice(0, 8)}`, `DTEND;VALUE=DATE:${dateTimeText(end).slice(0, 8)}`] };
  }
  const duration = 'DURATION:PT15M';
  if (target.kind === 'zone' && !target.rules.isAmbiguous(ms)) {
    const wall = ms + target.rules.offset(ms) * 1000;
    checkYear(utcYear(wall), item);
    return { lines: [`DTSTART;TZID=${target.rules.tzid}:${dateTimeText(wall)}`, duration], zoned: ms };
  }
  checkYear(year, item);
  return { lines: [`DTSTART:${dateTimeText(ms)}Z`, duration] };
}

/**
 * An iCalendar file (RFC 5545) of open deadlines, so reminders reach the user's phone: one
 * event per item with a stable UID. A thank-you is a timed event in the user's zone, described
 * by a VTIMEZONE, with an alarm an hour before; a check-in or a move-on is an all-day event with
 * a reminder at 9:00 that day. Text is cleaned of control characters, escaped and folded at 75
 * octets; lines end with CRLF.
 *
 * @throws CalendarError, in words for the user, when a date falls outside the years 1 to 9999 that a
 * calendar can hold (or cannot be read at all), naming the application to check.
 */
export function toICalendar(items: readonly DueItem[], options: { now: DateTime; timeZone: string }): string {
  const target = targetOf(options.timeZone);
  const times = items.map((item) => eventTime(item, target));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Interview Follow-ups//Deadlines//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  const zoned = times.flatMap((time) => (time.zoned === undefined ? [] : [time.zoned]));
  // All-day dates are floating and UTC times need no description: a VTIMEZONE only for wall-clock times.
  if (target.kind === 'zone' && zoned.length > 0) lines.push(...timezoneLines(target.rules, zoned));
  const stamp = `DTSTAMP:${dateTimeText(options.now.toMillis())}Z`;
  items.forEach((item, i) => {
    const title = escapeText(itemTitle(item));
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uidOf(item)}`,
      stamp,
      ...times[i].lines,
      `SUMMARY:${title}`,
      `DESCRIPTION:${escapeText([item.reason, ...item.notes].join('\n'))}`,
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${title}`,
      // Relative to the start: an hour before a thank-you; 9:00 on the day of an all-day event.
      item.allDay ? 'TRIGGER:PT9H' : 'TRIGGER:-PT1H',
      'END:VALARM',
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
