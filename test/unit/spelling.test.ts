import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { Dictionary, DICTIONARY_FILES, lintText, readCspellWords, resolveConfig, type Config } from '../../src/core';
import { parseDraft } from '../../src/core/draft';
import { Prose } from '../../src/core/prose';
import { unknownWords } from '../../src/core/rules/spelling';

// The dictionary as the extension ships it: `node esbuild.mjs` writes it into dist/dictionary.
const root = resolve(__dirname, '../../..');
const dictionary = new Dictionary(DICTIONARY_FILES.map((file) => readFileSync(join(root, 'dist', 'dictionary', file))));
const timeZone = 'America/New_York';
const now = DateTime.fromISO('2026-11-21T09:00', { zone: timeZone });
const HEAD = '---\ncompany: Ngozi Analytics\nrole: Data Engineer\ninterviewer: Siobhán Ó Murchú\ninterviewDate: 2026-11-20T14:30\n---\n';

/** The words `spelling` flags in a message, with the first fix of each. */
function flagged(body: string, config: Config = {}): string[] {
  const text = `${HEAD}Subject: Thank you: Data Engineer interview\n\nDear Siobhán,\n\n${body}\n\nBest regards,\nSam Lee\n`;
  return lintText(text, { now, timeZone, config: resolveConfig(config), dictionary })
    .findings.filter((finding) => finding.rule === 'spelling')
    .map((finding) => `${text.slice(finding.span.start, finding.span.end)}>${finding.fixes?.[0]?.edits[0].text ?? ''}`);
}

describe('the dictionary', () => {
  it('knows American and British spellings, inflections, contractions and hyphenated words of known parts', () => {
    for (const word of ['color', 'colour', 'organization', 'organisation', 'prioritising', 'travelled', 'collaborated', "it's", "you're", 'cross-functional', 'co-founded', 'Thank', 'THANK', 'onboarding', 'stakeholders', "James's"]) {
      assert.ok(dictionary.has(word), word);
    }
    for (const word of ['freind', 'wierd', 'collaborte', 'stratgey', 'responsibilty', 'recieve']) assert.ok(!dictionary.has(word), word);
  });

  it('reads its files from bytes at any offset, as a browser may hand them over', () => {
    // In the web worker host, workspace.fs.readFile can return a view into a larger buffer.
    const views = DICTIONARY_FILES.map((file) => {
      const bytes = readFileSync(join(root, 'dist', 'dictionary', file));
      const larger = new Uint8Array(bytes.length + 3);
      larger.set(bytes, 3);
      return larger.subarray(3);
    });
    const fromViews = new Dictionary(views);
    assert.ok(fromViews.hasInEither('strategy'));
    assert.ok(!fromViews.hasInEither('stratgey'));
  });

  it('suggests the word meant first, from one edit away', () => {
    const cases: Record<string, string> = {
      freind: 'friend',
      wierd: 'weird',
      collaborte: 'collaborate',
      stratgey: 'strategy',
      responsibilty: 'responsibility',
      recieve: 'receive',
      Regrads: 'Regards',
      occured: 'occurred',
      seperate: 'separate',
      definately: 'definitely',
    };
    for (const [typo, word] of Object.entries(cases)) assert.equal(dictionary.suggest(typo)[0], word, typo);
  });
});

