import { FOLLOW_UP_TYPES } from '../schema';
import type { Rule } from './rule';
import { applicationOf, isClosed, timingSpan } from './timing';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh'];

/** Two or three follow-ups are the ceiling; after that, move on (DOMAIN.md §1). */
export const tooManyFollowUps: Rule = {
  id: 'too-many-follow-ups',
  defaultSeverity: 'warning',
  description: 'This draft is follow-up number 4 or more for its application.',
  check: (context) => {
    const { fields } = context.draft;
    if (!FOLLOW_UP_TYPES.has(fields.type)) return [];
    const { self, others } = applicationOf(context);
    if (isClosed(self, others)) return [];
    const before = others.filter(
      (draft) => FOLLOW_UP_TYPES.has(draft.type) && draft.sent && (!fields.sent || draft.sent.value < fields.sent.value),
    ).length;
    const number = before + 1;
    const max = context.config.maxFollowUps;
    if (number <= max) return [];
    return [
      {
        span: timingSpan(context, false),
        message: `This would be your ${ORDINALS[number - 1] ?? `${number}th`} follow-up to ${fields.company ?? 'this employer'}, and ${max} is the most that helps; stop here and put your energy into other applications.`,
      },
    ];
  },
};
