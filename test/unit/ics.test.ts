import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { resolveConfig } from '../../src/core/config';
import { parseDraft } from '../../src/core/draft';
import { toICalendar } from '../../src/core/ics';
import { computeSchedule } from '../../src/core/schedule';
import { summarize } from '../../src/core/workspace';

const timeZone = 'America/New_York';
const now = DateTime.fromISO('2026-10-30T09:00', { zone: timeZone });
const drafts = [
  summarize('a.md', parseDraft('---\ncompany: Globex, Inc; "East"\nrole: Data Analyst\ninterviewer: [Dana Whitfield, Omar Haddad]\ninterviewDate: 2026-10-31T10:00\n---\n', { timeZone }))!,
];
const { items } = computeSchedule(drafts, { now, timeZone, config: resolveConfig({}) });

describe('toICalendar', () => {
  const ics = toICalendar(items, { now, timeZone });
  const lines = ics.split('\r\n');

  it('is well-formed RFC 5545: CRLF lines of at most 75 octets, balanced components', () => {
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
    assert.doesNotMatch(ics.replace(/\r\n/g, ''), /\n/);
    for (const line of lines) assert.ok(Buffer.byteLength(line) <= 75, line);
    const stack: string[] = [];
    for (const line of lines) {
      if (line.startsWith('BEGIN:')) stack.push(line.slice(6));
      if (line.startsWith('END:')) assert.equal(stack.pop(), line.slice(4));
    }
    assert.deepEqual(stack, []);
    assert.equal(lines[0], 'BEGIN:VCALENDAR');
    assert.ok(lines.includes('VERSION:2.0'));
    assert.ok(lines.some((line) => line.startsWith('PRODID:')));
  });

  it('has one event per item, each with a unique UID, a DTSTAMP, a zoned DTSTART and an alarm', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    const events = unfolded.split('BEGIN:VEVENT').slice(1);
    assert.equal(events.length, items.length);
    const uids = events.map((event) => /\r\nUID:([^\r\n]+)/.exec(event)![1]);
    assert.equal(new Set(uids).size, uids.length);
    assert.match(events[0], /\r\nDTSTAMP:20261030T130000Z\r\n/);
    // The thank-you is due 24 hours after 10:00 on 31 October, across the clock change: 09:00.
    assert.match(events[0], /\r\nDTSTART;TZID=America\/New_York:20261101T090000\r\n/);
    assert.match(events[0], /BEGIN:VALARM\r\nACTION:DISPLAY\r\n.*\r\nTRIGGER:-PT1H\r\nEND:VALARM/s);
    assert.match(events[0], /SUMMARY:Thank-you to Dana Whitfield · Globex\\, Inc\\; "East" \(Data Analyst\)/);
  });

  it('describes the zone, with the November clock change', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    assert.match(unfolded, /BEGIN:VTIMEZONE\r\nTZID:America\/New_York\r\n/);
    assert.match(unfolded, /BEGIN:STANDARD\r\nDTSTART:20261101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\n/);
    assert.match(unfolded, /BEGIN:DAYLIGHT\r\nDTSTART:20260308T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\n/);
  });

  it('gives the same UID to the same deadline on the next export', () => {
    const again = toICalendar(items, { now: now.plus({ hours: 5 }), timeZone });
    const uid = (text: string) => /\r\nUID:([^\r\n]+)/.exec(text)![1];
    assert.equal(uid(again), uid(ics));
  });
});
