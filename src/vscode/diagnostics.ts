import * as vscode from 'vscode';
import type { DateTime } from 'luxon';
import type { Dictionary, Finding, Severity } from '../core';
import { engine, engineAvailable } from './engine';
import { log } from './log';
import type { Settings } from './settings';
import type { WorkspaceDrafts } from './workspace-drafts';

/** The name shown beside each finding in the Problems panel. */
export const DIAGNOSTIC_SOURCE = 'Interview Follow-ups';

/** URI schemes of documents a user writes in; diff views, git history and output are left alone. */
const LINTED_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-userdata']);

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
};

/** Writes to the log every check that failed on a draft (an `internal-error` finding). */
export function logFailures(findings: readonly Finding[], name: string): void {
  for (const finding of findings) if (finding.cause) log.internalError(`running the “${finding.cause.rule}” check on ${name}`, finding.cause.error);
}

/** True for documents that may be drafts: Markdown in an editable scheme. */
export function isCandidate(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && LINTED_SCHEMES.has(document.uri.scheme);
}

/** The findings behind a document's diagnostics, for quick fixes and the status bar. */
export interface LintedDocument {
  readonly version: number;
  readonly findings: readonly Finding[];
  /** Where the message body starts. */
  readonly bodyStart: number;
}

/**
 * Keeps the Problems panel in step with drafts: checks a document when it opens, again after
 * typing pauses (one timer, a set of pending documents, a result kept only if the document has
 * not changed since), re-checks open drafts when another draft or a setting changes, and
 * forgets a document when it closes or stops being a draft.
 */
