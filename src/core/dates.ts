import { DateTime, IANAZone } from 'luxon';

/** A date read from the front-matter, in the user's time zone. */
export interface DraftDate {
  /** The moment; a date-only value is the start of that day in the user's zone. */
  readonly value: DateTime;
  /** True for `YYYY-MM-DD` with no time of day. */
  readonly dateOnly: boolean;
  /** The text as written. */
  readonly raw: string;
}

export type DateReading = { ok: true; date: DraftDate } | { ok: false; reason: 'format' | 'calendar' };

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
  const text = raw.trim();
  const match = DATE_FORM.exec(text);
  if (!match) return { ok: false, reason: 'format' };
  const [, day, time, offset] = match;
  const iso = time ? `${day}T${time}${offset ?? ''}` : day;
  const parsed = offset
    ? DateTime.fromISO(iso, { setZone: true })
    : DateTime.fromISO(iso, { zone: timeZone });
  if (!parsed.isValid) return { ok: false, reason: 'calendar' };
  return { ok: true, date: { value: parsed.setZone(timeZone), dateOnly: !time, raw: text } };
}

/** The last moment a date covers: the end of the day for a date-only value (`decisionDate`). */
export function endOfDate(date: DraftDate): DateTime {
  return date.dateOnly ? date.value.endOf('day') : date.value;
}
