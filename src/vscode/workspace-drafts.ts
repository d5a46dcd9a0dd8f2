import * as vscode from 'vscode';
import type { DraftIndex, Draft, DraftSummary, WorkspaceView } from '../core';
import { engine, engineAvailable } from './engine';
import { log } from './log';
import type { Settings } from './settings';

export const EXCLUDE_GLOB = '**/{node_modules,.git}/**';

/** Which files may be drafts (the `followup.draftsGlob` setting). */
export function draftsGlob(): string {
  return vscode.workspace.getConfiguration('followup').get<string>('draftsGlob', '**/*.md').trim() || '**/*.md';
}

/** What the cross-file rules and the schedule read; two summaries with the same signature are the same to them. */
function signature(summary: DraftSummary | undefined): string {
  if (!summary) return '';
  const { company, role, interviewers, type, interviewDate, sent, decisionDate, pace, outcome, snoozedUntil, problem } = summary;
  return JSON.stringify([company, role, interviewers, type, interviewDate?.raw, sent?.raw, decisionDate?.raw, pace, outcome, snoozedUntil?.raw, problem]);
}

/** How far the first reading of the workspace has got. */
export interface ScanState {
  readonly done: number;
  readonly total: number;
  /** How many times progress was reported in the status bar. */
  readonly reports: number;
  readonly finished: boolean;
}

/** The text of the open document at `key` when it has unsaved changes: it wins over the file on disk. */
function unsavedText(key: string): string | undefined {
  return vscode.workspace.textDocuments.find((document) => document.isDirty && document.uri.toString() === key)?.getText();
}

/**
 * The workspace's drafts, for the rules that look across files (wrong-company, the timing
 * rules). Filled by one scan after activation and kept current by a file watcher and by every
 * lint of an open document; fires `onDidChange` when a draft's summary really changed.
 */
export class WorkspaceDrafts implements vscode.Disposable {
  private loadedIndex: DraftIndex | undefined;

  /** Every draft's summary; created on first use, which loads the engine (see engine.ts). */
  get index(): DraftIndex {
    return (this.loadedIndex ??= new (engine().DraftIndex)());
  }
  private readonly changed = new vscode.EventEmitter<string>();
  private readonly disposables: vscode.Disposable[];
  /** Settles when the first scan is complete. */
  readonly ready: Promise<void>;

  /** Fires with the key of a draft whose summary changed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly settings: Settings) {
    const watcher = vscode.workspace.createFileSystemWatcher(draftsGlob());
    // A deleted folder is reported once, as the folder: forget every draft inside it.
    const deletions = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
    this.disposables = [
      watcher,
      deletions,
      watcher.onDidCreate((uri) => {
        this.deleted.delete(uri.toString());
        void this.readFile(uri);
      }),
      watcher.onDidChange((uri) => void this.readFile(uri)),
      watcher.onDidDelete((uri) => this.forget(uri)),
      deletions.onDidDelete((uri) => this.forget(uri)),
      this.changed,
    ];
    this.ready = this.scan();
  }

  /** How far the first reading of the workspace has got, and how often it reported progress. */
  scanState: ScanState = { done: 0, total: 0, reports: 0, finished: false };

  /** Reads every Markdown file of the workspace once, showing progress in the status bar. */
  private async scan(): Promise<void> {
    await this.settings.ready;
    const files = await vscode.workspace.findFiles(draftsGlob(), EXCLUDE_GLOB);
    const byKey = new Map(files.map((uri) => [uri.toString(), uri]));
    const keys = [...byKey.keys()];
    const open = new Set(vscode.workspace.textDocuments.filter((document) => document.isDirty).map((document) => document.uri.toString()));
    this.scanState = { done: 0, total: keys.length, reports: 0, finished: false };
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Reading follow-up drafts' }, async (progress) => {
      let reported = 0;
      // The index is filled directly, then listeners hear about the drafts found, once.
      await engine().indexFiles(
        this.index,
        keys.filter((key) => !open.has(key)),
        async (key) => {
          const bytes = await vscode.workspace.fs.readFile(byKey.get(key)!);
          // Edited while the file was read: the editor's text wins over the disk's.
          return unsavedText(key) ?? engine().decodeText(bytes);
        },
        (key) => this.settings.for(byKey.get(key)).timeZone,
        (done, total) => {
          const percent = Math.floor((100 * done) / total);
          progress.report({ message: `${done} of ${total}`, increment: percent - reported });
          reported = percent;
          this.scanState = { done, total, reports: this.scanState.reports + 1, finished: false };
        },
        (key, error) => log.unreadable(byKey.get(key)!, error),
      );
    });
    this.scanState = { ...this.scanState, finished: true };
    if (this.index.size > 0) this.changed.fire('');
  }

  private async readFile(uri: vscode.Uri): Promise<void> {
    await this.ready;
    // An open document with unsaved changes is indexed from its text by its own checks.
    if (unsavedText(uri.toString()) !== undefined) return;
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      // Edited while the file was read (a snooze or Mark as Sent right after the file appeared):
      // the editor's text wins, or the disk's older text would undo the edit in the view.
      const text = unsavedText(uri.toString()) ?? engine().decodeText(bytes);
      this.update(uri, engine().parseDraft(text, { timeZone: this.settings.for(uri).timeZone }));
    } catch (error) {
      // Deleted between the event and the read: the watcher says so next. Anything else is logged.
      if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) log.unreadable(uri, error);
      this.record(uri.toString(), undefined);
    }
  }

  /**
   * Files deleted from disk. VS Code keeps a closed file's document in memory for a while, and
   * checking it again (when the clock moves an item on) must not bring a deleted draft back.
   */
  private readonly deleted = new Set<string>();

  /** Forgets a deleted file, or every draft inside a deleted folder. */
  private forget(uri: vscode.Uri): void {
    // Nothing is indexed before the engine has arrived (web worker host).
    if (!engineAvailable()) return;
    const key = uri.toString();
    const inside = `${key.replace(/\/$/, '')}/`;
    for (const draft of [...this.index.all()]) {
      if (draft.key === key || draft.key.startsWith(inside)) {
        this.deleted.add(draft.key);
        this.record(draft.key, undefined);
      }
    }
  }

  /**
   * The drafts as the rules of the draft at `uri` see them: every company of the workspace (a
   * name pasted from another folder's draft is still caught), but only the drafts of its own
   * folder for its application's schedule, which the view computes folder by folder with each
   * folder's settings. With one folder, the index itself.
   */
  viewFor(uri: vscode.Uri): WorkspaceView {
    const index = this.index;
    if ((vscode.workspace.workspaceFolders?.length ?? 0) < 2) return index;
    const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.toString();
    return {
      companies: () => index.companies(),
      application: (company, role, exceptKey) => index.application(company, role, exceptKey).filter((draft) => folderKeyOf(draft.key) === folder),
    };
  }

  /** Records a freshly parsed draft (or non-draft) of a file or an open document. */
  update(uri: vscode.Uri, draft: Draft): void {
    const key = uri.toString();
    if (this.deleted.has(key)) return;
    this.record(key, engine().summarize(key, draft));
  }

  private record(key: string, summary: DraftSummary | undefined): void {
    const before = signature(this.index.get(key));
    this.index.set(key, summary);
    if (signature(summary) !== before) this.changed.fire(key);
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

/** The workspace folder a draft's key is in, as a string; undefined outside every folder. */
export function folderKeyOf(key: string): string | undefined {
  return vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(key))?.uri.toString();
}
