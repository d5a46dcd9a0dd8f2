#!/usr/bin/env node
// The web suite: test/web/ run inside the web worker extension host (the host of vscode.dev and
// github.dev) of code-server's workbench in Chromium. The `remote.extensionKind` user setting
// tells the workbench to run this extension on the web side, from its `browser` entry; the
// tests, a browser bundle inside the extension's folder, then run in the same host. Needs
// `node esbuild.mjs --tests` (dist/web/ and out/test/web/) and test/host/install.mjs.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve('.');
const tmp = mkdtempSync(join(tmpdir(), 'followup-web-'));
let status;
try {
  const folder = join(tmp, 'job-search');
  cpSync(resolve('test/fixtures/screenshots'), folder, { recursive: true });
  mkdirSync(join(folder, '.vscode'));
  writeFileSync(join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'followup.timeZone': 'America/New_York', 'followup.reminders': false }, null, 2));
  const result = spawnSync(
    process.execPath,
    ['test/host/launcher.js', folder, `--extensionDevelopmentPath=${root}`, `--extensionTestsPath=${join(root, 'out/test/web/index.js')}`],
    {
      stdio: 'inherit',
      env: { ...process.env, E2E_USER_SETTINGS: JSON.stringify({ 'remote.extensionKind': { 'interview-followups.interview-followups': ['web'] } }) },
    },
  );
  status = result.status ?? 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(status);
