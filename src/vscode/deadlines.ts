import * as vscode from 'vscode';
import type { DateTime } from 'luxon';
import type { ClosedApplication, DraftSummary, DueGroup, DueItem, Schedule } from '../core';
import { registerSubjectCommand, type Subject } from './command-subject';
import type { Prompter } from './prompter';
import { afterColon, countOf } from '../core/wording';
import { engine, engineAvailable } from './engine';
import { log } from './log';
import { Command, ContextKey, DEADLINES_VIEW } from './commands';
import type { DraftActions } from './draft-actions';
import type { Settings } from './settings';
import { folderKeyOf, type WorkspaceDrafts } from './workspace-drafts';

/** A node of the Follow-ups tree. */
export type DeadlineNode =
  | {
      readonly type: 'group';
      readonly id: string;
      readonly label: string;
      readonly children: readonly DeadlineNode[];
      readonly icon: vscode.ThemeIcon;
      readonly collapsed?: boolean;
    }
  | { readonly type: 'item'; readonly item: DueItem; readonly label: string; readonly snoozed?: boolean }
  | { readonly type: 'closed'; readonly application: ClosedApplication }
  | { readonly type: 'problem'; readonly key: string; readonly message: string };

type GroupId = DueGroup | 'snoozed' | 'closed' | 'problems';

const GROUP_LABELS: Record<GroupId, string> = {
  overdue: 'Overdue',
  today: 'Today',
  'this-week': 'This week',
  later: 'Later',
  waiting: 'Waiting',
  snoozed: 'Snoozed',
  closed: 'Closed',
  problems: 'Problems',
};

const GROUP_ICONS: Record<GroupId, vscode.ThemeIcon> = {
  overdue: new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground')),
  today: new vscode.ThemeIcon('bell', new vscode.ThemeColor('list.warningForeground')),
  'this-week': new vscode.ThemeIcon('calendar'),
  later: new vscode.ThemeIcon('clock'),
  waiting: new vscode.ThemeIcon('watch'),
  snoozed: new vscode.ThemeIcon('bell-slash'),
  closed: new vscode.ThemeIcon('archive'),
  problems: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
};

/** The longest a refresh timer may wait; setTimeout cannot wait longer than about 24 days. */
const MAX_TIMER = 24 * 3600 * 1000;

/**
 * The "What's due" tree: the schedule of every draft in the workspace, grouped by when
 * things are due (or by company), with a badge for what is overdue or due today. It is
 * recomputed when a draft changes and by a timer set to the next moment an item changes group.
 */
/** The keys of the view's state in the workspace's memory. */
const MEMORY = { groupBy: 'followup.deadlines.groupBy', company: 'followup.deadlines.company' } as const;

