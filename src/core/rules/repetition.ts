import type { RuleFinding } from '../finding';
import type { Rule } from './rule';

const PHRASE = 6;
const SENTENCE = /[^.!?\r\n]+(?:[.!?]+|$)/gm;

/** Saying the same thing twice wastes the reader's time (DOMAIN.md §1). */
export const repetition: Rule = {
  id: 'repetition',
  defaultSeverity: 'information',
  description: 'A sentence, or a phrase of six or more words, is repeated.',
  check: ({ draft, prose }) => {
    const subjectEnd = draft.message.subject?.line.end ?? -1;
    const words = prose.words().filter((word) => word.start > subjectEnd);
    const findings: RuleFinding[] = [];
    const seen = new Map<string, number>();
    const flagged: Array<[number, number]> = [];
    for (let i = 0; i + PHRASE <= words.length; i++) {
      const key = words.slice(i, i + PHRASE).map((word) => word.text.toLowerCase()).join(' ');
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, i);
        continue;
      }
      if (i < first + PHRASE) continue;
      let end = i + PHRASE;
      while (end < words.length && words[end].text.toLowerCase() === words[first + (end - i)]?.text.toLowerCase() && first + (end - i) < i) end++;
      const span = { start: words[i].start, end: words[end - 1].end };
      flagged.push([span.start, span.end]);
      findings.push({
        span,
        message: `This repeats “${draft.text.slice(span.start, span.end).replace(/\s+/g, ' ')}” from earlier in the message; say it once and use the space for something new.`,
      });
      i = end - 1;
    }
    const sentences = new Map<string, number>();
    const message = prose.message;
    SENTENCE.lastIndex = 0;
    for (let match = SENTENCE.exec(message); match; match = SENTENCE.exec(message)) {
      const normalized = match[0].toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      if (normalized.split(' ').length < 3) continue;
      const start = prose.start + match.index + (match[0].length - match[0].trimStart().length);
      const end = prose.start + match.index + match[0].trimEnd().length;
      if (!sentences.has(normalized)) {
        sentences.set(normalized, start);
        continue;
      }
      if (flagged.some(([from, to]) => from < end && to > start)) continue;
      findings.push({ span: { start, end }, message: 'This sentence repeats one from earlier in the message; keep only one of them.', fixes: [{ title: 'Delete this sentence', edits: [{ span: prose.sentenceAt(start), text: '' }] }] });
    }
    return findings.sort((a, b) => a.span.start - b.span.start);
  },
};
