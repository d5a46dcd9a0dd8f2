import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { dayNumber, endOfDate, isValidTimeZone, readDate, startOfDay, weekdayOf } from '../../src/core/dates';

function read(raw: unknown, zone: string) {
  const reading = readDate(raw, zone);
  assert.ok(reading.ok, `could not read ${String(raw)}`);
  return reading.date;
}

describe('readDate', () => {
  it('reads a date-time without an offset as wall-clock time in the given zone', () => {
    const newYork = read('2026-11-20T14:30', 'America/New_York');
    const tokyo = read('2026-11-20T14:30', 'Asia/Tokyo');
    assert.equal(newYork.value.toISO(), '2026-11-20T14:30:00.000-05:00');
    assert.equal(tokyo.value.toISO(), '2026-11-20T14:30:00.000+09:00');
    assert.equal(newYork.value.toMillis() - tokyo.value.toMillis(), 14 * 3600 * 1000);
    assert.equal(newYork.dateOnly, false);
  });

  it('reads a date as the start of that day in the zone, and ends it at the end of the day', () => {
    const date = read('2026-11-20', 'Europe/Berlin');
    assert.equal(date.dateOnly, true);
    assert.equal(date.value.toISO(), '2026-11-20T00:00:00.000+01:00');
    assert.equal(endOfDate(date).toISO(), '2026-11-20T23:59:59.999+01:00');
  });

  it('keeps the instant of a value with an offset and shows it in the user zone', () => {
    assert.equal(read('2026-11-20T14:30-05:00', 'Europe/London').value.toISO(), '2026-11-20T19:30:00.000+00:00');
    assert.equal(read('2026-11-20T14:30:15Z', 'UTC').value.toISO(), '2026-11-20T14:30:15.000Z');
    assert.equal(read('2026-11-20 14:30', 'UTC').value.toISO(), '2026-11-20T14:30:00.000Z');
  });

  it('uses the offset in force on that day across a daylight-saving change', () => {
    assert.equal(read('2026-03-07T12:00', 'America/New_York').value.offset, -300);
    assert.equal(read('2026-03-09T12:00', 'America/New_York').value.offset, -240);
  });

  it('refuses other forms and days that do not exist', () => {
    for (const raw of ['20/11/2026', 'next Tuesday', '2026-11-20T14', '2026-11-20T14:30 PM', '', 20261120, null, ['2026-11-20']]) {
      assert.deepEqual(readDate(raw, 'UTC'), { ok: false, reason: 'format' }, String(raw));
    }
    assert.deepEqual(readDate('2026-02-30', 'UTC'), { ok: false, reason: 'calendar', detail: '30 February 2026' });
    assert.deepEqual(readDate('2026-13-01', 'UTC'), { ok: false, reason: 'calendar', detail: 'month 13' });
    assert.deepEqual(readDate('2026-11-20T25:00', 'UTC'), { ok: false, reason: 'calendar', detail: '25:00' });
  });

  it('refuses an offset that no place uses, and keeps every real one', () => {
    for (const offset of ['+99:99', '+15:00', '-13:00', '+05:75']) {
      assert.deepEqual(readDate(`2026-11-20T10:00${offset}`, 'UTC'), { ok: false, reason: 'offset', detail: offset }, offset);
    }
    for (const offset of ['+14:00', '-12:00', '+05:45', '-0330', 'Z']) assert.equal(readDate(`2026-11-20T10:00${offset}`, 'UTC').ok, true, offset);
  });

  it('counts calendar days as numbers, with weekdays and the start of a day in a zone', () => {
    const friday = DateTime.fromISO('2026-11-20T23:30', { zone: 'America/New_York' });
    assert.equal(weekdayOf(dayNumber(friday)), 5);
    assert.equal(weekdayOf(dayNumber(friday) + 2), 7);
    assert.equal(startOfDay(dayNumber(friday) + 7, 'America/New_York').toISO(), '2026-11-27T00:00:00.000-05:00');
    // The day the clocks go back in New York, and a day whose midnight does not exist in Santiago.
    assert.equal(startOfDay(dayNumber(DateTime.fromISO('2026-11-01')), 'America/New_York').toISO(), '2026-11-01T00:00:00.000-04:00');
    assert.equal(startOfDay(dayNumber(DateTime.fromISO('2026-09-06')), 'America/Santiago').toISO(), '2026-09-06T01:00:00.000-03:00');
    assert.equal(startOfDay(dayNumber(friday), 'UTC').toISO(), '2026-11-20T00:00:00.000Z');
  });

  it('knows a time zone name from nonsense', () => {
    assert.equal(isValidTimeZone('America/New_York'), true);
    assert.equal(isValidTimeZone('UTC'), true);
    assert.equal(isValidTimeZone('Mars/Olympus'), false);
  });
});
