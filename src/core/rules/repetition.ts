import type { RuleFinding } from '../finding';
import type { Rule } from './rule';
import { MAX_FINDINGS_PER_RULE } from './shared';

const PHRASE = 6;

/** Reused from check to check (each check writes before it reads). */
let chain = new Int32Array(1024);

/** The start of a repeated passage, for the message: at most 80 characters, however long it is. */
function excerpt(text: string, start: number, end: number): string {
  const passage = text.slice(start, Math.min(end, start + 120)).replace(/\s+/g, ' ').trim();
  return passage.length > 80 || end - start > 120 ? `${passage.slice(0, 77).trimEnd()}…` : passage;
}

/** Saying the same thing twice wastes the reader's time (DOMAIN.md §1). */
export const repetition: Rule = {
  id: 'repetition',
  defaultSeverity: 'information',
  description: 'A sentence, or a phrase of six or more words, is repeated.',
  check: ({ draft, prose }) => {
    const subjectEnd = draft.message.subject?.line.end ?? -1;
    const words = prose.words().filter((word) => word.start > subjectEnd);
    // Words become numbers, and each run of six a 32-bit hash, so no string is built per position.
    const ids = new Map<string, number>();
    const seq = words.map((word) => {
      const lower = /[^a-z0-9'’-]/.test(word.text) ? word.text.toLowerCase() : word.text;
      let id = ids.get(lower);
      if (id === undefined) ids.set(lower, (id = ids.size));
      return id;
    });
    const same = (a: number, b: number, n: number) => {
      for (let k = 0; k < n; k++) if (seq[a + k] !== seq[b + k]) return false;
      return true;
    };
    const findings: RuleFinding[] = [];
    // Each run's hash (kept a small integer) to the latest run with it, and each run to the
    // previous one with the same hash: chains without an array per run.
    const latest = new Map<number, number>();
    if (chain.length < seq.length) chain = new Int32Array(seq.length * 2);
    const previous = chain;
    const flagged: Array<[number, number]> = [];
    for (let i = 0; i + PHRASE <= seq.length && findings.length < MAX_FINDINGS_PER_RULE; i++) {
      let hash = 0;
      for (let k = 0; k < PHRASE; k++) hash = (Math.imul(hash, 31) + seq[i + k]) | 0;
      hash &= 0x3fffffff;
      // The earliest earlier run with the same words, as before.
      let first: number | undefined;
      for (let start = latest.get(hash) ?? -1; start >= 0; start = previous[start]) {
        if (start + PHRASE <= i && same(start, i, PHRASE)) first = start;
      }
      if (first === undefined) {
        previous[i] = latest.get(hash) ?? -1;
        latest.set(hash, i);
        continue;
      }
      let end = i + PHRASE;
      while (end < seq.length && first + (end - i) < i && seq[end] === seq[first + (end - i)]) end++;
      const span = { start: words[i].start, end: words[end - 1].end };
      flagged.push([span.start, span.end]);
      findings.push({
        span,
        message: `This repeats “${excerpt(draft.text, span.start, span.end)}” from earlier in the message; say it once and use the space for something new.`,
      });
      i = end - 1;
    }
    // Short repeated sentences ("Thank you again.") are too short for the six-word runs above;
    // a sentence ends at a word followed by . ! or ?.
    const body = prose.body;
    const sentences = new Map<string, number>();
    let sentenceStart = 0;
    for (let i = 0; i < words.length; i++) {
      // The first character after the word, past up to two spaces: does the sentence end here?
      let at = words[i].end - prose.start;
      while (at < body.length && at < words[i].end - prose.start + 2 && (body[at] === ' ' || body[at] === '\t' || body[at] === '\n')) at++;
      const next = body[at];
      if (next !== '.' && next !== '!' && next !== '?' && i !== words.length - 1) continue;
      const length = i - sentenceStart + 1;
      if (length >= 3 && length < PHRASE) {
        const key = seq.slice(sentenceStart, i + 1).join(',');
        const start = words[sentenceStart].start;
        const end = words[i].end;
        const first = sentences.get(key);
        if (first === undefined) sentences.set(key, start);
        else if (findings.length < MAX_FINDINGS_PER_RULE && !flagged.some(([from, to]) => from < end && to > start)) {
          findings.push({ span: { start, end: end + 1 }, message: 'This sentence repeats one from earlier in the message; keep only one of them.', fixes: [{ title: 'Delete this sentence', edits: [{ span: prose.sentenceAt(start), text: '' }] }] });
        }
      }
      sentenceStart = i + 1;
    }
    return findings.sort((a, b) => a.span.start - b.span.start);
  },
};
