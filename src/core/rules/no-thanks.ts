import { THANK_YOU_TYPES } from '../schema';
import type { Rule } from './rule';
import { openingSpan } from './shared';

const THANKS = /\b(?:thank(?:s|ful|ing)?|grateful|gratitude|appreciat(?:e|ed|es|ion|ive))\b/i;

/** Every follow-up thanks the interviewer; a thank-you that does not is missing its point (DOMAIN.md §1). */
export const noThanks: Rule = {
  id: 'no-thanks',
  defaultSeverity: 'warning',
  description: 'The message never thanks the interviewer (information for types other than thank-you).',
  check: (context) => {
    if (THANKS.test(context.prose.message)) return [];
    const thankYou = THANK_YOU_TYPES.has(context.draft.fields.type);
    return [
      {
        span: openingSpan(context),
        severity: thankYou ? 'warning' : 'information',
        message: thankYou
          ? 'This thank-you never actually thanks them; add a sentence such as “Thank you for taking the time to talk with me.”'
          : 'The message never thanks them; a short “Thank you for your time” keeps the tone warm.',
      },
    ];
  },
};
