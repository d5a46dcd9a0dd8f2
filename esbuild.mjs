// Bundles the extension and the CLI. Flags:
//   --production  minified, no source maps (used when packaging the .vsix)
//   --watch       rebuild on change
//   --tests       also bundle test/unit and test/integration into out/test/
//   --bench       also bundle bench/ into out/bench/
// Type-checking is separate: `npm run typecheck`.
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');
const bench = process.argv.includes('--bench');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

// gray-matter loads js-yaml for its default YAML engine, which this project replaces with the
// `yaml` package (src/core/frontmatter.ts). A stub keeps 40 KB of unused parser out of the bundle.
const withoutJsYaml = {
  name: 'without-js-yaml',
  setup(build) {
    build.onResolve({ filter: /^js-yaml$/ }, () => ({ path: 'js-yaml', namespace: 'stub' }));
    build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: `const unused = () => { throw new Error('js-yaml is not bundled: front-matter is read with the yaml package'); };
module.exports = { safeLoad: unused, safeDump: unused, load: unused, dump: unused };`,
      loader: 'js',
    }));
  },
};

// For the web build: src/vscode/platform.ts becomes platform-web.ts, and gray-matter's `fs` (used
// only by its `read` of a file path, never called here) an empty module.
const forTheWeb = {
  name: 'for-the-web',
  setup(build) {
    build.onResolve({ filter: /^\.{1,2}\/(vscode\/)?platform$/ }, (args) => ({ path: join(args.resolveDir, args.path.replace(/platform$/, 'platform-web.ts')) }));
    build.onResolve({ filter: /^\.\/yaml-block$/ }, () => ({ path: './yaml-block.js', external: true }));
    build.onResolve({ filter: /^fs$/ }, () => ({ path: 'fs', namespace: 'stub' }));
  },
};

// Code loaded on first use rather than while VS Code activates the extension: the engine
// (src/core with luxon and the rules, required by src/vscode/engine.ts), the full YAML parser
// for front-matter the flat reader gives up on (src/core/frontmatter.ts), the
// .followuprc.json editor with jsonc-parser (src/extension.ts), and the code of the commands
// (src/vscode/on-demand.ts, required by src/vscode/engine.ts). The shipped bundles require
// them as separate files beside them, so activation does not compile them; the test bundles
// keep them inline.
const CORE = { request: '../core', entry: 'src/core/index.ts', file: 'core.js' };
const YAML_BLOCK = { request: './yaml-block', entry: 'src/core/yaml-block.ts', file: 'yaml-block.js' };
const DISABLE_RULE = { request: './disable-rule', entry: 'src/vscode/disable-rule.ts', file: 'disable-rule.js' };
const ON_DEMAND = { request: './on-demand', entry: 'src/vscode/on-demand.ts', file: 'on-demand.js' };
const apart = (...modules) => ({
  name: 'apart',
  setup(build) {
    for (const { request, file } of modules) {
      build.onResolve({ filter: new RegExp(`^${request.replace(/[./]/g, '\\$&')}$`) }, () => ({ path: `./${file}`, external: true }));
    }
  },
});

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  sourcesContent: false,
  minify: production,
  logLevel: 'warning',
  external: ['vscode'],
  // jsonc-parser's CommonJS build is a UMD wrapper whose requires esbuild cannot follow; its ES module build bundles.
  mainFields: ['module', 'main'],
  // The `yaml` package's ES module build lets esbuild drop what is not used (stringify, CST tools).
  alias: { yaml: './node_modules/yaml/browser/index.js' },
  plugins: [withoutJsYaml],
  define: { __VERSION__: JSON.stringify(version) },
};

const testFiles = (folder) =>
  readdirSync(folder, { recursive: true })
    .filter((file) => String(file).endsWith('.ts'))
    .map((file) => join(folder, String(file)));

