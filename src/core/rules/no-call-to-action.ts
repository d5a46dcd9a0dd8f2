import type { Rule } from './rule';
import { openingSpan } from './shared';

const NEXT_STEP =
  /\b(?:look(?:ing)?\s+forward|happy\s+to|glad\s+to|pleased\s+to|would\s+welcome|let\s+me\s+know|feel\s+free|next\s+steps?|hear(?:ing)?\s+from\s+you|(?:don[’']?t|do\s+not)\s+hesitate|available\s+(?:to|for|at)|reach\s+me|contact\s+me|call\s+me\s+back|return\s+my\s+call|speak\s+(?:with|to)\s+you|talk(?:ing)?\s+(?:with|to)\s+you)\b/i;

/** A follow-up closes with a polite next step (DOMAIN.md §1). */
export const noCallToAction: Rule = {
  id: 'no-call-to-action',
  defaultSeverity: 'information',
  description: 'The message has no polite next step.',
  check: (context) =>
    NEXT_STEP.test(context.prose.message)
      ? []
      : [
          {
            span: openingSpan(context),
            message: 'The message ends without a next step; close with something like “I look forward to hearing about the next steps.”',
          },
        ],
};
