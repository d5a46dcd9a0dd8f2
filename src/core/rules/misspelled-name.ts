import type { RuleFinding } from '../finding';
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
    const names = [...(company ?? '').split(/\s+/), ...interviewers.flatMap((name) => name.split(/\s+/))].filter((word) => word.length >= 4);
    if (names.length === 0) return [];
    const exact = new Set(names.map((name) => name.toLowerCase()));
    const ignored = new Set([...(role ?? '').split(/\s+/), ...(company ?? '').split(/\s+/)].map((word) => word.toLowerCase()));
    const greeting = draft.message.greeting;
    const findings: RuleFinding[] = [];
    for (const word of prose.words()) {
      if (word.text.length < 4) continue;
      const initial = word.text[0];
      if (initial === initial.toLowerCase()) continue;
      if (greeting && word.start >= greeting.line.start && word.end <= greeting.line.end) continue;
      let lower = word.text.toLowerCase();
      if (lower.endsWith('s') && (lower.endsWith("'s") || lower.endsWith('’s'))) lower = lower.slice(0, -2);
      if (exact.has(lower) || ignored.has(lower) || config.spellingWords.has(lower)) continue;
      const intended = names.find((name) => Math.abs(name.length - lower.length) <= 2 && closeEnough(lower, name));
      if (!intended) continue;
      findings.push({
        span: word,
        message: `“${word.text}” looks like a misspelling of ${intended}; names are noticed at once, so check it.`,
        fixes: [replaceWith({ start: word.start, end: word.start + lower.length }, intended)],
      });
    }
    return findings;
  },
};
