// Per-keystroke cost of the full rule set, against write-good and markdownlint on the same
// text, in the same run. Prints ratios (lower is better for "ours / x"); never asserts times.
// The draft is measured in several fresh processes, as JMH forks do: one process's heap layout
// and compiler choices move a sub-millisecond figure by a fifth, so one process is not enough.
//   npm run bench
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { Dictionary, DICTIONARY_FILES, lintText, resolveConfig } from '../src/core';

const timeZone = 'America/New_York';
const now = DateTime.fromISO('2026-11-21T09:00', { zone: timeZone });
const config = resolveConfig({});
const root = join(__dirname, '..', '..');

/**
 * The spelling dictionary, loaded as the extension loads it on first use: the bytes of the
 * binary tries read, then decoded. Prints the time and the memory it takes.
 */
function loadDictionary(): Dictionary {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  const start = process.hrtime.bigint();
  const loaded = new Dictionary(DICTIONARY_FILES.map((file) => readFileSync(join(root, 'dist', 'dictionary', file))));
  loaded.has('warm');
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  gc?.();
  const after = process.memoryUsage();
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  if (!FORK) console.log(
    `dictionary: loaded in ${ms.toFixed(0)} ms (target at most 300 ms); heap +${mb(after.heapUsed - before.heapUsed)} MB, ` +
      `buffers +${mb(after.external + after.arrayBuffers - before.external - before.arrayBuffers)} MB, resident +${mb(after.rss - before.rss)} MB (target at most 60 MB)`,
  );
  return loaded;
}
const FORK = process.env.FOLLOWUP_BENCH_FORK === '1';
const FORKS = 5;
const dictionary = loadDictionary();

/**
 * A realistic draft of about 200 words (a clean thank-you with a few mistakes added, so that
 * rules have work to do), shared with bench/web-lint.mjs.
 */
const DRAFT = readFileSync(join(root, 'bench', 'draft.md'), 'utf8');

/** A 1 MB document: the draft's front-matter, then its paragraphs over and over. */
function megabyte(): string {
  const end = DRAFT.indexOf('\n---\n', 3) + 5;
  const head = DRAFT.slice(0, end);
  const body = DRAFT.slice(end);
  let text = head;
  while (text.length < 1_000_000) text += body;
  return text;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * The draft as it is while someone types: in each round one sentence differs from the round
 * before (a number added to it, a different sentence each time), so nothing can be reused from
 * the previous check but the sentences that did not change.
 */
const BODY_START = DRAFT.indexOf('\n---\n', 3) + 5;
const SENTENCE_ENDS = [...DRAFT.slice(BODY_START).matchAll(/[a-z]\./g)].map((match) => BODY_START + match.index + 1);
function typing(round: number): string {
  const at = SENTENCE_ENDS[(round + SENTENCE_ENDS.length) % SENTENCE_ENDS.length];
  return `${DRAFT.slice(0, at)} ${round}${DRAFT.slice(at)}`;
}

/** Median milliseconds per call, over interleaved rounds so that machine noise hits all alike. */
function measure(tools: Record<string, (text: string) => unknown>, text: string | ((round: number) => string), rounds: number): Record<string, number> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(tools).map((name) => [name, []]));
  const textOf = typeof text === 'string' ? () => text : text;
  for (const tool of Object.values(tools)) tool(textOf(-1));
  for (let round = 0; round < rounds; round++) {
    const input = textOf(round);
    for (const [name, tool] of Object.entries(tools)) {
      const start = process.hrtime.bigint();
      tool(input);
      samples[name].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
}

async function main(): Promise<void> {
  // write-good is CommonJS; markdownlint is an ES module, loaded the same way a user's tool would.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const writeGood = require('write-good') as (text: string) => unknown;
  const { lint: markdownlint } = (await import('markdownlint/sync')) as { lint: (options: object) => unknown };
  const tools = {
    ours: (text: string) => lintText(text, { now, timeZone, config, dictionary }),
    'write-good': (text: string) => writeGood(text),
    markdownlint: (text: string) => markdownlint({ strings: { draft: text } }),
  };
  if (FORK) {
    // Then the rule set alone, round after round: what it costs with its own work in the caches.
    const alone = measure({ ours: tools.ours }, DRAFT, 1000).ours;
    const typed = measure(tools, typing, 1000);
    process.stdout.write(JSON.stringify({ ...measure(tools, DRAFT, 1000), alone, typingOurs: typed.ours, typingWriteGood: typed['write-good'] }));
    return;
  }
  const words = DRAFT.split(/\s+/).length;
  const forks: Array<Record<string, number>> = [];
  for (let i = 0; i < FORKS; i++) {
    const output = execFileSync(process.execPath, ['--expose-gc', __filename], { env: { ...process.env, FOLLOWUP_BENCH_FORK: '1' }, encoding: 'utf8' });
    forks.push(JSON.parse(output) as Record<string, number>);
  }
  const small = Object.fromEntries(Object.keys(tools).map((name) => [name, median(forks.map((fork) => fork[name]))]));
  const ratios = forks.map((fork) => fork.ours / fork['write-good']).sort((a, b) => a - b);
  const big = megabyte();
  const half = big.slice(0, big.length / 2);
  const large = measure(tools, big, 7);
  // The two sizes interleaved in the same rounds, so that machine noise hits both alike.
  const linear = measure({ half: tools.ours, full: (text: string) => tools.ours(text + text.slice(text.indexOf('\n---\n', 3) + 5)) }, half, 15);

  const row = (label: string, times: Record<string, number>) =>
    `${label.padEnd(22)} ours ${times.ours.toFixed(3).padStart(9)} ms | write-good ${times['write-good'].toFixed(3).padStart(9)} ms | markdownlint ${times.markdownlint.toFixed(3).padStart(9)} ms | ours / write-good ${(times.ours / times['write-good']).toFixed(2)} | ours / markdownlint ${(times.ours / times.markdownlint).toFixed(2)}`;
  console.log(`Lint cost per run (median), Node ${process.version}`);
  console.log(row(`draft (${words} words)`, small));
  console.log(
    `  ours / write-good in each of ${FORKS} processes: ${ratios.map((ratio) => ratio.toFixed(2)).join(', ')}; median ${median(ratios).toFixed(2)} (target at most 0.50)`,
  );
  console.log(`  ours alone, checked over and over without the other tools in between: ${median(forks.map((fork) => fork.alone)).toFixed(3)} ms`);
  const typed = forks.map((fork) => fork.typingOurs / fork.typingWriteGood).sort((a, b) => a - b);
  console.log(
    `  while typing (one sentence changed each round): ours ${median(forks.map((fork) => fork.typingOurs)).toFixed(3)} ms, write-good ${median(forks.map((fork) => fork.typingWriteGood)).toFixed(3)} ms; ours / write-good ${typed.map((ratio) => ratio.toFixed(2)).join(', ')}; median ${median(typed).toFixed(2)}`,
  );
  console.log(row(`document (${(big.length / 1e6).toFixed(1)} MB)`, large));
  console.log(`linearity: ours at 1 MB / ours at 0.5 MB = ${(linear.full / linear.half).toFixed(2)} (2.00 is linear)`);
}

void main();
