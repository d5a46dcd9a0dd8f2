import { entryOf } from '../draft';
import { companyMentions, roleMentions } from '../language/names';
import { sentencesOf } from '../language/tokens';
import type { Rule } from './rule';
import { replaceWith } from './shared';
import { subjectFor } from './subject';

/** A subject that names the role or company stands out and gets more replies (DOMAIN.md §1). */
export const subjectGeneric: Rule = {
  id: 'subject-generic',
  defaultSeverity: 'warning',
  description: 'The subject names neither the role nor the company.',
  check: ({ draft }) => {
    const { fields } = draft;
    if (!fields.role && !fields.company) return [];
    const line = draft.message.subject;
    const value = line ? line.value : fields.subject;
    if (value === undefined) return [];
    const sentences = sentencesOf(value);
    if (companyMentions(sentences, fields.company).length > 0 || roleMentions(sentences, fields.role).length > 0) return [];
    const span = line
      ? value
        ? line.valueSpan
        : { start: line.line.start, end: line.line.end }
      : entryOf(draft.frontMatter, 'subject')!.valueSpan;
    const better = subjectFor(fields);
    return [
      {
        span,
        message: value.trim()
          ? `The subject “${value.trim()}” could be any email; name the role or the company, as in “${better}”.`
          : `The subject line is empty; name the role or the company, as in “${better}”.`,
        fixes: better && value.trim() ? [replaceWith(span, better, false)] : [],
      },
    ];
  },
};
