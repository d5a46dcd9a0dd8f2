import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { mergeConfig, readConfig } from '../../src/core/config';

describe('readConfig', () => {
  it('keeps valid rule levels and a valid time zone', () => {
    const reading = readConfig({ rules: { 'frontmatter-unknown-key': 'off' }, timeZone: 'Europe/Paris' });
    assert.deepEqual(reading.problems, []);
    assert.deepEqual(reading.config, { rules: { 'frontmatter-unknown-key': 'off' }, timeZone: 'Europe/Paris' });
  });

  it('reports and drops what it cannot use, keeping the rest', () => {
    const reading = readConfig({ rules: { 'frontmatter-yml': 'off', 'frontmatter-value': 'loud', 'frontmatter-yaml': 'warning' }, timeZone: 'Nowhere', colour: 1 });
    assert.deepEqual(reading.config, { rules: { 'frontmatter-yaml': 'warning' }, timeZone: undefined });
    assert.equal(reading.problems.length, 4);
    assert.match(reading.problems[0], /did you mean "frontmatter-yaml"/);
  });

  it('falls back to defaults for something that is not an object', () => {
    for (const value of [null, [], 'rules', 3]) {
      const reading = readConfig(value);
      assert.deepEqual(reading.config, { rules: {} });
      assert.equal(reading.problems.length, 1);
    }
  });

  it('merges layers rule by rule, later layers winning', () => {
    const merged = mergeConfig({ rules: { a: 'off', b: 'error' }, timeZone: 'UTC' }, { rules: { b: 'warning' } });
    assert.deepEqual(merged, { rules: { a: 'off', b: 'warning' }, timeZone: 'UTC' });
  });
});
