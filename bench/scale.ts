// Scale of the workspace index and the deadlines tree: 10,000 drafts generated on the fly.
// Prints ratios against the time it takes just to read the same files, in the same run, and
// the cost of updating one draft at 1,000 and at 10,000 drafts. Never asserts times.
//   npm run bench
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { computeSchedule, DraftIndex, indexFiles, readSummary, resolveConfig, summarize, parseDraft } from '../src/core';

const timeZone = 'America/New_York';
const now = DateTime.fromISO('2026-11-21T09:00', { zone: timeZone });
const config = resolveConfig({});
const COMPANIES = ['Globex', 'Initech', 'Hooli', 'Umbrella', 'Vandelay', 'Acme', 'Stark', 'Wayne', 'Soylent', 'Tyrell'];
const TYPES = ['thank-you', 'check-in', 'letter', 'final', 'phone-call', 'voicemail'];

/**
 * A realistic draft: the i-th draft of a workspace where each application (a company and a
 * role) has 5 drafts that agree on the interview, some of them sent; about 150 words of body.
 */
function draftText(i: number): string {
  const application = Math.floor(i / 5);
  const company = `${COMPANIES[application % COMPANIES.length]} ${Math.floor(application / 10)}`;
  const day = String(1 + (application % 28)).padStart(2, '0');
  const sent = i % 5 < 2 ? `sent: 2026-10-${day}T${String(17 + (i % 5)).padStart(2, '0')}:00\n` : '';
  return `---\ncompany: ${company}\nrole: Analyst ${application % 3}\ninterviewer: [Dana Whitfield, Omar Haddad]\ninterviewDate: 2026-10-${day}T10:00\ntype: ${TYPES[i % TYPES.length]}\n${sent}---\nSubject: Thank you: Analyst interview\n\nDear Dana,\n\n${'Thank you for the conversation about the role and the team. '.repeat(15)}\n\nBest regards,\nSam Lee\n`;
}

async function readAll(files: string[]): Promise<string[]> {
  const texts: string[] = [];
  for (let i = 0; i < files.length; i += 64) texts.push(...(await Promise.all(files.slice(i, i + 64).map((file) => readFile(file, 'utf8')))));
  return texts;
}

