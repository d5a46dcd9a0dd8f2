import * as vscode from 'vscode';
import type { Config, ResolvedConfig } from '../core';
import { engine, engineReady } from './engine';

const SECTION = 'followup';
export const PROJECT_FILE = '.followuprc.json';

/** Setting names under `followup.`, in one place. */
export const SettingName = {
  timeZone: 'timeZone',
  diagnosticsDelay: 'diagnostics.delay',
  rules: 'rules',
  wordLimits: 'wordLimits',
  thankYouHours: 'thankYouHours',
  cadenceDays: 'cadenceDays',
  maxFollowUps: 'maxFollowUps',
  skipWeekends: 'skipWeekends',
  signature: 'signature',
  spellingWords: 'spelling.words',
} as const;

export interface ResourceSettings {
  /** A valid IANA zone: the project file's, the setting's, or the system's. */
  readonly timeZone: string;
  /** Milliseconds to wait after typing stops before checking again. */
  readonly diagnosticsDelay: number;
  /** Defaults < editor settings < `.followuprc.json`. */
  readonly config: ResolvedConfig;
}

const systemTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The one typed reader of the extension's settings, in three layers: defaults < VS Code
 * settings < a `.followuprc.json` at the root of the workspace folder. Reads per resource,
 * caches, and forgets only when a `followup` setting or a project file changes. Problems in a
 * project file are shown as diagnostics on that file.
 */
export class Settings implements vscode.Disposable {
  private readonly cache = new Map<string, ResourceSettings>();
  private readonly projectConfigs = new Map<string, Config>();
  /** The words of each folder's cspell.json (or .cspell.json), by folder. */
  private readonly cspellWords = new Map<string, string[]>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly problems = vscode.languages.createDiagnosticCollection('followup-config');
  private readonly disposables: vscode.Disposable[] = [];
  /** Settles once every workspace folder's project file has been read. */
  readonly ready: Promise<void>;

