import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import * as ts from 'typescript';
import { DateTime } from 'luxon';
import { DraftIndex, lintText, afterColon, countOf } from '../../src/core';

const root = resolve(__dirname, '../../..');

/** Calls whose string arguments a user reads as plain text (notifications, dialogs, the status bar). */
const PLAIN_CALLS = new Set(['info', 'warn', 'confirm', 'showInformationMessage', 'showWarningMessage', 'showErrorMessage', 'setStatusBarMessage', 'appendText', 'report']);
/** Constructors whose first argument is a label a user reads. */
const LABEL_CONSTRUCTORS = new Set(['TreeItem', 'CodeAction', 'CodeLens']);
/** Properties (in object literals and assignments) that hold text a user reads. */
const TEXT_PROPERTIES = new Set(['message', 'title', 'prompt', 'placeHolder', 'tooltip', 'description', 'label', 'detail', 'reason', 'text', 'name']);

/** Words that must never reach a user. */
const CODE_LIKE = /\bengine\(\)|\bundefined\b|\[object |\bNaN\b|=>|\b\w+\(\)|\bthis\.\w|\bfollowup\.\w|\bat \w+ \(|\.ts:\d/;

interface Piece {
  readonly file: string;
  readonly line: number;
  /** The literal text, with each `${…}` written as `${expression}`. */
  readonly text: string;
  /** The literal text alone, with each `${…}` written as X. */
  readonly plain: string;
  readonly node: ts.Expression;
}

/** The literal strings an expression can produce: both sides of `a ? b : c` and `a ?? b`, each template. */
function literals(node: ts.Expression): ts.Expression[] {
  if (ts.isParenthesizedExpression(node)) return literals(node.expression);
  if (ts.isConditionalExpression(node)) return [...literals(node.whenTrue), ...literals(node.whenFalse)];
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.PlusToken].includes(node.operatorToken.kind)) {
    return [...literals(node.left), ...literals(node.right)];
  }
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) return [node];
  return [];
}

function textOf(node: ts.Expression, source: ts.SourceFile): string {
  if (ts.isTemplateExpression(node)) {
    return node.head.text + node.templateSpans.map((span) => `\${${span.expression.getText(source)}}${span.literal.text}`).join('');
  }
  return (node as ts.StringLiteral).text;
}

/** Every string in src/ that a user reads, found by where it goes rather than by what it says. */
function userStrings(folder: string): Piece[] {
  const pieces: Piece[] = [];
  const files = readdirSync(join(root, folder), { recursive: true }).map(String).filter((file) => file.endsWith('.ts'));
  for (const file of files) {
    const path = join(root, folder, file);
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const add = (expression: ts.Expression) => {
      for (const node of literals(expression)) {
        const plain = ts.isTemplateExpression(node) ? node.head.text + node.templateSpans.map((span) => `X${span.literal.text}`).join('') : (node as ts.StringLiteral).text;
        pieces.push({ file: `${folder}/${file}`, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: textOf(node, source), plain, node });
      }
    };
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
        if (PLAIN_CALLS.has(name)) node.arguments.forEach(add);
      }
      if (ts.isNewExpression(node)) {
        const callee = node.expression;
        const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
        if (LABEL_CONSTRUCTORS.has(name) && node.arguments?.[0]) add(node.arguments[0]);
      }
      if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) && TEXT_PROPERTIES.has(node.name.text)) add(node.initializer);
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && TEXT_PROPERTIES.has(node.left.name.text)) add(node.right);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return pieces;
}

/** Words ending in s that are not plural nouns, and words that cannot start a counted phrase. */
const NOT_PLURAL = new Set(['is', 'was', 'has', 'does', 'this', 'its', 'his', 'as', 'us', 'yes', 'always', 'less', 'unless', 'mentions', 'reads', 'says', 'looks', 'means', 'needs', 'gets', 'goes', 'comes', 'stays', 'seems', 'appears', 'names']);
const NOT_ADJECTIVE = new Set(['in', 'for', 'to', 'of', 'on', 'at', 'with', 'from', 'by', 'and', 'or', 'is', 'was', 'the', 'a', 'an']);

