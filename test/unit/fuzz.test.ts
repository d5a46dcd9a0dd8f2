// Property-based tests over the core: whatever a file holds, the engine answers with findings,
// never with an exception, and its answers are well formed. `npm run fuzz` runs more cases.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { runCli } from '../../src/cli/run';
import { readDate } from '../../src/core/dates';
import { SEVERITIES } from '../../src/core/finding';
import {
  computeSchedule,
  describeDue,
  draftFileName,
  MESSAGE_TYPES,
  DraftIndex,
  GROUP_ORDER,
  itemTitle,
  lintText,
  mailtoLink,
  plainMessage,
  readConfig,
  readSummary,
  resolveConfig,
  RULE_IDS,
  toICalendar,
  CalendarError,
  INTERNAL_ERROR,
  markAsSent,
  applyTextEdits,
  parseDraft,
} from '../../src/core';
import { hostileDraft, anyDraft, configValue, dateValue, draftText, moment, runs, timeZone, validTimeZone } from '../fuzz/arbitraries';

/** Messages are for people: never a leaked `undefined`, `NaN`, `[object Object]`, code or a stack frame. */
const GARBLED = /\bundefined\b|\bNaN\b|\[object \w+\]|engine\(\)|\bat \S+ \(\S*:\d+:\d+\)|\n\s+at /;
const config = configValue.map((value) => resolveConfig(readConfig(value).config));
const options = { timeout: 300_000 }; // a hang guard, not a speed check