const dist = (entry, outfile, lazy, extra = {}) => ({ ...common, entryPoints: [entry], outfile, plugins: [...common.plugins, apart(...lazy)], ...extra });
const builds = [
  dist('src/extension.ts', 'dist/extension.js', [CORE, YAML_BLOCK, DISABLE_RULE, ON_DEMAND]),
  ...[CORE, YAML_BLOCK, DISABLE_RULE].map(({ entry, file }) => dist(entry, `dist/${file}`, [YAML_BLOCK])),
  // The commands reach the engine through the same dist/core.js as the extension: one engine.
  dist(ON_DEMAND.entry, `dist/${ON_DEMAND.file}`, [CORE, YAML_BLOCK, DISABLE_RULE, ON_DEMAND]),
  // The command line loads the engine at once, so only the YAML parser is apart.
  dist('src/cli.ts', 'dist/cli.js', [YAML_BLOCK], { banner: { js: '#!/usr/bin/env node' } }),
  // The web worker extension host (vscode.dev, github.dev): the same parts, in dist/web/, built
  // for a browser. src/vscode/platform-web.ts fetches and evaluates the parts loaded on first use.
  ...[['src/extension.ts', 'extension.js'], ...[CORE, YAML_BLOCK, DISABLE_RULE, ON_DEMAND].map(({ entry, file }) => [entry, file])].map(([entry, file]) => ({
    ...dist(entry, `dist/web/${file}`, [YAML_BLOCK]),
    platform: 'browser',
    // A web worker has TextDecoder and fetch, but no `process`, `Buffer` or file system.
    // gray-matter keeps a copy of the text it was given as a Buffer (`orig`), never read here.
    define: { ...common.define, 'Buffer.from': 'String' },
    plugins: [withoutJsYaml, forTheWeb],
  })),
];
if (tests) {
  rmSync('out/test', { recursive: true, force: true });
  builds.push(
    // The wording review parses src/ with the TypeScript compiler, which stays a package of its own.
    { ...common, entryPoints: testFiles('test/unit'), outdir: 'out/test/unit', outbase: 'test/unit', external: ['vscode', 'typescript'] },
    { ...common, entryPoints: testFiles('test/integration'), outdir: 'out/test/integration', outbase: 'test/integration' },
    { ...common, entryPoints: testFiles('test/eval'), outdir: 'out/test/eval', outbase: 'test/eval' },
    // The web suite runs in the web worker extension host: one browser bundle with mocha's browser build.
    { ...common, platform: 'browser', entryPoints: ['test/web/index.ts'], outfile: 'out/test/web/index.js', plugins: [withoutJsYaml, forTheWeb] },
  );
}

if (bench) {
  builds.push({ ...common, sourcemap: false, entryPoints: testFiles('bench'), outdir: 'out/bench', outbase: 'bench', external: ['vscode', 'write-good', 'markdownlint', 'markdownlint/sync'] });
}

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('[esbuild] watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  chmodSync('dist/cli.js', 0o755);
}
await buildDictionaries();

/**
 * The spelling dictionaries, as binary tries the engine decodes in about 80 ms: SCOWL's American
 * English (`@cspell/dict-en_us`) and British English (`@cspell/dict-en-gb-mit`), both MIT, turned
 * from cspell's text tries into cspell-trie-lib's binary format once, at build time. The format
 * belongs to the pinned cspell-trie-lib version, which the engine bundles.
 */
async function buildDictionaries() {
  const { decodeTrie, encodeITrieToBTrie } = await import('cspell-trie-lib');
  const { gunzipSync } = await import('node:zlib');
  const { createRequire } = await import('node:module');
  const { dirname } = await import('node:path');
  const require = createRequire(import.meta.url);
  mkdirSync('dist/dictionary', { recursive: true });
  for (const [pkg, file, out] of [
    ['@cspell/dict-en_us', 'en_US.trie.gz', 'en-US.btrie'],
    ['@cspell/dict-en-gb-mit', 'en_GB.trie.gz', 'en-GB.btrie'],
  ]) {
    const target = `dist/dictionary/${out}`;
    if (existsSync(target)) continue;
    const source = join(dirname(require.resolve(`${pkg}/cspell-ext.json`)), file);
    writeFileSync(target, encodeITrieToBTrie(decodeTrie(gunzipSync(readFileSync(source)))));
  }
}
