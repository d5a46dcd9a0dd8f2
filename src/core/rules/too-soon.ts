import { formatDay } from '../dates';
import type { Rule } from './rule';
import { timingOfDraft, timingSpan } from './timing';

/** A follow-up sent before its check-in day reads as impatient (DOMAIN.md §1, §4.7). */
export const tooSoon: Rule = {
  id: 'too-soon',
  defaultSeverity: 'warning',
  description: 'A follow-up is sent, or would be sent today, before its check-in day.',
  check: (context) => {
    const followUp = timingOfDraft(context)?.followUp;
    if (!followUp?.tooSoon) return [];
    const sent = Boolean(context.draft.fields.sent);
    const day = formatDay(followUp.due);
    let message: string;
    if (followUp.afterDecision) {
      message = sent
        ? `This follow-up went out before the date they gave for their decision had passed; next time, wait until ${day}.`
        : `It is too early for this follow-up, because the date they gave for their decision has not passed yet; wait until ${day}.`;
    } else {
      message = sent
        ? `This follow-up went out before ${day}, when a check-in was due; next time, give them until then.`
        : `It is too early for this follow-up; wait until ${day}, when a check-in is due.`;
    }
    return [{ span: timingSpan(context, true), message }];
  },
};
