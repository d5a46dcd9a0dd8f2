import type { Rule } from './rule';
import { openingSpan } from './shared';

/** A message that could go to any employer reads as copy-pasted (DOMAIN.md §1). */
export const notPersonalized: Rule = {
  id: 'not-personalized',
  defaultSeverity: 'warning',
  description: 'The body mentions neither the company nor the role.',
  check: (context) => {
    const { company, role } = context.draft.fields;
    if (!company && !role) return [];
    if (context.prose.mentions(company) || context.prose.mentions(role)) return [];
    const names = [role && `the ${role} role`, company].filter(Boolean).join(' or ');
    return [
      {
        span: openingSpan(context),
        message: `The message never mentions ${names}, so it reads as generic; name them and refer to something specific from your conversation.`,
      },
    ];
  },
};
