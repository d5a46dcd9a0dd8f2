import { LineMap } from './text';

const DIRECTIVE = /<!--\s*followup-(disable-next-line|disable|enable)((?:\s+[A-Za-z][\w-]*)*)\s*-->/g;

interface Directive {
  readonly kind: 'disable-next-line' | 'disable' | 'enable';
  /** Rule ids; empty for every rule. */
  readonly rules: readonly string[];
  readonly offset: number;
  readonly line: number;
}

/**
 * Reads the markdownlint-style comments that silence findings in a draft's body, and returns a
 * test for whether a finding of `rule` starting at `offset` is silenced:
 * `<!-- followup-disable rule ... -->` until `<!-- followup-enable rule ... -->`, and
 * `<!-- followup-disable-next-line rule ... -->` for the line after it. No ids means every rule.
 * Findings in the front-matter are silenced by a `disable` anywhere in the body.
 */
export function readSuppressions(text: string, bodyStart: number): ((rule: string, offset: number) => boolean) | undefined {
  if (text.indexOf('followup-', bodyStart) === -1) return undefined;
  const directives: Directive[] = [];
  const body = text.slice(bodyStart);
  const lines = new LineMap(text);
  DIRECTIVE.lastIndex = 0;
  for (let match = DIRECTIVE.exec(body); match; match = DIRECTIVE.exec(body)) {
    const offset = bodyStart + match.index;
    directives.push({
      kind: match[1] as Directive['kind'],
      rules: match[2].trim().split(/\s+/).filter(Boolean),
      offset,
      line: lines.positionAt(offset + match[0].length).line,
    });
  }
  if (directives.length === 0) return undefined;
  return (rule, offset) => {
    const applies = (directive: Directive) => directive.rules.length === 0 || directive.rules.includes(rule);
    // No comment can stand before the front-matter, so a `disable` anywhere covers it.
    if (offset < bodyStart) return directives.some((directive) => directive.kind === 'disable' && applies(directive));
    const line = lines.positionAt(offset).line;
    let off = false;
    for (const directive of directives) {
      if (!applies(directive)) continue;
      if (directive.kind === 'disable-next-line') {
        if (directive.line + 1 === line) return true;
      } else if (directive.offset < offset) {
        off = directive.kind === 'disable';
      }
    }
    return off;
  };
}
