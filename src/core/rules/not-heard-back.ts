import { PhraseSet } from '../language/phrases';
import type { Rule } from './rule';
import { findFamilies } from './shared';

/**
 * The ways people say the employer has not replied: a negated hearing or receiving ("I haven't
 * heard back", "I have yet to receive an update", "I've had no word"), nothing or no one coming
 * back ("nothing has come through from your side", "no one has gotten back to me"), time passing
 * without news ("two weeks have gone by without a word"), silence ("things have gone quiet"), and
 * waiting ("still waiting on a decision").
 */
const FAMILIES = [
  '{neg} ~2 @hear back|from|anything|word|news|yet|since|whether',
  '{neg} ~2 @hear any ~1 {reply}|word|news',
  'yet to ~1 @hear|@receive|@get|@see|@have',
  '{neg} ~2 @receive|@get|@see|@have ~2 {reply}',
  'had|received|got|gotten|seen|heard no|nothing ~2 {reply}?',
  'nothing|nobody|no ~1 one? ~2 @come|@land|@arrive|@reach|@turn|@make|@filter ~4 through|back|my|in|up|from|to|way',
  'nobody|no ~1 one? ~3 @reply|@respond|@answer|@contact|@write|@call|@follow|@reach|@return',
  'nobody|no ~1 one? ~3 @get|@come|@circle back',
  'without ~2 {reply}|word|contact|reply ~3 from|since|yet|so|back|on|about|regarding',
  '@go|@fall|@be quiet|silent ~2 on|from|since|at|for',
  'gone|went|fallen|gone ~2 quiet|silent',
  '@be ~2 quiet|silent ~3 since|from|on|at',
  'inbox ~4 quiet|empty|silent',
  'radio silence',
  'silence from|since|on',
  'ghost|ghosted|ghosting',
  'still ~1 @wait|awaiting',
  'still no {reply}',
  '@hope|@expect|@think ~3 to ~1 have ~1 heard|received|had',
  'fallen|slipped|fell|lost ~1 through ~1 the ~1 cracks',
  'there ~3 been ~1 no|nothing ~3 {reply}|word|contact|communication|movement|progress',
  '@leave|@keep|@be ~2 in the dark',
  'your|the ~1 silence',
  'nobody|no ~1 one? ~3 @be|@get in touch',
  'no {reply}|reply|word ~2 yet|since|back|so|from',
];

const PHRASES = new PhraseSet(FAMILIES);
/** Not a complaint: the writer's own news, or a courtesy ("no need to reply"). */
const UNLESS = new PhraseSet(['no need', 'need not', 'no rush', 'no hurry', 'not expecting', 'never heard of', '{neg} ~2 @hear such']);

/** Opening with the silence reads as a complaint; lead with something of value (DOMAIN.md §1). */
export const notHeardBack: Rule = {
  id: 'not-heard-back',
  defaultSeverity: 'warning',
  description: 'The message says the employer has not replied.',
  check: (context) =>
    findFamilies(
      context,
      PHRASES,
      (quoted) => `${quoted} reads as a complaint about their silence; open with something of value instead, such as an article or an idea linked to your conversation.`,
      UNLESS,
    ),
};
