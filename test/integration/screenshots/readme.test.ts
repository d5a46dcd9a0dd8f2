// The README's pictures, taken from the real workbench. Each test sets a scene as a user would
// and asks the launcher (test/host/launcher.js) for a screenshot by logging a marker line.
// `npm run screenshots` saves them in media/screenshots/; `npm test` into a temporary folder.
import * as assert from 'node:assert';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { closeAllEditors, ours, waitFor, workspaceUri } from '../helpers';

interface Api {
  dueItems(): readonly unknown[];
  statusBar(): { text: string };
}

const DIRECTORY = process.env.FOLLOWUP_SCREENSHOTS_DIR;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const run = (command: string, ...args: unknown[]) => vscode.commands.executeCommand(command, ...args);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Asks the launcher (which drives the browser) for something by logging `line`, and waits for
 * it to create `file`, or `file.error` with the reason it failed.
 */
async function askLauncher(line: string, file: string, what: string): Promise<void> {
  rmSync(file, { force: true });
  rmSync(`${file}.error`, { force: true });
  // Not an assertion on time: the scene is already in place; this lets the renderer paint it.
  await pause(1000);
  console.log(line);
  await waitFor(what, () => existsSync(file) || existsSync(`${file}.error`), 30000);
  assert.ok(!existsSync(`${file}.error`), `${what} failed: ${existsSync(`${file}.error`) && readFileSync(`${file}.error`, 'utf8')}`);
}

/** Drags the side bar to `pixels` wide (the width stays for later scenes). */
async function sidebarWidth(pixels: number): Promise<void> {
  const done = join(DIRECTORY!, 'sidebar-width.done');
  await askLauncher(`[sidebar-width] ${pixels} ${done}`, done, 'resizing the side bar');
  rmSync(done);
}

/** Saves a picture of the workbench as `<name>.png` once it has painted the scene. */
async function screenshot(name: string): Promise<void> {
  const file = join(DIRECTORY!, `${name}.png`);
  await askLauncher(`[screenshot] ${file}`, file, `the screenshot ${file}`);
  const png = readFileSync(file);
  assert.deepStrictEqual(png.subarray(0, 8), PNG, `${file} is not a PNG`);
  assert.ok(png.length > 20000, `${file} is only ${png.length} bytes; was the workbench blank?`);
}

/** A clean stage: no editors, no panel, no notifications, no secondary side bar. */
async function clearStage(): Promise<void> {
  await closeAllEditors();
  await run('workbench.action.closePanel');
  await run('workbench.action.closeAuxiliaryBar');
  await run('notifications.clearAll');
}

(DIRECTORY ? describe : describe.skip)('README screenshots', () => {
  let api: Api;
  before(async () => {
    api = await vscode.extensions.getExtension<Api>('interview-followups.interview-followups')!.activate();
  });

  it('a draft with diagnostics', async () => {
    await clearStage();
    await run('workbench.action.closeSidebar');
    const uri = workspaceUri('follow-ups/2026-11-20-globex-thank-you-dana-whitfield.md');
    const editor = await vscode.window.showTextDocument(uri);
    await waitFor('the draft to be checked', () => ours(uri).length >= 5);
    await run('workbench.actions.view.problems');
    await run('workbench.action.focusActiveEditorGroup');
    const placeholder = editor.document.getText().indexOf('[Company Name]');
    const at = editor.document.positionAt(placeholder + 3);
    editor.selection = new vscode.Selection(at, at);
    await pause(500);
    await run('editor.action.showHover', { focus: 'noAutoFocus' });
    await screenshot('diagnostics');
  });

  it('the Follow-ups view of what is due', async () => {
    await clearStage();
    await run('workbench.view.extension.followups');
    await sidebarWidth(470);
    await waitFor('the deadlines to be computed', () => api.dueItems().length > 0);
    await vscode.window.showTextDocument(workspaceUri('follow-ups/2026-11-20-globex-thank-you-omar-haddad.md'));
    await screenshot('deadlines');
  });

  it('a snippet being filled in', async () => {
    await clearStage();
    await run('workbench.view.explorer');
    const uri = workspaceUri('follow-ups/2026-11-21-soylent-thank-you.md');
    await vscode.workspace.fs.writeFile(uri, new Uint8Array());
    await vscode.window.showTextDocument(uri);
    await run('editor.action.insertSnippet', { langId: 'markdown', name: 'Follow-up thank-you email' });
    for (const value of ['Soylent', 'Nutrition Scientist']) {
      await run('type', { text: value });
      await run('jumpToNextSnippetPlaceholder');
    }
    await screenshot('snippet');
    await run('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(uri);
  });
});
