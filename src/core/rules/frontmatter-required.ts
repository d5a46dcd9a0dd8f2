import { entryOf, isFilled } from '../draft';
import { KEY_DESCRIPTIONS, REQUIRED_KEYS } from '../schema';
import type { RuleFinding } from '../finding';
import type { Rule } from './rule';

const EXAMPLES: Record<(typeof REQUIRED_KEYS)[number], string> = {
  company: 'company: Globex',
  interviewer: 'interviewer: Dana Whitfield',
  interviewDate: 'interviewDate: 2026-11-20T14:30',
};

/** A draft must name the company, the interviewer(s) and the interview date. */
export const frontmatterRequired: Rule = {
  id: 'frontmatter-required',
  defaultSeverity: 'error',
  description: 'The front-matter must give “company”, “interviewer” and “interviewDate”.',
  check: ({ draft }) => {
    const frontMatter = draft.frontMatter;
    if (!frontMatter?.readable) return [];
    const findings: RuleFinding[] = [];
    for (const key of REQUIRED_KEYS) {
      const entry = entryOf(frontMatter, key);
      if (!entry) {
        findings.push({
          span: frontMatter.open,
          message: `This draft does not say ${KEY_DESCRIPTIONS[key]}; add a line such as “${EXAMPLES[key]}” to the front-matter.`,
        });
      } else if (!isFilled(entry.value)) {
        findings.push({
          span: entry.keySpan,
          message: `“${key}” is empty; fill in ${KEY_DESCRIPTIONS[key]}, for example “${EXAMPLES[key]}”.`,
        });
      }
    }
    return findings;
  },
};
