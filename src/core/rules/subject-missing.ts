import { EMAIL_TYPES } from '../schema';
import type { Rule } from './rule';
import { eolOf, openingSpan } from './shared';
import { subjectFor } from './subject';

/** An email without a subject is easy to miss in an inbox (DOMAIN.md §1). */
export const subjectMissing: Rule = {
  id: 'subject-missing',
  defaultSeverity: 'warning',
  description: 'An email has neither a “Subject:” first line nor a “subject” key.',
  check: (context) => {
    const { draft } = context;
    if (!EMAIL_TYPES.has(draft.fields.type) || draft.message.subject || draft.fields.subject) return [];
    const subject = subjectFor(draft.fields);
    const eol = eolOf(draft.text);
    const at = draft.message.lines[0]?.start ?? draft.bodyStart;
    return [
      {
        span: openingSpan(context),
        message: subject
          ? `This email has no subject line; add one that names the role, such as “Subject: ${subject}”.`
          : 'This email has no subject line; add one that names the role and the company.',
        fixes: subject ? [{ title: `Insert “Subject: ${subject}”`, edits: [{ span: { start: at, end: at }, text: `Subject: ${subject}${eol}${eol}` }], safe: true }] : [],
      },
    ];
  },
};
