import { checkInDue } from '../schedule';
import { FOLLOW_UP_TYPES } from '../schema';
import type { Rule } from './rule';
import { applicationOf, formatDay, isClosed, latestInterview, timingSpan } from './timing';

/** A follow-up sent before its check-in date reads as impatient (DOMAIN.md §1, §4). */
export const tooSoon: Rule = {
  id: 'too-soon',
  defaultSeverity: 'warning',
  description: 'A follow-up is sent, or would be sent now, before its check-in date.',
  check: (context) => {
    const { fields } = context.draft;
    if (!FOLLOW_UP_TYPES.has(fields.type)) return [];
    const { self, others } = applicationOf(context);
    if (isClosed(self, others)) return [];
    const interview = latestInterview(self, others);
    if (!interview) return [];
    const moment = fields.sent?.value ?? context.now;
    let lastContact = interview.value;
    for (const draft of others) {
      if (draft.sent && draft.sent.value < moment && draft.sent.value > lastContact) lastContact = draft.sent.value;
    }
    const pace = fields.pace ?? others.find((draft) => draft.pace)?.pace;
    const decision = fields.decisionDate ?? others.find((draft) => draft.decisionDate)?.decisionDate;
    const due = checkInDue(lastContact, pace, decision, context.config).setZone(context.timeZone);
    if (moment >= due) return [];
    const afterDecision = decision !== undefined && due <= decision.value.plus({ days: 1 }).endOf('day');
    const day = formatDay(due);
    let message: string;
    if (afterDecision) {
      message = fields.sent
        ? `This follow-up went out before the date they gave for their decision had passed; next time, wait until ${day}.`
        : `It is too early for this follow-up, because the date they gave for their decision has not passed yet; wait until ${day}.`;
    } else {
      message = fields.sent
        ? `This follow-up went out before ${day}, when a check-in was due; next time, give them until then.`
        : `It is too early for this follow-up; wait until ${day}, when a check-in is due.`;
    }
    return [
      {
        span: timingSpan(context, true),
        message,
      },
    ];
  },
};
