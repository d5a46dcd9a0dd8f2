import { DateTime } from 'luxon';
import type { DueItem } from './schedule';

/** What a due item is called in a calendar and in the tree: "Thank-you to Dana Whitfield · Globex". */
export function itemTitle(item: DueItem): string {
  const where = item.role ? `${item.company} (${item.role})` : item.company;
  if (item.kind === 'thank-you') return `Thank-you to ${item.interviewer} · ${where}`;
  if (item.kind === 'check-in') return `${item.attempt === 1 ? 'Check in' : `Follow-up ${item.attempt}`} · ${where}`;
  return `No answer after your follow-ups: move on · ${where}`;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (bytes + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const local = (moment: DateTime) => moment.toFormat("yyyyMMdd'T'HHmmss");
const utc = (moment: DateTime) => moment.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");

/** The zone's offset changes between two moments, found by bisection on luxon's offsets. */
function transitions(zone: string, from: DateTime, to: DateTime): DateTime[] {
  const found: DateTime[] = [];
  let cursor = from.setZone(zone);
  while (cursor < to) {
    const next = cursor.plus({ days: 7 });
    if (next.offset !== cursor.offset) {
      let low = cursor.toMillis();
      let high = next.toMillis();
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (DateTime.fromMillis(middle, { zone }).offset === cursor.offset) low = middle;
        else high = middle;
      }
      found.push(DateTime.fromMillis(high, { zone }));
    }
    cursor = next;
  }
  return found;
}

const offsetText = (minutes: number) => `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}${String(Math.abs(minutes) % 60).padStart(2, '0')}`;

/** A VTIMEZONE for the years the events span, so that DTSTART can name the user's zone. */
function timezone(zone: string, from: DateTime, to: DateTime): string[] {
  const start = from.setZone(zone).startOf('year');
  const end = to.setZone(zone).endOf('year');
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const changes = transitions(zone, start, end);
  if (changes.length === 0) {
    const offset = offsetText(start.offset);
    lines.push('BEGIN:STANDARD', `DTSTART:${local(start)}`, `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, `TZNAME:${start.offsetNameShort ?? zone}`, 'END:STANDARD');
  }
  for (const change of changes) {
    const before = change.minus({ minutes: 1 });
    const kind = change.offset > before.offset ? 'DAYLIGHT' : 'STANDARD';
    // DTSTART of an observance is the local time before the change (RFC 5545 §3.6.5).
    const wallClock = change.setZone(`UTC${offsetText(before.offset).replace(/(\d\d)(\d\d)$/, '$1:$2')}`);
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${local(wallClock)}`,
      `TZOFFSETFROM:${offsetText(before.offset)}`,
      `TZOFFSETTO:${offsetText(change.offset)}`,
      `TZNAME:${change.offsetNameShort ?? zone}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/**
 * An iCalendar file (RFC 5545) of open deadlines, so reminders reach the user's phone: one
 * event per item, at its due time in the user's zone (with a VTIMEZONE), a stable UID, and an
 * alarm an hour before.
 */
export function toICalendar(items: readonly DueItem[], options: { now: DateTime; timeZone: string }): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Interview Follow-ups//Deadlines//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (items.length > 0) {
    const dues = items.map((item) => item.due);
    const first = DateTime.min(...dues)!;
    const last = DateTime.max(...dues)!;
    if (options.timeZone !== 'UTC') lines.push(...timezone(options.timeZone, first, last));
  }
  for (const item of items) {
    const due = item.due.setZone(options.timeZone);
    const id = [item.kind, item.company, item.role ?? '', item.interviewer ?? '', item.attempt ?? ''].join('|').toLowerCase();
    const uid = `${Buffer.from(id, 'utf8').toString('base64url')}@interview-followups`;
    const start = options.timeZone === 'UTC' ? `DTSTART:${utc(due)}` : `DTSTART;TZID=${options.timeZone}:${local(due)}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `DTSTAMP:${utc(options.now)}`,
      start,
      'DURATION:PT15M',
      `SUMMARY:${escapeText(itemTitle(item))}`,
      `DESCRIPTION:${escapeText([item.reason, ...item.notes].join('\n'))}`,
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(itemTitle(item))}`,
      'TRIGGER:-PT1H',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