describe('spelling with the dictionary', () => {
  it('finds plain typos of everyday words, and a misspelled closing', () => {
    assert.deepEqual(flagged('My freind said the stratgey was wierd, and I hope to collaborte on it.'), ['freind>friend', 'stratgey>strategy', 'wierd>weird', 'collaborte>collaborate']);
    const text = `${HEAD}Subject: Thank you\n\nDear Siobhán,\n\nThank you.\n\nRegrads,\nSam Lee\n`;
    const found = lintText(text, { now, timeZone, config: resolveConfig({}), dictionary }).findings.filter((f) => f.rule === 'spelling');
    assert.deepEqual(found.map((f) => text.slice(f.span.start, f.span.end)), ['Regrads']);
  });

  it('leaves alone what a careful writer writes: names, brands, acronyms, codes, numbers, links, jargon and British spelling', () => {
    const body = [
      'I enjoyed meeting Siobhán and Tāne Wojciechowski at Ngozi Analytics, and Ngozi\'s dbt models on K8s impressed me.',
      'My organisation prioritised the colour-coded programme, whilst I learnt to model GAAP and HIPAA data in Q3 of FY26.',
      'I built dashboarding for our omnichannel fintech signups, and the cashroom handoffs were deduped weekly.',
      'See https://github.com/samlee/pipeline or write to sam.lee@example.com; the `kubectl` notes are in PR 4417 on the 21st.',
      'Our PostGIS and XGBoost work with the iPhone app and the eBay integration went live at St. Agnes\'s Hospital in Kirkstall.',
    ].join(' ');
    assert.deepEqual(flagged(body), []);
  });

  it('accepts the user\'s words', () => {
    assert.deepEqual(flagged('The stratgey deck is attached.', { spelling: { words: ['Stratgey'] } }), []);
  });

  it('without the dictionary, still knows the common misspellings', () => {
    const text = `${HEAD}Subject: Thank you\n\nDear Siobhán,\n\nI was glad to recieve the freind request.\n\nBest regards,\nSam Lee\n`;
    const found = lintText(text, { now, timeZone, config: resolveConfig({}) }).findings.filter((f) => f.rule === 'spelling');
    assert.deepEqual(found.map((f) => text.slice(f.span.start, f.span.end)), ['recieve']);
  });
});

describe('the dictionary\'s memory of lines', () => {
  it('gives the words it does not know exactly as looking up each word does: read first, remembered, and after a change of dialect', () => {
    const walk = (folder: string): string[] =>
      readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(folder, entry.name)) : entry.name.endsWith('.md') ? [join(folder, entry.name)] : []));
    // Its own dictionary, so that the memory starts empty; words the British list lacks, and lines repeated.
    const own = new Dictionary(DICTIONARY_FILES.map((file) => readFileSync(join(root, 'dist', 'dictionary', file))));
    const extra = `${HEAD}The color of the organization, recieve it.\nThe color of the organization, recieve it.\n\nSame line, freind.\nSame line, freind.\n`;
    let unknown = 0;
    for (const text of [extra, ...walk(join(root, 'test', 'corpus')).map((file) => readFileSync(file, 'utf8'))]) {
      const prose = new Prose(parseDraft(text, { timeZone }));
      const read = (dialect: 'both' | 'american' | 'british') => {
        own.useDialect(dialect);
        const expected = prose.words().filter((word) => !own.has(word.text));
        for (let round = 0; round < 2; round++) assert.deepEqual(unknownWords(prose, own), expected, `${dialect}, round ${round}: ${text.slice(0, 200)}`);
        return expected.length;
      };
      unknown += read('both') + read('british') + read('both');
    }
    assert.ok(unknown > 50, `only ${unknown} unknown words read`);
  });
});

describe('the dialect and the user\'s word lists', () => {
  it('accepts American and British spellings by default, and one of them when the setting says so', () => {
    const line = 'The colour of the organisation and the color of the organization both matter to me.';
    assert.deepEqual(flagged(line), []);
    assert.deepEqual(flagged(line, { spelling: { dialect: 'american' } }), ['colour>color', 'organisation>organization']);
    assert.deepEqual(flagged(line, { spelling: { dialect: 'british' } }), ['color>colour']);
  });

  it('reads Code Spell Checker\'s words from a cspell.json with comments and trailing commas', () => {
    const text = '{\n  // the team\'s words\n  "version": "0.2",\n  "words": ["stratgey", "Kirsteen", 3,], /* ignored */\n}\n';
    assert.deepEqual(readCspellWords(text), ['stratgey', 'Kirsteen']);
    assert.deepEqual(readCspellWords('not json'), []);
  });
});
