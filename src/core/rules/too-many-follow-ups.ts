import type { Rule } from './rule';
import { timingOfDraft, timingSpan } from './timing';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/** "fourth", "21st": an ordinal in words up to twelve. */
function ordinal(n: number): string {
  if (ORDINALS[n - 1]) return ORDINALS[n - 1];
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** Two or three follow-ups after an interview are the ceiling; after that, move on (DOMAIN.md §1, §4.3-4). */
export const tooManyFollowUps: Rule = {
  id: 'too-many-follow-ups',
  defaultSeverity: 'warning',
  description: 'This draft is follow-up number 4 or more for its application since the latest interview.',
  check: (context) => {
    const followUp = timingOfDraft(context)?.followUp;
    const max = context.config.maxFollowUps;
    if (!followUp || followUp.number <= max) return [];
    const company = context.draft.fields.company ?? 'this employer';
    const nth = ordinal(followUp.number);
    const message = context.draft.fields.sent
      ? `This was your ${nth} follow-up to ${company} since the interview, and ${max} is the most that helps; send no more, and put your energy into other applications.`
      : `This would be your ${nth} follow-up to ${company} since the interview, and ${max} is the most that helps; stop here and put your energy into other applications.`;
    return [{ span: timingSpan(context, false), message }];
  },
};
