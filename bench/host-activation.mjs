#!/usr/bin/env node
// Activation as VS Code itself measures it (Load Code + Call Activate, what its Extensions view
// shows as the activation time), for the packaged .vsix installed into code-server. A host gives
// one sample, so this starts RUNS fresh hosts (the `installed` suite) and prints each figure, the
// median, and beside it the smallest real extension (one command, like the Hello World
// sample) activated in the same hosts.
// Needs `npm run package -- --out .vscode-test/interview-followups.vsix` and the test bundles first
// (`npm run bench` does both).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = Number(process.env.ACTIVATION_RUNS || 5);
const TARGET_MS = 50;
const folder = mkdtempSync(join(tmpdir(), 'followup-activation-'));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const samples = [];
try {
  for (let run = 1; run <= RUNS; run++) {
    const out = join(folder, `run-${run}.json`);
    const result = spawnSync('npx', ['vscode-test', '--label', 'installed'], { env: { ...process.env, FOLLOWUP_BENCH_OUT: out }, encoding: 'utf8' });
    if (result.status !== 0) {
      process.stderr.write(result.stdout + result.stderr);
      throw new Error(`the installed suite failed on run ${run} (exit ${result.status})`);
    }
    const sample = JSON.parse(readFileSync(out, 'utf8'));
    samples.push(sample);
    console.log(`run ${run}/${RUNS}: load code ${sample.ours.loadCode} ms + call activate ${sample.ours.callActivate} ms = ${sample.activationMs} ms; smallest extension ${sample.baselineMs} ms`);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}

const ours = samples.map((sample) => sample.activationMs);
const smallest = samples.map((sample) => sample.baselineMs);
const within = ours.filter((ms) => ms <= TARGET_MS).length;
console.log(`\nactivation of the installed extension, as VS Code measures it, over ${RUNS} hosts:`);
console.log(`  ours:               median ${median(ours)} ms (min ${Math.min(...ours)}, max ${Math.max(...ours)}); target ${TARGET_MS} ms, met in ${within} of ${RUNS}`);
console.log(`  smallest extension: median ${median(smallest)} ms (min ${Math.min(...smallest)}, max ${Math.max(...smallest)})`);
console.log(`  ratio of medians, ours / smallest: ${(median(ours) / Math.max(median(smallest), 1)).toFixed(1)}`);
