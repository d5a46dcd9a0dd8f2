import type { Rule } from './rule';
import { countOf } from '../wording';

/** Short follow-ups get the most replies (DOMAIN.md §1: roughly 50-125 words). */
export const length: Rule = {
  id: 'length',
  defaultSeverity: 'warning',
  description: "The body has more words than the message type's limit.",
  check: ({ draft, prose, config }) => {
    const limit = config.wordLimits[draft.fields.type];
    const subjectEnd = draft.message.subject?.line.end ?? -1;
    const words = prose.words().filter((word) => word.start > subjectEnd);
    if (words.length <= limit) return [];
    return [
      {
        span: words[limit],
        message: `This ${draft.fields.type} is ${countOf(words.length, 'word')}, over the ${limit} that work best; cut it down to your thanks, one specific detail, your fit and a next step.`,
      },
    ];
  },
};
