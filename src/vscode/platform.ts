// What differs between VS Code's Node extension host and its web worker extension host (vscode.dev,
// github.dev): how the parts loaded on first use arrive, and where a test's fixed clock comes
// from. This is the Node one; the web build (esbuild.mjs) puts platform-web.ts in its place.
// Node loads each part synchronously, from a file beside dist/extension.js, when first asked.
import type * as vscode from 'vscode';
import type * as Core from '../core';
import type * as DisableRule from './disable-rule';
import type * as OnDemand from './on-demand';

/** Starts fetching what the first check needs; Node has nothing to fetch (it reads the file when first asked). */
export function startLoading(_extensionUri: vscode.Uri): void {}

/** Settles when the engine can be used synchronously: at once under Node. */
export function engineReady(): Promise<void> {
  return Promise.resolve();
}

/** Whether `loadEngine` can answer now. */
export function engineAvailable(): boolean {
  return true;
}

/** The engine (src/core), shipped as dist/core.js. */
export function loadEngine(): typeof Core {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, on purpose
  return require('../core') as typeof Core;
}

/** The code of the commands, shipped as dist/on-demand.js. */
export async function loadCommands(): Promise<typeof OnDemand> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, on purpose
  return require('./on-demand') as typeof OnDemand;
}

/** The `.followuprc.json` editor, shipped as dist/disable-rule.js. */
export async function loadDisableRule(): Promise<typeof DisableRule> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, on purpose
  return require('./disable-rule') as typeof DisableRule;
}

/** The fixed moment of an extension-host test, from its environment; undefined for a user. */
export function testNow(): string | undefined {
  return process.env.FOLLOWUP_TEST_NOW;
}
