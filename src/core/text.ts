/** A half-open range of UTF-16 offsets into the text that was checked: `start` <= i < `end`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A zero-based line and character, counted the way VS Code counts them (UTF-16 units). */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** A line of the text, without its line break. */
export interface TextLine extends Span {
  readonly text: string;
}

const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Converts offsets to line/character positions, so that the core can report ranges that both
 * the editor and the CLI understand. Treats CRLF, CR and LF as line breaks, as VS Code does.
 */
export class LineMap {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    LINE_BREAK.lastIndex = 0;
    for (let match = LINE_BREAK.exec(text); match; match = LINE_BREAK.exec(text)) {
      this.lineStarts.push(match.index + match[0].length);
    }
  }

  /** The position of an offset; offsets outside the text are clamped to it. */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }
}

/** Splits a region of a text into lines that keep their offsets in the whole text. */
export function linesOf(text: string, start = 0, end = text.length): TextLine[] {
  const lines: TextLine[] = [];
  let lineStart = start;
  for (let i = start; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      lines.push({ start: lineStart, end: i, text: text.slice(lineStart, i) });
      if (ch === 13 && text.charCodeAt(i + 1) === 10 && i + 1 < end) i++;
      lineStart = i + 1;
    }
  }
  lines.push({ start: lineStart, end, text: text.slice(lineStart, end) });
  return lines;
}

const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');
const utf8 = new TextDecoder('utf-8');

/**
 * A file's text, without its byte order mark: UTF-16 (either byte order) when it starts with
 * one, UTF-8 otherwise, as editors save Markdown. Runs in Node and in a web worker alike.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le.decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16be.decode(bytes.subarray(2));
  return utf8.decode(bytes).replace(/^\uFEFF/, '');
}
