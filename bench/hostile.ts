// Linear time on hostile input (issue 15): for each kind of large input, the engine's time at
// size 2n over its time at size n, measured interleaved in the same run (2.00 is linear; the
// target is at most 2.3). Printed, never asserted: the machines are shared and noisy.
//   npm run bench   (or: node esbuild.mjs --bench && node out/bench/hostile.js)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { Dictionary, DICTIONARY_FILES, lintText, resolveConfig } from '../src/core';

const timeZone = 'America/New_York';
const now = DateTime.fromISO('2026-11-21T09:00', { zone: timeZone });
const config = resolveConfig({});
const root = join(__dirname, '..', '..');
const dictionary = new Dictionary(DICTIONARY_FILES.map((file) => readFileSync(join(root, 'dist', 'dictionary', file))));
const DRAFT = readFileSync(join(root, 'test/fixtures/etiquette/clean/thank-you.md'), 'utf8');
const HEAD = 'company: Globex\nrole: Data Analyst\ninterviewer: Dana Whitfield\ninterviewDate: 2026-11-20T14:30';
const BODY = DRAFT.slice(DRAFT.indexOf('\n---\n', 3) + 5);
const withHead = (head: string, body = BODY) => `---\n${head}\n---\n${body}`;
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Each kind of input, as a text of about `size` characters. */
const KINDS: Record<string, { sizes: [number, number]; text: (size: number) => string }> = {
  'long company (words)': { sizes: [16_000, 32_000], text: (size) => withHead(HEAD.replace('Globex', fill('Initech ', size).trim())) },
  'long role (one run)': { sizes: [16_000, 32_000], text: (size) => withHead(HEAD.replace('Data Analyst', fill('A', size))) },
  'long interviewer (words)': { sizes: [16_000, 32_000], text: (size) => withHead(HEAD.replace('Dana Whitfield', fill('Dana ', size).trim())) },
  'front-matter of many keys': { sizes: [15_000, 30_000], text: (size) => withHead(`${HEAD}\n${fill('k: v\n', size).split('\n').map((line, i) => (line ? `k${i}: v` : '')).join('\n').trim()}`) },
  'front-matter in braces': { sizes: [15_000, 30_000], text: (size) => withHead(`{${fill('k: v, ', size).split(', ').map((pair, i) => (pair ? `k${i}: v` : '')).filter(Boolean).join(', ')}, company: Globex, interviewDate: 2026-11-20}`) },
  'draft of paragraphs': { sizes: [900_000, 1_800_000], text: (size) => withHead(HEAD, fill(BODY, size)) },
  'draft of one line': { sizes: [900_000, 1_800_000], text: (size) => withHead(HEAD, fill('word ', size)) },
  'draft of one word': { sizes: [900_000, 1_800_000], text: (size) => withHead(HEAD, fill('a', size)) },
  'draft of capitals': { sizes: [900_000, 1_800_000], text: (size) => withHead(HEAD, fill('REALLY ', size)) },
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

console.log(`Linear time on hostile input (time at 2n / time at n; 2.00 is linear, target at most 2.3), Node ${process.version}`);
for (const [name, kind] of Object.entries(KINDS)) {
  const texts = kind.sizes.map((size) => kind.text(size));
  const check = (text: string) => lintText(text, { now, timeZone, config, dictionary });
  texts.forEach(check);
  const times: number[][] = [[], []];
  const rounds = texts[1].length > 500_000 ? 7 : 15;
  // Interleaved, so that machine noise hits both sizes alike.
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < 2; i++) {
      const start = process.hrtime.bigint();
      check(texts[i]);
      times[i].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  const [small, large] = times.map(median);
  const size = (text: string) => (text.length >= 1e6 ? `${(text.length / 1e6).toFixed(1)} MB` : `${Math.round(text.length / 1000)} KB`);
  console.log(`  ${name.padEnd(28)} ${size(texts[0]).padStart(7)} ${small.toFixed(1).padStart(8)} ms | ${size(texts[1]).padStart(7)} ${large.toFixed(1).padStart(8)} ms | ratio ${(large / small).toFixed(2)}`);
}
