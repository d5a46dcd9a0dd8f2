import type { Rule } from './rule';
import { findPhrases } from './shared';

const PATTERNS = [
  /\b(?:(?:really|desperately|truly|so)\s+)?need\s+(?:this|the|a)\s+(?:job|position|role|offer)\b/gi,
  /\bi(?:[’']ll|\s+will|[’']d|\s+would)\s+(?:take|accept|do)\s+(?:any(?:thing|\s+position|\s+role|\s+job)|whatever)\b/gi,
  /\bplease,?\s+please\b/gi,
  /\bsorry\s+(?:to\s+(?:bother|pester|trouble|be\s+a\s+(?:bother|pest|nuisance))|for\s+(?:bothering|pestering))\b/gi,
  /\b(?:i\s+(?:am|[’']m)\s+)?begging\b|\bi\s+beg\s+(?:you|of\s+you)\b/gi,
  /\bdesperate(?:ly)?\b/gi,
  /\bmy\s+(?:last|only)\s+(?:hope|chance)\b/gi,
  /\bany\s+(?:position|role|job)\s+(?:at\s+all|will\s+do)\b/gi,
];

/** Pleading undercuts the confident, professional tone a follow-up needs (DOMAIN.md §1). */
export const desperate: Rule = {
  id: 'desperate',
  defaultSeverity: 'warning',
  description: 'The message pleads or puts the writer down.',
  check: (context) =>
    findPhrases(context, PATTERNS, (quoted) => `${quoted} can come across as desperate; say calmly why you are a strong fit instead.`),
};
