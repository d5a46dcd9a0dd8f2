import { THANK_YOU_TYPES } from '../schema';
import type { Rule } from './rule';
import { isClosed, applicationOf, timingSpan } from './timing';
import { countOf } from '../wording';

/** A thank-you belongs within a day of the interview (DOMAIN.md §1, §4). */
export const lateThankYou: Rule = {
  id: 'late-thank-you',
  defaultSeverity: 'warning',
  description: 'A thank-you is sent, or still unsent, more than 24 hours after the interview.',
  check: (context) => {
    const { fields } = context.draft;
    if (!THANK_YOU_TYPES.has(fields.type) || !fields.interviewDate) return [];
    const { self, others } = applicationOf(context);
    if (isClosed(self, others)) return [];
    const hours = context.config.thankYouHours;
    // Elapsed time, so plain milliseconds: cheaper than calendar arithmetic on every keystroke.
    const due = fields.interviewDate.value.toMillis() + hours * 3_600_000;
    if (fields.sent) {
      if (fields.sent.value.toMillis() <= due || fields.sent.dateOnly) return [];
      return [
        {
          span: timingSpan(context, true),
          message: `This thank-you went out more than ${countOf(hours, 'hour')} after the interview; next time, aim to send it the same day or the next morning.`,
        },
      ];
    }
    if (context.now.toMillis() <= due) return [];
    return [
      {
        span: timingSpan(context, false),
        message: `More than ${countOf(hours, 'hour')} have passed since the interview; send this thank-you as soon as you can, because a late note is still far better than none.`,
      },
    ];
  },
};
