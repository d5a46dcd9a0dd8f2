#!/usr/bin/env node
// The README's pictures, taken as a user sees VS Code: the packaged extension installed into
// code-server with --install-extension, the workspace opened as an ordinary folder (so the window's
// title is the workspace's name; a test run's window would say "[Extension Development Host]"),
// and each scene set from the keyboard and the mouse, through Playwright, as a user sets it.
//
//   node test/host/screenshots.mjs [OUTPUT_DIR]
//
// OUTPUT_DIR defaults to a temporary folder, removed afterwards: `npm test` proves the pictures
// can be taken; `npm run screenshots` saves them in media/screenshots. Needs the .vsix that
// `npm run package -- --out .vscode-test/interview-followups.vsix` writes.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Buffer } from 'node:buffer';

const require = createRequire(import.meta.url);
const workbench = require('./workbench.js');
const { log } = workbench;

const VSIX = resolve('.vscode-test/interview-followups.vsix');
const FIXTURE = resolve('test/fixtures/screenshots');
const WORKSPACE_NAME = 'job-search';
/** The moment every picture shows: the deadlines are computed from it. */
const NOW = '2026-11-21T09:00:00.000-05:00';
const SNIPPET_FILE = '2026-11-21-soylent-thank-you.md';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const tmp = mkdtempSync(join(tmpdir(), 'followup-screenshots-'));
const output = resolve(process.argv[2] || join(tmp, 'pictures'));
const folder = join(tmp, WORKSPACE_NAME);

/** Runs a command from the Command Palette by its title, as a user does. */
async function runCommand(page, title) {
  await quickInput(page, `>${title}`, title);
}

/** Runs a command that asks a question in the quick input, and answers it with the entry holding `answer`. */
async function runCommandAndPick(page, title, answer) {
  await page.keyboard.press('F1');
  await answerQuickInput(page, `>${title}`, title, true);
  await answerQuickInput(page, answer, answer);
}

/** Types into the quick input already open, waits until the chosen entry holds `expect`, and accepts it. */
async function answerQuickInput(page, text, expect, another = false) {
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible', timeout: 15000 });
  await input.fill(text);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: expect }).waitFor({ timeout: 15000 });
  await page.keyboard.press('Enter');
  // A command that asks a question opens the input again, with its own entries.
  if (another) await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: expect }).waitFor({ state: 'detached', timeout: 15000 });
  else await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 15000 });
}

/** Runs a command the palette offers only when it applies (Hide Panel with a panel showing); false when it is not offered. */
async function runCommandIfOffered(page, title) {
  return quickInput(page, `>${title}`, title, 3000);
}

/** Opens a file of the workspace with Quick Open, by its name. */
async function openFile(page, name) {
  await quickInput(page, name, name);
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 15000 });
}

/**
 * Types `text` into the quick input (F1), waits until the chosen entry holds `expect`, and accepts
 * it. With `optionalWithin` (ms), an entry that does not come is not an error: the input is
 * closed and the result is false.
 */
async function quickInput(page, text, expect, optionalWithin) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible', timeout: 15000 });
  await input.fill(text);
  if (expect !== undefined) {
    const entry = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: expect });
    try {
      await entry.waitFor({ timeout: optionalWithin ?? 15000 });
    } catch (error) {
      if (optionalWithin === undefined) throw error;
      await page.keyboard.press('Escape');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 15000 });
      return false;
    }
  }
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 15000 });
  return true;
}

/** The line and column (1-based) of `text` in a fixture draft. */
function positionOf(file, text) {
  const lines = readFileSync(join(folder, file), 'utf8').split('\n');
  const line = lines.findIndex((candidate) => candidate.includes(text));
  if (line < 0) throw new Error(`${text} is not in ${file}`);
  return { line: line + 1, column: lines[line].indexOf(text) + 1 };
}

/** A clean stage: no editors, no panel, no notifications. */
async function clearStage(page) {
  await page.keyboard.press('Escape');
  await runCommand(page, 'View: Close All Editors');
  await runCommandIfOffered(page, 'View: Hide Panel');
  await runCommandIfOffered(page, 'View: Hide Secondary Side Bar');
  await runCommandIfOffered(page, 'Notifications: Clear All Notifications');
}

/** Saves the picture once the scene has painted, and checks it is a real picture of an ordinary window. */
async function picture(page, name) {
  // Not a wait for a condition: the scene is in place; this lets the renderer paint it.
  await page.waitForTimeout(1000);
  const title = await page.title();
  if (title.includes('Extension Development Host') || !title.includes(WORKSPACE_NAME)) throw new Error(`the window's title is "${title}"`);
  const png = await workbench.savePicture(page, join(output, `${name}.png`));
  if (!png.subarray(0, 8).equals(PNG) || png.length < 20000) throw new Error(`${name}.png is only ${png.length} bytes; was the workbench blank?`);
}

