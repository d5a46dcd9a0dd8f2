// Runs test/integration in a real VS Code extension host.
// Offline (the default), the host is code-server driven by headless Chromium, through
// test/host/code; with FOLLOWUP_TEST_HOST=desktop, @vscode/test-cli downloads desktop VS Code
// and runs the very same tests there.
import { defineConfig } from '@vscode/test-cli';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const desktop = process.env.FOLLOWUP_TEST_HOST === 'desktop';

// Tests edit and create files, so each run gets its own copy of the fixture workspace.
const workspace = join(mkdtempSync(join(tmpdir(), 'followup-ws-')), 'workspace');
cpSync(resolve('test/fixtures/workspace'), workspace, { recursive: true });
cpSync(resolve('test/fixtures/etiquette'), join(workspace, 'etiquette'), { recursive: true });

export default defineConfig({
  label: 'integration',
  files: 'out/test/integration/**/*.test.js',
  workspaceFolder: workspace,
  ...(desktop ? {} : { useInstallation: { fromPath: resolve('test/host/code') } }),
  // A fixed clock (and the zone in the workspace settings) for the timing rules.
  env: { FOLLOWUP_TEST_WORKSPACE: workspace, FOLLOWUP_TEST_NOW: '2026-11-21T09:00:00.000-05:00' },
  mocha: { ui: 'bdd', timeout: 30000, color: false },
});
