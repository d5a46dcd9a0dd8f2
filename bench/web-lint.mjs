#!/usr/bin/env node
/* global Worker, Blob -- the function passed to page.evaluate runs in Chromium's page */
// The lint time of the web build (dist/web/core.js, what vscode.dev and github.dev run) in a real
// web worker of Debian's Chromium, beside the Node build (dist/core.js) in Node, on the same
// draft as bench/lint.ts (bench/draft.md), in the same run. Both are loaded as their hosts load them: the
// web build fetched as text and evaluated, the Node build required. Prints times and their ratio;
// never asserts (the machine is shared). Needs `node esbuild.mjs --production` first.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const root = resolve('.');
const BATCHES = 30;
const PER_BATCH = 40;
const WARM_UP = 300;

/** The same draft as bench/lint.ts: a thank-you of about 200 words, with a few mistakes. */
const draft = readFileSync(join(root, 'bench', 'draft.md'), 'utf8');
// Counted as bench/lint.ts counts it, so both name the draft alike.
const words = draft.split(/\s+/).length;

/**
 * The measurement, the same function text in Node and in the worker: warm up, then time batches
 * of runs (one batch, not one run, per clock reading: a browser's clock is coarse), and return
 * the median time of one run in milliseconds.
 */
const MEASURE = `(core, draft, dictionaryFiles, counts) => {
  const timeZone = 'America/New_York';
  const options = { now: core.DateTime.fromISO('2026-11-21T09:00', { zone: timeZone }), timeZone, config: core.resolveConfig({}), dictionary: new core.Dictionary(dictionaryFiles) };
  let findings = 0;
  for (let i = 0; i < counts.warmUp; i++) findings = core.lintText(draft, options).findings.length;
  const times = [];
  for (let b = 0; b < counts.batches; b++) {
    const start = performance.now();
    for (let i = 0; i < counts.perBatch; i++) core.lintText(draft, options);
    times.push((performance.now() - start) / counts.perBatch);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], findings };
}`;
const counts = { warmUp: WARM_UP, batches: BATCHES, perBatch: PER_BATCH };
// The Node build, as the extension's Node host loads it; it names the dictionary's files.
const nodeCore = require(join(root, 'dist', 'core.js'));
const dictionaryFiles = nodeCore.DICTIONARY_FILES.map((file) => new Uint8Array(readFileSync(join(root, 'dist', 'dictionary', file))));
const node = new Function(`return ${MEASURE}`)()(nodeCore, draft, dictionaryFiles, counts);

// The web build, in a dedicated web worker of Chromium, loaded as platform-web.ts loads it.
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`No Chromium at ${executablePath}: run node test/host/install.mjs first (it installs Debian's), or set CHROMIUM_PATH.`);
  process.exit(1);
}
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
let web;
let chromiumVersion;
try {
  const page = await browser.newPage();
  web = await page.evaluate(
    ({ core, yamlBlock, measure, draft, dictionaryFiles, counts }) =>
      new Promise((resolve, reject) => {
        const source = `
          const load = (source, require) => { const module = { exports: {} }; new Function('module', 'exports', 'require', source)(module, module.exports, require); return module.exports; };
          onmessage = ({ data }) => {
            let yamlBlock;
            const core = load(data.core, (id) => { if (id === './yaml-block.js') return (yamlBlock ??= load(data.yamlBlock, () => { throw new Error(id); })); throw new Error('Cannot load ' + id); });
            const result = (${measure})(core, data.draft, data.dictionaryFiles.map((bytes) => new Uint8Array(bytes)), data.counts);
            postMessage({ ...result, worker: self.constructor.name });
          };`;
        const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
        worker.onmessage = ({ data }) => resolve(data);
        worker.onerror = (event) => reject(new Error(event.message));
        worker.postMessage({ core, yamlBlock, draft, dictionaryFiles, counts });
      }),
    {
      core: readFileSync(join(root, 'dist', 'web', 'core.js'), 'utf8'),
      yamlBlock: readFileSync(join(root, 'dist', 'web', 'yaml-block.js'), 'utf8'),
      measure: MEASURE,
      draft,
      dictionaryFiles: dictionaryFiles.map((bytes) => [...bytes]),
      counts,
    },
  );
  chromiumVersion = browser.version();
} finally {
  await browser.close();
}

console.log(`Lint of the ${words}-word draft, median of ${BATCHES} batches of ${PER_BATCH} runs after ${WARM_UP} to warm up:`);
console.log(`  Node build (dist/core.js) in Node ${process.version}: ${node.ms.toFixed(3)} ms (${node.findings} findings)`);
console.log(`  web build (dist/web/core.js) in a Chromium ${chromiumVersion} ${web.worker}: ${web.ms.toFixed(3)} ms (${web.findings} findings)`);
console.log(`  web / Node: ${(web.ms / node.ms).toFixed(2)}`);
if (web.findings !== node.findings) {
  console.error('the two builds found different numbers of problems');
  process.exitCode = 1;
}
