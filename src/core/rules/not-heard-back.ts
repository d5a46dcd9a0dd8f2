import type { Rule } from './rule';
import { findPhrases } from './shared';

const PATTERNS = [
  /\b(?:haven[’']?t|have not|hasn[’']?t|has not|had not|hadn[’']?t)\s+(?:yet\s+)?heard\b/gi,
  /\bnot\s+(?:yet\s+)?heard\s+back\b/gi,
  /\b(?:didn[’']?t|did not|never)\s+heard?\s+back\b/gi,
  /\bstill\s+waiting\s+(?:to\s+hear|for\s+(?:a|an|your|any)\s+(?:reply|response|answer|update|news))\b/gi,
  /\bno\s+(?:response|reply|word|answer|news)\s+(?:yet|from you|so far)\b/gi,
  /\b(?:haven[’']?t|have not)\s+(?:received|gotten|got)\s+(?:a|an|any)\s+(?:reply|response|answer|update)\b/gi,
];

/** Opening with the silence reads as a complaint; lead with something of value (DOMAIN.md §1). */
export const notHeardBack: Rule = {
  id: 'not-heard-back',
  defaultSeverity: 'warning',
  description: 'The message says the employer has not replied.',
  check: (context) =>
    findPhrases(context, PATTERNS, (quoted) => `${quoted} sounds like a complaint about their silence; open with something of value instead, such as an article or an idea linked to your conversation.`),
};