  /** Fires after a `followup.*` setting or a project file changed. */
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${PROJECT_FILE}`);
    const reload = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder && vscode.Uri.joinPath(folder.uri, PROJECT_FILE).toString() === uri.toString()) void this.loadProject(folder).then(() => this.invalidate());
    };
    const cspell = vscode.workspace.createFileSystemWatcher('**/{cspell.json,.cspell.json,cSpell.json}');
    const reloadCspell = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder) void this.loadCspell(folder).then(() => this.invalidate());
    };
    this.disposables.push(
      cspell,
      cspell.onDidCreate(reloadCspell),
      cspell.onDidChange(reloadCspell),
      cspell.onDidDelete(reloadCspell),
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SECTION) || event.affectsConfiguration('cSpell.words') || event.affectsConfiguration('cSpell.userWords')) this.invalidate();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.loadAll().then(() => this.invalidate())),
      this.changed,
      this.problems,
    );
    // The project files are read with the engine: under the web worker host, once it has arrived.
    this.ready = engineReady().then(() => this.loadAll()).then(() => this.invalidate());
  }

  private invalidate(): void {
    this.cache.clear();
    this.changed.fire();
  }

  private async loadAll(): Promise<void> {
    await Promise.all((vscode.workspace.workspaceFolders ?? []).flatMap((folder) => [this.loadProject(folder), this.loadCspell(folder)]));
  }

  /**
   * Code Spell Checker's word list at the folder's root (`cspell.json`, `.cspell.json`), so that a
   * user's existing list just works. Its comments and trailing commas are allowed; a file that
   * cannot be read adds nothing.
   */
  private async loadCspell(folder: vscode.WorkspaceFolder): Promise<void> {
    await engineReady();
    const words: string[] = [];
    // The file names are listed here, not taken from the engine: this runs during activation,
    // which must not load the engine (it loads after the first await, when a file is found).
    for (const file of ['cspell.json', '.cspell.json', 'cSpell.json']) {
      try {
        // Read first: the engine loads only once a file is there (an argument is evaluated after its callee).
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, file));
        const text = engine().decodeText(bytes);
        words.push(...engine().readCspellWords(text));
      } catch {
        // No such file: nothing to add.
      }
    }
    this.cspellWords.set(folder.uri.toString(), words);
  }

  private async loadProject(folder: vscode.WorkspaceFolder): Promise<void> {
    await engineReady();
    const uri = vscode.Uri.joinPath(folder.uri, PROJECT_FILE);
    let text: string;
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      text = engine().decodeText(bytes);
    } catch {
      this.projectConfigs.delete(folder.uri.toString());
      this.problems.delete(uri);
      return;
    }
    // JSON with comments, as VS Code's own settings files, and "Disable in this workspace" keeps them.
    const { config, problems, syntaxError: at } = engine().readConfigText(text);
    this.projectConfigs.set(folder.uri.toString(), config);
    const top = at ? new vscode.Range(at.line, at.character, at.line, at.character + 1) : new vscode.Range(0, 0, 0, 1);
    this.problems.set(
      uri,
      problems.map((problem) => {
        const diagnostic = new vscode.Diagnostic(top, problem, vscode.DiagnosticSeverity.Warning);
        diagnostic.source = 'Interview Follow-ups';
        return diagnostic;
      }),
    );
  }

  private folderCspellWords(resource: vscode.Uri | undefined): string[] {
    const folder = resource ? vscode.workspace.getWorkspaceFolder(resource) : vscode.workspace.workspaceFolders?.[0];
    return (folder && this.cspellWords.get(folder.uri.toString())) ?? [];
  }

  /** The editor layer, validated like a project file. */
  private editorConfig(resource: vscode.Uri | undefined): Config {
    const c = vscode.workspace.getConfiguration(SECTION, resource);
    const value = {
      rules: c.get(SettingName.rules),
      wordLimits: c.get(SettingName.wordLimits),
      thankYouHours: c.get(SettingName.thankYouHours),
      cadenceDays: c.get(SettingName.cadenceDays),
      maxFollowUps: c.get(SettingName.maxFollowUps),
      skipWeekends: c.get(SettingName.skipWeekends),
      timeZone: c.get<string>(SettingName.timeZone, '').trim() || undefined,
      signature: c.get(SettingName.signature),
      // Code Spell Checker's word lists count too, so a user's existing lists just work.
      spelling: {
        words: [...c.get<string[]>(SettingName.spellingWords, []), ...cSpellWords(resource), ...this.folderCspellWords(resource)],
        dialect: c.get<string>('spelling.dialect', 'both'),
      },
    };
    return engine().readConfig(JSON.parse(JSON.stringify(value))).config;
  }

  for(resource: vscode.Uri | undefined): ResourceSettings {
    const folder = resource ? vscode.workspace.getWorkspaceFolder(resource) : vscode.workspace.workspaceFolders?.[0];
    const key = `${folder?.uri.toString() ?? ''}|${resource?.toString() ?? ''}`;
    let settings = this.cache.get(key);
    if (!settings) {
      const project = folder ? this.projectConfigs.get(folder.uri.toString()) : undefined;
      const config = engine().resolveConfig(engine().mergeConfig(this.editorConfig(resource), project ?? {}));
      const delay = vscode.workspace.getConfiguration(SECTION, resource).get<number>(SettingName.diagnosticsDelay, 300);
      settings = {
        timeZone: config.timeZone && engine().isValidTimeZone(config.timeZone) ? config.timeZone : systemTimeZone(),
        diagnosticsDelay: Number.isFinite(delay) ? Math.min(Math.max(delay, 0), 5000) : 300,
        config,
      };
      this.cache.set(key, settings);
    }
    return settings;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

/** The words of Code Spell Checker's settings (`cSpell.words`, `cSpell.userWords`), strings only. */
function cSpellWords(resource: vscode.Uri | undefined): string[] {
  const c = vscode.workspace.getConfiguration('cSpell', resource);
  return [...(c.get<unknown[]>('words') ?? []), ...(c.get<unknown[]>('userWords') ?? [])].filter((word): word is string => typeof word === 'string');
}

