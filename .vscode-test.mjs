// Runs test/integration in a real VS Code extension host, one host per suite.
// Offline (the default), the host is code-server driven by headless Chromium, through
// test/host/code; with FOLLOWUP_TEST_HOST=desktop, @vscode/test-cli downloads desktop VS Code
// and runs the very same tests there.
import { defineConfig } from '@vscode/test-cli';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeScaleWorkspace } from './test/host/scale-workspace.mjs';

const desktop = process.env.FOLLOWUP_TEST_HOST === 'desktop';
/** Where `npm run test:host` puts the packaged extension. */
const VSIX = '.vscode-test/interview-followups.vsix';
// A fixed clock for the timing rules and deadlines; the zone is in each workspace's settings.
const env = { FOLLOWUP_TEST_NOW: '2026-11-21T09:00:00.000-05:00' };

/** The temporary folders this run made; removed when the run ends, whatever its result. */
const temporary = [];
process.on('exit', () => {
  for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
});
/** A new temporary folder, removed at the end of the run. */
function temporaryFolder(prefix) {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(folder);
  return folder;
}

/** Tests edit and create files, so each run gets its own copy of the fixtures, in a folder `name`. */
function workspace(name, ...fixtures) {
  const folder = join(temporaryFolder(`followup-${name}-`), name);
  for (const [from, to] of fixtures) cpSync(resolve(from), join(folder, to), { recursive: true });
  settings(folder);
  return folder;
}

function settings(folder, extra = {}) {
  mkdirSync(join(folder, '.vscode'), { recursive: true });
  // Reminders are off unless a test turns them on: a notification with buttons answers a
  // scripted question, so one appearing while another test runs would take its answer.
  writeFileSync(join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'followup.timeZone': 'America/New_York', 'followup.reminders': false, ...extra }, null, 2));
}

/**
 * 10,000 generated drafts; no typing delay, so the latency measured is the extension's own.
 * Written before the host starts (written from inside it, the workbench's own file watching
 * of 10,000 new files slows the measurement), and only when the scale suite is going to run.
 */
function scaleWorkspace() {
  const folder = join(temporaryFolder('followup-scale-'), 'ten-thousand');
  const labels = process.argv.flatMap((arg, i) => (arg === '--label' || arg === '-l' ? [process.argv[i + 1]] : arg.startsWith('--label=') ? [arg.slice(8)] : []));
  if (labels.length === 0 || labels.includes('scale')) writeScaleWorkspace(folder, 10000);
  settings(folder, { 'followup.diagnostics.delay': 0 });
  return folder;
}

/**
 * A multi-root workspace of two folders with different settings: New York (the zone in its
 * folder settings, thank-yous within 24 hours) and London (zone and 48 hours in its commented
 * .followuprc.json). Opened from its .code-workspace file, as a user opens one.
 */
function multiRootWorkspace() {
  const root = temporaryFolder('followup-multiroot-');
  cpSync(resolve('test/fixtures/multiroot'), root, { recursive: true });
  settings(join(root, 'new-york'));
  const file = join(root, 'job-search.code-workspace');
  writeFileSync(file, JSON.stringify({ folders: [{ path: 'new-york' }, { path: 'london' }], settings: { 'followup.reminders': false } }, null, 2));
  return file;
}

/** Where the scale and installed suites write their figures for `npm run bench`. */
const benchOut = process.env.FOLLOWUP_BENCH_OUT ? { FOLLOWUP_BENCH_OUT: resolve(process.env.FOLLOWUP_BENCH_OUT) } : {};

const suite = (label, folder, extraEnv = {}, extra = {}) => ({
  label,
  files: `out/test/integration/${label}/**/*.test.js`,
  workspaceFolder: folder,
  ...extra,
  ...(desktop ? {} : { useInstallation: { fromPath: resolve('test/host/code') } }),
  env: { ...env, FOLLOWUP_TEST_WORKSPACE: folder, ...extraEnv },
  mocha: { ui: 'bdd', timeout: 30000, color: false },
});

export default defineConfig([
  suite('editor', workspace('editor', ['test/fixtures/workspace', '.'], ['test/fixtures/etiquette', 'etiquette'])),
  suite('deadlines', workspace('deadlines', ['test/fixtures/deadlines', '.'])),
  suite('multiroot', multiRootWorkspace()),
  // 10,000 drafts: the tree fills with progress; activation time and diagnostic latency are
  // printed (and written to FOLLOWUP_BENCH_OUT for `npm run bench`), never asserted.
  suite('scale', scaleWorkspace(), benchOut),
  // The packaged .vsix (`npm run test:host` packages it first), installed into code-server with
  // --install-extension as a user would, in an untrusted workspace. The development extension
  // is an empty runner, so the extension under test is only the installed copy.
  ...(desktop ? [] : [suite('installed', workspace('untrusted', ['test/fixtures/screenshots', '.']), {
    E2E_INSTALL_VSIX: resolve(VSIX),
    E2E_WORKSPACE_TRUST: '1',
    ...benchOut,
  }, { extensionDevelopmentPath: resolve('test/host/runner') })]),
]);
