import * as vscode from 'vscode';
import type { DateTime } from 'luxon';
import type { DueItem, Schedule } from '../core';
import { Command } from './commands';
import type { DraftActions } from './draft-actions';
import { engine } from './engine';
import type { Prompter } from './prompter';

/** The setting that turns reminders off. */
export const REMINDERS_SETTING = 'reminders';
/** Where the items already reminded are kept, so that a reload of the window does not repeat them. */
const MEMORY_KEY = 'followup.reminded';
/** How many items are remembered: far more than anyone has due at once. */
const REMEMBERED = 1000;
/** More new items than this at once get one notification, not one each. */
const AT_ONCE = 3;

const OPEN = 'Open Draft';
const CREATE = 'Create Draft';
const SNOOZE = 'Snooze';
const SHOW = 'Show Them';

/**
 * A reminder while VS Code is open: when a thank-you or a check-in becomes due today or
 * overdue, one notification for that item, not repeated for it (even after a reload) unless it
 * is snoozed and comes back, with
 * "Open Draft" (or "Create Draft") and "Snooze". Several at once (opening VS Code on a busy
 * morning) are one notification with "Show Them". Not while a draft of the application is in
 * sight. The `followup.reminders` setting turns them off.
 */
export class Reminders implements vscode.Disposable {
  private readonly reminded: Set<string>;
  private readonly subscription: vscode.Disposable;

  constructor(
    schedule: { readonly onDidChangeSchedule: vscode.Event<Schedule> },
    private readonly actions: () => Promise<DraftActions>,
    private readonly now: () => DateTime,
    private readonly prompter: Prompter,
    private readonly memory: vscode.Memento,
  ) {
    const remembered = memory.get<unknown>(MEMORY_KEY);
    this.reminded = new Set(Array.isArray(remembered) ? remembered.filter((key): key is string => typeof key === 'string') : []);
    this.subscription = schedule.onDidChangeSchedule((current) => this.check(current));
  }

  private get enabled(): boolean {
    return vscode.workspace.getConfiguration('followup').get<boolean>(REMINDERS_SETTING, true) !== false;
  }

  /** Reminds of the items that became due today or overdue since the last schedule. */
  private check(schedule: Schedule): void {
    const core = engine();
    // A snooze means "remind me later": an item that is snoozed now is reminded again when it
    // comes back, as the hover on `snoozedUntil` promises.
    let forgot = false;
    for (const item of schedule.snoozed) if (this.reminded.delete(core.itemKey(item))) forgot = true;
    if (forgot) void this.memory.update(MEMORY_KEY, [...this.reminded].slice(-REMEMBERED));
    if (!this.enabled) return;
    // Not while one of the application's drafts is in sight (the user is writing it, or has just
    // made it with New Draft): the reminder waits for a later schedule with the drafts out of view.
    const inSight = new Set(vscode.window.visibleTextEditors.map((editor) => editor.document.uri.toString()));
    const fresh = schedule.items.filter(
      (item) =>
        (item.group === 'overdue' || item.group === 'today') &&
        item.kind !== 'move-on' &&
        !this.reminded.has(core.itemKey(item)) &&
        !(item.draft && inSight.has(item.draft)) &&
        !item.drafts.some((key) => inSight.has(key)),
    );
    if (fresh.length === 0) return;
    for (const item of fresh) this.reminded.add(core.itemKey(item));
    void this.memory.update(MEMORY_KEY, [...this.reminded].slice(-REMEMBERED));
    if (fresh.length > AT_ONCE) {
      const overdue = fresh.filter((item) => item.group === 'overdue').length;
      const today = fresh.length - overdue;
      const message =
        overdue === 0
          ? `${fresh.length} follow-ups are due today.`
          : today === 0
            ? `${fresh.length} follow-ups are overdue.`
            : `${fresh.length} follow-ups are due: ${overdue} overdue and ${today} today.`;
      void this.prompter.info(message, SHOW).then((choice) => {
        if (choice === SHOW) void vscode.commands.executeCommand(Command.revealDeadlines);
      });
      return;
    }
    for (const item of fresh) void this.remind(item);
  }

  private async remind(item: DueItem): Promise<void> {
    const text = engine().reminderText(item, this.now());
    if (!text) return;
    const choice = await this.prompter.info(text, item.draft ? OPEN : CREATE, SNOOZE);
    const subject = { kind: 'item', item } as const;
    if (choice === OPEN && item.draft) await vscode.window.showTextDocument(vscode.Uri.parse(item.draft));
    else if (choice === CREATE) await (await this.actions()).createDraft(subject);
    else if (choice === SNOOZE) await (await this.actions()).snooze(subject);
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
