import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, mergeConfig, readConfig, readConfigText, resolveConfig } from '../../src/core/config';

describe('readConfig', () => {
  it('keeps every valid setting', () => {
    const value = {
      $schema: './schema.json',
      rules: { 'frontmatter-unknown-key': 'off', salary: 'error' },
      wordLimits: { 'thank-you': 150 },
      thankYouHours: 12,
      cadenceDays: { fast: 4 },
      maxFollowUps: 2,
      skipWeekends: false,
      timeZone: 'Europe/Paris',
      signature: ' Sam Lee ',
      spelling: { words: ['Globex'] },
    };
    const reading = readConfig(value);
    assert.deepEqual(reading.problems, []);
    assert.deepEqual(reading.config, {
      rules: value.rules,
      wordLimits: value.wordLimits,
      thankYouHours: 12,
      cadenceDays: { fast: 4 },
      maxFollowUps: 2,
      skipWeekends: false,
      timeZone: 'Europe/Paris',
      signature: 'Sam Lee',
      spelling: { words: ['Globex'] },
    });
  });

  it('reports and drops what it cannot use, keeping the rest', () => {
    const reading = readConfig({
      rules: { 'frontmatter-yml': 'off', salary: 'loud', 'frontmatter-yaml': 'warning' },
      timeZone: 'Nowhere',
      wordLimits: { email: 100, 'thank-you': -3 },
      thankYouHours: '24',
      skipWeekends: 'yes',
      spelling: ['Globex'],
      maxFollowUp: 3,
    });
    assert.deepEqual(reading.config, { rules: { 'frontmatter-yaml': 'warning' }, wordLimits: {} });
    assert.equal(reading.problems.length, 9);
    assert.match(reading.problems[0], /did you mean "frontmatter-yaml"/);
    assert.match(reading.problems.at(-1)!, /did you mean "maxFollowUps"/);
  });

  it('falls back to defaults for something that is not an object', () => {
    for (const value of [null, [], 'rules', 3]) {
      const reading = readConfig(value);
      assert.deepEqual(reading.config, {});
      assert.equal(reading.problems.length, 1);
    }
  });
});

describe('mergeConfig and resolveConfig', () => {
  it('layers defaults < settings < project file, key by key, adding up allow-lists', () => {
    const settings = { rules: { salary: 'off', spelling: 'error' }, timeZone: 'UTC', wordLimits: { letter: 250 }, spelling: { words: ['Globex'] } } as const;
    const project = { rules: { spelling: 'warning' }, maxFollowUps: 2, spelling: { words: ['Initech'] } } as const;
    const resolved = resolveConfig(mergeConfig(settings, project));
    assert.deepEqual(resolved.rules, { salary: 'off', spelling: 'warning' });
    assert.equal(resolved.timeZone, 'UTC');
    assert.equal(resolved.maxFollowUps, 2);
    assert.equal(resolved.wordLimits.letter, 250);
    assert.equal(resolved.wordLimits['thank-you'], 200);
    assert.deepEqual([...resolved.spellingWords], ['globex', 'initech']);
  });

  it('resolves an empty configuration to the defaults of DOMAIN.md', () => {
    const resolved = resolveConfig({});
    assert.deepEqual({ ...resolved, spellingWords: [...resolved.spellingWords] }, { ...DEFAULT_CONFIG, timeZone: undefined, spellingWords: [] });
    assert.deepEqual(resolved.cadenceDays, { fast: 5, standard: 7, slow: 14 });
  });
});

describe('readConfigText (.followuprc.json)', () => {
  it('reads JSON with comments and trailing commas, as VS Code\'s own settings files', () => {
    const reading = readConfigText('\uFEFF// for this job hunt\n{\n  "rules": { "salary": "information", }, /* quieter */\n  "maxFollowUps": 2,\n}\n');
    assert.deepEqual(reading, { config: { rules: { salary: 'information' }, maxFollowUps: 2 }, problems: [] });
  });

  it('says where the text stops being JSON, and uses no settings from it', () => {
    const reading = readConfigText('// for this job hunt\n{\n  "rules": { "salary": "information" }\n  "maxFollowUps": 2\n}\n');
    assert.deepEqual(reading.config, {});
    assert.deepEqual(reading.problems, ['This file is not valid JSON at line 4, column 3, so its settings are ignored; check for a missing comma, quote or bracket there.']);
    assert.equal(readConfigText('').problems.length, 1);
  });
});

