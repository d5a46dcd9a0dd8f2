// What hostile or unusual files did to the engine before (issue 15), each checked: no throw, no
// hang, findings that stay short, and a rule that fails costs only its own findings.
import { strict as assert } from 'node:assert';
import { describe, it, mock } from 'node:test';
import { DateTime } from 'luxon';
import { applyTextEdits, DraftIndex, indexFiles, INTERNAL_ERROR, lintText, markAsSent, parseDraft, RULES, snooze, summarize, unsnooze, type Finding } from '../../src/core';

const timeZone = 'America/New_York';
const now = DateTime.fromISO('2026-11-21T09:05', { zone: timeZone });
/** A hang guard: these ran for minutes, or forever, before; they take milliseconds now. */
const guard = { timeout: 60_000 };
const BODY = 'Subject: Thank you: Data Analyst interview\n\nDear Dana,\n\nThank you for your time; I enjoyed hearing about the Data Analyst role at Globex.\n\nBest regards,\nSam Lee\n';
const draft = (fields: string, body = BODY) => `---\n${fields}\n---\n${body}`;
const FIELDS = 'company: Globex\nrole: Data Analyst\ninterviewer: Dana Whitfield\ninterviewDate: 2026-11-20T14:30';

/** Every message short enough to read, and free of what must never reach a user. */
function assertReadable(findings: readonly Finding[]): void {
  for (const finding of findings) {
    assert.ok(finding.message.length <= 400, `${finding.rule}: ${finding.message.length} characters`);
    assert.doesNotMatch(finding.message, /\bundefined\b|\bNaN\b|\[object \w+\]|engine\(\)|\n\s+at \S+|\bat \S+ \(.*:\d+:\d+\)/, finding.rule);
  }
}

describe('hostile files, one by one', () => {
  it('a company or a role of 12,500 characters is reported and not used, and nothing throws', guard, () => {
    for (const fields of [FIELDS.replace('Globex', 'A'.repeat(12_500)), FIELDS.replace('Data Analyst', 'Data Analyst '.repeat(1000))]) {
      const { findings } = lintText(draft(fields), { now, timeZone });
      const value = findings.find((finding) => finding.rule === 'frontmatter-value');
      assert.match(value?.message ?? '', /^“(company|role)” is [\d,]+ characters long, so it is not used; a name or a title is a few words, so shorten it\.$/);
      assertReadable(findings);
    }
  });

  it('a company of 100 KB in one draft does not stop wrong-company in the others', guard, () => {
    const index = new DraftIndex();
    const huge = draft(FIELDS.replace('Globex', 'Initech '.repeat(12_800)).replace('interviewer: Dana Whitfield', 'interviewer: Bob'));
    const other = draft(FIELDS.replace('Globex', 'Umbrella'));
    const mine = draft(FIELDS, BODY.replace('at Globex', 'at Globex, as Umbrella also does'));
    index.set('huge.md', summarize('huge.md', parseDraft(huge, { timeZone })));
    index.set('other.md', summarize('other.md', parseDraft(other, { timeZone })));
    index.set('mine.md', summarize('mine.md', parseDraft(mine, { timeZone })));
    const { findings } = lintText(mine, { now, timeZone, workspace: index, key: 'mine.md' });
    assert.ok(findings.some((finding) => finding.rule === 'wrong-company' && /Umbrella/.test(finding.message)), JSON.stringify(findings.map((f) => f.rule)));
  });

  it('a front-matter of 40,000 keys is reported at once, not parsed', guard, () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `key${i}: value`).join('\n');
    const { findings } = lintText(draft(`${FIELDS}\n${keys}`), { now, timeZone });
    assert.deepEqual(
      findings.map((finding) => `${finding.rule}: ${finding.message}`),
      ['frontmatter-yaml: This front-matter is 615 KB, more than the 64 KB that is read, so it was not read; a draft\'s front-matter holds a few short fields, so move anything else below it.'],
    );
  });

  it('a draft of 15 MB is checked for its front-matter only, and says so', guard, () => {
    const text = draft(FIELDS.replace('interviewer: Dana Whitfield\n', ''), BODY.repeat(100_000));
    assert.ok(text.length > 15_000_000);
    const { findings } = lintText(text, { now, timeZone });
    assert.deepEqual(findings.map((finding) => finding.rule), ['frontmatter-required', 'length']);
    assert.match(findings[1].message, /^This draft is 1\d\.\d MB, more than the 2 MB whose message is read, so only its front-matter was checked;/);
  });

  it('a passage repeated over 1.5 MB, and a key of 60 KB, are quoted in at most 80 characters', guard, () => {
    const passage = `${'We built the reporting pipeline together and shipped it on time. '.repeat(12_000)}\n\n`;
    const repeated = lintText(draft(FIELDS, BODY.replace('Best regards', `${passage}${passage}Best regards`)), { now, timeZone }).findings;
    const repetition = repeated.find((finding) => finding.rule === 'repetition');
    assert.ok(repetition, 'the repeated passage is found');
    assertReadable(repeated);
    const key = lintText(draft(`${FIELDS}\n${'k'.repeat(60_000)}: v`), { now, timeZone }).findings.find((finding) => finding.rule === 'frontmatter-unknown-key');
    assert.ok(key, 'the unknown key is reported');
    assert.ok(key.message.length < 200, key.message);
    assert.match(key.message, /“k{79}…”/);
  });

  it('a rule that throws becomes one internal-error finding, and every other rule still reports', () => {
    const salary = RULES.find((rule) => rule.id === 'salary')!;
    mock.method(salary, 'check', () => {
      throw new Error('broken on purpose');
    });
    try {
      const { findings } = lintText(draft(FIELDS, BODY.replace('Thank you for your time;', 'What is the salary range? I am REALLY keen;')), { now, timeZone });
      const rules = findings.map((finding) => finding.rule);
      assert.ok(rules.includes('shouting') && !rules.includes('salary'), rules.join(', '));
      const failed = findings.filter((finding) => finding.rule === INTERNAL_ERROR);
      assert.equal(failed.length, 1);
      assert.equal(failed[0].message, 'The “salary” check failed on this draft, so what it looks for was not checked here; the other checks ran, and this is a fault in the extension, not in your draft.');
      assert.equal((failed[0].cause?.error as Error).message, 'broken on purpose');
      assertReadable(findings);
    } finally {
      mock.restoreAll();
    }
  });

  it('one word of 80,000 letters, a line of capitals and a greeting of 20,000 letters take no time to read', guard, () => {
    for (const body of ['a'.repeat(80_000), 'REALLY '.repeat(20_000), `Dear ${'Dana'.repeat(5_000)},\n\nThanks.`, `${'word '.repeat(40_000)}\n`]) {
      assertReadable(lintText(draft(FIELDS, body), { now, timeZone }).findings);
    }
  });
});