const scenes = {
  /** A draft with its problems: squiggles, the Problems panel, and the hover on a placeholder. */
  async diagnostics(page) {
    await runCommand(page, 'View: Close Primary Side Bar');
    const file = '2026-11-20-globex-thank-you-dana-whitfield.md';
    await openFile(page, file);
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 30000 });
    await runCommand(page, 'View: Toggle Problems');
    await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: 15000 });
    await runCommand(page, 'View: Focus Active Editor Group');
    const { line, column } = positionOf(`follow-ups/${file}`, '[Company Name]');
    await quickInput(page, `:${line}:${column + 3}`);
    await runCommand(page, 'Show or Focus Hover');
    await page.locator('.monaco-hover', { hasText: 'Company Name' }).first().waitFor({ state: 'visible', timeout: 15000 });
  },

  /** The Follow-ups view of what is due, beside a draft with its CodeLens. */
  async deadlines(page) {
    // At the side bar's default width: the labels are short enough to read there.
    await runCommand(page, 'View: Show Follow-ups');
    await page.locator('.part.sidebar .monaco-list-row', { hasText: 'Overdue' }).first().waitFor({ timeout: 30000 });
    await openFile(page, '2026-11-20-globex-thank-you-omar-haddad.md');
    await page.locator('.monaco-editor .codelens-decoration', { hasText: 'Mark as sent' }).first().waitFor({ timeout: 15000 });
    // Every item and its description are read whole, not cut with an ellipsis, and so is the title.
    const cut = await page
      .locator('.part.sidebar .monaco-list-row .monaco-icon-label-container, .part.sidebar .composite.title h2')
      .evaluateAll((elements) => elements.filter((element) => element.scrollWidth > element.clientWidth + 1).map((element) => element.textContent));
    if (cut.length > 0) throw new Error(`cut off at the side bar's default width: ${cut.join(' | ')}`);
  },

  /** A snippet being filled in, in a new draft. */
  async snippet(page) {
    await runCommand(page, 'View: Show Explorer');
    await openFile(page, SNIPPET_FILE);
    await runCommandAndPick(page, 'Snippets: Insert Snippet', 'followup-thank-you');
    for (const value of ['Soylent', 'Nutrition Scientist']) {
      await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    }
    await page.locator('.monaco-editor .view-line', { hasText: 'Nutrition Scientist' }).first().waitFor({ timeout: 15000 });
  },
};

async function main() {
  if (!existsSync(VSIX)) {
    log(`no .vsix at ${VSIX}; run: npm run package -- --out .vscode-test/interview-followups.vsix`);
    return 2;
  }
  const server = workbench.codeServerPaths();
  if (server.problem) {
    log(server.problem);
    return 2;
  }
  cpSync(FIXTURE, folder, { recursive: true });
  // The new, empty draft of the snippet scene, there from the start as Quick Open finds it.
  writeFileSync(join(folder, 'follow-ups', SNIPPET_FILE), '');
  // Reminders are off, so that no notification covers a scene; the zone is the one the drafts are written in.
  mkdirSync(join(folder, '.vscode'));
  writeFileSync(join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'followup.timeZone': 'America/New_York', 'followup.reminders': false }, null, 2));
  const profile = workbench.prepareProfile(tmp);
  // The extension reads the fixed clock from its environment (FOLLOWUP_TEST_NOW), as in the tests.
  const env = workbench.serverEnv(profile, { FOLLOWUP_TEST_NOW: NOW });
  const problem = workbench.installVsix(VSIX, server, profile, env);
  if (problem) {
    log(problem);
    return 1;
  }
  const { cs, port } = await workbench.startCodeServer(server, profile, env);
  let browser;
  try {
    if (!port) throw new Error('code-server did not report a listening port');
    browser = await workbench.launchBrowser(tmp);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/?${new URLSearchParams({ folder })}`, { waitUntil: 'domcontentloaded', timeout: 60000 });
    await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 60000 });
    // The extension is active once its view container is in the activity bar.
    await page.locator('.activitybar .action-item .action-label[aria-label^="Follow-ups"]').waitFor({ timeout: 60000 });
    for (const [name, scene] of Object.entries(scenes)) {
      await clearStage(page);
      await scene(page);
      await picture(page, name);
    }
    log(`${Object.keys(scenes).length} pictures of an ordinary "${WORKSPACE_NAME}" window in ${output}`);
    return 0;
  } catch (error) {
    log(`taking the pictures failed: ${error && error.stack}`);
    // What the window showed when it failed, to see why.
    const pages = browser ? browser.contexts().flatMap((context) => context.pages()) : [];
    if (pages[0]) await workbench.savePicture(pages[0], join(output, 'failure.png')).catch(() => {});
    return 1;
  } finally {
    if (browser) await browser.close().catch(() => {});
    await workbench.stopCodeServer(cs);
    rmSync(tmp, { recursive: true, force: true });
  }
}

process.exit(await main());
