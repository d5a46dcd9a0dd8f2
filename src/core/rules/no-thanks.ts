import { THANK_YOU_TYPES } from '../schema';
import type { Rule } from './rule';
import { offersValue } from './no-value-add';
import { wholeMessageSpan } from './shared';

const THANKS = /\b(?:thank(?:s|ful|ing)?|grateful|gratitude|appreciat(?:e|ed|es|ion|ive))\b/i;

/**
 * Every follow-up thanks the interviewer; a thank-you that does not is missing its point
 * (DOMAIN.md §1). In other messages the closing line counts ("Thanks,", "With gratitude,"), and a
 * check-in that opens with something of value, as the advice says, is not nagged for thanks.
 */
export const noThanks: Rule = {
  id: 'no-thanks',
  defaultSeverity: 'warning',
  description: 'The message never thanks the interviewer (information for types other than thank-you).',
  check: (context) => {
    const { draft, prose } = context;
    if (THANKS.test(prose.message)) return [];
    const thankYou = THANK_YOU_TYPES.has(draft.fields.type);
    if (!thankYou && (THANKS.test(draft.message.signOff?.phrase ?? '') || (draft.fields.type === 'check-in' && offersValue(draft, prose)))) return [];
    return [
      {
        span: wholeMessageSpan(context),
        severity: thankYou ? 'warning' : 'information',
        message: thankYou
          ? 'This thank-you never actually thanks them; add a sentence such as “Thank you for taking the time to talk with me.”'
          : 'The message never thanks them; a short “Thank you for your time” keeps the tone warm.',
      },
    ];
  },
};
