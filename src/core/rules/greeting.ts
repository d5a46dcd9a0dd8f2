import type { Rule } from './rule';
import { eolOf, firstName, openingSpan, WRITTEN_TYPES } from './shared';

/** A follow-up reads like a short business letter, which opens with a salutation (DOMAIN.md §1). */
export const greeting: Rule = {
  id: 'greeting',
  defaultSeverity: 'warning',
  description: 'An email or letter does not open with a salutation line.',
  check: (context) => {
    const { draft } = context;
    if (!WRITTEN_TYPES.has(draft.fields.type) || draft.message.greeting) return [];
    const opening = draft.message.opening;
    // A letter is formal: it greets people by their full names; an email by first names.
    const called = draft.fields.type === 'letter' ? (name: string) => name.trim() : firstName;
    const names = draft.fields.interviewers.map(called);
    const name = names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    const eol = eolOf(draft.text);
    return [
      {
        span: openingSpan(context),
        message: `The message does not open with a greeting; start with a line such as “Dear ${name || 'Dana'},”.`,
        fixes:
          opening && name
            ? [{ title: `Insert “Dear ${name},”`, edits: [{ span: { start: opening.start, end: opening.start }, text: `Dear ${name},${eol}${eol}` }], safe: true }]
            : [],
      },
    ];
  },
};
