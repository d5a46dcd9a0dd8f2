import { DateTime, IANAZone, Zone } from 'luxon';

/**
 * An IANA zone that remembers its offsets in 15-minute steps (every modern transition falls on
 * one). luxon asks the platform's Intl for the offset on every date operation, which makes
 * reading and scheduling thousands of drafts slow; the answers never change.
 */
class RememberingZone extends Zone {
  private readonly offsets = new Map<number, number>();

  constructor(private readonly inner: IANAZone) {
    super();
  }

  get type(): string {
    return 'iana';
  }

  get name(): string {
    return this.inner.name;
  }

  get isUniversal(): boolean {
    return false;
  }

  get isValid(): boolean {
    return this.inner.isValid;
  }

  offsetName(ts: number, options: { format?: 'short' | 'long'; locale?: string }): string | null {
    return this.inner.offsetName(ts, options);
  }

  formatOffset(ts: number, format: 'narrow' | 'short' | 'techie'): string {
    return this.inner.formatOffset(ts, format);
  }

  offset(ts: number): number {
    const step = Math.floor(ts / 900_000);
    let offset = this.offsets.get(step);
    if (offset === undefined) {
      offset = this.inner.offset(ts);
      if (this.offsets.size > 50_000) this.offsets.clear();
      this.offsets.set(step, offset);
    }
    return offset;
  }

  equals(other: Zone): boolean {
    return other.type === 'iana' && other.name === this.name;
  }
}

const zones = new Map<string, Zone | string>();

/** The zone to hand luxon for an IANA name: a remembering one, or the name itself for UTC and unknown names. */
export function zoneOf(name: string): Zone | string {
  let zone = zones.get(name);
  if (zone === undefined) {
    zone = name !== 'UTC' && IANAZone.isValidZone(name) ? new RememberingZone(IANAZone.create(name)) : name;
    zones.set(name, zone);
  }
  return zone;
}

/** A date read from the front-matter, in the user's time zone. */
export interface DraftDate {
  /** The moment; a date-only value is the start of that day in the user's zone. */
  readonly value: DateTime;
  /** True for `YYYY-MM-DD` with no time of day. */
  readonly dateOnly: boolean;
  /** The text as written. */
  readonly raw: string;
}

/**
 * A date read, or why not: `format` (not a date form), `calendar` (a day or time that does not
 * exist, such as 30 February), `offset` (an offset no place uses, such as +99:99). `detail` says
 * what exactly, in words: "30 February 2026", "+99:99".
 */
export type DateReading = { ok: true; date: DraftDate } | { ok: false; reason: 'format' | 'calendar' | 'offset'; detail?: string };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** True for an offset some place uses or has used: from -12:00 to +14:00, with minutes below 60. */
function isRealOffset(offset: string): boolean {
  if (offset === 'Z') return true;
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(offset)!;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  if (Number(match[3]) >= 60) return false;
  return match[1] === '+' ? minutes <= 14 * 60 : minutes <= 12 * 60;
}

/** What does not exist in a date that luxon refused: "30 February 2026", "month 13", "25:00". */
function impossiblePart(day: string, time: string | undefined): string {
  const [year, month, date] = day.split('-').map(Number);
  if (month < 1 || month > 12) return `month ${month}`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (date < 1 || date > last) return `${date} ${MONTHS[month - 1]} ${year}`;
  return time ?? day;
}

const DATE_FORM = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:?\d{2})?)?$/;

/** True when `zone` is an IANA time zone name luxon can use, such as `Europe/Berlin` or `UTC`. */
export function isValidTimeZone(zone: string): boolean {
  return zone === 'UTC' || IANAZone.isValidZone(zone);
}

/**
 * Reads a front-matter date (`YYYY-MM-DD` or `YYYY-MM-DDTHH:mm[:ss]`, optional `Z` or offset;
 * a space may stand for the `T`). A value without an offset is wall-clock time in `timeZone`,
 * never UTC, which is why YAML is not allowed to turn dates into `Date` objects.
 */
export function readDate(raw: unknown, timeZone: string): DateReading {
  if (typeof raw !== 'string') return { ok: false, reason: 'format' };
  const key = `${raw}\u0000${timeZone}`;
  const cached = recentDates.get(key);
  if (cached) return cached;
  const reading = parseDate(raw, timeZone);
  recentDates.set(key, reading);
  if (recentDates.size > RECENT_DATES) recentDates.delete(recentDates.keys().next().value!);
  return reading;
}

/**
 * Recently read dates: drafts of one application repeat the same interview date, and luxon's
 * zone arithmetic is the costliest part of reading a draft. Bounded, so it cannot grow.
 */
const recentDates = new Map<string, DateReading>();
const RECENT_DATES = 1024;

function parseDate(raw: string, timeZone: string): DateReading {
  const text = raw.trim();
  const match = DATE_FORM.exec(text);
  if (!match) return { ok: false, reason: 'format' };
  const [, day, time, offset] = match;
  if (offset && !isRealOffset(offset)) return { ok: false, reason: 'offset', detail: offset };
  const iso = time ? `${day}T${time}${offset ?? ''}` : day;
  const zone = zoneOf(timeZone);
  const parsed = offset ? DateTime.fromISO(iso, { setZone: true }) : DateTime.fromISO(iso, { zone });
  if (!parsed.isValid) return { ok: false, reason: 'calendar', detail: impossiblePart(day, time) };
  return { ok: true, date: { value: offset ? parsed.setZone(zone) : parsed, dateOnly: !time, raw: text } };
}

/** The last moment a date covers: the end of the day for a date-only value (`decisionDate`). */
export function endOfDate(date: DraftDate): DateTime {
  return date.dateOnly ? date.value.endOf('day') : date.value;
}

/**
 * Calendar days as numbers: the days since 1 January 1970 of a date's year, month and day in
 * its own zone. Adding days, finding weekdays and comparing days is then plain arithmetic,
 * which keeps a schedule of thousands of drafts fast and immune to clock changes.
 */
export function dayNumber(moment: DateTime): number {
  return Math.floor(Date.UTC(moment.year, moment.month - 1, moment.day) / 86_400_000);
}

/** The ISO weekday of a day number: 1 for Monday to 7 for Sunday. */
export function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The first moment of a day in a zone, in milliseconds (midnight, or the first valid time when a clock change skips it). */
export function startOfDayMillis(day: number, timeZone: string): number {
  const zone = zoneOf(timeZone);
  const midnight = day * 86_400_000;
  if (timeZone === 'UTC') return midnight;
  if (typeof zone !== 'string') {
    const guess = midnight - zone.offset(midnight) * 60_000;
    const offset = zone.offset(guess);
    const moment = midnight - offset * 60_000;
    if (zone.offset(moment) === offset) return moment;
  }
  const date = new Date(midnight);
  return DateTime.fromObject({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }, { zone }).startOf('day').toMillis();
}

/** The first moment of a day in a zone, as a date-time in that zone. */
export function startOfDay(day: number, timeZone: string): DateTime {
  return DateTime.fromMillis(startOfDayMillis(day, timeZone), { zone: timeZone === 'UTC' ? 'UTC' : zoneOf(timeZone) });
}

/** "Fri 27 Nov": a day as the tree, the CLI and the messages show it. */
export function formatDay(moment: DateTime): string {
  return moment.toFormat('ccc d LLL');
}