export class DiagnosticsController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('followup');
  private readonly results = new Map<string, LintedDocument>();
  private readonly pending = new Map<string, vscode.TextDocument>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  /** The English dictionary for spelling, once read from the extension's own files. */
  dictionary: Dictionary | undefined;
  private dictionaryRequested = false;

  /** Fires after a document's findings were updated or cleared. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly settings: Settings,
    private readonly drafts: WorkspaceDrafts,
    private readonly now: () => DateTime,
    private readonly docsFolder: vscode.Uri,
    private readonly dictionaryFolder?: vscode.Uri,
  ) {
    this.disposables = [
      this.collection,
      this.changed,
      vscode.workspace.onDidOpenTextDocument((document) => this.lint(document)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.schedule(event.document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      settings.onDidChange(() => this.scheduleOpen()),
      drafts.onDidChange((key) => this.scheduleOpen(key)),
      { dispose: () => this.timer !== undefined && clearTimeout(this.timer) },
    ];
    // The documents already open are checked once the settings and each folder's
    // .followuprc.json are read: after activation, not during it, and with the right rules.
    void settings.ready.then(() => this.lintOpenDocuments());
  }

  /** Checks every open document again now: after the settings are read, or when time moved an item on. */
  lintOpenDocuments(): void {
    if (this.disposed) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
    vscode.workspace.textDocuments.forEach((document) => this.lint(document));
  }

  /** The findings of a document, if they are for its current version. */
  resultFor(document: vscode.TextDocument): LintedDocument | undefined {
    const result = this.results.get(document.uri.toString());
    return result && result.version === document.version ? result : undefined;
  }

  /**
   * The findings of a document as it is now, for a save action or a send command: the published
   * ones when they are current, else computed at once without publishing (so that typing still
   * updates the Problems panel only after the pause). Undefined for a file that is not a draft.
   */
  currentResult(document: vscode.TextDocument): LintedDocument | undefined {
    return this.resultFor(document) ?? this.compute(document)?.result;
  }

  /** The current findings of a draft; undefined for a file that is not a draft. */
  findingsFor(document: vscode.TextDocument): readonly Finding[] | undefined {
    return this.currentResult(document)?.findings;
  }

  /** Parses and checks a document, recording it in the workspace index; undefined when it is not a draft. */
  private compute(document: vscode.TextDocument): { result: LintedDocument } | undefined {
    if (!isCandidate(document) || document.isClosed) return undefined;
    const { timeZone, config } = this.settings.for(document.uri);
    const name = vscode.workspace.asRelativePath(document.uri);
    try {
      const draft = engine().parseDraft(document.getText(), { timeZone });
      this.drafts.update(document.uri, draft);
      if (!draft.isDraft) return undefined;
      this.requestDictionary();
      const findings = engine().lintDraft(draft, { now: this.now().setZone(timeZone), timeZone, config, workspace: this.drafts.viewFor(document.uri), key: document.uri.toString(), dictionary: this.dictionary });
      logFailures(findings, name);
      return { result: { version: document.version, findings, bodyStart: draft.bodyStart } };
    } catch (error) {
      // Each rule runs on its own in the engine; this is for a failure outside any rule.
      log.internalError(`checking ${name}`, error);
      return undefined;
    }
  }

  /**
   * Reads the dictionary (about 2 MB) when the first draft is checked, never during activation,
   * through the extension's own files so that it works wherever VS Code runs, then checks the
   * open drafts again with it. Until then spelling knows the common misspellings only.
   */
  private requestDictionary(): void {
    if (this.dictionaryRequested || !this.dictionaryFolder) return;
    this.dictionaryRequested = true;
    const folder = this.dictionaryFolder;
    void Promise.all(engine().DICTIONARY_FILES.map((file) => vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, file))))
      .then((tries) => {
        if (this.disposed) return;
        this.dictionary = new (engine().Dictionary)(tries);
        this.lintOpenDocuments();
      })
      .catch((error: unknown) => log.internalError('reading the spelling dictionary (spelling knows only common misspellings until VS Code restarts)', error));
  }

  private forget(uri: vscode.Uri): void {
    this.pending.delete(uri.toString());
    this.results.delete(uri.toString());
    this.collection.delete(uri);
    this.changed.fire(uri);
  }

  /** Checks a document now, and publishes its findings. */
  lint(document: vscode.TextDocument): void {
    // Before the engine has arrived (web worker host), nothing is checked: the settings wait for
    // it, and every open document is checked once they are read.
    if (!engineAvailable()) return;
    const computed = this.compute(document);
    if (!computed) {
      const key = document.uri.toString();
      if (this.results.has(key) || this.collection.has(document.uri)) this.forget(document.uri);
      return;
    }
    const { result } = computed;
    this.results.set(document.uri.toString(), result);
    this.collection.set(document.uri, result.findings.map((finding) => this.toDiagnostic(document, finding)));
    this.changed.fire(document.uri);
  }

  /** Records findings for a file that is not open (the "Check All Drafts" command). */
  publish(uri: vscode.Uri, text: string, findings: readonly Finding[]): void {
    const lines = new (engine().LineMap)(text);
    const position = (at: number) => {
      const { line, character } = lines.positionAt(at);
      return new vscode.Position(line, character);
    };
    this.collection.set(
      uri,
      findings.map((finding) => this.diagnostic(new vscode.Range(position(finding.span.start), position(finding.span.end)), finding)),
    );
  }

  private toDiagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
    return this.diagnostic(new vscode.Range(document.positionAt(finding.span.start), document.positionAt(finding.span.end)), finding);
  }

  private diagnostic(range: vscode.Range, finding: Finding): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[finding.severity]);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = { value: finding.rule, target: vscode.Uri.joinPath(this.docsFolder, `${finding.rule}.md`) };
    return diagnostic;
  }

  private schedule(document: vscode.TextDocument): void {
    if (!isCandidate(document) || !engineAvailable()) return;
    this.pending.set(document.uri.toString(), document);
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.settings.for(document.uri).diagnosticsDelay);
  }

  /** Re-checks every open draft except `exceptKey`, after the usual pause. */
  private scheduleOpen(exceptKey?: string): void {
    for (const document of vscode.workspace.textDocuments) {
      if (document.uri.toString() !== exceptKey && isCandidate(document)) this.schedule(document);
    }
  }

  private flush(): void {
    this.timer = undefined;
    const documents = [...this.pending.values()];
    this.pending.clear();
    documents.forEach((document) => this.lint(document));
  }

  dispose(): void {
    this.disposed = true;
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
