import type { RuleFinding } from '../finding';
import { fold } from '../language/fold';
import type { Rule } from './rule';
import { closeEnough } from './greeting-name';
import { replaceWith } from './shared';

/** A name spelled almost right is noticed at once by the person it belongs to (DOMAIN.md §1). */
export const misspelledName: Rule = {
  id: 'misspelled-name',
  defaultSeverity: 'warning',
  description: 'The body spells the company or an interviewer almost right.',
  check: ({ draft, prose, config }) => {
    const { company, role, interviewers } = draft.fields;
    // Compared folded: O’Neill and O'Neill, Zoë and Zoe are the same name.
    const written = new Map<string, string>();
    // Words of the names, without the commas and brackets around them ("Senior Consultant, Digital Operations").
    const wordsOf = (name: string | undefined) => (name ?? '').split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
    for (const word of [...wordsOf(company), ...interviewers.flatMap(wordsOf)]) {
      const bare = word.replace(/['’]s$/, '');
      if (bare.length >= 4) written.set(fold(bare), bare);
    }
    const names = [...written.keys()];
    if (names.length === 0) return [];
    const exact = new Set(names);
    const ignored = new Set([...wordsOf(role), ...wordsOf(company)].map(fold));
    const greeting = draft.message.greeting;
    const findings: RuleFinding[] = [];
    for (const word of prose.words()) {
      if (word.text.length < 4) continue;
      const initial = word.text[0];
      if (initial === initial.toLowerCase()) continue;
      if (greeting && word.start >= greeting.line.start && word.end <= greeting.line.end) continue;
      let lower = fold(word.text);
      if (lower.endsWith("'s")) lower = lower.slice(0, -2);
      if (exact.has(lower) || ignored.has(lower) || config.spellingWords.has(lower)) continue;
      // One of the name's words in the singular or the plural ("Hospital" beside "Northgate Hospitals") is not a misspelling.
      if (exact.has(`${lower}s`) || (lower.endsWith('s') && exact.has(lower.slice(0, -1))) || ignored.has(`${lower}s`) || (lower.endsWith('s') && ignored.has(lower.slice(0, -1)))) continue;
      const intended = names.find((name) => Math.abs(name.length - lower.length) <= 2 && closeEnough(lower, name));
      if (!intended) continue;
      findings.push({
        span: word,
        message: `“${word.text}” looks like a misspelling of ${written.get(intended)}; names are noticed at once, so check it.`,
        fixes: [replaceWith({ start: word.start, end: word.start + lower.length }, written.get(intended)!)],
      });
    }
    return findings;
  },
};
