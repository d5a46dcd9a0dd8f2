import { companyMentions, roleMentions } from '../language/names';
import { sentencesOf } from '../language/tokens';
import type { Rule } from './rule';
import { wholeMessageSpan } from './shared';

/** A message that could go to any employer reads as copy-pasted (DOMAIN.md §1). */
export const notPersonalized: Rule = {
  id: 'not-personalized',
  defaultSeverity: 'warning',
  description: 'Neither the subject nor the body names the company or the role.',
  check: (context) => {
    const { company, role, subject } = context.draft.fields;
    if (!company && !role) return [];
    if (context.prose.namesCompany() || context.prose.namesRole()) return [];
    // A subject given in the front-matter names them too.
    if (subject) {
      const sentences = sentencesOf(subject);
      if (companyMentions(sentences, company).length > 0 || roleMentions(sentences, role).length > 0) return [];
    }
    const names = [role && `the ${role} role`, company].filter(Boolean).join(' or ');
    return [
      {
        span: wholeMessageSpan(context),
        message: `The message never mentions ${names}, so it reads as generic; name them and refer to something specific from your conversation.`,
      },
    ];
  },
};
