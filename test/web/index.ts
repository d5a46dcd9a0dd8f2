// The test runner of the web suite, run by VS Code inside its web worker extension host (the
// host of vscode.dev and github.dev), where neither Node nor its test runner exists: mocha's own
// browser build, with the suite's files bundled in (esbuild.mjs builds out/test/web/index.js).
import 'mocha/mocha.js';

/** What mocha's browser build puts on the global object. */
declare const mocha: {
  setup(options: { ui: string; reporter: string; timeout: number; color: boolean }): void;
  run(done: (failures: number) => void): void;
};

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 30000, color: false });
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- registers the suite with the mocha set up above
    require('./web.test');
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} web tests failed`)) : resolve()));
  });
}
