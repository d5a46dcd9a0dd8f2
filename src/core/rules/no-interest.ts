import type { Rule } from './rule';
import { openingSpan } from './shared';

const INTEREST =
  /\b(?:interest(?:ed|ing)?|excit(?:ed|ing|ement)|keen|eager|enthusias(?:m|tic)|thrilled|passionate|appeal(?:s|ing)?|drawn\s+to|motivated|look(?:ing)?\s+forward\s+to\s+(?:joining|contributing|working|the\s+(?:opportunity|chance))|would\s+(?:love|welcome\s+the\s+chance|be\s+glad|be\s+delighted|be\s+happy)\s+to\s+(?:join|contribute|work|be\s+part|help))\b/i;

/** Restating interest in the role is one of the points a follow-up should make (DOMAIN.md §1). */
export const noInterest: Rule = {
  id: 'no-interest',
  defaultSeverity: 'information',
  description: 'The message never restates interest in the role.',
  check: (context) =>
    INTEREST.test(context.prose.message)
      ? []
      : [
          {
            span: openingSpan(context),
            message: `The message never says you still want the job; add a sentence that restates your interest in ${context.draft.fields.role ? `the ${context.draft.fields.role} role` : 'the role'}.`,
          },
        ],
};
