import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { lintText } from '../../src/core/lint';
import { LineMap } from '../../src/core/text';
import { resolveConfig, type Config } from '../../src/core/config';

const timeZone = 'America/New_York';
const now = DateTime.fromISO('2026-11-21T09:00', { zone: timeZone });

const frontMatterFindings = (text: string, config?: Config) =>
  lintText(text, { now, timeZone, config: resolveConfig(config) }).findings.filter((f) => f.rule.startsWith('frontmatter-'));

/** Findings as `rule line:col-line:col "covered text"`, so a test reads like the editor. */
function lint(text: string, config?: Config): string[] {
  const lines = new LineMap(text);
  return frontMatterFindings(text, config).map((f) => {
    const a = lines.positionAt(f.span.start);
    const b = lines.positionAt(f.span.end);
    return `${f.rule} ${a.line + 1}:${a.character + 1}-${b.line + 1}:${b.character + 1} ${JSON.stringify(text.slice(f.span.start, f.span.end))}`;
  });
}

const messages = (text: string) => frontMatterFindings(text).map((f) => f.message);

const VALID = '---\ncompany: Globex\nrole: Data Analyst\ninterviewer: Dana Whitfield\ninterviewDate: 2026-11-20T14:30\n---\n';

describe('frontmatter-required', () => {
  it('is silent on a complete draft', () => {
    assert.deepEqual(lint(VALID), []);
  });

  it('points a missing key at the opening delimiter, with an example to copy', () => {
    assert.deepEqual(lint('---\ncompany: Globex\n---\n'), [
      'frontmatter-required 1:1-1:4 "---"',
      'frontmatter-required 1:1-1:4 "---"',
    ]);
    assert.match(messages('---\ncompany: Globex\ninterviewer: Dana\n---\n')[0], /interviewDate: 2026-11-20T14:30/);
  });

  it('points an empty value at its key', () => {
    assert.deepEqual(lint('---\ncompany: ""\ninterviewer: []\ninterviewDate:\n---\n'), [
      'frontmatter-required 2:1-2:8 "company"',
      'frontmatter-required 3:1-3:12 "interviewer"',
      'frontmatter-required 4:1-4:14 "interviewDate"',
    ]);
  });
});

describe('frontmatter-value', () => {
  it('flags an unreadable date at the value', () => {
    assert.deepEqual(lint(VALID.replace('2026-11-20T14:30', 'Nov 20th')), ['frontmatter-value 5:16-5:24 "Nov 20th"']);
    assert.match(messages(VALID.replace('2026-11-20T14:30', '2026-02-30'))[0], /does not exist/);
  });

  it('suggests the nearest allowed type, outcome or pace', () => {
    const text = `${VALID.slice(0, -4)}type: thankyou\noutcome: offered\npace: quick\n---\n`;
    assert.deepEqual(lint(text), [
      'frontmatter-value 6:7-6:15 "thankyou"',
      'frontmatter-value 7:10-7:17 "offered"',
      'frontmatter-value 8:7-8:12 "quick"',
    ]);
    const [type, outcome, pace] = messages(text);
    assert.match(type, /did you mean “thank-you”/);
    assert.match(outcome, /did you mean “offer”/);
    assert.match(pace, /use “fast”, “standard” or “slow”/);
  });

  it('says a type given as a list or a group of keys should be one word', () => {
    const [list] = messages(`${VALID.slice(0, -4)}type: [thank-you]\n---\n`);
    assert.equal(list, '“type” should be one word, not a list; use “thank-you”, “letter”, “check-in”, “phone-call”, “voicemail” or “final”.');
    const [map] = messages(`${VALID.slice(0, -4)}type:\n  k: x\n---\n`);
    assert.match(map, /^“type” should be one word, not a group of keys;/);
  });

  it('flags a sent date before the interview, but not a same-day date', () => {
    assert.deepEqual(lint(`${VALID.slice(0, -4)}sent: 2026-11-19T18:00\n---\n`), ['frontmatter-value 6:7-6:23 "2026-11-19T18:00"']);
    assert.deepEqual(lint(`${VALID.slice(0, -4)}sent: 2026-11-20\n---\n`), []);
  });

  it('flags lists and maps where text belongs, and blank panel members', () => {
    assert.deepEqual(lint('---\ncompany: [Globex, Initech]\ninterviewer:\n  - Dana\n  -\ninterviewDate: 2026-11-20\n---\n'), [
      'frontmatter-value 2:10-2:27 "[Globex, Initech]"',
      'frontmatter-value 5:4-5:4 ""',
    ]);
  });

  it('flags an email address that cannot be one', () => {
    assert.deepEqual(lint(`${VALID.slice(0, -4)}email: dana at globex\n---\n`), ['frontmatter-value 6:8-6:22 "dana at globex"']);
  });
});

describe('frontmatter-unknown-key', () => {
  it('suggests the key that was meant', () => {
    const text = `${VALID.slice(0, -4)}interview_date: 2026-11-20\nIntervewer: Omar\n---\n`;
    assert.deepEqual(lint(text), ['frontmatter-unknown-key 6:1-6:15 "interview_date"', 'frontmatter-unknown-key 7:1-7:11 "Intervewer"']);
    const [first, second] = messages(text);
    assert.match(first, /did you mean “interviewDate”/);
    assert.match(second, /did you mean “interviewer”/);
  });

  it('says to check the spelling when nothing is close', () => {
    assert.match(messages(`${VALID.slice(0, -4)}favouriteColour: blue\n---\n`)[0], /check its spelling or remove it/);
  });
});

describe('frontmatter-yaml', () => {
  it('is the only finding when the YAML is broken, so errors do not cascade', () => {
    assert.deepEqual(lint('---\ncompany: Globex\n\tinterviewer: Dana\n---\n'), ['frontmatter-yaml 3:2-3:19 "interviewer: Dana"']);
  });
});

describe('lintText', () => {
  it('gives nothing at all for a file that is not a draft, however broken', () => {
    for (const text of ['---\ntitle: "Broken\n---\nHey!! I REALLY need this job ASAP [Company Name]', '---\ntitle: Readme\ninterview_date: 2026-11-20\n---\n']) {
      assert.deepEqual(lintText(text, { now, timeZone }).findings, []);
    }
  });

  it('applies configured levels and turns rules off', () => {
    const text = `${VALID.slice(0, -4)}interview_date: x\n---\n`;
    const severities = (config: Config) => frontMatterFindings(text, config).map((f) => f.severity);
    assert.deepEqual(severities({ rules: {} }), ['warning']);
    assert.deepEqual(severities({ rules: { 'frontmatter-unknown-key': 'error' } }), ['error']);
    assert.deepEqual(severities({ rules: { 'frontmatter-unknown-key': 'off' } }), []);
  });

  it('writes every message as one sentence that says what to do', () => {
    const text = '---\ncompany: [A]\ninterviewer:\ninterviewDate: soon\ntype: memo\nfoo: 1\n---\n';
    for (const message of messages(text)) {
      assert.match(message, /^[“A-Z].*[.?]$/, message);
      assert.equal(message.split(/[.?] /).length, 1, `more than one sentence: ${message}`);
      assert.ok(message.includes(';'), `says what is wrong and what to do: ${message}`);
    }
  });
});
