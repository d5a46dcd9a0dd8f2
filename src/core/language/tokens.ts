import { fold } from './fold';
import { vocabularyEntry, vocabularyHash, type VocabularyEntry } from './phrases';

/** A word of the message, as the phrase families read it. */
export interface Token {
  /** Where the written word is in the whole text; the parts of a contraction share it. */
  readonly start: number;
  readonly end: number;
  /** The word folded (lower case, straight apostrophe, no accents); a contraction's part ("have", "not"). */
  readonly norm: string;
  /** Other readings: "'s" is also "is" and "has", "'d" is "would" and "had". */
  readonly alt: readonly string[] | undefined;
  /** The word as written had capitals only ("REALLY", "SQL"). */
  readonly caps: boolean;
  /** The word as written starts with a capital ("Brightline", "SQL"). */
  readonly cap: boolean;
  /** What the phrase families know of `norm`; undefined when no phrase uses it. */
  readonly entry: VocabularyEntry | undefined;
}

/** The words of one sentence, or of one line of a list or a signature. */
export type Sentence = readonly Token[];

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:[-‐][\p{L}\p{N}]+)*(?:['’](?![\p{L}]))?/gu;

/** What the clitic of a contraction stands for. */
const CLITICS: Record<string, { norm: string; alt?: string[] }> = {
  "'m": { norm: 'am' },
  "'re": { norm: 'are' },
  "'ve": { norm: 'have' },
  "'ll": { norm: 'will' },
  "'d": { norm: 'would', alt: ['had'] },
  "'s": { norm: "'s", alt: ['is', 'has'] },
};
/** Negative contractions whose first part is not the word before n't. */
const NEGATIVES: Record<string, string> = { "won't": 'will', "can't": 'can', "shan't": 'shall', "ain't": 'am', "don't": 'do' };
/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = /(?:^|[\s(])(?:mr|mrs|ms|mx|dr|prof|st|sr|jr|no|vs|etc|e\.g|i\.e|a\.m|p\.m|approx|dept|inc|ltd|co|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/i;

/** The parts of a written word: "haven't" is "have" + "not", "I'm" is "i" + "am". */
function partsOf(written: string): Array<{ norm: string; alt?: readonly string[] }> {
  // Most words are plain ASCII letters: lower case is all the folding they need.
  const word = (/^[A-Za-z0-9-]+$/.test(written) ? written.toLowerCase() : fold(written)).replace(/'$/, '');
  if (!word.includes("'")) return [{ norm: word }];
  const negative = NEGATIVES[word];
  if (negative) return [{ norm: negative }, { norm: 'not' }];
  if (word.endsWith("n't") && word.length > 3) return [{ norm: word.slice(0, -3) }, { norm: 'not' }];
  const clitic = /^(.+?)('m|'re|'ve|'ll|'d|'s)$/.exec(word);
  if (clitic) {
    const part = CLITICS[clitic[2]];
    return [{ norm: clitic[1] }, part.alt ? { norm: part.norm, alt: part.alt } : { norm: part.norm }];
  }
  return [{ norm: word }];
}

/**
 * Splits a message into sentences of tokens. A sentence ends at . ! ? ; (not after an
 * abbreviation such as "Dr."), at a blank line, and at a line break before a list item, a
 * heading or a line that does not continue a sentence (a signature, an address). `text` is the
 * masked message, offsets unchanged.
 */
export function sentencesOf(text: string, from = 0, to = text.length): Sentence[] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  const close = () => {
    if (current.length > 0) sentences.push(current);
    current = [];
  };
  WORD.lastIndex = from;
  let cursor = from;
  for (let match = WORD.exec(text); match && match.index < to; match = WORD.exec(text)) {
    // One space between two words is the common case, and never ends a sentence.
    if (current.length > 0 && !(match.index === cursor + 1 && text[cursor] === ' ') && breaks(text, cursor, text.slice(cursor, match.index))) close();
    const written = match[0];
    // One pass over the characters: most words are plain ASCII, and need no other test.
    let plain = true;
    let upper = false;
    let lower = false;
    // The hash of the folded word, as `vocabularyHash` computes it, while the letters are read.
    let hash = written.length;
    for (let i = 0; i < written.length; i++) {
      const code = written.charCodeAt(i);
      if (code >= 97 && code <= 122) lower = true;
      else if (code >= 65 && code <= 90) upper = true;
      else if (!(code >= 48 && code <= 57) && code !== 45) plain = false;
      hash = (Math.imul(hash, 31) + (code >= 65 && code <= 90 ? code + 32 : code)) | 0;
    }
    if (plain) {
      const first = written.charCodeAt(0);
      const norm = upper ? written.toLowerCase() : written;
      current.push({ start: match.index, end: match.index + written.length, norm, alt: undefined, caps: upper && !lower, cap: first >= 65 && first <= 90, entry: vocabularyEntry(norm, hash) });
    } else {
      const ascii = /^[A-Za-z0-9'’-]+$/.test(written);
      const caps = ascii ? upper && !lower : /\p{Lu}/u.test(written) && !/\p{Ll}/u.test(written);
      const cap = ascii ? written[0] >= 'A' && written[0] <= 'Z' : /^\p{Lu}/u.test(written);
      for (const part of partsOf(written)) {
        current.push({ start: match.index, end: match.index + written.length, norm: part.norm, alt: part.alt, caps, cap, entry: vocabularyEntry(part.norm, vocabularyHash(part.norm)) });
      }
    }
    cursor = match.index + written.length;
  }
  close();
  return sentences;
}

/** True when the text between two words ends a sentence. */
function breaks(text: string, at: number, between: string): boolean {
  if (/[!?;]/.test(between)) return true;
  if (between.includes('.')) {
    const before = text.slice(Math.max(0, at - 12), at + between.indexOf('.') + 1);
    if (!ABBREVIATIONS.test(before)) return true;
  }
  if (!between.includes('\n')) return false;
  if (/\n[ \t]*\n/.test(between)) return true;
  // A line break followed by a list item, a heading or a quote starts something new.
  if (/\n[ \t]*(?:[-*+>#]|\d+[.)])/.test(between)) return true;
  // A line that ends without punctuation before a capitalised line (a signature, an address block) stands alone.
  const previous = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  return !/[,\p{Ll}]$/u.test(previous.trimEnd());
}
