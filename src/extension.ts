import * as vscode from 'vscode';
import type { DateTime } from 'luxon';
import type { DueItem } from './core';
import { registerSendHelpers } from './vscode/send';
import { FollowupCodeActions } from './vscode/code-actions';
import { Command } from './vscode/commands';
import { subjectOf } from './vscode/command-subject';
import { Prompter, type Prompt } from './vscode/prompter';
import { engine, onDemand } from './vscode/engine';
import { loadDisableRule, startLoading, testNow } from './vscode/platform';
import { registerCheckWorkspace } from './vscode/check-workspace';
import { DeadlinesProvider, registerDeadlinesView, type DeadlinesState } from './vscode/deadlines';
import type { DraftActions } from './vscode/draft-actions';
import { DiagnosticsController } from './vscode/diagnostics';
import type { WordScope } from './vscode/add-word';
import { PROJECT_FILE, Settings } from './vscode/settings';
import { registerStatusBar, type StatusBarState } from './vscode/status-bar';
import { WorkspaceDrafts, type ScanState } from './vscode/workspace-drafts';
import { log } from './vscode/log';
import { Reminders } from './vscode/reminders';
import { registerFrontMatterCompletion, registerFrontMatterHover } from './vscode/completion';

/** The extension's clock; in tests, one that can be set. */
interface Clock {
  (): DateTime;
  /** Sets the test clock to an ISO date-time; only when FOLLOWUP_TEST_NOW fixed it. */
  set?(iso: string): void;
}

/**
 * The clock. Tests in the extension host fix it with FOLLOWUP_TEST_NOW (an ISO date-time), so
 * that deadlines and timing rules can be checked against known dates, and may move it on.
 */
function clock(): Clock {
  let fixedAt = testNow();
  if (!fixedAt) return () => engine().DateTime.now();
  // Read on first use, not during activation: the first zoned parse loads time zone data.
  let fixed: DateTime | undefined;
  const read: Clock = () => {
    fixed ??= engine().DateTime.fromISO(fixedAt!, { setZone: true });
    return fixed.isValid ? fixed : engine().DateTime.now();
  };
  read.set = (iso) => {
    fixedAt = iso;
    fixed = undefined;
  };
  return read;
}

/** Turns a rule off in a folder's .followuprc.json; the code that edits JSON is loaded on first use. */
async function disableRuleInWorkspace(folder: vscode.Uri, rule: string): Promise<boolean> {
  const { disableRuleIn } = await loadDisableRule();
  return disableRuleIn(vscode.Uri.joinPath(folder, PROJECT_FILE), rule);
}

/** What the extension exports: read-only state for the integration tests. */
export interface FollowupApi {
  /** The Follow-ups view's own data provider, so that tests pass commands the elements VS Code passes. */
  deadlinesTree(): vscode.TreeDataProvider<unknown>;
  /** Answers the questions commands ask from now on (null is Escape); see Prompter.script. */
  answer(...answers: Array<string | null>): void;
  /** What was said to and asked of the user since the last call, once answers are scripted. */
  prompts(): Prompt[];
  statusBar(): StatusBarState;
  deadlines(): DeadlinesState;
  dueItems(): readonly DueItem[];
  /** Moves the test clock (FOLLOWUP_TEST_NOW must be set) and recomputes the view and the open drafts. */
  setNow(iso: string): void;
  scan(): ScanState;
  /** How long `activate` itself ran, in milliseconds. */
  activateMs(): number;
  /** The grouping and filter a new Follow-ups view would start with: what a reload of the window restores. */
  deadlinesAfterReload(): { groupBy: string; filter: string | undefined };
  /** The last lines written to the extension's log. */
  logLines(): readonly string[];
  /**
   * Makes a rule throw on every draft (or, with undefined, restores it), so that the tests can
   * see what a user sees when a check fails; only in tests (FOLLOWUP_TEST_NOW set).
   */
  breakRule(id: string | undefined): void;
}

