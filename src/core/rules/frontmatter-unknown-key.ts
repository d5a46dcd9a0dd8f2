import { nearest } from '../suggest';
import { isKnownKey, KNOWN_KEYS } from '../schema';
import type { Rule } from './rule';

/** Keys outside the schema are ignored, which usually means a typo such as `interview_date`. */
export const frontmatterUnknownKey: Rule = {
  id: 'frontmatter-unknown-key',
  defaultSeverity: 'warning',
  description: 'A front-matter key is not part of the draft schema.',
  check: ({ draft }) =>
    (draft.frontMatter?.entries ?? [])
      .filter((entry) => !isKnownKey(entry.key))
      .map((entry) => {
        const suggestion = nearest(entry.key, KNOWN_KEYS);
        return {
          span: entry.keySpan,
          message: suggestion
            ? `“${entry.key}” is not a key this extension reads, so it is ignored; did you mean “${suggestion}”?`
            : `“${entry.key}” is not a key this extension reads, so it is ignored; check its spelling or remove it.`,
        };
      }),
};
