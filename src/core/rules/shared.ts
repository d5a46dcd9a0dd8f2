import type { Fix, RuleFinding } from '../finding';
import type { PhraseSet } from '../language/phrases';
import type { Span } from '../text';
import type { RuleContext } from './rule';

/**
 * The most findings one rule reports in one draft. A real message never comes near it; a
 * pasted wall of text stops here, so that each finding's fix (which looks for its sentence)
 * cannot make the check slow, and the editor is not buried in squiggles.
 */
export const MAX_FINDINGS_PER_RULE = 100;

/** The line ending a draft uses, so inserted lines match it. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Where a finding about the message as a whole points: its greeting or first line. */
export function openingSpan(context: RuleContext): Span {
  const { draft } = context;
  const line = draft.message.greeting?.line ?? draft.message.opening;
  if (line) return { start: line.start + (line.text.length - line.text.trimStart().length), end: line.end };
  return draft.frontMatter?.close ?? { start: draft.bodyStart, end: draft.bodyStart };
}

/**
 * Where a finding about the whole message points (no interest, no thanks, nothing personal):
 * the line that closes the front-matter, so that no correct line of the message looks wrong.
 */
export function wholeMessageSpan(context: RuleContext): Span {
  const { draft } = context;
  return draft.frontMatter?.close ?? openingSpan(context);
}

/** The quoted text of a span, for messages: “ASAP”. */
export function quote(context: RuleContext, span: Span): string {
  // Only the start is ever shown: a quoted passage costs the same whatever its length.
  const text = context.draft.text.slice(span.start, Math.min(span.end, span.start + 200)).replace(/\s+/g, ' ').trim();
  return `“${text.length > 60 ? `${text.slice(0, 57)}...` : text}”`;
}

/** A fix that deletes the sentence around a span. */
export function deleteSentence(context: RuleContext, span: Span): Fix {
  return { title: 'Delete this sentence', edits: [{ span: context.prose.sentenceAt(span.start), text: '' }] };
}

/** A fix that replaces a span with other text. */
export function replaceWith(span: Span, text: string, safe = true): Fix {
  return { title: `Replace with “${text}”`, edits: [{ span, text }], safe };
}

/** The first name of a person, for greetings: "Dana" of "Dana Whitfield". */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** Case-preserving replacement: "Recieve" -> "Receive". */
export function matchCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return replacement.toUpperCase();
  if (original[0] === original[0].toUpperCase()) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Greetings and sign-offs are expected in emails and letters, not in call scripts. */
export const WRITTEN_TYPES: ReadonlySet<string> = new Set(['thank-you', 'letter', 'check-in', 'final']);

/**
 * A rule body for a family of wordings: every sentence where one of `phrases` occurs (and none of
 * `unless` does, and one of `when` does if given) is a finding on the words matched, with a fix
 * that deletes the sentence. Words that are part of a name from the front-matter never count.
 */
export function findFamilies(
  context: RuleContext,
  phrases: PhraseSet,
  message: (quoted: string) => string,
  unless?: PhraseSet,
  when?: PhraseSet,
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const sentence of context.prose.sentences()) {
    if (findings.length >= MAX_FINDINGS_PER_RULE) break;
    const spans = phrases.matches(sentence, context.prose.bag()).filter((span) => !context.prose.onName(span));
    if (spans.length === 0 || unless?.test(sentence, context.prose.bag()) || (when && !when.test(sentence, context.prose.bag()))) continue;
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    let lastEnd = -1;
    for (const span of spans) {
      if (span.start < lastEnd) continue;
      lastEnd = span.end;
      findings.push({ span, message: message(quote(context, span)), fixes: [deleteSentence(context, span)] });
    }
  }
  return findings.slice(0, MAX_FINDINGS_PER_RULE);
}
