import { PhraseSet } from '../language/phrases';
import type { Rule } from './rule';
import { findFamilies } from './shared';

/**
 * The ways people plead: needing the job ("I really need this job"), taking anything ("I'll take
 * whatever you have"), not knowing what they will do ("I don't know what I'll do if this falls
 * through"), being at the end of their rope or on their last chance, their family depending on it,
 * begging, and apologising for writing at all ("sorry to bother you again").
 */
const FAMILIES = [
  'really|desperately|badly|truly|so|just ~1 @need ~2 this|the|a|any ~2 job|position|role|offer|work|opportunity|income|paycheck|break',
  'i ~2 @need ~1 this|the ~1 job|position|role|offer|work|income|paycheck',
  'i ~3 @take|@accept|@do ~3 anything|whatever',
  'whatever ~1 you|is ~2 @have|available|open|going',
  '@take|@accept ~2 any ~3 position|role|job|opening|post|shift|vacancy|work',
  'any ~2 position|role|job|opening|vacancy|shift ~1 at all|whatsoever',
  '{neg} ~2 @know|sure what|how ~3 i|we|my|our|they ~3 @do|@go|@manage|@cope|@survive|@get',
  'no idea what ~3 i|we ~3 @do',
  'end|edge of my|our rope|tether',
  'my|our last|only|final hope|chance|option|shot',
  'lifeline',
  'whatever it takes',
  'please|just ~2 give ~1 me ~1 a ~1 chance',
  'i ~1 know ~4 {neg} ~3 strongest|best|ideal|perfect|qualified|what',
  'a|such ~1 a? pest|nuisance|bother',
  'how much longer ~1 i|we ~1 can|could ~2 @keep|@go|@last|@hold|@manage|@survive|@afford',
  '@run out of money|options|savings|time|hope',
  'can|could not ~1 @afford ~1 to ~1 @lose|@miss',
  'my|our family|kids|children|husband|wife|partner ~4 @depend|@rely|@count',
  'would|will mean ~1 the world|everything',
  'i would|will|shall|could ~1 do anything',
  '@beg',
  'pleading|implore',
  'please please',
  'desperate|desperately|desperation',
  'sorry|apologise|apologize|apologised|apologized|apologies|apology|apologising|apologizing|forgive ~4 @bother|@pester|@trouble|@intrude|intrusion|nuisance|@nag|@clutter',
  'sorry|apologise|apologize|apologised|apologized|apologies|apology|apologising|apologizing|forgive ~4 another email|message|note',
  'sorry|apologise|apologize|apologised|apologized|apologies|apology|apologising|apologizing|forgive ~5 @write|@email|@follow|@reach|@chase|@contact|@check ~2 again|so often|once more',
  'hate|not mean|want ~2 to @bother|@pester|@nag|@trouble',
];

const PHRASES = new PhraseSet(FAMILIES);
/** An apology for someone else's trouble, or a need that is the employer's. */
const UNLESS = new PhraseSet(['you ~2 @need ~2 this', 'sorry to hear', 'sorry for your loss']);

/** Pleading undercuts the confident, professional tone a follow-up needs (DOMAIN.md §1). */
export const desperate: Rule = {
  id: 'desperate',
  defaultSeverity: 'warning',
  description: 'The message pleads or puts the writer down.',
  check: (context) =>
    findFamilies(context, PHRASES, (quoted) => `${quoted} can come across as desperate; say calmly why you are a strong fit instead.`, UNLESS),
};
