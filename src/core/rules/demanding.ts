import type { Rule } from './rule';
import { findPhrases } from './shared';

const PATTERNS = [
  /\bi\s+(?:expect|require|demand|insist\s+on)\s+(?:a\s+|an\s+|your\s+)?(?:reply|response|answer|decision|update|call)\b/gi,
  /\b(?:respond|reply|answer|get\s+back\s+to\s+me|let\s+me\s+know|call\s+me|decide)\s+(?:by|before|no\s+later\s+than)\s+(?:the\s+)?(?:end\s+of\s+)?(?:\w+day|tomorrow|tonight|noon|today|this\s+week|next\s+week|\d+)\b/gi,
  /\bASAP\b|\bA\.S\.A\.P\.?/gi,
  /\bwhy\s+(?:haven[’']?t|have\s+not|didn[’']?t|did\s+not|hasn[’']?t|has\s+not)\s+(?:you|anyone|anybody)\b/gi,
  /\bi\s+(?:demand|insist)\b/gi,
  /\byou\s+(?:need|have|must|should)\s+to\s+(?:respond|reply|get\s+back|let\s+me\s+know|call|decide)\b/gi,
  /\byou\s+(?:must|should)\s+(?:respond|reply|get\s+back|let\s+me\s+know|call|decide)\b/gi,
  /\bi\s+deserve\b/gi,
];

/** Pressure or entitlement puts the interviewer off (DOMAIN.md §1). */
export const demanding: Rule = {
  id: 'demanding',
  defaultSeverity: 'warning',
  description: 'The message pressures the employer or sounds entitled.',
  check: (context) =>
    findPhrases(context, PATTERNS, (quoted) => `${quoted} puts pressure on the interviewer; ask politely instead, for example “I would be glad to hear about next steps when you are able to share them.”`),
};
