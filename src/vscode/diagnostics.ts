import * as vscode from 'vscode';
import { DateTime } from 'luxon';
import { lintText, type Finding, type Severity } from '../core';
import type { Settings } from './settings';

/** The name shown beside each finding in the Problems panel. */
export const DIAGNOSTIC_SOURCE = 'Interview Follow-ups';

/** URI schemes of documents a user writes in; diff views, git history and output are left alone. */
const LINTED_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-userdata']);

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
};

/** True for documents that may be drafts: Markdown in an editable scheme. */
export function isCandidate(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && LINTED_SCHEMES.has(document.uri.scheme);
}

function toDiagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(finding.span.start), document.positionAt(finding.span.end));
  const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = finding.rule;
  return diagnostic;
}

/**
 * Keeps the Problems panel in step with open drafts: checks a document when it opens, again
 * after typing pauses (one timer, a set of pending documents), and forgets it when it closes or
 * stops being a draft. Linting is synchronous, so a result can never belong to an older version.
 */
export function registerDiagnostics(settings: Settings, now: () => DateTime): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('followup');
  const pending = new Map<string, vscode.TextDocument>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const lint = (document: vscode.TextDocument) => {
    if (!isCandidate(document) || document.isClosed) {
      collection.delete(document.uri);
      return;
    }
    const { timeZone } = settings.for(document.uri);
    const { draft, findings } = lintText(document.getText(), { now: now().setZone(timeZone), timeZone });
    if (!draft.isDraft) collection.delete(document.uri);
    else collection.set(document.uri, findings.map((finding) => toDiagnostic(document, finding)));
  };

  const flush = () => {
    timer = undefined;
    const documents = [...pending.values()];
    pending.clear();
    documents.forEach(lint);
  };

  const schedule = (document: vscode.TextDocument) => {
    if (!isCandidate(document)) return;
    pending.set(document.uri.toString(), document);
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, settings.for(document.uri).diagnosticsDelay);
  };

  const lintOpen = () => vscode.workspace.textDocuments.forEach(lint);
  lintOpen();

  return vscode.Disposable.from(
    collection,
    vscode.workspace.onDidOpenTextDocument(lint),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) schedule(event.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      pending.delete(document.uri.toString());
      collection.delete(document.uri);
    }),
    settings.onDidChange(lintOpen),
    {
      dispose: () => {
        if (timer !== undefined) clearTimeout(timer);
        pending.clear();
      },
    },
  );
}