describe('fuzzing: the draft engine never throws', () => {
  it('reads and checks any text, and every finding is well formed', options, () => {
    fc.assert(
      fc.property(anyDraft, moment, timeZone, config, (text, now, zone, resolved) => {
        const { draft, findings } = lintText(text, { now, timeZone: zone, config: resolved });
        for (const finding of findings) {
          assert.ok(RULE_IDS.includes(finding.rule), finding.rule);
          assert.ok((SEVERITIES as readonly string[]).includes(finding.severity), finding.severity);
          assert.ok(finding.span.start >= 0 && finding.span.start <= finding.span.end && finding.span.end <= text.length, `${finding.rule} span out of range`);
          assert.ok(finding.message.length > 0 && !GARBLED.test(finding.message), `${finding.rule}: ${finding.message}`);
          for (const fix of finding.fixes ?? []) {
            const spans = fix.edits.map((edit) => edit.span).sort((a, b) => a.start - b.start);
            spans.forEach((span, i) => {
              assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${finding.rule} fix out of range`);
              if (i > 0) assert.ok(spans[i - 1].end <= span.start, `${finding.rule} fix edits overlap`);
            });
          }
        }
        // A front-matter that cannot be read is reported, not swallowed.
        // (A `followup-disable` comment may silence it, as it may any finding in the front-matter.)
        if (draft.isDraft && draft.frontMatter && !draft.frontMatter.readable && resolved.rules['frontmatter-yaml'] !== 'off' && !/followup-disable(?!-next-line)/.test(text)) {
          assert.ok(findings.some((finding) => finding.rule === 'frontmatter-yaml'), 'an unreadable front-matter gave no frontmatter-yaml finding');
        }
      }),
      { numRuns: runs(800) },
    );
  });

  it('checks generated drafts (not mutated ones) with the default settings, in real zones', options, () => {
    fc.assert(
      fc.property(draftText, moment, validTimeZone, (text, now, zone) => {
        lintText(text, { now, timeZone: zone });
      }),
      { numRuns: runs(300) },
    );
  });

  it('reads any date in any zone, and a date it accepts is a real moment', () => {
    fc.assert(
      fc.property(fc.oneof(dateValue, fc.anything()), timeZone, (raw, zone) => {
        const reading = readDate(raw, zone);
        if (reading.ok) assert.ok(reading.date.value.isValid, `${String(raw)} in ${zone}`);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('turns any configuration into valid settings, reporting what it ignored', () => {
    fc.assert(
      fc.property(configValue, (value) => {
        const { config: read, problems } = readConfig(value);
        for (const problem of problems) assert.ok(typeof problem === 'string' && problem.length > 0 && !GARBLED.test(problem), problem);
        const resolved = resolveConfig(read);
        assert.ok(Number.isInteger(resolved.thankYouHours) && resolved.thankYouHours >= 1 && resolved.thankYouHours <= 168);
        assert.ok(Number.isInteger(resolved.maxFollowUps) && resolved.maxFollowUps >= 1 && resolved.maxFollowUps <= 10);
        for (const days of Object.values(resolved.cadenceDays)) assert.ok(Number.isInteger(days) && days >= 1 && days <= 90);
        for (const limit of Object.values(resolved.wordLimits)) assert.ok(Number.isInteger(limit) && limit >= 10 && limit <= 5000);
        for (const [id, level] of Object.entries(resolved.rules)) {
          assert.ok(RULE_IDS.includes(id), id);
          assert.ok(['off', ...SEVERITIES].includes(level), level);
        }
        assert.equal(typeof resolved.skipWeekends, 'boolean');
      }),
      { numRuns: runs(1000) },
    );
  });

  it('schedules any set of drafts at any moment, in any zone', options, () => {
    fc.assert(
      fc.property(fc.array(anyDraft, { maxLength: 8 }), moment, timeZone, config, (texts, now, zone, resolved) => {
        const index = new DraftIndex();
        texts.forEach((text, i) => index.set(`draft-${i}.md`, readSummary(`draft-${i}.md`, text, zone)));
        const schedule = computeSchedule(index.all(), { now, timeZone: zone, config: resolved });
        for (const item of [...schedule.items, ...schedule.snoozed]) {
          assert.ok(item.due.isValid, 'an item is due at an invalid moment');
          assert.ok(GROUP_ORDER.includes(item.group), item.group);
          const description = describeDue(item, now);
          assert.ok(description.length > 0 && !GARBLED.test(description), description);
          assert.ok(!GARBLED.test(itemTitle(item)), itemTitle(item));
        }
        // The one refusal allowed: a date a calendar cannot hold (after the year 9999), said in words.
        let calendar: string | undefined;
        try {
          calendar = toICalendar(schedule.items, { now, timeZone: zone });
        } catch (error) {
          assert.ok(error instanceof CalendarError, String(error));
          assert.match(error.message, /^The calendar cannot hold dates (after the year 9999|before the year 1); check the interview date of ./);
        }
        if (calendar !== undefined) assert.ok(calendar.startsWith('BEGIN:VCALENDAR\r\n') && calendar.endsWith('END:VCALENDAR\r\n'));
        if (schedule.nextChange) assert.ok(schedule.nextChange > now, 'the next change is not in the future');
      }),
      { numRuns: runs(200) },
    );
  });

  it('builds the plain message and a mailto: link for any draft', () => {
    fc.assert(
      fc.property(anyDraft, fc.string(), (text, to) => {
        const { draft } = lintText(text, { now: DateTime.fromISO('2026-11-21T09:00:00Z'), timeZone: 'UTC' });
        const link = mailtoLink(to, plainMessage(draft));
        // One recipient, one subject, one body: nothing in a value can add a header such as bcc.
        const url = new URL(link);
        assert.equal(url.protocol, 'mailto:');
        assert.equal(decodeURIComponent(url.pathname), to);
        assert.deepEqual([...url.searchParams.keys()].filter((name) => name !== 'subject'), ['body']);
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('fuzzing: hostile files (huge names, front-matter and drafts, control characters, braces, tags)', () => {
  it('checks each without a throw, in findings that stay few and short', options, () => {
    fc.assert(
      fc.property(hostileDraft, (text) => {
        const { findings } = lintText(text, { now: DateTime.fromISO('2026-11-21T09:00', { zone: 'America/New_York' }), timeZone: 'America/New_York' });
        assert.ok(findings.length <= (RULE_IDS.length + 2) * 50, `${findings.length} findings`);
        for (const finding of findings) {
          assert.ok(finding.message.length <= 400, `${finding.rule}: a message of ${finding.message.length} characters`);
          assert.ok(!GARBLED.test(finding.message), `${finding.rule}: ${finding.message}`);
          assert.ok(RULE_IDS.includes(finding.rule) || finding.rule === INTERNAL_ERROR, finding.rule);
          assert.notEqual(finding.rule, INTERNAL_ERROR, `a rule failed: ${String((finding.cause?.error as Error)?.stack)}`);
        }
      }),
      { numRuns: runs(120) },
    );
  });

  it('marks any of them as sent only where the front-matter then reads back that moment, and refuses the rest with a reason', options, () => {
    const at = DateTime.fromISO('2026-11-21T09:05', { zone: 'America/New_York' });
    fc.assert(
      fc.property(hostileDraft, (text) => {
        const result = markAsSent(text, at);
        if (!result.ok) {
          assert.ok(result.reason.length > 0 && result.reason.length <= 300 && !GARBLED.test(result.reason), result.reason);
          return;
        }
        const before = parseDraft(text, { timeZone: 'America/New_York', frontMatterOnly: true });
        const after = parseDraft(applyTextEdits(text, [result.edit]), { timeZone: 'America/New_York', frontMatterOnly: true });
        if (!before.frontMatter?.readable) return;
        assert.ok(after.frontMatter?.readable, 'the edit broke the front-matter');
        assert.equal(after.fields.sent?.raw, '2026-11-21T09:05');
        assert.deepEqual(
          after.frontMatter.entries.filter((entry) => entry.key !== 'sent').map((entry) => [entry.key, entry.value]),
          before.frontMatter.entries.filter((entry) => entry.key !== 'sent').map((entry) => [entry.key, entry.value]),
        );
      }),
      { numRuns: runs(120) },
    );
  });
});

describe('fuzzing: names built from front-matter values', () => {
  it('gives a plain file name for any company and interviewer: no folders, no traversal, nothing hidden', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('../../x', '..', '/etc/passwd', 'C:\\Windows', 'a/b\\c', '.hidden', 'CON', ' ', '💼 Globex')),
        fc.option(fc.oneof(fc.string(), fc.constantFrom('../..', 'Dana/Omar')), { nil: undefined }),
        fc.constantFrom(...MESSAGE_TYPES),
        moment,
        (company, interviewer, type, today) => {
          const name = draftFileName({ company, type, interviewer }, today);
          assert.match(name, /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.md$/, name);
          assert.ok(!name.includes('..') && !name.includes('/') && !name.includes('\\'), name);
          assert.ok(name.length <= 160, name);
        },
      ),
      { numRuns: runs(1000) },
    );
  });
});

describe('fuzzing: the command line never throws', () => {
  it('checks and lists any folder of drafts, with any options, and prints valid JSON', options, () => {
    const folder = mkdtempSync(join(tmpdir(), 'followup-fuzz-'));
    try {
      fc.assert(
        fc.property(
          fc.array(anyDraft, { minLength: 1, maxLength: 4 }),
          fc.option(configValue.map((value) => JSON.stringify(value) ?? 'null'), { nil: undefined }),
          fc.constantFrom('check', 'due'),
          fc.constantFrom('text', 'json', 'ics', 'xml'),
          fc.oneof(moment.map((at) => at.toISO() ?? ''), fc.string({ maxLength: 12 })),
          timeZone,
          (texts, configText, command, format, now, zone) => {
            rmSync(folder, { recursive: true, force: true });
            mkdirSync(folder);
            texts.forEach((text, i) => writeFileSync(join(folder, `draft-${i}.md`), text));
            const args = [command, folder, '--format', format, '--now', now, '--time-zone', zone];
            if (configText !== undefined) {
              writeFileSync(join(folder, 'config.json'), configText);
              args.push('--config', join(folder, 'config.json'));
            }
            let stdout = '';
            const code = runCli(args, {
              cwd: folder,
              stdout: (text) => (stdout += text),
              stderr: () => undefined,
              systemTimeZone: () => 'UTC',
              clock: () => new Date(0),
            });
            assert.ok([0, 1, 2].includes(code), `exit ${code}`);
            if (code !== 2 && format === 'json') JSON.parse(stdout);
          },
        ),
        { numRuns: runs(80) },
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
