import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { lintText, sendProblem } from '../../src/core';

const root = resolve(__dirname, '../../..');
const SNIPPETS = JSON.parse(readFileSync(join(root, 'snippets/followup.code-snippets'), 'utf8')) as Record<string, { prefix: string | string[]; body: string[] }>;
const timeZone = 'America/New_York';
const now = DateTime.fromISO('2026-11-21T09:00', { zone: timeZone });

/** A snippet as inserted and left alone: each tab stop keeps its default (a choice its first option), mirrors copy it. */
function expand(body: readonly string[]): { text: string; defaults: string[] } {
  const values = new Map<string, string>();
  const source = body.join('\n').replace(/\$CURRENT_YEAR-\$CURRENT_MONTH-\$CURRENT_DATE/g, '2026-11-20');
  for (const match of source.matchAll(/\$\{(\d+):([^}]*)\}/g)) values.set(match[1], match[2]);
  for (const match of source.matchAll(/\$\{(\d+)\|([^|]*)\|\}/g)) values.set(match[1], match[2].split(',')[0]);
  const text = source
    .replace(/\$\{(\d+):[^}]*\}|\$\{(\d+)\|[^|]*\|\}|\$\{(\d+)\}/g, (_whole, a: string, b: string, c: string) => values.get(a ?? b ?? c) ?? '')
    .replace(/\$0/g, '');
  // The interview date defaults to today, a real date rather than template text.
  const defaults = [...source.matchAll(/\$\{(\d+):([^}]*)\}/g)].map((match) => match[2]).filter((value) => value !== '2026-11-20');
  return { text, defaults };
}

describe('snippets', () => {
  it('have one prefix each, all starting with "followup"', () => {
    for (const [name, snippet] of Object.entries(SNIPPETS)) {
      assert.equal(typeof snippet.prefix, 'string', `${name} has more than one prefix, so it is listed twice`);
      assert.match(snippet.prefix as string, /^followup-[a-z-]+$/, name);
    }
    const prefixes = Object.values(SNIPPETS).map((snippet) => snippet.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length);
  });

  for (const [name, snippet] of Object.entries(SNIPPETS)) {
    it(`"${name}" left with its defaults in place is flagged at every default`, () => {
      const { text, defaults } = expand(snippet.body);
      assert.ok(defaults.length >= 3, name);
      const { findings } = lintText(text, { now, timeZone });
      const flagged = findings.filter((finding) => finding.rule === 'placeholder').map((finding) => text.slice(finding.span.start, finding.span.end));
      for (const value of defaults) assert.ok(flagged.includes(value), `“${value}” is not flagged in:\n${text}\nflagged: ${flagged.join(' | ')}`);
      assert.ok(findings.some((finding) => finding.rule === 'placeholder' && finding.severity === 'error'));
      if (text.includes('\n---\n') && text.slice(text.indexOf('\n---\n')).trim().length > 5) {
        assert.equal(sendProblem(text, findings)?.sentence.startsWith('This draft still has “'), true);
      }
    });
  }
});

describe('placeholder in the front-matter', () => {
  it('flags a value that is wholly template text, and offers no fix that writes it into the body', () => {
    const text = '---\ncompany: <Company>\nrole: Analyst\ninterviewer: "[Interviewer Name]"\ninterviewDate: 2026-11-20\n---\nDear Dana,\n\nThank you for the talk about the Analyst role at <Company>.\n\nBest regards,\nSam\n';
    const { findings } = lintText(text, { now, timeZone });
    const placeholders = findings.filter((finding) => finding.rule === 'placeholder');
    assert.deepEqual(
      placeholders.map((finding) => text.slice(finding.span.start, finding.span.end)),
      ['<Company>', '[Interviewer Name]', '<Company>'],
    );
    assert.match(placeholders[0].message, /in the front-matter is template text/);
    assert.deepEqual(placeholders[2].fixes, []);
  });

  it('leaves real values alone, and names with brackets inside', () => {
    const text = '---\ncompany: Globex\nrole: Analyst [Contract]\ninterviewer: Dana Whitfield\ninterviewDate: 2026-11-20\n---\nDear Dana,\n';
    assert.deepEqual(lintText(text, { now, timeZone }).findings.filter((finding) => finding.rule === 'placeholder'), []);
  });
});

describe('sendProblem', () => {
  const base = '---\ncompany: Globex\nrole: Analyst\ninterviewer: Dana Whitfield\ninterviewDate: 2026-11-20T14:30\n---\nSubject: Analyst interview\n\nDear Dana,\n\nThank you for the talk about the Analyst role at Globex.\n\nBest regards,\n';
  it('names the placeholder the draft still has', () => {
    const text = `${base}[Your Name]\n`;
    const problem = sendProblem(text, lintText(text, { now, timeZone }).findings);
    assert.equal(problem?.sentence, 'This draft still has “[Your Name]”.');
    assert.equal(problem?.others, 0);
  });

  it('says nothing for a draft with warnings only', () => {
    const text = `${base}Sam Lee\n`.replace('Subject: Analyst interview\n\n', '');
    const findings = lintText(text, { now, timeZone }).findings;
    assert.ok(findings.length > 0);
    assert.equal(sendProblem(text, findings), undefined);
  });
});
