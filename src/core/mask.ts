interface Pattern {
  readonly regex: RegExp;
  /** Text the pattern cannot match without: the search is skipped when the body lacks it. */
  readonly needs?: string;
  /** The capture group to blank; the whole match when absent. */
  readonly group?: number;
}

const PATTERNS: readonly Pattern[] = [
  { regex: /<!--[\s\S]*?(?:-->|$)/g, needs: '<!--' },
  { regex: /^[ \t]{0,3}(`{3,}|~{3,})[^\r\n]*(?:\r?\n[\s\S]*?(?:\r?\n[ \t]{0,3}\1[`~]*[ \t]*(?=\r?\n|$)|$))?/gm },
  // A code span opens at the start of a run of backticks only, so a long run is read once.
  { regex: /(?<!`)(`+)(?!`)[^`]*?[^`]\1(?!`)/g, needs: '`' },
  // Link destinations: `[text](destination)` keeps its brackets, so links stay recognisable.
  // A destination stops at the next parenthesis, so `](` repeated without `)` stays linear.
  { regex: /\]\(([^()\s]*(?:[ \t]+"[^"\n]*")?)\)/g, group: 1, needs: '](' },
  // Reference definitions: `[label]: https://...`.
  { regex: /^[ \t]{0,3}\[[^\]\r\n]+\]:[ \t]*\S[^\r\n]*/gm, needs: ']:' },
  { regex: /<?\b(?:https?:\/\/|www\.)[^\s<>()[\]]+>?/g },
  // Quoted text (`> ...`) is someone else's words, such as the employer's last email pasted
  // below the message, with the "On ..., Dana wrote:" line above it.
  { regex: /^[ \t]{0,3}>[^\r\n]*/gm, needs: '>' },
  { regex: /^[^\r\n]{0,300}\bwrote:[ \t]*(?=\r?\n[ \t]{0,3}>)/gm, needs: 'wrote:' },
  // The part before the @ is at most 64 characters (RFC 5321), which keeps the search linear.
  { regex: /<?\b[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+\b>?/g, needs: '@' },
];

const blank = (text: string) => text.replace(/[^\r\n]/g, ' ');

/**
 * Blanks out what is not the message itself (everything before `start`, such as the
 * front-matter, then HTML comments, code, quoted text, link destinations, URLs and email addresses) with
 * spaces, keeping every line break and offset, so that rules can search the message and still
 * report exact ranges.
 */
export function maskNonProse(text: string, start = 0): string {
  const body = text.slice(start);
  const ranges: Array<[number, number]> = [];
  for (const { regex, group, needs } of PATTERNS) {
    if (needs && !body.includes(needs)) continue;
    regex.lastIndex = 0;
    for (let m = regex.exec(body); m; m = regex.exec(body)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      if (group === undefined) {
        ranges.push([m.index, m.index + m[0].length]);
      } else if (m[group]) {
        const from = m.index + m[0].indexOf(m[group], 1);
        ranges.push([from, from + m[group].length]);
      }
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
