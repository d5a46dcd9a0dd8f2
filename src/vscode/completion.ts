import * as vscode from 'vscode';
import type { DateTime } from 'luxon';
import type { Completion } from '../core';
import { engine, engineReady } from './engine';
import type { Settings } from './settings';
import type { WorkspaceDrafts } from './workspace-drafts';

const KINDS: Record<Completion['kind'], vscode.CompletionItemKind> = {
  key: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
  name: vscode.CompletionItemKind.Value,
  date: vscode.CompletionItemKind.Constant,
};

/** True when `offset` lies inside a front-matter block at the top of `text`: read without the engine. */
function inFrontMatter(text: string, offset: number): boolean {
  const start = text.startsWith('\ufeff') ? 1 : 0;
  if (!text.startsWith('---', start)) return false;
  const firstBreak = text.indexOf('\n', start);
  if (firstBreak === -1 || offset <= firstBreak) return false;
  const close = text.indexOf('\n---', firstBreak);
  return close === -1 || offset <= close;
}

/** What a request at `position` works from, when it lies in a front-matter; undefined elsewhere. */
function frontMatterRequest(document: vscode.TextDocument, position: vscode.Position, settings: Settings) {
  const text = document.getText();
  const offset = document.offsetAt(position);
  return inFrontMatter(text, offset) ? { text, offset, ...settings.for(document.uri) } : undefined;
}

/**
 * IntelliSense in a draft's front-matter: the keys not written yet, with what each holds; after
 * a key, its allowed values, the companies, roles and interviewers of the workspace (this
 * draft's company first), or dates. Registering costs nothing at activation; the engine is
 * loaded on the first request inside a front-matter. Works in untrusted workspaces: it reads
 * only the document and the drafts already indexed.
 */
export function registerFrontMatterCompletion(settings: Settings, drafts: WorkspaceDrafts, now: () => DateTime): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider(
    { language: 'markdown' },
    {
      async provideCompletionItems(document, position) {
        // In the web worker host the engine may still be arriving; under Node this settles at once.
        await engineReady();
        const request = frontMatterRequest(document, position, settings);
        if (!request) return undefined;
        const result = engine().frontMatterCompletions(request.text, request.offset, { drafts: drafts.index.all(), now: now().setZone(request.timeZone) });
        if (!result) return undefined;
        const range = new vscode.Range(document.positionAt(result.replace.start), document.positionAt(result.replace.end));
        return result.items.map((item) => {
          const completion = new vscode.CompletionItem({ label: item.label, description: item.detail }, KINDS[item.kind]);
          completion.insertText = item.insertText;
          completion.range = range;
          completion.sortText = item.sortText;
          // After a key, its values are offered at once.
          if (item.kind === 'key') completion.command = { command: 'editor.action.triggerSuggest', title: 'Suggest a value' };
          return completion;
        });
      },
    },
    ':',
    '-',
  );
}

/**
 * Hovers in a draft's front-matter: what a key holds, and for the dates, what is due from them
 * and when, by the same schedule as the Follow-ups view. The engine loads on the first hover
 * inside a front-matter.
 */
export function registerFrontMatterHover(settings: Settings, drafts: WorkspaceDrafts, now: () => DateTime): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    { language: 'markdown' },
    {
      async provideHover(document, position) {
        await engineReady();
        const request = frontMatterRequest(document, position, settings);
        if (!request) return undefined;
        const { text, offset, timeZone, config } = request;
        const hover = engine().frontMatterHover(text, offset, { now: now().setZone(timeZone), timeZone, config, workspace: drafts.viewFor(document.uri), key: document.uri.toString() });
        if (!hover) return undefined;
        const contents = new vscode.MarkdownString(hover.lines.map((line) => line.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&')).join('\n\n'));
        return new vscode.Hover(contents, new vscode.Range(document.positionAt(hover.span.start), document.positionAt(hover.span.end)));
      },
    },
  );
}