/** The same reading loop the extension runs over workspace.fs. */
async function buildIndex(files: string[]): Promise<DraftIndex> {
  const index = new DraftIndex();
  await indexFiles(index, files, (file) => readFile(file, 'utf8'), () => timeZone);
  return index;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'followup-scale-'));
  try {
    const files: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const dir = join(folder, `app-${Math.floor(i / 5)}`);
      if (i % 5 === 0) mkdirSync(dir);
      const file = join(dir, `draft-${i}.md`);
      writeFileSync(file, draftText(i));
      files.push(file);
    }
    const readTimes: number[] = [];
    const indexTimes: number[] = [];
    const treeTimes: number[] = [];
    let index = new DraftIndex();
    for (let round = 0; round < 9; round++) {
      let start = process.hrtime.bigint();
      await readAll(files);
      readTimes.push(ms(start));
      start = process.hrtime.bigint();
      index = await buildIndex(files);
      indexTimes.push(ms(start));
      start = process.hrtime.bigint();
      computeSchedule(index.all(), { now, timeZone, config });
      treeTimes.push(ms(start));
    }
    const read = median(readTimes);
    const built = median(indexTimes);
    const tree = median(treeTimes);
    console.log(`Workspace of ${files.length} drafts, Node ${process.version}`);
    console.log(`read only                 ${read.toFixed(0).padStart(6)} ms`);
    console.log(`read + index              ${built.toFixed(0).padStart(6)} ms   (index / read ${(built / read).toFixed(2)})`);
    console.log(`read + index + schedule   ${(built + tree).toFixed(0).padStart(6)} ms   ((index + tree) / read ${((built + tree) / read).toFixed(2)})`);

    // One changed draft: parse it and update the index, at 1,000 and at 10,000 drafts.
    for (const size of [1_000, 10_000]) {
      const small = new DraftIndex();
      for (const summary of [...index.all()].slice(0, size)) small.set(summary.key, summary);
      const key = files[0];
      const text = readFileSync(key, 'utf8');
      const times: number[] = [];
      for (let i = 0; i < 2000; i++) {
        const edited = text.replace('Dana Whitfield,', `Dana Whitfield ${i % 7},`);
        const start = process.hrtime.bigint();
        small.set(key, summarize(key, parseDraft(edited, { timeZone })));
        times.push(ms(start));
      }
      console.log(`update one draft at ${String(size).padStart(6)} drafts: ${(median(times) * 1000).toFixed(1)} µs`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * A draft of a job search whose dates lie close together, near `now` (the case that once made
 * the schedule quadratic): applications of three rounds four days apart, each round a panel of
 * two thanked one by one (one application in five has not sent them yet), a check-in after the
 * last round, one application in seven closed, one in thirteen snoozed.
 */
function closeDraft(i: number): string {
  const application = Math.floor(i / 6);
  const round = Math.floor((i % 6) / 2);
  const day = 1 + (application % 10) + round * 4;
  const date = `2026-11-${String(day).padStart(2, '0')}T${String(9 + (application % 8)).padStart(2, '0')}:00`;
  const checkIn = i % 6 === 5;
  const person = `Person ${(application + round * 2 + (i % 2)) % 9}`;
  const sent = application % 5 !== 0 && day < 21 ? `sent: 2026-11-${String(day + (checkIn ? 7 : 0) > 21 ? 21 : day + (checkIn ? 7 : 0)).padStart(2, '0')}T18:00\n` : '';
  const outcome = application % 7 === 0 && i % 6 === 0 ? 'outcome: rejected\n' : '';
  const snooze = application % 13 === 0 && checkIn ? 'snoozedUntil: 2026-11-25\n' : '';
  return `---\ncompany: Firm ${application}\nrole: Analyst\ninterviewer: ${person}\ninterviewDate: ${date}\ntype: ${checkIn ? 'check-in' : 'thank-you'}\n${checkIn ? '' : sent}${outcome}${snooze}---\nDear ${person},\n`;
}

/**
 * The schedule against the index it is computed from, at 10,000 and 100,000 drafts: the
 * schedule must stay linear, a fraction of the time it takes to index the same drafts.
 * Then the cost of updating the tree after one draft changes, at 10,000 drafts.
 */
function scheduleScale(): void {
  console.log('');
  console.log('Schedule (drafts with dates close together)');
  for (const size of [10_000, 100_000]) {
    const texts = Array.from({ length: size }, (_, i) => closeDraft(i));
    const indexTimes: number[] = [];
    const scheduleTimes: number[] = [];
    let index = new DraftIndex();
    const rounds = size > 10_000 ? 3 : 7;
    for (let round = 0; round < rounds; round++) {
      let start = process.hrtime.bigint();
      index = new DraftIndex();
      texts.forEach((text, i) => index.set(`k${i}`, readSummary(`k${i}`, text, timeZone)));
      indexTimes.push(ms(start));
      start = process.hrtime.bigint();
      computeSchedule(index.all(), { now, timeZone, config });
      scheduleTimes.push(ms(start));
    }
    const indexed = median(indexTimes);
    const scheduled = median(scheduleTimes);
    console.log(`${String(size).padStart(7)} drafts: index ${indexed.toFixed(0).padStart(6)} ms, schedule ${scheduled.toFixed(0).padStart(5)} ms   (schedule / index ${(scheduled / indexed).toFixed(2)}, target at most 0.5)`);
    if (size === 10_000) {
      // One draft changes: the index takes its new summary and the tree's schedule is recomputed.
      const times: number[] = [];
      for (let i = 0; i < 30; i++) {
        const start = process.hrtime.bigint();
        index.set('k7', readSummary('k7', texts[7].replace('type: thank-you', i % 2 ? 'type: thank-you\nsent: 2026-11-20T10:00' : 'type: thank-you'), timeZone));
        computeSchedule(index.all(), { now, timeZone, config });
        times.push(ms(start));
      }
      console.log(`update the tree after one draft changes, at 10000 drafts: ${median(times).toFixed(1)} ms`);
    }
  }
}

void main().then(scheduleScale);
