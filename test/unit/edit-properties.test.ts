// Byte-safety of every edit the extension makes to a user's file: mark as sent, snooze, record
// outcome, and the quick fixes. Over generated files with CRLF, a BOM, comments, quoted and
// flow-style YAML and trailing spaces, only the intended line changes, and no key is doubled.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { readFrontMatter } from '../../src/core/frontmatter';
import { applyTextEdits, formatDateTime, lintText, markAsSent, OUTCOMES, recordOutcome, snooze, type EditResult } from '../../src/core';
import { anyDraft, moment, runs } from '../fuzz/arbitraries';

type Eol = '\n' | '\r\n';

/** A value written the way people write YAML: plain, quoted, with a comment or trailing spaces. */
const styled = (value: fc.Arbitrary<string>) =>
  fc
    .record({
      value,
      quote: fc.constantFrom('', '', '"', "'"),
      gap: fc.constantFrom(' ', ' ', '   '),
      comment: fc.constantFrom('', '', ' # note', '   # remember: ask about the team'),
      trailing: fc.constantFrom('', '', ' ', '  '),
    })
    .map(({ value, quote, gap, comment, trailing }) => `${gap}${quote}${value}${quote}${comment}${trailing}`);

const dateText = moment.map((at) => formatDateTime(at));
const KEY_LINES: Record<string, fc.Arbitrary<readonly string[]>> = {
  company: styled(fc.constantFrom('Globex', 'Initech Corp.', 'Acme & Sons')).map((v) => [`company:${v}`]),
  role: styled(fc.constantFrom('Data Analyst', 'Product Manager')).map((v) => [`role:${v}`]),
  interviewer: fc.oneof(
    styled(fc.constantFrom('Dana Whitfield', 'Omar Haddad')).map((v) => [`interviewer:${v}`]),
    fc.constant(['interviewer: [Dana Whitfield, "Omar Haddad"]']),
    fc.constant(['interviewer:', '  - Dana Whitfield', '  - Omar Haddad  # panel']),
  ),
  interviewDate: styled(dateText).map((v) => [`interviewDate:${v}`]),
  type: styled(fc.constantFrom('thank-you', 'check-in', 'letter')).map((v) => [`type:${v}`]),
  sent: fc.oneof(styled(dateText).map((v) => [`sent:${v}`]), fc.constant(['sent:']), fc.constant(['sent:   # not yet'])),
  snoozedUntil: styled(dateText.map((v) => v.slice(0, 10))).map((v) => [`snoozedUntil:${v}`]),
  outcome: styled(fc.constantFrom(...OUTCOMES)).map((v) => [`outcome:${v}`]),
  tags: fc.constant(['tags: {stage: onsite, remote: true}']),
};

/** A draft file: front-matter keys in any order (the edited keys sometimes present), comments, blank lines, a body. */
const draftFile = fc
  .record({
    bom: fc.boolean(),
    eol: fc.constantFrom<Eol>('\n', '\r\n'),
    keys: fc.shuffledSubarray(Object.keys(KEY_LINES), { minLength: 1 }).filter((keys) => keys.includes('company')),
    extras: fc.array(fc.constantFrom('# my notes', '', '   '), { maxLength: 2 }),
    body: fc.array(fc.constantFrom('Dear Dana,', '', 'Thank you for your time.  ', 'Best regards,', 'Sam Lee', '---', 'sent: not a key here'), { maxLength: 6 }),
    final: fc.boolean(),
  })
  .chain(({ keys, ...rest }) => fc.tuple(fc.constant(rest), ...keys.map((key) => KEY_LINES[key])))
  .map(([{ bom, eol, extras, body, final }, ...lines]) => {
    const all = ['---', ...lines.flat(), ...extras, '---', ...body];
    return (bom ? '\ufeff' : '') + all.join(eol) + (final ? eol : '');
  });

function apply(text: string, result: EditResult): string {
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return applyTextEdits(text, [result.edit]);
}

/** The differing middle of two texts: [start, end in `before`, end in `after`]. */
function changed(before: string, after: string): [number, number, number] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return [start, before.length - end, after.length - end];
}

function occurrences(text: string, key: string): number {
  return readFrontMatter(text).frontMatter?.entries.filter((entry) => entry.key === key).length ?? 0;
}

/** Checks that `after` is `before` with only the line of `key` changed or inserted, and that it reads as `value`. */
function assertOneLine(before: string, after: string, key: string, value: string): void {
  const [start, endBefore, endAfter] = changed(before, after);
  const removed = before.slice(start, endBefore);
  const added = after.slice(start, endAfter);
  assert.ok(!/[\r\n]/.test(removed), `more than one line changed: ${JSON.stringify(removed)}`);
  if (occurrences(before, key) === 0) {
    // Inserted as a whole line, with the file's own line ending, before the closing delimiter.
    const eol = before.includes('\r\n') ? '\r\n' : '\n';
    const lineStart = after.lastIndexOf('\n', start - 1) + 1;
    const line = after.slice(lineStart, after.indexOf('\n', lineStart) + 1);
    assert.equal(line, `${key}: ${value}${eol}`, 'the inserted line');
    assert.ok(after.slice(lineStart + line.length).startsWith('---'), 'not inserted before the closing ---');
  } else {
    assert.ok(!/[\r\n]/.test(added), `the edit added a line break: ${JSON.stringify(added)}`);
  }
  assert.equal(occurrences(after, key), 1, `${key} appears more than once`);
  const entry = readFrontMatter(after).frontMatter!.entries.find((candidate) => candidate.key === key)!;
  assert.equal(entry.value, value);
  assert.equal(after.startsWith('\ufeff'), before.startsWith('\ufeff'), 'the BOM changed');
}

