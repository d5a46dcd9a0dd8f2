import { entryOf } from '../draft';
import { futureSentMessage } from '../schedule';
import type { Rule } from './rule';

/**
 * Dates that cannot be read, values outside the allowed choices, a `sent` before the
 * interview, and a `sent` more than a day from now (a typo, not a plan).
 */
export const frontmatterValue: Rule = {
  id: 'frontmatter-value',
  defaultSeverity: 'error',
  description: 'A front-matter value is not of an allowed form, or a date cannot be right.',
  check: ({ draft, now }) => {
    const { sent } = draft.fields;
    if (!sent || sent.value.toMillis() <= now.toMillis() + 86_400_000) return draft.valueProblems;
    const entry = entryOf(draft.frontMatter, 'sent')!;
    return [...draft.valueProblems, { span: entry.valueSpan, message: futureSentMessage(sent, now) }].sort((a, b) => a.span.start - b.span.start);
  },
};