describe('edits a front-matter cannot take in one line', () => {
  it('refuse a front-matter written in braces, with the reason, and leave it untouched', () => {
    for (const text of ['---\n{company: Globex, interviewDate: 2026-11-20}\n---\nHi\n', '---\n# notes\n{company: Globex,\n interviewDate: 2026-11-20}\n---\nHi\n']) {
      for (const result of [markAsSent(text, now), snooze(text, now), unsnooze(text)]) {
        assert.equal(result.ok, false);
        if (!result.ok) assert.match(result.reason, /written in braces .* so it was left untouched; write each setting on its own line as “key: value”, then try again\.$/);
      }
    }
  });

  it('replace a tag along with the value it typed', () => {
    const cases: Array<[string, string]> = [
      ['sent: !!null', 'sent: 2026-11-21T09:05'],
      ['sent: !!null   # later', 'sent: 2026-11-21T09:05 # later'],
      ['sent: !!str 2026-11-01', 'sent: 2026-11-21T09:05'],
      ['sent: &when !!null', 'sent: &when 2026-11-21T09:05'],
    ];
    for (const [line, expected] of cases) {
      const text = `---\n${FIELDS}\n${line}\n---\n${BODY}`;
      const result = markAsSent(text, now);
      assert.ok(result.ok, line);
      if (!result.ok) continue;
      const edited = applyTextEdits(text, [result.edit]);
      assert.equal(edited, text.replace(line, expected));
      assert.equal(parseDraft(edited, { timeZone }).fields.sent?.raw, '2026-11-21T09:05', line);
    }
  });
});

describe('reading a workspace', () => {
  it('says which files could not be read, and indexes the others', async () => {
    const index = new DraftIndex();
    const failed: string[] = [];
    const files: Record<string, string | Error> = { 'a.md': draft(FIELDS), 'b.md': Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }), 'c.md': draft(FIELDS.replace('Globex', 'Umbrella')) };
    await indexFiles(
      index,
      Object.keys(files),
      async (key) => {
        const file = files[key];
        if (file instanceof Error) throw file;
        return file;
      },
      () => timeZone,
      undefined,
      (key, error) => failed.push(`${key}: ${(error as Error).message}`),
    );
    assert.deepEqual(failed, ['b.md: EIO: i/o error']);
    assert.deepEqual([...index.all()].map((summary) => summary.key).sort(), ['a.md', 'c.md']);
  });
});

