// The web worker extension host's side of platform.ts (vscode.dev, github.dev): no `require` but
// for 'vscode', no `process`, no file system. The parts loaded on first use are fetched from the
// extension's own dist/web/ folder and evaluated the way the host evaluates the extension itself.
// The engine is fetched right after activation (every call to it comes after `engineReady`), with
// the full YAML reader's text beside it, compiled only when a front-matter first needs it. What
// was loaded is kept on one global object, so that the commands' bundle, evaluated apart, finds
// the same engine.
import * as vscode from 'vscode';
import type * as Core from '../core';
import type * as DisableRule from './disable-rule';
import type * as OnDemand from './on-demand';

interface Loaded {
  base?: vscode.Uri;
  core?: typeof Core;
  coreLoading?: Promise<void>;
  yamlBlockSource?: string;
  yamlBlock?: unknown;
  commands?: Promise<typeof OnDemand>;
  disableRule?: Promise<typeof DisableRule>;
}

const KEY = Symbol.for('interview-followups.loaded');
const loaded: Loaded = ((globalThis as Record<symbol, Loaded>)[KEY] ??= {});

async function fetchText(file: string): Promise<string> {
  if (!loaded.base) throw new Error('the extension has not started');
  // The host's fetch turns the extension's own vscode-remote: or file: address into one it can reach.
  const response = await fetch(vscode.Uri.joinPath(loaded.base, 'dist', 'web', file).toString(true));
  if (!response.ok) throw new Error(`could not fetch dist/web/${file}: ${response.status} ${response.statusText}`);
  return response.text();
}

/** Runs a CommonJS bundle, as the host runs the extension's own. */
function evaluate(source: string, file: string): unknown {
  const module = { exports: {} as unknown };
  // The host loads extensions the same way.
  new Function('module', 'exports', 'require', `${source}\n//# sourceURL=interview-followups/dist/web/${file}`)(module, module.exports, requireShim);
  return module.exports;
}

/** What the bundles require: the VS Code API, the engine, the YAML reader. */
function requireShim(id: string): unknown {
  if (id === 'vscode') return vscode;
  if (id === './core.js') return loadEngine();
  if (id === './yaml-block.js') {
    if (loaded.yamlBlockSource === undefined) throw new Error('the YAML reader is not fetched yet');
    return (loaded.yamlBlock ??= evaluate(loaded.yamlBlockSource, 'yaml-block.js'));
  }
  throw new Error(`Cannot load module '${id}'`);
}

/** Starts fetching the engine and the YAML reader's text, once, right after activation. */
export function startLoading(extensionUri: vscode.Uri): void {
  loaded.base ??= extensionUri;
  loaded.coreLoading ??= Promise.all([fetchText('core.js'), fetchText('yaml-block.js')]).then(([core, yamlBlock]) => {
    loaded.yamlBlockSource = yamlBlock;
    loaded.core = evaluate(core, 'core.js') as typeof Core;
  });
}

export function engineReady(): Promise<void> {
  return loaded.coreLoading ?? Promise.reject(new Error('the extension has not started'));
}

export function engineAvailable(): boolean {
  return loaded.core !== undefined;
}

export function loadEngine(): typeof Core {
  if (!loaded.core) throw new Error('the engine is still loading');
  return loaded.core;
}

export function loadCommands(): Promise<typeof OnDemand> {
  return (loaded.commands ??= engineReady().then(async () => evaluate(await fetchText('on-demand.js'), 'on-demand.js') as typeof OnDemand));
}

export function loadDisableRule(): Promise<typeof DisableRule> {
  return (loaded.disableRule ??= fetchText('disable-rule.js').then((source) => evaluate(source, 'disable-rule.js') as typeof DisableRule));
}

/**
 * The fixed moment of a test: a web worker has no environment, so the test sets
 * `globalThis.FOLLOWUP_TEST_NOW` in the worker before it activates the extension.
 */
export function testNow(): string | undefined {
  const value = (globalThis as { FOLLOWUP_TEST_NOW?: unknown }).FOLLOWUP_TEST_NOW;
  return typeof value === 'string' ? value : undefined;
}
