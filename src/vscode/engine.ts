// The engine (src/core: luxon, the rules, the schedule) is loaded on first use rather than while
// VS Code activates the extension: activation only registers providers, commands and watchers,
// and the first check runs right after. The packaged extension ships the engine as its own file,
// dist/core.js (see esbuild.mjs), so activation does not compile it.
import type * as Core from '../core';

let loaded: typeof Core | undefined;

export function engine(): typeof Core {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, on purpose
  return (loaded ??= require('../core') as typeof Core);
}
