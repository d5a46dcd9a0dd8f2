import type { Rule } from './rule';
import { openingSpan } from './shared';

const LINK = /\]\(|https?:\/\/|\bwww\./i;
const NEWS =
  /\b(?:article|research|study|report|paper|blog|podcast|webinar|talk|video|idea|ideas|news|since\s+(?:we|our)\s+(?:spoke|talked|met|conversation|interview)|i\s+(?:came\s+across|read|saw|found|noticed|wrote|built|finished|completed|have\s+been\s+thinking|[’']ve\s+been\s+thinking)|recently|new\s+(?:project|certification|course|result|role|feature)|attached|portfolio|case\s+study|launched|published)\b/i;

/** A check-in should bring something new, not only ask for news (DOMAIN.md §1). */
export const noValueAdd: Rule = {
  id: 'no-value-add',
  defaultSeverity: 'information',
  description: 'A check-in offers nothing new (no link, no new information or idea).',
  check: (context) => {
    const { draft, prose } = context;
    if (draft.fields.type !== 'check-in') return [];
    if (LINK.test(draft.body) || NEWS.test(prose.message)) return [];
    return [
      {
        span: openingSpan(context),
        message: 'This check-in only asks for news; add something of value, such as an article or an idea about a topic you discussed.',
      },
    ];
  },
};
