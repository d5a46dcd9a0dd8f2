import { fold } from './language/fold';
import { linesOf, type Span, type TextLine } from './text';

/** The `Subject:` line a message opens with. */
export interface SubjectLine {
  readonly line: TextLine;
  /** The subject text after `Subject:`; may be empty. */
  readonly value: string;
  readonly valueSpan: Span;
}

/** The salutation that opens a message, such as `Dear Dana,`. */
export interface GreetingLine {
  readonly line: TextLine;
  /** The salutation word or phrase, such as `Dear` or `Good morning`. */
  readonly salutation: string;
  /** What follows the salutation, without the closing comma: usually the name(s). */
  readonly addressee: string;
  readonly addresseeSpan: Span;
}

/** The closing of a message: a line such as `Best regards,` and the name under it. */
export interface SignOff {
  readonly closing: TextLine;
  /** The closing phrase, such as `Best regards`. */
  readonly phrase: string;
  /** The signature: the line after the closing, or the words after the comma on the same line. */
  readonly name?: Span & { readonly text: string };
}

/** The parts of a message body that the etiquette rules look at. */
export interface MessageParts {
  /** The lines of the message that are not blank once comments and code are blanked out. */
  readonly lines: readonly TextLine[];
  readonly subject?: SubjectLine;
  /** The first line of the message after the subject, whatever it says. */
  readonly opening?: TextLine;
  readonly greeting?: GreetingLine;
  readonly signOff?: SignOff;
}

