import type { RuleFinding } from '../finding';
import type { Rule } from './rule';
import { MISSPELLINGS } from './misspellings';
import { matchCase, replaceWith } from './shared';

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
    // Doubled on one line only: a name that closes one line and opens the next (a signature) is not a typo.
    const words = prose.words();
    for (let i = 0; i + 1 < words.length; i++) {
      const [first, second] = [words[i], words[i + 1]];
      if (first.text.toLowerCase() !== second.text.toLowerCase() || /^\d/.test(first.text) || DOUBLES_ALLOWED.has(first.text.toLowerCase())) continue;
      if (!/^[ \t]+$/.test(draft.text.slice(first.end, second.start))) continue;
      const span = { start: first.start, end: second.end };
      findings.push({
        span,
        message: `“${first.text}” appears twice in a row; delete one.`,
        fixes: [{ title: `Delete the second “${first.text}”`, edits: [{ span: { start: first.end, end: second.end }, text: '' }], safe: true }],
      });
    }
    return findings.sort((a, b) => a.span.start - b.span.start);
  },
};