/** A count written straight before a plural noun, as in `${n} drafts` or `${n} follow-up drafts`, which reads "1 drafts" when n is 1. */
function bareCounts(piece: Piece): string[] {
  if (!ts.isTemplateExpression(piece.node)) return [];
  return piece.node.templateSpans
    .filter((span) => {
      if (/^(?:countOf|plural)\(/.test(span.expression.getText())) return false;
      if (!span.literal.text.startsWith(' ')) return false;
      const [first = '', second = ''] = span.literal.text.trim().split(/[^A-Za-z-]+/);
      const plural = (word: string) => /^[a-z-]+s$/.test(word) && !NOT_PLURAL.has(word);
      return plural(first) || (!NOT_ADJECTIVE.has(first) && !NOT_PLURAL.has(first) && plural(second));
    })
    .map((span) => `\${${span.expression.getText()}}${span.literal.text.split(/[.,;:]/)[0]}`);
}

const PIECES = [...userStrings('src/vscode'), ...userStrings('src/core'), ...userStrings('src/cli'), ...userStrings('src').filter((piece) => piece.file === 'src/extension.ts')];
const where = (piece: Piece) => `${piece.file}:${piece.line}: ${piece.text}`;

describe('what users read', () => {
  it('finds the strings users read in the source (the scan itself works)', () => {
    assert.ok(PIECES.length > 150, `only ${PIECES.length} strings found`);
    assert.ok(PIECES.some((piece) => piece.text.includes('Open a follow-up draft first')));
    assert.ok(PIECES.some((piece) => piece.text.includes('is template text that was never filled in')));
  });

  it('has no code, no stack traces and no internal names in any message, title or notification', () => {
    const bad = PIECES.filter((piece) => CODE_LIKE.test(piece.plain));
    assert.deepEqual(bad.map(where), []);
  });

  it('has no Markdown backticks in text shown as plain text', () => {
    const bad = PIECES.filter((piece) => piece.plain.includes('`'));
    assert.deepEqual(bad.map(where), []);
  });

  it('writes every count with countOf, so that nothing says "1 errors"', () => {
    assert.deepEqual(PIECES.flatMap((piece) => bareCounts(piece).map((bare) => `${piece.file}:${piece.line}: ${bare}`)), []);
    assert.equal(countOf(1, 'error'), '1 error');
    assert.equal(countOf(2, 'error'), '2 errors');
    assert.equal(countOf(1, 'reply', 'replies'), '1 reply');
    assert.equal(countOf(0, 'reply', 'replies'), '0 replies');
  });

  it('continues an engine sentence after a colon in lower case, but not a word in capitals or a quotation', () => {
    assert.equal(afterColon('The calendar cannot hold dates after the year 9999.'), 'the calendar cannot hold dates after the year 9999.');
    assert.equal(afterColon('YAML tags cannot be changed.'), 'YAML tags cannot be changed.');
    assert.equal(afterColon('I could not read it.'), 'I could not read it.');
    assert.equal(afterColon('“sent” has a YAML tag.'), '“sent” has a YAML tag.');
  });

  it('gives commands and views titles without code', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const titles = [
      ...manifest.contributes.commands.flatMap((command: { title: string; category?: string }) => [command.title, command.category ?? '']),
      ...Object.values<Array<{ name: string }>>(manifest.contributes.views).flat().map((view) => view.name),
      ...Object.values<{ description?: string; prefix: string }>(JSON.parse(readFileSync(join(root, 'snippets/followup.code-snippets'), 'utf8'))).map((snippet) => snippet.description ?? ''),
    ];
    for (const title of titles) {
      assert.doesNotMatch(title, /`|\bundefined\b|[a-z][A-Z]|\(\)/, title);
    }
  });

  it('checks fixture drafts into messages with no code, no backticks and no "1 <plural>"', () => {
    const folders = ['test/fixtures/workspace', 'test/fixtures/etiquette', 'test/fixtures/deadlines', 'test/fixtures/screenshots', 'test/fixtures/cli'];
    const files = folders.flatMap((folder) =>
      readdirSync(join(root, folder), { recursive: true })
        .map(String)
        .filter((file) => file.endsWith('.md'))
        .map((file) => join(root, folder, file)),
    );
    assert.ok(files.length > 20, `${files.length} fixtures`);
    const timeZone = 'America/New_York';
    const now = DateTime.fromISO('2026-11-21T09:00', { zone: timeZone });
    const index = new DraftIndex();
    let seen = 0;
    for (const file of files) {
      const { findings } = lintText(readFileSync(file, 'utf8'), { now, timeZone, workspace: index });
      for (const finding of findings) {
        seen++;
        for (const text of [finding.message, ...(finding.fixes ?? []).map((fix) => fix.title)]) {
          assert.doesNotMatch(text, /`|\bundefined\b|\[object |\bNaN\b|\bnull\b/, `${file}: ${text}`);
          assert.doesNotMatch(text, /(?<![\d.,])\b1 (?:[a-z-]+ )?(?:errors|warnings|notes|drafts|words|days|hours|minutes|findings|problems|follow-ups|deadlines|times)\b/, `${file}: ${text}`);
          assert.match(text, /^[“"A-Z0-9$]|^[a-z]/, `${file}: ${text}`);
        }
      }
    }
    assert.ok(seen > 50, `${seen} findings`);
  });
});
