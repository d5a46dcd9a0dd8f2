import * as vscode from 'vscode';
import { isValidTimeZone } from '../core';

const SECTION = 'followup';

/** Setting names under `followup.`, in one place. */
export const SettingName = {
  timeZone: 'timeZone',
  diagnosticsDelay: 'diagnostics.delay',
} as const;

export interface ResourceSettings {
  /** A valid IANA zone: the setting's, or the system's when the setting is empty or invalid. */
  readonly timeZone: string;
  /** Milliseconds to wait after typing stops before checking again. */
  readonly diagnosticsDelay: number;
}

const systemTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The one typed reader of the extension's settings. Reads per resource, caches, and forgets
 * only when `affectsConfiguration('followup')` says a change concerns it.
 */
export class Settings implements vscode.Disposable {
  private readonly cache = new Map<string, ResourceSettings>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscription: vscode.Disposable;

  /** Fires after a `followup.*` setting changed. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(SECTION)) return;
      this.cache.clear();
      this.changed.fire();
    });
  }

  for(resource: vscode.Uri | undefined): ResourceSettings {
    const key = resource?.toString() ?? '';
    let settings = this.cache.get(key);
    if (!settings) {
      const configuration = vscode.workspace.getConfiguration(SECTION, resource);
      const zone = configuration.get<string>(SettingName.timeZone, '').trim();
      const delay = configuration.get<number>(SettingName.diagnosticsDelay, 300);
      settings = {
        timeZone: zone && isValidTimeZone(zone) ? zone : systemTimeZone(),
        diagnosticsDelay: Number.isFinite(delay) ? Math.min(Math.max(delay, 0), 5000) : 300,
      };
      this.cache.set(key, settings);
    }
    return settings;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
