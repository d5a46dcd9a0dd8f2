// The engine (src/core: luxon, the rules, the schedule) is loaded on first use rather than while
// VS Code activates the extension: activation only registers providers, commands and watchers,
// and the first check runs right after. The packaged extension ships the engine as its own file,
// dist/core.js (dist/web/core.js for the web), so activation does not compile it; platform.ts
// says how each host loads it.
import type * as Core from '../core';
import type * as OnDemand from './on-demand';
import { engineAvailable, engineReady, loadCommands, loadEngine } from './platform';

let loaded: typeof Core | undefined;

/** The engine, loaded on first use. In the web worker host, only after `engineReady()` (platform-web.ts). */
export function engine(): typeof Core {
  return (loaded ??= loadEngine());
}

export { engineAvailable, engineReady };

/** The code of the commands, loaded when the first one runs (see on-demand.ts). */
export function onDemand(): Promise<typeof OnDemand> {
  return loadCommands();
}
