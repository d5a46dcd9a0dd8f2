import { otherCompanyMentions } from '../language/names';
import type { Rule } from './rule';
import { replaceWith } from './shared';

/** Another employer's name in the body is copy-paste residue, and costs the offer (DOMAIN.md §1). */
export const wrongCompany: Rule = {
  id: 'wrong-company',
  defaultSeverity: 'error',
  description: 'The body names another company that is the “company” of another draft in the workspace.',
  check: ({ draft, prose, workspace }) => {
    const own = draft.fields.company;
    if (!own) return [];
    const companies = workspace.companies();
    if (companies.length === 0) return [];
    return otherCompanyMentions(prose.sentences(), companies, own).map((span) => {
      const written = draft.text.slice(span.start, span.end);
      return {
        span,
        message: `This message to ${own} mentions ${written}, another company you applied to; replace it with ${own} before sending.`,
        fixes: [replaceWith(span, own)],
      };
    });
  },
};
