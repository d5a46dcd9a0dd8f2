// The engine (src/core: luxon, the rules, the schedule) is loaded on first use rather than while
// VS Code activates the extension: activation only registers providers, commands and watchers,
// and the first check runs right after. The packaged extension ships the engine as its own file,
// dist/core.js (see esbuild.mjs), so activation does not compile it.
import type * as Core from '../core';
import type * as OnDemand from './on-demand';

let loaded: typeof Core | undefined;

export function engine(): typeof Core {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, on purpose
  return (loaded ??= require('../core') as typeof Core);
}

let commands: typeof OnDemand | undefined;

/** The code of the commands, loaded when the first one runs (see on-demand.ts). */
export function onDemand(): typeof OnDemand {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, on purpose
  return (commands ??= require('./on-demand') as typeof OnDemand);
}
