import type { DateTime } from 'luxon';
import { readFrontMatter } from './frontmatter';
import type { TextEdit } from './finding';
import type { Outcome } from './schema';

export type EditResult = { ok: true; edit: TextEdit } | { ok: false; reason: string };

/** The line ending a text uses, so an inserted line matches it. */
function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
}

/** The indentation of the top-level keys (YAML allows it, if every key shares it), so a new key lines up. */
function indentOf(text: string, keyStart: number | undefined): string {
  if (keyStart === undefined) return '';
  const lineStart = Math.max(text.lastIndexOf('\n', keyStart - 1), text.lastIndexOf('\r', keyStart - 1)) + 1;
  const indent = text.slice(lineStart, keyStart);
  return /^[ \t]*$/.test(indent) ? indent : '';
}

/** A front-matter that is one mapping in braces (`{company: Globex, ...}`), after any comments, tag or anchor. */
const FLOW_MAPPING = /^(?:\s*#.*(?:\r\n|\r|\n))*\s*(?:[!&]\S*\s+)*\{/;

const FLOW_REASON =
  'This front-matter is written in braces ({…}), where a line cannot be changed on its own, so it was left untouched; write each setting on its own line as “key: value”, then try again.';

/**
 * The one edit that sets a top-level front-matter key: it replaces only the value of an
 * existing key (keeping its comment, the key order and every other byte), or inserts one
 * line before the closing `---`. Applied twice, it never duplicates the key.
 */
export function setFrontMatterValue(text: string, key: string, value: string): EditResult {
  const { frontMatter } = readFrontMatter(text);
  if (!frontMatter) return { ok: false, reason: 'This file has no front-matter to update.' };
  if (!frontMatter.readable || !frontMatter.close) {
    return { ok: false, reason: 'The front-matter cannot be read, so it was left untouched; fix the error shown in the file first.' };
  }
  const content = text.slice(frontMatter.content.start, frontMatter.content.end);
  if (FLOW_MAPPING.test(content)) {
    return { ok: false, reason: FLOW_REASON };
  }
  const entry = frontMatter.entries.find((candidate) => candidate.key === key);
  if (entry) {
    let span = entry.valueSpan;
    // A tag before the value (`sent: !!null`) goes with the value it typed: both are replaced.
    const before = text.slice(entry.keySpan.end, span.start);
    const tag = /(?:^|[ \t])(![^\s]*)[ \t]*$/.exec(before);
    if (tag) {
      if (/[\r\n]/.test(before)) {
        return { ok: false, reason: `“${key}” has a YAML tag on a line of its own, which cannot be changed in one line, so it was left untouched; write it as “${key}: ${value}”.` };
      }
      span = { start: entry.keySpan.end + tag.index + tag[0].indexOf('!'), end: span.end };
    }
    let spaced = value;
    // Keep a space after the colon, and before a comment (`sent:   # later`), which YAML would
    // otherwise read as part of the value.
    if (text[span.start - 1] === ':') spaced = ` ${spaced}`;
    if (text[span.end] === '#') spaced = `${spaced} `;
    return { ok: true, edit: { span, text: spaced } };
  }
  // A YAML document end (`...`) closes the mapping: a new key goes before it.
  const documentEnd = /^\.\.\.[ \t]*$/m.exec(content);
  const at = documentEnd ? frontMatter.content.start + documentEnd.index : frontMatter.close.start;
  return { ok: true, edit: { span: { start: at, end: at }, text: `${indentOf(text, frontMatter.entries[0]?.keySpan.start)}${key}: ${value}${eolOf(text)}` } };
}

/** A date-time as the front-matter writes it: wall-clock time in the user's zone, to the minute. */
export function formatDateTime(moment: DateTime): string {
  return moment.toFormat("yyyy-MM-dd'T'HH:mm");
}

/** Sets `sent:` to the given moment. */
export function markAsSent(text: string, now: DateTime): EditResult {
  return setFrontMatterValue(text, 'sent', formatDateTime(now));
}

/** Sets `snoozedUntil:` to a day: the item comes back the day after. */
export function snooze(text: string, until: DateTime): EditResult {
  return setFrontMatterValue(text, 'snoozedUntil', until.toFormat('yyyy-MM-dd'));
}

/**
 * Removes a top-level key's line (or lines, for a value that runs on) from the front-matter,
 * leaving every other byte alone. Fails, with the reason, when the key is not there.
 */
export function removeFrontMatterKey(text: string, key: string): EditResult {
  const { frontMatter } = readFrontMatter(text);
  if (!frontMatter?.readable || !frontMatter.close) {
    return { ok: false, reason: 'The front-matter cannot be read, so it was left untouched; fix the error shown in the file first.' };
  }
  if (FLOW_MAPPING.test(text.slice(frontMatter.content.start, frontMatter.content.end))) return { ok: false, reason: FLOW_REASON };
  const entry = frontMatter.entries.find((candidate) => candidate.key === key);
  if (!entry) return { ok: false, reason: `the front-matter has no “${key}”.` };
  const start = Math.max(text.lastIndexOf('\n', entry.keySpan.start - 1), text.lastIndexOf('\r', entry.keySpan.start - 1)) + 1;
  const lineEnd = /\r\n|\r|\n/g;
  lineEnd.lastIndex = Math.max(entry.valueSpan.end, entry.keySpan.end);
  const eol = lineEnd.exec(text);
  const end = eol ? eol.index + eol[0].length : text.length;
  return { ok: true, edit: { span: { start, end: Math.min(end, frontMatter.close.start) }, text: '' } };
}

/** Removes `snoozedUntil:`, so the items it hid come back now. */
export function unsnooze(text: string): EditResult {
  return removeFrontMatterKey(text, 'snoozedUntil');
}

/** Sets `outcome:`, which closes the application. */
export function recordOutcome(text: string, outcome: Outcome): EditResult {
  return setFrontMatterValue(text, 'outcome', outcome);
}

/** Applies edits to a text, last first, so offsets stay valid. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits].sort((a, b) => b.span.start - a.span.start).reduce((result, edit) => result.slice(0, edit.span.start) + edit.text + result.slice(edit.span.end), text);
}
