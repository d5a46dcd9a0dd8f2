// What runs only when the user runs a command (New Draft, the tree's actions, Copy, Open in mail,
// Add to my words), loaded the first time one runs rather than while VS Code activates the
// extension. The packaged extension ships it as its own file, dist/on-demand.js (see
// esbuild.mjs); nothing here keeps state of its own, so it shares the engine and the log with
// the extension through what it is given.
export { DraftActions } from './draft-actions';
export { newDraft } from './new-draft';
export { addWord } from './add-word';
export { copyMessage, openInMail } from './send-message';
