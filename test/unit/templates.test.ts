import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { resolveConfig } from '../../src/core/config';
import { lintText } from '../../src/core/lint';
import { MESSAGE_TYPES } from '../../src/core/schema';
import { draftFileName, draftTemplate } from '../../src/core/templates';

const timeZone = 'America/New_York';
const now = DateTime.fromISO('2026-11-21T09:00', { zone: timeZone });
const fields = { company: 'Globex', role: 'Data Analyst', interviewers: ['Dana Whitfield'], interviewDate: '2026-11-09T14:30', signature: 'Sam Lee' };

describe('draftTemplate', () => {
  for (const type of MESSAGE_TYPES) {
    it(`starts a ${type} whose only findings are the parts left for the user to write`, () => {
      const text = draftTemplate({ ...fields, type });
      const findings = lintText(text, { now, timeZone, config: resolveConfig({}) }).findings.filter((f) => f.rule !== 'late-thank-you');
      assert.ok(findings.every((f) => f.rule === 'placeholder'), findings.map((f) => `${f.rule}: ${f.message}`).join('\n'));
      const fillers = ['the churn dashboard you showed me', 'My analysis work fits that problem well.', 'a new report on retention', 'a short case study I read'];
      let n = 0;
      const filled = text.replace(/\[[^\]]+\]/g, () => fillers[n++ % fillers.length]);
      const left = lintText(filled, { now, timeZone, config: resolveConfig({}) }).findings.filter((f) => f.rule !== 'late-thank-you');
      assert.deepEqual(left.map((f) => `${f.rule}: ${f.message}`), [], type);
    });
  }

  it('writes a panel as a list, and quotes values YAML would misread', () => {
    const text = draftTemplate({ ...fields, type: 'letter', company: 'Acme: Labs', interviewers: ['Dana Whitfield', 'Omar Haddad'] });
    assert.match(text, /^company: "Acme: Labs"$/m);
    assert.match(text, /^interviewer:\n {2}- Dana Whitfield\n {2}- Omar Haddad$/m);
    assert.match(text, /^Dear Dana and Omar,$/m);
  });
});

describe('draftFileName', () => {
  it('slugs the company and interviewer and never leaves the folder', () => {
    assert.equal(draftFileName({ company: 'Globex Corp.', type: 'thank-you', interviewer: 'Dana Whitfield' }, now), '2026-11-21-globex-corp-thank-you-dana-whitfield.md');
    assert.equal(draftFileName({ company: '../../etc/passwd', type: 'check-in' }, now), '2026-11-21-etc-passwd-check-in.md');
    assert.equal(draftFileName({ company: 'Ünïcode Café', type: 'final' }, now), '2026-11-21-unicode-cafe-final.md');
  });
});