const SUBJECT = /^(\s*(?:#{1,6}\s+)?(?:\*\*|__)?subject(?:\*\*|__)?\s*:(?:\*\*|__)?[ \t]*)(.*?)\s*$/i;
const SALUTATION =
  /^(\s*)(dear|hello|hi|hey|hiya|good (?:morning|afternoon|evening|day)|greetings|to whom it may concern)\b[ \t]*(.*?)[ \t]*[,:;!.—-]?[ \t]*$/i;
/** Closings people use; a short line starting so, or any short line ending with a comma, closes a message. */
const CLOSING_START =
  /^\s*(?:(?:best|kind|kindest|warm|warmest|warmly|regards|sincerely|yours|respectfully|thanks|thank|many|with|all|cheers|take|talk|gratefully|cordially|appreciatively|faithfully|truly|until|looking|again|wishing|speak|fond|peace|onwards?|ta|much|very|most|respectful|humbly)\b)/i;
const CLOSING_PHRASE =
  /^(\s*)((?:(?:with )?(?:best|kind(?:est)?|warm(?:est)?|many|much) (?:regards|wishes|thanks)(?: and \w+)?)|best|warmly|regards|sincerely(?: yours)?|yours (?:sincerely|truly|faithfully)|respectfully(?: yours)?|thank you(?: again)?|thanks(?: again| and (?:best )?regards)?|many thanks|with (?:appreciation|gratitude|thanks)|gratefully|all the best|cheers|take care|talk soon|cordially)\b\s*[,.!]?\s*(.*?)\s*$/i;
/** A signature's name: words with capitals, and credentials after a comma ("Gloria Ruiz-Hanley, RN, BSN"). */
const NAME = /^[\p{Lu}][\p{L}\p{M}'’.\- ]{0,60}(?:,[ \t]*[\p{L}\p{N}.&()'’\- ]{1,30}){0,6}$/u;
/** The most lines a signature block may take after the name: title, company, phone, email, links, pronouns. */
const CONTACT_LINES = 8;
const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

function subjectOf(line: TextLine): SubjectLine | undefined {
  const match = SUBJECT.exec(line.text);
  if (!match) return undefined;
  const start = line.start + match[1].length;
  return { line, value: match[2], valueSpan: { start, end: start + match[2].length } };
}

function greetingOf(line: TextLine): GreetingLine | undefined {
  const match = SALUTATION.exec(line.text);
  if (!match) return undefined;
  const [, indent, salutation, addressee] = match;
  const offset = line.text.indexOf(addressee, indent.length + salutation.length);
  const start = line.start + (offset === -1 ? line.text.length : offset);
  return { line, salutation, addressee, addresseeSpan: { start, end: start + addressee.length } };
}

/** Titles and collective addressees a greeting may use instead of a name. */
const ADDRESSEES = new Set(['mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'professor', 'sir', 'madam', 'team', 'all', 'everyone', 'colleagues', 'committee', 'panel']);

/**
 * A salutation in any language or custom ("Kia ora Hemi,", "Good day, Ms. Villanueva,", "Salaam
 * Omar,"): a short opening line, ending with a comma, colon or exclamation mark, that names an
 * interviewer or a title. The words before the name are the salutation.
 */
function namedGreetingOf(line: TextLine, interviewers: readonly string[]): GreetingLine | undefined {
  const text = line.text.trim();
  if (words(text) > 6 || !/[,:!]$/.test(text) || /[.?]\s/.test(text.replace(/\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|St)\./g, ''))) return undefined;
  const names = new Set(interviewers.flatMap((name) => name.split(/\s+/)).map((word) => fold(word)).filter((word) => word.length >= 2));
  const tokens = [...text.matchAll(/[\p{L}][\p{L}\p{M}'’-]*/gu)];
  const first = tokens.findIndex((match) => names.has(fold(match[0])) || ADDRESSEES.has(fold(match[0])));
  if (first <= 0) return undefined;
  const offset = line.text.indexOf(tokens[first][0]);
  const addressee = line.text.slice(offset).trim().replace(/[,:!]$/, '');
  const start = line.start + offset;
  return { line, salutation: line.text.slice(0, offset).trim().replace(/,$/, ''), addressee, addresseeSpan: { start, end: start + addressee.length } };
}

/** A line of a letter's heading: a date, a name, an address, a reference; short, and not a sentence. */
function isHeadingLine(line: TextLine): boolean {
  const text = line.text.trim();
  // A sentence break is a full stop after a word of two or more small letters (not after "Dr.").
  return words(text) <= 16 && !/\p{Ll}\p{Ll}[.!?]\s+\p{Lu}/u.test(text) && !/[!?]$/.test(text) && !/^[-*+]\s/.test(text);
}

/** A closing line: "Best regards,", "Thanks and regards,", "Warmly," or another short line ending in a comma. */
function closingOf(line: TextLine): { phrase: string; rest: string; needsName?: boolean } | undefined {
  const text = line.text.trim();
  if (words(text) > 8 || /^[-*+#>]/.test(text) || SALUTATION.test(text)) return undefined;
  const known = CLOSING_PHRASE.exec(text);
  // "Best regards, Sam Lee" signs on the same line.
  if (known && (!known[3] || (NAME.test(known[3]) && /,/.test(text.slice(0, text.length - known[3].length))))) return { phrase: known[2], rest: known[3] };
  // "Thanks again for your time," or any short line ending with a comma.
  if ((known || CLOSING_START.test(text) || words(text) <= 5) && /,$/.test(text)) return { phrase: text.slice(0, -1), rest: '' };
  // "Thank you for your time." closes a message only when a name follows it.
  if (words(text) <= 8 && /^(?:thank|thanks|many thanks)\b/i.test(text)) return { phrase: text.replace(/[,.!]$/, ''), rest: '', needsName: true };
  return undefined;
}

/** A line a signature may end with: a title, a company, a phone number, an address, a link, pronouns. */
function isContactLine(line: TextLine): boolean {
  const text = line.text.trim();
  return words(text) <= 14 && !/\p{Ll}\p{Ll}[.!?]\s+\p{Lu}/u.test(text) && !/\b(?:i|we)\b.*\b(?:am|are|was|will|would|look)\b/i.test(text);
}

/**
 * The closing of a message, read as people sign: a closing line (any of the usual phrases, or a
 * short line ending with a comma), then a name (or the name after the comma on the same line),
 * then optional contact lines.
 */
function signOffOf(lines: readonly TextLine[]): SignOff | undefined {
  const last = lines.length - 1;
  for (let i = last; i >= Math.max(0, last - CONTACT_LINES - 1); i--) {
    const closing = closingOf(lines[i]);
    if (!closing) {
      if (!isContactLine(lines[i])) return undefined;
      continue;
    }
    if (closing.rest) {
      if (!NAME.test(closing.rest) || !lines[i].text.includes(',')) return undefined;
      const start = lines[i].start + lines[i].text.lastIndexOf(closing.rest);
      return { closing: lines[i], phrase: closing.phrase, name: { start, end: start + closing.rest.length, text: closing.rest } };
    }
    if (i === last) return closing.needsName ? undefined : { closing: lines[i], phrase: closing.phrase };
    const nameLine = lines[i + 1];
    const name = nameLine.text.trim().replace(/\s*[|·•].*$/, '');
    if (!NAME.test(name) || words(name) > 8) return i + 1 === last ? { closing: lines[i], phrase: closing.phrase } : undefined;
    const start = nameLine.start + nameLine.text.indexOf(name);
    return { closing: lines[i], phrase: closing.phrase, name: { start, end: start + name.length, text: name } };
  }
  return undefined;
}

/**
 * Finds the subject, greeting and sign-off of a message body. `masked` is the text with
 * comments and code blanked out (see maskNonProse), so that a commented-out line is never
 * taken for part of the message.
 */
export function readMessageParts(text: string, masked: string, bodyStart: number, interviewers: readonly string[] = []): MessageParts {
  const lines = linesOf(masked, bodyStart)
    .filter((line) => line.text.trim() !== '')
    .map((line) => ({ ...line, text: text.slice(line.start, line.end) }));
  let index = 0;
  const subject = lines[0] ? subjectOf(lines[0]) : undefined;
  if (subject) index++;
  const opening = lines[index];
  // A letter may open with the date and address blocks before its salutation.
  let greeting: GreetingLine | undefined;
  let at = index;
  for (; at < Math.min(lines.length, index + 20); at++) {
    greeting = greetingOf(lines[at]) ?? namedGreetingOf(lines[at], interviewers);
    if (greeting || !isHeadingLine(lines[at])) break;
  }
  const signOff = signOffOf(lines.slice((greeting ? at : index) + (greeting ? 1 : 0)));
  return { lines, subject, opening: greeting ? lines[at] : opening, greeting, signOff };
}
