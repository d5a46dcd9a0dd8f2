import type { RuleFinding } from '../finding';
import type { Rule } from './rule';
import { MISSPELLINGS } from './misspellings';
import { matchCase, replaceWith } from './shared';

// A word is at most 40 letters here, so a long run of letters cannot make the search quadratic.
// Doubled on one line only: a name that closes one line and opens the next (a signature) is not a typo.
const DOUBLED = /\b([\p{L}’']{1,40})([ \t]+)\1\b/giu;
const DOUBLES_ALLOWED = new Set(['had', 'that', 'is', 'no', 'bye', 'very']);

/** Typos in a follow-up suggest carelessness (DOMAIN.md §1). */
export const spelling: Rule = {
  id: 'spelling',
  defaultSeverity: 'warning',
  description: 'A common English misspelling or a doubled word.',
  check: ({ draft, prose, config }) => {
    const findings: RuleFinding[] = [];
    for (const word of prose.words()) {
      const lower = word.text.toLowerCase();
      const correct = MISSPELLINGS.get(lower);
      if (!correct || config.spellingWords.has(lower)) continue;
      const replacement = matchCase(word.text, correct);
      findings.push({ span: word, message: `“${word.text}” is misspelled; write “${replacement}”.`, fixes: [replaceWith(word, replacement)] });
    }
    for (const span of prose.find(DOUBLED)) {
      const text = draft.text.slice(span.start, span.end);
      const first = /^[\p{L}’']+/u.exec(text)![0];
      if (DOUBLES_ALLOWED.has(first.toLowerCase()) || /^\d/.test(first)) continue;
      findings.push({
        span,
        message: `“${first}” appears twice in a row; delete one.`,
        fixes: [{ title: `Delete the second “${first}”`, edits: [{ span: { start: span.start + first.length, end: span.end }, text: '' }], safe: true }],
      });
    }
    return findings.sort((a, b) => a.span.start - b.span.start);
  },
};
