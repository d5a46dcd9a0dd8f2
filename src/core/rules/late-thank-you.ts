import type { Rule } from './rule';
import { timingOfDraft, timingSpan } from './timing';
import { countOf } from '../wording';

/** A thank-you belongs within a day of the interview (DOMAIN.md §1, §4.1). */
export const lateThankYou: Rule = {
  id: 'late-thank-you',
  defaultSeverity: 'warning',
  description: 'A thank-you is sent, or still unsent, more than 24 hours after the interview.',
  check: (context) => {
    const thankYou = timingOfDraft(context)?.thankYou;
    if (!thankYou?.late) return [];
    const hours = countOf(context.config.thankYouHours, 'hour');
    if (context.draft.fields.sent) {
      return [
        {
          span: timingSpan(context, true),
          message: `This thank-you went out more than ${hours} after the interview; next time, aim to send it the same day or the next morning.`,
        },
      ];
    }
    return [
      {
        span: timingSpan(context, false),
        message: `More than ${hours} have passed since the interview; send this thank-you as soon as you can, because a late note is still far better than none.`,
      },
    ];
  },
};
