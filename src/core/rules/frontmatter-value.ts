import type { Rule } from './rule';

/** Dates that cannot be read, values outside the allowed choices, and a `sent` before the interview. */
export const frontmatterValue: Rule = {
  id: 'frontmatter-value',
  defaultSeverity: 'error',
  description: 'A front-matter value is not of an allowed form.',
  check: ({ draft }) => draft.valueProblems,
};
