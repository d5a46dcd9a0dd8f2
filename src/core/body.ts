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
  /^(\s*)(dear|hello|hi|hey|hiya|good (?:morning|afternoon|evening)|greetings|to whom it may concern)\b[ \t]*(.*?)[ \t]*[,:;!.—-]?[ \t]*$/i;
const CLOSING =
  /^(\s*)(best(?: regards| wishes)?|kind(?:est)? regards|warm(?:est)? regards|warm wishes|regards|sincerely(?: yours)?|yours (?:sincerely|truly|faithfully)|respectfully(?: yours)?|thank you(?: again)?|thanks(?: again)?|many thanks|with (?:appreciation|gratitude|thanks)|gratefully|all the best|cheers|take care|talk soon)\s*[,.!]?\s*(.*?)\s*$/i;
const NAME = /^[\p{L}][\p{L}\p{M}'’.\- ]{0,60}$/u;

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

function signOffOf(lines: readonly TextLine[]): SignOff | undefined {
  const last = lines.at(-1);
  if (!last) return undefined;
  const sameLine = CLOSING.exec(last.text);
  if (sameLine) {
    const [, , phrase, rest] = sameLine;
    if (!rest) return { closing: last, phrase };
    if (NAME.test(rest) && last.text.includes(',')) {
      const start = last.start + last.text.lastIndexOf(rest);
      return { closing: last, phrase, name: { start, end: start + rest.length, text: rest } };
    }
  }
  const previous = lines.at(-2);
  if (!previous) return undefined;
  const closing = CLOSING.exec(previous.text);
  if (!closing || closing[3] !== '') return undefined;
  const name = last.text.trim();
  if (!NAME.test(name)) return undefined;
  const start = last.start + last.text.indexOf(name);
  return { closing: previous, phrase: closing[2], name: { start, end: start + name.length, text: name } };
}

/**
 * Finds the subject, greeting and sign-off of a message body. `masked` is the text with
 * comments and code blanked out (see maskNonProse), so that a commented-out line is never
 * taken for part of the message.
 */
export function readMessageParts(text: string, masked: string, bodyStart: number): MessageParts {
  const lines = linesOf(masked, bodyStart)
    .filter((line) => line.text.trim() !== '')
    .map((line) => ({ ...line, text: text.slice(line.start, line.end) }));
  let index = 0;
  const subject = lines[0] ? subjectOf(lines[0]) : undefined;
  if (subject) index++;
  const opening = lines[index];
  const greeting = opening ? greetingOf(opening) : undefined;
  const signOff = signOffOf(lines.slice(index + (greeting ? 1 : 0)));
  return { lines, subject, opening, greeting, signOff };
}
