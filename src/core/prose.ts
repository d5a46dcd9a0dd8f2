import type { Draft } from './draft';
import { companyMentions, personMentions, roleMentions } from './language/names';
import { WordIndex } from './language/phrases';
import { sentencesOf, type Sentence } from './language/tokens';
import type { Span } from './text';

/** A word of the message, with its offsets in the whole text. */
export interface Word extends Span {
  readonly text: string;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}’'-]*[\p{L}\p{N}])?/gu;

/**
 * The message part of a draft as the body rules read it: the text after the front-matter,
 * with comments, code and URLs blanked out (see maskNonProse), and helpers that report spans
 * in offsets of the whole text. Words and the lower-case text are computed once, on demand.
 */
export class Prose {
  /** The masked body. */
  readonly body: string;
  /** Where `body` starts in the whole text. */
  readonly start: number;
  private wordList: Word[] | undefined;
  private messageText: string | undefined;
  private sentenceList: Sentence[] | undefined;
  private bagOfWords: WordIndex | undefined;
  private names: { company: Span[]; role: Span[]; all: Span[] } | undefined;

  constructor(readonly draft: Draft) {
    this.start = draft.bodyStart;
    this.body = draft.masked.slice(draft.bodyStart);
  }

  /** The masked body with the subject line blanked too: what the message itself says. */
  get message(): string {
    if (this.messageText === undefined) {
      const subject = this.draft.message.subject;
      this.messageText = subject
        ? this.body.slice(0, subject.line.start - this.start) + ' '.repeat(subject.line.end - subject.line.start) + this.body.slice(subject.line.end - this.start)
        : this.body;
    }
    return this.messageText;
  }

  /** Every match of a global pattern in the message, as spans of the whole text. */
  find(pattern: RegExp): Span[] {
    const spans: Span[] = [];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(this.body); match; match = pattern.exec(this.body)) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      spans.push({ start: this.start + match.index, end: this.start + match.index + match[0].length });
    }
    return spans;
  }

  /** The message's sentences (its subject line among them), as tokens for the phrase families. */
  sentences(): readonly Sentence[] {
    return (this.sentenceList ??= sentencesOf(this.draft.masked, this.start));
  }

  /** Every word of the message and every other reading of it, with the sentences it is in, for the phrase families to rule out what cannot occur. */
  bag(): WordIndex {
    return (this.bagOfWords ??= new WordIndex(this.sentences(), this.draft.masked));
  }

  /** Where the message (its subject line included) names the company, the role and the interviewers. */
  private nameSpans() {
    if (!this.names) {
      const { company, role, interviewers } = this.draft.fields;
      const sentences = this.sentences();
      const companySpans = companyMentions(sentences, company);
      const roleSpans = roleMentions(sentences, role);
      const all = [...companySpans, ...roleSpans, ...personMentions(sentences, interviewers)].sort((a, b) => a.start - b.start);
      this.names = { company: companySpans, role: roleSpans, all };
    }
    return this.names;
  }

  /** True when the message or its subject line names the company, by any form a reader would recognise. */
  namesCompany(): boolean {
    return this.nameSpans().company.length > 0;
  }

  /** True when the message or its subject line names the role. */
  namesRole(): boolean {
    return this.nameSpans().role.length > 0;
  }

  /** True when a span lies on a name from the front-matter (a company called "Public Sector Pensions Agency"). */
  onName(span: Span): boolean {
    // The name spans are sorted by start and short: look at those starting before the span ends.
    const all = this.nameSpans().all;
    let low = 0;
    let high = all.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (all[middle].start < span.end) low = middle + 1;
      else high = middle;
    }
    for (let i = low - 1; i >= 0 && i >= low - 8; i--) if (all[i].end > span.start) return true;
    return false;
  }

  /** The message's words, in order. */
  words(): readonly Word[] {
    if (!this.wordList) {
      this.wordList = [];
      WORD.lastIndex = 0;
      for (let match = WORD.exec(this.body); match; match = WORD.exec(this.body)) {
        const start = this.start + match.index;
        this.wordList.push({ start, end: start + match[0].length, text: match[0] });
      }
    }
    return this.wordList;
  }

  /**
   * The span to delete to remove the sentence around `offset`, with the space after it; a
   * sentence that is its whole line takes its line break too, so no gap is left.
   */
  sentenceAt(offset: number): Span {
    const body = this.body;
    const at = Math.max(0, Math.min(offset - this.start, body.length));
    let start = at;
    while (start > 0) {
      const previous = body[start - 1];
      if (previous === '\n') {
        // A sentence does not run on from a line that is blank, or that ends a sentence,
        // a greeting ("Dear Dana,") or a heading.
        const lineStart = body.lastIndexOf('\n', start - 2) + 1;
        const line = body.slice(lineStart, start - 1).trimEnd();
        if (line === '' || /[.!?,:]["'”’)]*$/.test(line) || /^\s*#/.test(line)) break;
      } else if ((previous === ' ' || previous === '\t') && /[.!?]["'”’)]*$/.test(body.slice(Math.max(0, start - 5), start - 1))) {
        break;
      }
      start--;
    }
    while (start < at && (body[start] === ' ' || body[start] === '\t')) start++;
    let end = at;
    while (end < body.length) {
      const ch = body[end];
      if (ch === '.' || ch === '!' || ch === '?') {
        while (end < body.length && /[.!?"'”’)]/.test(body[end])) end++;
        break;
      }
      if (ch === '\n' || ch === '\r') {
        const next = body.indexOf('\n', end) + 1;
        const following = body.slice(next, body.indexOf('\n', next) === -1 ? body.length : body.indexOf('\n', next));
        if (next === 0 || following.trim() === '') break;
      }
      end++;
    }
    while (end < body.length && (body[end] === ' ' || body[end] === '\t')) end++;
    const wholeLine = (start === 0 || body[start - 1] === '\n') && (end === body.length || body[end] === '\n' || body[end] === '\r');
    if (wholeLine) {
      if (body[end] === '\r') end++;
      if (body[end] === '\n') end++;
    }
    return { start: this.start + start, end: this.start + end };
  }
}