export class DeadlinesProvider implements vscode.TreeDataProvider<DeadlineNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<DeadlineNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly scheduleChanged = new vscode.EventEmitter<Schedule>();
  /** Fires with each new schedule, for the status bar. */
  readonly onDidChangeSchedule = this.scheduleChanged.event;
  private readonly changeReached = new vscode.EventEmitter<void>();
  /** Fires when time alone moved an item to another group (the timer ran out), so open drafts are checked again. */
  readonly onDidReachChange = this.changeReached.event;
  private schedule: Schedule = { items: [], snoozed: [], closed: [], problems: [] };
  private roots: DeadlineNode[] = [];
  private groupBy: 'date' | 'company';
  private company: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[];
  private disposed = false;

  constructor(
    private readonly settings: Settings,
    private readonly drafts: WorkspaceDrafts,
    private readonly now: () => DateTime,
    /** Where the grouping and the filter are kept, so that they survive a reload of the window. */
    private readonly memory?: vscode.Memento,
  ) {
    this.groupBy = memory?.get(MEMORY.groupBy) === 'company' ? 'company' : 'date';
    const company = memory?.get(MEMORY.company);
    this.company = typeof company === 'string' && company !== '' ? company : undefined;
    void vscode.commands.executeCommand('setContext', ContextKey.groupBy, this.groupBy);
    void vscode.commands.executeCommand('setContext', ContextKey.filtered, this.company !== undefined);
    this.disposables = [
      this.changed,
      this.scheduleChanged,
      this.changeReached,
      drafts.onDidChange(() => this.requestRefresh()),
      settings.onDidChange(() => this.requestRefresh()),
      { dispose: () => [this.timer, this.refreshTimer].forEach((timer) => timer !== undefined && clearTimeout(timer)) },
    ];
    void drafts.ready.then(() => this.refresh());
  }

  /** Recomputes soon, once, however many drafts changed meanwhile. */
  private requestRefresh(): void {
    if (this.refreshTimer !== undefined) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.refresh();
    }, 100);
  }

  /** Recomputes the schedule now. */
  refresh(): void {
    // Before the engine has arrived (web worker host) there is nothing to compute with; the
    // first scan of the drafts waits for it and refreshes the view when done.
    if (this.disposed || !engineAvailable()) return;
    const now = this.now();
    try {
      this.schedule = this.compute(now);
    } catch (error) {
      // The view keeps what it showed; the fault is logged, and shown once.
      log.internalError('working out what is due', error);
      return;
    }
    this.roots = this.build();
    this.changed.fire(undefined);
    this.scheduleChanged.fire(this.schedule);
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.schedule.nextChange) {
      const wait = Math.min(Math.max(this.schedule.nextChange.toMillis() - now.toMillis() + 1000, 1000), MAX_TIMER);
      this.timer = setTimeout(() => {
        this.refresh();
        this.changeReached.fire();
      }, wait);
    }
  }

  /**
   * The schedule of every draft, each folder of a multi-root workspace computed with its own
   * settings (zone, hours, cadence, limits), then merged into one view.
   */
  private compute(now: DateTime): Schedule {
    const core = engine();
    const folders = vscode.workspace.workspaceFolders ?? [];
    const scheduleOf = (resource: vscode.Uri | undefined, drafts: Iterable<DraftSummary>) => {
      const { timeZone, config } = this.settings.for(resource);
      return core.computeSchedule(drafts, { now: now.setZone(timeZone), timeZone, config });
    };
    if (folders.length < 2) return scheduleOf(folders[0]?.uri, this.drafts.index.all());
    const byFolder = new Map<string | undefined, DraftSummary[]>();
    for (const draft of this.drafts.index.all()) {
      const folder = folderKeyOf(draft.key);
      const list = byFolder.get(folder);
      if (list) list.push(draft);
      else byFolder.set(folder, [draft]);
    }
    return core.mergeSchedules([...byFolder].map(([folder, drafts]) => scheduleOf(folder === undefined ? undefined : vscode.Uri.parse(folder), drafts)));
  }

  current(): Schedule {
    return this.schedule;
  }

  setGroupBy(groupBy: 'date' | 'company'): void {
    this.groupBy = groupBy;
    void this.memory?.update(MEMORY.groupBy, groupBy);
    void vscode.commands.executeCommand('setContext', ContextKey.groupBy, groupBy);
    this.refresh();
  }

  setCompany(company: string | undefined): void {
    this.company = company;
    void this.memory?.update(MEMORY.company, company);
    void vscode.commands.executeCommand('setContext', ContextKey.filtered, company !== undefined);
    this.refresh();
  }

  get filter(): string | undefined {
    return this.company;
  }

  /** How the view is grouped. */
  get grouping(): 'date' | 'company' {
    return this.groupBy;
  }

  companies(): string[] {
    const names = new Set([...this.schedule.items, ...this.schedule.snoozed].map((item) => item.company));
    this.schedule.closed.forEach((application) => names.add(application.company));
    return [...names].sort((a, b) => a.localeCompare(b));
  }

  private build(): DeadlineNode[] {
    const matches = (company: string) => this.company === undefined || company.toLowerCase() === this.company.toLowerCase();
    const items = this.schedule.items.filter((item) => matches(item.company));
    const snoozed = this.schedule.snoozed.filter((item) => matches(item.company));
    const closed = this.schedule.closed.filter((application) => matches(application.company));
    const roots: DeadlineNode[] = [];
    // Short labels, each read beside the others of its group (see itemLabels).
    const nodes = (list: readonly DueItem[], inCompany: boolean, snoozed?: boolean): DeadlineNode[] => {
      const labels = engine().itemLabels(list, inCompany);
      return list.map((item, i) => ({ type: 'item', item, label: labels[i], snoozed }));
    };
    const group = (id: string, label: string, icon: vscode.ThemeIcon, children: DeadlineNode[], collapsed = false) => {
      if (children.length > 0) roots.push({ type: 'group', id, label: `${label} (${children.length})`, icon, children, collapsed });
    };
    if (this.groupBy === 'company') {
      const companies = [...new Set(items.map((item) => item.company))].sort((a, b) => a.localeCompare(b));
      for (const company of companies) {
        group(`company:${company}`, company, new vscode.ThemeIcon('organization'), nodes(items.filter((item) => item.company === company), true));
      }
    } else {
      for (const id of engine().GROUP_ORDER) group(id, GROUP_LABELS[id], GROUP_ICONS[id], nodes(items.filter((item) => item.group === id), false));
    }
    // Snoozed items stay in sight, folded away, each with the day it comes back (DOMAIN.md §4).
    group('snoozed', GROUP_LABELS.snoozed, GROUP_ICONS.snoozed, nodes(snoozed, false, true), true);
    group('closed', GROUP_LABELS.closed, GROUP_ICONS.closed, closed.map((application) => ({ type: 'closed', application })));
    if (this.company === undefined) group('problems', GROUP_LABELS.problems, GROUP_ICONS.problems, this.schedule.problems.map((problem) => ({ type: 'problem', ...problem })));
    return roots;
  }

  getChildren(node?: DeadlineNode): DeadlineNode[] {
    if (!node) return this.roots;
    return node.type === 'group' ? [...node.children] : [];
  }

  getParent(node: DeadlineNode): DeadlineNode | undefined {
    if (node.type === 'group') return undefined;
    return this.roots.find((root) => root.type === 'group' && root.children.includes(node));
  }

  getTreeItem(node: DeadlineNode): vscode.TreeItem {
    if (node.type === 'group') {
      const treeItem = new vscode.TreeItem(node.label, node.collapsed ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
      treeItem.id = node.id;
      treeItem.iconPath = node.icon;
      treeItem.contextValue = 'group';
      return treeItem;
    }
    if (node.type === 'closed') {
      const { application } = node;
      const treeItem = new vscode.TreeItem(application.role ? `${application.company} · ${application.role}` : application.company);
      treeItem.description = application.outcome;
      treeItem.iconPath = GROUP_ICONS.closed;
      treeItem.tooltip = `The application is closed (${application.outcome}): nothing more is due.`;
      treeItem.contextValue = 'closed';
      treeItem.command = { title: 'Open', command: 'vscode.open', arguments: [vscode.Uri.parse(application.drafts[0])] };
      return treeItem;
    }
    if (node.type === 'problem') {
      const uri = vscode.Uri.parse(node.key);
      const treeItem = new vscode.TreeItem(vscode.workspace.asRelativePath(uri));
      treeItem.description = node.message;
      treeItem.tooltip = node.message;
      treeItem.iconPath = GROUP_ICONS.problems;
      treeItem.contextValue = 'problem';
      treeItem.resourceUri = uri;
      treeItem.command = { title: 'Open', command: 'vscode.open', arguments: [uri] };
      return treeItem;
    }
    const { item } = node;
    const now = this.now();
    const core = engine();
    const title = core.itemTitle(item);
    // A short label, so that the description ("2 days late") fits beside it at the side
    // bar's default width; the full title heads the tooltip.
    const treeItem = new vscode.TreeItem(node.label);
    treeItem.id = `${node.snoozed ? 'snoozed|' : ''}${core.itemKey(item)}`;
    const when = core.describeDue(item, now);
    const back = item.comesBack ? core.formatDay(item.comesBack) : undefined;
    treeItem.description = back ? `back on ${back}` : core.itemWhen(item, now);
    treeItem.iconPath = node.snoozed ? GROUP_ICONS.snoozed : item.kind === 'move-on' ? new vscode.ThemeIcon('debug-stop') : GROUP_ICONS[item.group];
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown('**').appendText(title).appendMarkdown('**\n\n');
    // A check-in is due on a day, a thank-you at a moment (DOMAIN.md §4.7).
    const due = item.allDay ? item.due.toFormat('cccc d LLLL') : item.interview.dateOnly && item.due.hour === 0 && item.due.minute === 0 ? `by the end of ${item.due.minus({ days: 1 }).toFormat('cccc d LLLL')}` : item.due.toFormat("cccc d LLLL 'at' HH:mm");
    tooltip.appendText(`${item.kind === 'move-on' ? 'From' : 'Due'} ${due} (${when}).`);
    if (back) tooltip.appendText(` Snoozed: it comes back on ${back}.`);
    tooltip.appendMarkdown('\n\n').appendText(item.reason);
    for (const note of item.notes) tooltip.appendMarkdown(`\n\n$(warning) `).appendText(note);
    if (item.draft) tooltip.appendMarkdown('\n\n').appendText(`Draft: ${vscode.workspace.asRelativePath(vscode.Uri.parse(item.draft))}`);
    else if (item.kind !== 'move-on') tooltip.appendMarkdown('\n\nNo draft yet: click to create one.');
    treeItem.tooltip = tooltip;
    treeItem.contextValue = `${node.snoozed ? 'snoozedItem' : 'dueItem'}.${item.kind}.${item.draft ? 'withDraft' : item.kind === 'move-on' ? 'none' : 'noDraft'}`;
    treeItem.command = { title: 'Open', command: Command.openItem, arguments: [node] };
    return treeItem;
  }

  dispose(): void {
    this.disposed = true;
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

/** What the integration tests read of the view. */
export interface DeadlinesState {
  readonly badge?: number;
  readonly description?: string;
  /** The status bar item's text, when it is shown. */
  readonly status?: string;
  readonly tree: Array<{ label: string; children: Array<{ label: string; title?: string; description?: string; contextValue?: string }> }>;
}

/** Registers the view, its badge and title, and the view's commands. */
export function registerDeadlinesView(
  settings: Settings,
  drafts: WorkspaceDrafts,
  /** The tree's actions; their code loads when the first one runs. */
  actions: () => Promise<DraftActions>,
  now: () => DateTime,
  prompter: Prompter,
  memory?: vscode.Memento,
): vscode.Disposable & { provider: DeadlinesProvider; state(): DeadlinesState } {
  const provider = new DeadlinesProvider(settings, drafts, now, memory);
  const view = vscode.window.createTreeView(DEADLINES_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  const update = (schedule: Schedule) => {
    const urgent = schedule.items.filter((item) => item.group === 'overdue' || item.group === 'today').length;
    const overdue = schedule.items.filter((item) => item.group === 'overdue').length;
    view.badge = urgent > 0 ? { value: urgent, tooltip: `${overdue} overdue, ${urgent - overdue} due today` } : undefined;
    view.description = provider.filter ? `${provider.filter} only` : undefined;
  };

  const openItem = async (subject: Subject) => {
    if (subject.kind === 'file') {
      await vscode.window.showTextDocument(subject.uri);
      return;
    }
    if (subject.kind === 'none') return;
    const { item } = subject;
    if (item.draft) {
      await vscode.window.showTextDocument(vscode.Uri.parse(item.draft));
      return;
    }
    if (item.kind === 'move-on') {
      void prompter.info(item.reason);
      return;
    }
    const choice = await prompter.info(`There is no draft for “${engine().itemTitle(item)}” yet. Create one from the template?`, 'Create Draft');
    if (choice === 'Create Draft') await (await actions()).createDraft(subject);
  };

  const exportCalendar = async () => {
    // Offered in the folder of the active editor (in a multi-root workspace, the one being
    // worked in), else the first; the user says where in the save dialog.
    const active = vscode.window.activeTextEditor?.document.uri;
    const folder = ((active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0])?.uri;
    const uri = await prompter.saveAs({ defaultUri: folder && vscode.Uri.joinPath(folder, 'follow-ups.ics'), filters: { Calendar: ['ics'] }, title: 'Export deadlines' });
    if (!uri) return undefined;
    const { timeZone } = settings.for(folder);
    const items = provider.current().items;
    let calendar: string;
    try {
      calendar = engine().toICalendar(items, { now: now().setZone(timeZone), timeZone });
    } catch (error) {
      if (!(error instanceof engine().CalendarError)) throw error;
      void prompter.warn(`Nothing was exported: ${afterColon((error as Error).message)}`);
      return undefined;
    }
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(calendar));
    void prompter.info(`Saved ${countOf(items.length, 'deadline')} to ${vscode.workspace.asRelativePath(uri)}. Open the file with your calendar app to get reminders.`);
    return uri;
  };

  const state = (): DeadlinesState => ({
    badge: view.badge?.value,
    description: view.description,
    tree: provider.getChildren().map((root) => ({
      label: String(provider.getTreeItem(root).label),
      children: provider.getChildren(root).map((child) => {
        const treeItem = provider.getTreeItem(child);
        const title = child.type === 'item' ? engine().itemTitle(child.item) : undefined;
        return { label: String(treeItem.label), ...(title ? { title } : {}), description: treeItem.description as string | undefined, contextValue: treeItem.contextValue };
      }),
    })),
  });

  const disposable = vscode.Disposable.from(
    provider,
    view,
    provider.onDidChangeSchedule(update),
    registerSubjectCommand(Command.openItem, openItem),
    registerSubjectCommand(Command.markAsSent, async (subject) => (await actions()).markAsSent(subject)),
    registerSubjectCommand(Command.snooze, async (subject) => (await actions()).snooze(subject)),
    registerSubjectCommand(Command.unsnooze, async (subject) => (await actions()).unsnooze(subject)),
    registerSubjectCommand(Command.recordOutcome, async (subject) => (await actions()).recordOutcome(subject)),
    registerSubjectCommand(Command.createDraft, async (subject) => (await actions()).createDraft(subject)),
    registerSubjectCommand(Command.createNextFollowUp, async (subject) => (await actions()).createNextFollowUp(subject)),
    vscode.commands.registerCommand(Command.groupByCompany, () => provider.setGroupBy('company')),
    vscode.commands.registerCommand(Command.groupByDate, () => provider.setGroupBy('date')),
    vscode.commands.registerCommand(Command.filterByCompany, async () => {
      const picked = await prompter.pick(provider.companies().map((label) => ({ label })), { title: 'Show only one company' });
      if (picked) provider.setCompany(picked.label);
    }),
    vscode.commands.registerCommand(Command.clearFilter, () => provider.setCompany(undefined)),
    vscode.commands.registerCommand(Command.exportCalendar, exportCalendar),
    vscode.commands.registerCommand(Command.refreshDeadlines, () => provider.refresh()),
    vscode.commands.registerCommand(Command.revealDeadlines, () => vscode.commands.executeCommand(`${DEADLINES_VIEW}.focus`)),
  );
  return Object.assign(disposable, { provider, state });
}
