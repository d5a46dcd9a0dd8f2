// `npm run eval`: scores the rules on the labelled corpus in test/corpus/ (drafts written the way
// people write, by writers who never saw the rules), per rule and overall, for the whole corpus and
// for its held-out part apart, then lists every miss and every false positive with its line.
// It fails when a figure falls below the floors recorded in test/corpus/floors.json.
//   --only dev|heldout   score one part (held-out drafts are scored only at the end of a change)
//   --quiet              the tables without the list of misses and false positives
//   --batch a,b          score only these batches (folders) of the parts scored
//   --record             write the current figures as the new floors
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DateTime } from 'luxon';
import { Dictionary, DICTIONARY_FILES, DraftIndex, lintDraft, parseDraft, resolveConfig, summarize, type Finding } from '../../src/core';
import { scoreCorpus, type CorpusDraft, type Label, type Score } from './score';

const root = resolve(__dirname, '../../..');
const corpus = join(root, 'test/corpus');
const FLOORS = join(corpus, 'floors.json');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const quiet = args.includes('--quiet');
const batches = args.includes('--batch') ? new Set(args[args.indexOf('--batch') + 1].split(',')) : undefined;

// Writing judgement only: the timing rules depend on the clock and the job search's history, and
// are proven by the schedule's own tests.
const TIMING = ['late-thank-you', 'too-soon', 'too-many-follow-ups'];
const config = resolveConfig({ rules: Object.fromEntries(TIMING.map((rule) => [rule, 'off'])) });
const timeZone = 'America/New_York';
const now = DateTime.fromISO('2026-11-21T09:00', { zone: timeZone });
// The dictionary as the extension ships it, built by esbuild.mjs into dist/dictionary.
const dictionary = new Dictionary(DICTIONARY_FILES.map((file) => readFileSync(join(root, 'dist', 'dictionary', file))));

/** One job seeker's folder: its drafts are one workspace, so wrong-company sees their other applications. */
function readBatch(folder: string, part: string): CorpusDraft[] {
  const labels = JSON.parse(readFileSync(join(folder, 'labels.json'), 'utf8')) as Record<string, Label>;
  const files = readdirSync(folder).filter((file) => file.endsWith('.md')).sort();
  const parsed = files.map((file) => ({ file, text: readFileSync(join(folder, file), 'utf8') })).map(({ file, text }) => ({ file, text, draft: parseDraft(text, { timeZone }) }));
  const index = new DraftIndex();
  for (const { file, draft } of parsed) index.set(file, summarize(file, draft));
  return parsed.map(({ file, text, draft }) => {
    let findings: readonly Finding[];
    try {
      findings = lintDraft(draft, { now, timeZone, config, workspace: index, key: file, dictionary });
    } catch (error) {
      findings = [{ rule: 'internal-error', severity: 'error', span: { start: 0, end: 0 }, message: String(error) }];
    }
    return { path: relative(root, join(folder, file)), part, text, label: labels[file] ?? { kind: 'clean' }, findings };
  });
}

const drafts: CorpusDraft[] = [];
for (const part of ['dev', 'heldout']) {
  if (only && only !== part) continue;
  const partFolder = join(corpus, part);
  if (!existsSync(partFolder)) continue;
  for (const batch of readdirSync(partFolder).sort()) {
    if (batches && !batches.has(batch)) continue;
    if (existsSync(join(partFolder, batch, 'labels.json'))) drafts.push(...readBatch(join(partFolder, batch), part));
  }
}

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function table(title: string, score: Score): string {
  const lines = [`## ${title}: ${score.drafts} drafts (${score.clean} clean, ${score.drafts - score.clean} faulty)`, ''];
  lines.push('| rule | expected | found | missed | false pos. | precision | recall |', '|---|---:|---:|---:|---:|---:|---:|');
  for (const [rule, r] of Object.entries(score.rules).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`| ${rule} | ${r.expected} | ${r.found} | ${r.expected - r.found} | ${r.falsePositives} | ${pct(r.found, r.found + r.falsePositives)} | ${pct(r.found, r.expected)} |`);
  }
  lines.push(
    '',
    `- expected findings found: ${score.found} of ${score.expected} (${pct(score.found, score.expected).trim()})`,
    `- clean drafts with a warning or error: ${score.cleanWithWarning} of ${score.clean}`,
    `- clean drafts with an information finding: ${score.cleanWithInfo} of ${score.clean} (${pct(score.cleanWithInfo, score.clean).trim()}; at most 5%)`,
    `- false positives (warning or error) on all drafts: ${score.falsePositives}`,
    '',
  );
  return lines.join('\n');
}

const all = scoreCorpus(drafts);
const parts = only ? [] : (['dev', 'heldout'] as const).map((part) => [part, scoreCorpus(drafts.filter((d) => d.part === part))] as const);
console.log(table(only ? `${only} part` : 'whole corpus', all));
for (const [part, score] of parts) console.log(table(part === 'dev' ? 'development part' : 'held-out part', score));

if (!quiet) {
  console.log('## misses and false positives\n');
  for (const problem of all.problems) console.log(`- ${problem}`);
  console.log('');
}

/** The floors a change may not go below: overall figures for the whole corpus and for each part. */
interface Floor {
  readonly recall: number;
  readonly cleanWithWarning: number;
  readonly cleanWithInfo: number;
  readonly falsePositives: number;
}
const floorOf = (score: Score): Floor => ({
  recall: Math.floor((1000 * score.found) / Math.max(score.expected, 1)) / 1000,
  cleanWithWarning: score.cleanWithWarning,
  cleanWithInfo: score.cleanWithInfo,
  falsePositives: score.falsePositives,
});
const current: Record<string, Floor> = { all: floorOf(all), ...Object.fromEntries(parts.map(([part, score]) => [part, floorOf(score)])) };

if (args.includes('--record')) {
  if (only || batches) throw new Error('--record needs the whole corpus');
  writeFileSync(FLOORS, `${JSON.stringify(current, null, 2)}\n`);
  console.log(`recorded the floors in ${relative(root, FLOORS)}`);
} else if (!only && existsSync(FLOORS)) {
  const floors = JSON.parse(readFileSync(FLOORS, 'utf8')) as Record<string, Floor>;
  const failures: string[] = [];
  for (const [part, floor] of Object.entries(floors)) {
    const now = current[part];
    if (!now) continue;
    if (now.recall < floor.recall) failures.push(`${part}: recall ${now.recall} is below ${floor.recall}`);
    if (now.cleanWithWarning > floor.cleanWithWarning) failures.push(`${part}: ${now.cleanWithWarning} clean drafts with a warning, more than ${floor.cleanWithWarning}`);
    if (now.cleanWithInfo > floor.cleanWithInfo) failures.push(`${part}: ${now.cleanWithInfo} clean drafts with an information finding, more than ${floor.cleanWithInfo}`);
    if (now.falsePositives > floor.falsePositives) failures.push(`${part}: ${now.falsePositives} false positives, more than ${floor.falsePositives}`);
  }
  if (failures.length > 0) {
    console.log(`eval: worse than the recorded floors:\n${failures.map((f) => `- ${f}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('eval: at or above every recorded floor');
  }
}
