import * as vscode from 'vscode';
import type { Finding, Fix } from '../core';
import { countOf } from '../core/wording';
import { Command } from './commands';
import { DIAGNOSTIC_SOURCE, type DiagnosticsController } from './diagnostics';

const FIX_ALL = vscode.CodeActionKind.SourceFixAll.append('followup');

function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : code === undefined ? undefined : String(code);
}

function editFor(document: vscode.TextDocument, fixes: readonly Fix[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const fix of fixes) {
    for (const change of fix.edits) {
      edit.replace(document.uri, new vscode.Range(document.positionAt(change.span.start), document.positionAt(change.span.end)), change.text);
    }
  }
  return edit;
}

/** The safe fixes of a document whose edits do not overlap, for "Fix all". */
function safeFixes(findings: readonly Finding[]): Fix[] {
  const chosen: Fix[] = [];
  let lastEnd = -1;
  for (const finding of findings) {
    const fix = finding.fixes?.find((candidate) => candidate.safe);
    if (!fix) continue;
    const start = Math.min(...fix.edits.map((edit) => edit.span.start));
    if (start < lastEnd) continue;
    lastEnd = Math.max(...fix.edits.map((edit) => edit.span.end));
    chosen.push(fix);
  }
  return chosen;
}

/**
 * Quick fixes for the findings of open drafts: the mechanical fixes the rules offer, "Fix
 * all" for the safe ones, and ways to silence a rule on one line or in the whole workspace.
 */
export class FollowupCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL];

  constructor(private readonly diagnostics: DiagnosticsController) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    // Asked for source.fixAll (fix on save, "Fix All"), source.fixAll.followup or all source
    // actions: our fix-all action is of a kind inside the one asked for. A save may follow
    // typing at once, so its findings are computed for the text as it is now.
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) {
      const current = context.only.contains(FIX_ALL) ? this.diagnostics.currentResult(document) : undefined;
      return current ? this.fixAll(document, current.findings) : [];
    }
    // Quick fixes belong to the diagnostics on screen; the light bulb asks on every keystroke,
    // so nothing is checked here that the pause after typing will not check anyway.
    const result = this.diagnostics.resultFor(document);
    if (!result) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const rule = ruleOf(diagnostic);
      const start = document.offsetAt(diagnostic.range.start);
      const end = document.offsetAt(diagnostic.range.end);
      const finding = result.findings.find((f) => f.rule === rule && f.span.start === start && f.span.end === end);
      if (!finding || !rule) continue;
      for (const [i, fix] of (finding.fixes ?? []).entries()) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = editFor(document, [fix]);
        action.diagnostics = [diagnostic];
        action.isPreferred = i === 0 && fix.safe === true;
        actions.push(action);
      }
      if (rule === 'spelling') actions.push(...this.addWordActions(document, diagnostic));
      actions.push(this.disableOnLine(document, diagnostic, rule));
      const folder = vscode.workspace.getWorkspaceFolder(document.uri);
      if (folder) {
        const action = new vscode.CodeAction(`Disable ${rule} in this workspace`, vscode.CodeActionKind.QuickFix);
        action.command = { title: action.title, command: Command.disableRuleInWorkspace, arguments: [folder.uri, rule] };
        action.diagnostics = [diagnostic];
        actions.push(action);
      }
    }
    const safe = safeFixes(result.findings);
    if (safe.length > 1 && actions.length > 0) {
      const action = new vscode.CodeAction(`Fix all ${countOf(safe.length, 'follow-up problem')} that can be fixed safely`, vscode.CodeActionKind.QuickFix);
      action.edit = editFor(document, safe);
      actions.push(action);
    }
    return actions;
  }

  private fixAll(document: vscode.TextDocument, findings: readonly Finding[]): vscode.CodeAction[] {
    const safe = safeFixes(findings);
    if (safe.length === 0) return [];
    const action = new vscode.CodeAction(`Fix ${countOf(safe.length, 'follow-up problem')} that can be fixed safely`, FIX_ALL);
    action.edit = editFor(document, safe);
    return [action];
  }

  /** "Add “dbt” to this workspace's words" and "to my words", for a word the user knows is right. */
  private addWordActions(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const word = document.getText(diagnostic.range);
    if (/\s/.test(word)) return []; // a doubled word is not a word to learn
    const folder = vscode.workspace.getWorkspaceFolder(document.uri)?.uri;
    const scopes: Array<[string, 'workspace' | 'user']> = folder ? [[`Add “${word}” to this workspace's words`, 'workspace']] : [];
    scopes.push([`Add “${word}” to my words`, 'user']);
    return scopes.map(([title, scope]) => {
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.command = { title, command: Command.addWord, arguments: [word, scope, folder] };
      action.diagnostics = [diagnostic];
      return action;
    });
  }

  /** Inserts `<!-- followup-disable-next-line id -->` above the line; in the front-matter, a file-wide disable at the top of the body. */
  private disableOnLine(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, rule: string): vscode.CodeAction {
    const result = this.diagnostics.resultFor(document);
    const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const line = document.lineAt(diagnostic.range.start.line);
    const bodyStart = document.positionAt(result?.bodyStart ?? 0);
    const inFrontMatter = diagnostic.range.start.isBefore(bodyStart);
    const action = new vscode.CodeAction(inFrontMatter ? `Disable ${rule} in this file` : `Disable ${rule} for this line`, vscode.CodeActionKind.QuickFix);
    const edit = new vscode.WorkspaceEdit();
    if (inFrontMatter) edit.insert(document.uri, bodyStart, `<!-- followup-disable ${rule} -->${eol}`);
    else edit.insert(document.uri, line.range.start, `${line.text.slice(0, line.firstNonWhitespaceCharacterIndex)}<!-- followup-disable-next-line ${rule} -->${eol}`);
    action.edit = edit;
    action.diagnostics = [diagnostic];
    return action;
  }
}