/** The rule broken by the test API, and its own check. */
let broken: { rule: { check: unknown }; check: unknown } | undefined;
function breakRule(id: string | undefined): void {
  if (broken) broken.rule.check = broken.check;
  broken = undefined;
  const rule = engine().RULES.find((candidate) => candidate.id === id) as { check: unknown } | undefined;
  if (!rule) return;
  broken = { rule, check: rule.check };
  rule.check = () => {
    throw new Error(`${id} was broken on purpose by a test`);
  };
}

/** Wires every feature; each returns a Disposable owned by the extension context. */
export function activate(context: vscode.ExtensionContext): FollowupApi {
  const started = performance.now();
  // Under the web worker host, the engine starts downloading now; under Node this does nothing.
  startLoading(context.extensionUri);
  const now = clock();
  const settings = new Settings();
  const drafts = new WorkspaceDrafts(settings);
  const diagnostics = new DiagnosticsController(
    settings,
    drafts,
    now,
    vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules'),
    vscode.Uri.joinPath(context.extensionUri, 'dist', 'dictionary'),
  );
  const prompter = new Prompter();
  context.subscriptions.push(log.register(prompter));
  // The tree's actions, made when the first one runs (their code is loaded on demand).
  let draftActions: Promise<DraftActions> | undefined;
  const actions = () => (draftActions ??= onDemand().then(({ DraftActions }) => new DraftActions(settings, drafts, now, prompter)));
  const deadlines = registerDeadlinesView(settings, drafts, actions, now, prompter, context.workspaceState);
  const statusBar = registerStatusBar(diagnostics, deadlines.provider);
  const reminders = new Reminders(deadlines.provider, actions, now, prompter, context.workspaceState);
  context.subscriptions.push(
    // When an item changes group with time (a thank-you becomes late), the open drafts' timing
    // findings change with it: the view and the editor never disagree (DOMAIN.md §4.9).
    deadlines.provider.onDidReachChange(() => diagnostics.lintOpenDocuments()),
    settings,
    drafts,
    diagnostics,
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new FollowupCodeActions(diagnostics), {
      providedCodeActionKinds: FollowupCodeActions.kinds,
    }),
    vscode.commands.registerCommand(Command.disableRuleInWorkspace, disableRuleInWorkspace),
    vscode.commands.registerCommand(Command.addWord, async (word: string, scope: WordScope, folder?: vscode.Uri) => (await onDemand()).addWord(prompter, word, scope, folder)),
    registerCheckWorkspace(settings, drafts, diagnostics, now, prompter),
    statusBar,
    deadlines,
    reminders,
    registerSendHelpers({ settings, diagnostics, prompter }),
    registerFrontMatterCompletion(settings, drafts, now),
    registerFrontMatterHover(settings, drafts, now),
    // From the Explorer it gets the clicked file or folder; from the view's title or the palette, nothing.
    vscode.commands.registerCommand(Command.newDraft, async (argument?: unknown) => (await onDemand()).newDraft(settings, drafts, now, prompter, subjectOf(argument))),
  );
  const activateMs = performance.now() - started;
  return {
    deadlinesTree: () => deadlines.provider,
    answer: (...answers) => prompter.script(answers),
    prompts: () => prompter.take(),
    statusBar: () => statusBar.state(),
    deadlines: () => {
      const status = statusBar.state();
      return { ...deadlines.state(), status: status.visible ? status.text : undefined };
    },
    dueItems: () => deadlines.provider.current().items,
    setNow: (iso) => {
      if (!now.set) throw new Error('The clock can be set only in tests, with FOLLOWUP_TEST_NOW.');
      now.set(iso);
      deadlines.provider.refresh();
      diagnostics.lintOpenDocuments();
    },
    scan: () => drafts.scanState,
    activateMs: () => activateMs,
    logLines: () => [...log.lines],
    deadlinesAfterReload: () => {
      const fresh = new DeadlinesProvider(settings, drafts, now, context.workspaceState);
      const state = { groupBy: fresh.grouping, filter: fresh.filter };
      fresh.dispose();
      return state;
    },
    breakRule: (id) => {
      if (!now.set) throw new Error('Rules can be broken only in tests, with FOLLOWUP_TEST_NOW.');
      breakRule(id);
    },
  };
}

export function deactivate(): void {}
