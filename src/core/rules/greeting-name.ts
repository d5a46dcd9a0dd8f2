import type { RuleFinding } from '../finding';
import { fold } from '../language/fold';
import { editDistance } from '../suggest';
import type { Rule } from './rule';
import { replaceWith } from './shared';

const TITLES = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|madam)\.?$/i;
const NAME_WORD = /[\p{L}][\p{L}\p{M}’'-]*/gu;

/**
 * True when `written` is a likely misspelling of the name `real`. Short names have many
 * real-word neighbours (Dana and Data, Omar and Oman), so for names of five letters or fewer
 * only a swapped, doubled or dropped letter counts; longer names allow one edit, or two from
 * eight letters on.
 */
export function closeEnough(written: string, real: string): boolean {
  const a = written.toLowerCase();
  const b = real.toLowerCase();
  // Two edits at most, so lengths differ by two at most (and a long paste costs nothing).
  if (b.length < 3 || a === b || Math.abs(a.length - b.length) > 2) return false;
  // A misspelling keeps the first or the second letter: most words are ruled out before counting edits.
  if (a[0] !== b[0] && a[1] !== b[1] && !(a[0] === b[1] && a[1] === b[0])) return false;
  const distance = editDistance(a, b);
  if (b.length <= 5) {
    if (distance !== 1) return false;
    if (a.length !== b.length) return true;
    const differ = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
    return differ.length === 2 && differ[1] === differ[0] + 1;
  }
  return distance <= (b.length >= 8 ? 2 : 1);
}

/** Addressing the wrong person, or misspelling their name, undoes the good a note does (DOMAIN.md §1). */
export const greetingName: Rule = {
  id: 'greeting-name',
  defaultSeverity: 'warning',
  description: 'The salutation names nobody in “interviewer”, or misspells one.',
  check: ({ draft }) => {
    const greeting = draft.message.greeting;
    const interviewers = draft.fields.interviewers;
    if (!greeting || interviewers.length === 0) return [];
    const nameWords = interviewers.flatMap((name) => name.split(/\s+/)).filter((word) => word.length > 1);
    // Compared folded, so "Dear Ms O’Neill" greets O'Neill and "Zoe" greets Zoë.
    const known = new Set(nameWords.map(fold));
    const findings: RuleFinding[] = [];
    let named = false;
    const base = greeting.addresseeSpan.start;
    NAME_WORD.lastIndex = 0;
    for (let match = NAME_WORD.exec(greeting.addressee); match; match = NAME_WORD.exec(greeting.addressee)) {
      const word = match[0];
      if (TITLES.test(word) || /^(?:and|&)$/i.test(word)) continue;
      if (known.has(fold(word))) {
        named = true;
        continue;
      }
      const intended = nameWords.find((real) => closeEnough(fold(word), fold(real)));
      if (intended) {
        named = true;
        const span = { start: base + match.index, end: base + match.index + word.length };
        findings.push({
          span,
          message: `“${word}” looks like a misspelling of ${intended}; check the spelling, because a wrong name is noticed at once.`,
          fixes: [replaceWith(span, intended)],
        });
      }
    }
    if (!named) {
      const who = interviewers.length === 1 ? interviewers[0] : `${interviewers.slice(0, -1).join(', ')} and ${interviewers.at(-1)}`;
      const span = greeting.addressee ? greeting.addresseeSpan : { start: greeting.line.start, end: greeting.line.end };
      findings.push({
        span,
        message: greeting.addressee
          ? `The greeting “${greeting.addressee}” does not name ${who}; address them by name.`
          : `The greeting does not name anyone; address ${who} by name.`,
      });
    }
    return findings;
  },
};
