// Scale of the workspace index and the deadlines tree: 10,000 drafts generated on the fly.
// Prints ratios against the time it takes just to read the same files, in the same run, and
// the cost of updating one draft at 1,000 and at 10,000 drafts. Never asserts times.
//   npm run bench
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { computeSchedule, DraftIndex, indexFiles, resolveConfig, summarize, parseDraft } from '../src/core';

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

void main();
