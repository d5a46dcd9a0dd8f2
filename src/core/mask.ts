const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})[^\r\n]*(?:\r?\n[\s\S]*?(?:\r?\n[ \t]{0,3}\1[`~]*[ \t]*(?=\r?\n|$)|$))?/gm;
const INLINE_CODE = /(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g;

const blank = (text: string) => text.replace(/[^\r\n]/g, ' ');

/**
 * Blanks out what is not the message itself (everything before `start`, such as the
 * front-matter, then HTML comments, fenced code and inline code) with spaces, keeping every
 * line break and offset, so that rules can search the message and still report exact ranges.
 */
export function maskNonProse(text: string, start = 0): string {
  const body = text.slice(start);
  const ranges: Array<[number, number]> = [];
  for (const pattern of [COMMENT, FENCE, INLINE_CODE]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      ranges.push([m.index, m.index + m[0].length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  let masked = blank(text.slice(0, start));
  let cursor = 0;
  for (const [from, to] of ranges) {
    if (to <= cursor) continue;
    const begin = Math.max(from, cursor);
    masked += body.slice(cursor, begin) + blank(body.slice(begin, to));
    cursor = to;
  }
  return masked + body.slice(cursor);
}
