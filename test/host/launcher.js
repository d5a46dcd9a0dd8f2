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
// Everything else in the environment (e.g. VSCODE_TEST_OPTIONS) reaches the extension host
// because code-server starts it with its own process.env.
'use strict';
const util = require('util');
const fs = require('fs');
const os = require('os');
const path = require('path');
const workbench = require('./workbench');

const { log, verbose } = workbench;
const VALUE_FLAGS = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir',
  'extensions-dir', 'locale', 'disable-extension', 'install-extension', 'log', 'logsPath', 'crash-reporter-directory']);
// The workbench's own chatter about connecting offline; shown with E2E_VERBOSE=1.
const WORKBENCH_NOISE = /^(Ignoring fetching additional builtin extensions|Updating additional builtin extensions cache|Resolv(ing|ed) connection token|Creating a socket|\[(AccountPolicyGate|AgentHost[^\]]*|Service Worker|reconnection-grace-time)\]|DialogService: Dialog requested during smoke test)/;

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
  // E2E_USER_SETTINGS: more user settings, as JSON (the web suite's remote.extensionKind).
  const profile = workbench.prepareProfile(tmp, { ud: args.ud, ext: args.ext, userSettings: JSON.parse(process.env.E2E_USER_SETTINGS || '{}') });
  const server = workbench.codeServerPaths();
  if (server.problem) { log(server.problem); return 2; }
  const trust = process.env.E2E_WORKSPACE_TRUST === '1';
  const env = workbench.serverEnv(profile);
  if (process.env.E2E_INSTALL_VSIX) {
    const problem = workbench.installVsix(path.resolve(process.env.E2E_INSTALL_VSIX), server, profile, env);
    if (problem) { log(problem); return problem.startsWith('no .vsix') ? 2 : 1; }
  }

  let cs, browser, finished = false;
  const cleanup = async () => {
    if (browser) await browser.close().catch(() => {});
    await workbench.stopCodeServer(cs);
    if (!process.env.E2E_KEEP_DIRS) fs.rmSync(tmp, { recursive: true, force: true }); // never holds a user-given dir
  };

  const overall = Number(process.env.E2E_TIMEOUT_MS || 300000);
  const result = await new Promise((resolve) => { void (async () => {
    const done = (code, why) => { if (!finished) { finished = true; if (why) log(why); resolve(code); } };
    const timer = setTimeout(() => done(124, `timed out after ${overall} ms`), overall);
    timer.unref();
    const onSig = (s) => done(130, `got ${s}`);
    process.once('SIGINT', onSig); process.once('SIGTERM', onSig);

    // Built workbenches only honour the payload's extensionDevelopmentPath/extensionTestsPath
    // when the server runs with --enable-smoke-test-driver (see resolveExtensionHostDebugEnvironment).
    const started = workbench.startCodeServer(server, profile, env, { trust, extraArgs: ['--vscode-option', 'enable-smoke-test-driver'] });
    let port;
    ({ cs, port } = await started);
    cs.on('exit', (c, s) => done(1, `code-server exited early (code ${c}, signal ${s})`));
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
      browser = await workbench.launchBrowser(tmp);
      const page = await browser.newPage({ viewport: workbench.viewport() });
      page.on('pageerror', (e) => verbose && log('pageerror:', e.message));
      page.on('crash', () => done(1, 'browser page crashed'));
      if (verbose) page.on('console', (m) => log(`browser console.${m.type()}:`, m.text()));
      await page.exposeFunction('codeAutomationLog', (type, a) => {
        const line = Array.isArray(a) ? util.format(...a) : String(a);
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