const EDITS = {
  'mark as sent': { key: 'sent', edit: (text: string, at: DateTime) => markAsSent(text, at), value: (at: DateTime) => formatDateTime(at) },
  snooze: { key: 'snoozedUntil', edit: (text: string, at: DateTime) => snooze(text, at), value: (at: DateTime) => at.toFormat('yyyy-MM-dd') },
  'record outcome': {
    key: 'outcome',
    edit: (text: string, at: DateTime) => recordOutcome(text, OUTCOMES[at.day % OUTCOMES.length]),
    value: (at: DateTime) => OUTCOMES[at.day % OUTCOMES.length],
  },
};

describe('byte-safe front-matter edits', () => {
  for (const [name, { key, edit, value }] of Object.entries(EDITS)) {
    it(`${name} changes one line only, and applied twice never doubles the key`, () => {
      fc.assert(
        fc.property(draftFile, moment, moment, (text, first, second) => {
          const once = apply(text, edit(text, first));
          assertOneLine(text, once, key, value(first));
          const twice = apply(once, edit(once, second));
          assertOneLine(once, twice, key, value(second));
          // The same edit again is a no-op: nothing is appended.
          assert.equal(apply(twice, edit(twice, second)), twice);
        }),
        { numRuns: runs(300) },
      );
    });
  }

  it('leaves a front-matter it cannot read untouched, and says why', () => {
    fc.assert(
      fc.property(anyDraft, moment, (text, at) => {
        const { frontMatter } = readFrontMatter(text);
        const result = markAsSent(text, at);
        if (!frontMatter || !frontMatter.readable || !frontMatter.close) {
          assert.ok(!result.ok && result.reason.length > 0);
        } else if (result.ok) {
          const after = applyTextEdits(text, [result.edit]);
          assert.ok(readFrontMatter(after).frontMatter?.readable, 'the edit made the front-matter unreadable');
          assert.equal(occurrences(after, 'sent'), occurrences(text, 'sent') || 1);
        }
      }),
      { numRuns: runs(500) },
    );
  });
});

describe('byte-safe quick fixes', () => {
  const now = DateTime.fromISO('2026-11-21T09:00', { zone: 'America/New_York' });
  const body = fc.array(
    fc.constantFrom(
      'Subject: Thank you',
      'Hey Dana Whitfeld,',
      'Dear Dana,',
      'Thanks for the interview at [Company Name] for the <Job Title> role.',
      'I recieve your email and I am am grateful!!!',
      'I REALLY want this job :)',
      'I enjoyed meeting the Initech team.',
      'I enjoyed meeting the Initech team.',
      'What is the salary?',
      'Cheers,',
      'Best regards,',
      'Sam Lee',
      '',
    ),
    { maxLength: 10 },
  );
  const fixable = fc
    .record({ file: draftFile, body, eol: fc.constantFrom<Eol>('\n', '\r\n') })
    .map(({ file, body: lines, eol }) => file.replace(/\r?\n/g, eol) + eol + lines.join(eol) + eol);

  it('change only their own spans, keep line endings and the front-matter, and never split a character', () => {
    fc.assert(
      fc.property(fixable, (text) => {
        const { draft, findings } = lintText(text, { now, timeZone: 'America/New_York' });
        const entries = readFrontMatter(text).frontMatter?.entries.map((entry) => `${entry.key}=${JSON.stringify(entry.value)}`);
        for (const finding of findings) {
          for (const fix of finding.fixes ?? []) {
            for (const { span, text: inserted } of fix.edits) {
              if (!finding.rule.startsWith('frontmatter-')) assert.ok(span.start >= draft.bodyStart, `${finding.rule} edits the front-matter`);
              for (const at of [span.start, span.end]) {
                assert.ok(!(text[at - 1] === '\r' && text[at] === '\n'), `${finding.rule} splits a CRLF`);
                assert.ok(!/[\ud800-\udbff]/.test(text[at - 1] ?? '') || !/[\udc00-\udfff]/.test(text[at] ?? ''), `${finding.rule} splits a character`);
              }
              if (text.includes('\r\n')) assert.ok(!/(^|[^\r])\n/.test(inserted), `${finding.rule} inserts a bare LF into a CRLF file`);
            }
            const after = applyTextEdits(text, fix.edits);
            const first = Math.min(...fix.edits.map((edit) => edit.span.start));
            const last = Math.max(...fix.edits.map((edit) => edit.span.end));
            assert.ok(after.startsWith(text.slice(0, first)) && after.endsWith(text.slice(last)), `${finding.rule}: bytes outside the fix changed`);
            const afterEntries = readFrontMatter(after).frontMatter?.entries.map((entry) => `${entry.key}=${JSON.stringify(entry.value)}`);
            assert.deepEqual(afterEntries, entries, `${finding.rule}: the fix changed the front-matter`);
          }
        }
      }),
      { numRuns: runs(400) },
    );
  });
});
