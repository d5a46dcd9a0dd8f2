import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { applyTextEdits, markAsSent, recordOutcome, setFrontMatterValue, snooze } from '../../src/core/edits';

const now = DateTime.fromISO('2026-11-21T09:05', { zone: 'America/New_York' });

function apply(text: string, result: ReturnType<typeof setFrontMatterValue>): string {
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return applyTextEdits(text, [result.edit]);
}

describe('front-matter edits', () => {
  it('inserts one line before the closing delimiter and keeps every other byte', () => {
    const text = '---\ncompany: Globex # the employer\ninterviewer: "Dana Whitfield"\ninterviewDate: 2026-11-20T14:30\n---\nBody\n';
    assert.equal(apply(text, markAsSent(text, now)), text.replace('\n---\nBody', '\nsent: 2026-11-21T09:05\n---\nBody'));
  });

  it('replaces only the value of an existing key, keeping its comment', () => {
    const text = '---\ncompany: Globex\nsent: 2026-11-20T10:00   # first try\ntype: thank-you\n---\n';
    assert.equal(apply(text, markAsSent(text, now)), '---\ncompany: Globex\nsent: 2026-11-21T09:05   # first try\ntype: thank-you\n---\n');
  });

  it('fills an empty value, and a quoted one', () => {
    assert.equal(apply('---\ncompany: G\nsent:\n---\n', markAsSent('---\ncompany: G\nsent:\n---\n', now)), '---\ncompany: G\nsent: 2026-11-21T09:05\n---\n');
    const quoted = "---\ncompany: G\noutcome: 'responded'\n---\n";
    assert.equal(apply(quoted, recordOutcome(quoted, 'offer')), '---\ncompany: G\noutcome: offer\n---\n');
  });

  it('fills an empty value that has a comment, keeping the comment a comment', () => {
    const text = '---\ncompany: G\nsent:   # not yet\n---\n';
    assert.equal(apply(text, markAsSent(text, now)), '---\ncompany: G\nsent:   2026-11-21T09:05 # not yet\n---\n');
  });

  it('lines a new key up with indented keys, so the YAML stays readable', () => {
    const text = '---\n  company: G\n  interviewer: Dana\n---\n';
    assert.equal(apply(text, markAsSent(text, now)), '---\n  company: G\n  interviewer: Dana\n  sent: 2026-11-21T09:05\n---\n');
  });

  it('inserts a new key before a YAML document end (...)', () => {
    const text = '---\ncompany: G\n...\n---\n';
    assert.equal(apply(text, markAsSent(text, now)), '---\ncompany: G\nsent: 2026-11-21T09:05\n...\n---\n');
  });

  it('keeps CRLF line endings, a BOM and trailing spaces', () => {
    const text = '\uFEFF---\r\ncompany: Globex  \r\ninterviewer: Dana\r\n---\r\nBody\r\n';
    assert.equal(apply(text, snooze(text, now.plus({ days: 3 }))), '\uFEFF---\r\ncompany: Globex  \r\ninterviewer: Dana\r\nsnoozedUntil: 2026-11-24\r\n---\r\nBody\r\n');
  });

  it('never duplicates a key when applied twice', () => {
    const text = '---\ncompany: Globex\n---\n';
    const once = apply(text, markAsSent(text, now));
    const twice = apply(once, markAsSent(once, now.plus({ hours: 1 })));
    assert.equal(twice, '---\ncompany: Globex\nsent: 2026-11-21T10:05\n---\n');
  });

  it('keeps flow-style and multi-line values of other keys intact', () => {
    const text = '---\ninterviewer: [Dana, Omar]\ncompany: >\n  Globex\n  Corp\n---\n';
    assert.equal(apply(text, recordOutcome(text, 'withdrawn')), '---\ninterviewer: [Dana, Omar]\ncompany: >\n  Globex\n  Corp\noutcome: withdrawn\n---\n');
  });

  it('refuses to touch a front-matter it cannot read, or a file without one', () => {
    const broken = '---\ncompany: "Globex\n---\n';
    const result = markAsSent(broken, now);
    assert.equal(result.ok, false);
    assert.equal(markAsSent('# Notes\n', now).ok, false);
  });
});
