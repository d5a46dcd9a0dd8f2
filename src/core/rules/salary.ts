import type { Rule } from './rule';
import { findPhrases } from './shared';

const PATTERNS = [
  /\b(?:salar(?:y|ies)|compensation|remuneration|bonus(?:es)?|stock\s+options?|RSUs?|benefits?\s+package|paid\s+time\s+off|PTO|401\(?k\)?|wages?|hourly\s+rate)\b/gi,
  /\b(?<!(?:diversity,?|and)\s+)equity\b(?!\s+and\s+inclusion|\s+&\s+inclusion)/gi,
  /\b(?:vacation|holiday|sick)\s+(?:days|time|allowance|policy)\b/gi,
  /\b(?:health|medical|dental)\s+(?:benefits|insurance|coverage)\b/gi,
  /\bpay\s+(?:range|rate|scale|band|grade|package|raise|increase|structure)\b/gi,
  /\b(?:the|base|starting|take-home|annual|expected)\s+pay\b(?!\s+(?:attention|a\s+visit|off|tribute|respects?|it\s+forward)\b)/gi,
];

/** Money and benefits wait until the employer raises them (DOMAIN.md §1). */
export const salary: Rule = {
  id: 'salary',
  defaultSeverity: 'warning',
  description: 'The message raises salary, pay or benefits.',
  check: (context) =>
    findPhrases(context, PATTERNS, (quoted) => `Mentioning ${quoted} in a follow-up can make it look like money comes first; leave pay and benefits until the employer brings them up or makes an offer.`),
};
