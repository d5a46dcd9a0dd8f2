// Memory: lints 100,000 distinct documents and prints the heap after each 10,000, after a full
// garbage collection. The baseline is the heap after the first 10,000, measured in the same run;
// a flat heap means nothing grows per document (gray-matter's cache included, which the engine
// bypasses by always passing options). Run with --expose-gc (npm run bench does).
import matter from 'gray-matter';
import { DateTime } from 'luxon';
import { lintText } from '../src/core';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('run with node --expose-gc');
  process.exit(2);
}
const now = DateTime.fromISO('2026-11-21T09:00', { zone: 'America/New_York' });
const cache = (matter as unknown as { cache: Record<string, unknown> }).cache;

function draft(i: number): string {
  const nested = i % 4 === 0 ? `interviewer:\n  - Dana Whitfield ${i}\n  - Omar Haddad\n` : `interviewer: Dana Whitfield ${i}\n`;
  return `---\ncompany: Company ${i}\nrole: Analyst ${i % 97}\n${nested}interviewDate: 2026-11-${String(1 + (i % 28)).padStart(2, '0')}T14:30\ntype: thank-you\n---\nSubject: Thank you: Analyst interview at Company ${i}\n\nDear Dana,\n\nThank you for the conversation about draft ${i}. I really need this job, and I would love to know the salary.\n\nBest regards,\nSam Lee\n`;
}

function heapMb(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

const TOTAL = 100_000;
const STEP = 10_000;
let findings = 0;
let baseline = 0;
const rows: string[] = [];
for (let i = 0; i < TOTAL; i++) {
  findings += lintText(draft(i), { now, timeZone: 'America/New_York' }).findings.length;
  if ((i + 1) % STEP === 0) {
    const heap = heapMb();
    if (i + 1 === STEP) baseline = heap;
    rows.push(`${String(i + 1).padStart(7)} documents: heap ${heap.toFixed(1)} MB`);
  }
}
const final = heapMb();
console.log(`Memory: ${TOTAL.toLocaleString('en')} distinct documents linted (${findings.toLocaleString('en')} findings)`);
for (const row of rows) console.log(`  ${row}`);
console.log(`  heap growth from ${STEP.toLocaleString('en')} to ${TOTAL.toLocaleString('en')} documents: ${(final - baseline).toFixed(2)} MB (ratio ${(final / baseline).toFixed(3)} to the baseline)`);
console.log(`  gray-matter cache entries: ${Object.keys(cache).length}`);
