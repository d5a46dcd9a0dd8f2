import { PhraseSet } from '../language/phrases';
import type { Rule } from './rule';
import { findFamilies } from './shared';

/**
 * The ways people pressure an employer: a deadline for their answer ("I'll need a decision by
 * Friday", "please confirm by 5 pm tomorrow", "kindly send me your decision no later than
 * Wednesday"), an ultimatum ("otherwise I'll withdraw"), insisting or expecting ("I must insist on
 * a reply"), urgency ("ASAP", "reply immediately"), questioning their silence ("why haven't you
 * replied?") and entitlement ("I deserve an answer").
 */
/** A deadline: "by Friday", "before the end of this week", "no later than the 11th", "today". */
const WHEN = '{day}|{month}|{time}|{ordinal}|next|this|then|end|close';
const DEADLINE = `by|before|until|within the? ${WHEN}`;
const SOON = 'today|tonight|tomorrow|eod|cob|asap|immediately';
const FAMILIES = [
  // A request for their answer, then a deadline.
  `{reply}|answer|word ~6 ${DEADLINE}`,
  `{reply}|answer|word ~6 ${SOON}`,
  `{reply}|answer|word ~6 this week|weekend|afternoon|morning|evening`,
  `@let me @know ~4 ${DEADLINE}`,
  `@let me @know ~4 ${SOON}`,
  `@get back ~3 me? ~3 ${DEADLINE}`,
  `@confirm|@respond|@reply|@decide|@answer|@call|@inform|@update|@tell|@notify ~2 me|us|whether|if? ~4 ${DEADLINE}`,
  'no later than',
  `i ~3 @need ~1 to ~1 @know|@hear ~6 ${SOON}|this`,
  'courteous|polite|decent|professional|fair ~3 to ~2 @reply|@respond|@let|@inform|@acknowledge|@answer',
  'surely ~3 {neg}|cannot',
  'i ~2 will|shall|would ~1 @have to ~1 assume',
  '@take ~1 your ~1 silence',
  'i must|have ~1 to? ~1 ask|request|insist that ~1 you',
  `i ~3 @need ~1 to ~1 @know|@hear ~8 ${DEADLINE}`,
  `i ~3 @need ~6 from ~1 you|your ~6 ${DEADLINE}`,
  `i ~3 @need ~1 a|an|your ~3 yes|answer|decision ~6 ${SOON}`,
  'please|kindly ~4 @confirm|@respond|@reply|@decide|@answer|@send|@get|@let|@tell|@inform|@update|@call ~6 by|before|until|within ~2 {day}|{month}|{time}|{ordinal}|{number}|next|this|end|close',
  `{reply}|answer|word ~6 by|before|until {number} ~1 am|pm`,
  // Ultimatums.
  'otherwise ~4 @withdraw|@accept|@take|@assume|@move|@go|@pursue|@consider',
  'or ~1 else ~3 @withdraw|@accept|@take|@assume|@move',
  'if ~4 {neg} ~6 @hear|@receive|@get ~8 @assume|@withdraw|@accept|@move|@pursue|@take',
  // Insisting, expecting, requiring.
  'i ~2 @insist|@demand',
  'i ~2 @expect|@require ~3 {reply}|reply|answer|to|you|that',
  'i must|will|shall ~1 @need|@have|@require ~3 {reply}|answer',
  // Urgency about their reply.
  'asap',
  'please|kindly|must|need ~3 @reply|@respond|@answer|@decide|@confirm|@know|@call|@get|@send ~4 immediately|urgently|promptly|soon|quickly',
  '@reply|@respond|@answer|@decide ~2 immediately|urgently|asap',
  'please|kindly|must|need ~3 @reply|@respond|@answer|@decide|@confirm|@know|@get|@send ~4 as soon as possible',
  // A request is in the base form ("please expedite"); "expedited reporting" only describes.
  'prioritize|prioritise|expedite|hurry|rush ~3 me|my|this|it|the',
  // Questioning their silence, and entitlement.
  'why ~3 {neg}',
  'what ~2 taking ~1 so long',
  'how much longer ~2 will|do|must|should|is|are|until|before',
  'courtesy of a|an {reply}',
  'i ~1 @deserve',
  'you owe',
  'i am entitled',
];

const PHRASES = new PhraseSet(FAMILIES);
/** Their own timeline repeated back, or the writer's own promise, is not pressure. */
const UNLESS = new PhraseSet([
  'you|they ~2 @mention|@say|@note|@explain|@expect|@hope|@plan|@anticipate|@aim|@intend',
  'as ~1 you|discussed|mentioned|planned',
  'your timeline|timeframe|schedule|plan',
  'i ~2 can|could|will|would|shall|am|plan ~4 @send|@share|@provide|@bring|@complete|@finish|@start|@submit|@deliver|@respond|@reply|@confirm|@call|@follow|@update|@email',
  'happy|glad|able|available|free ~4 to',
  'no rush|hurry|pressure',
  // Asking what to expect is a question, not a demand: "When should I expect to hear?"
  'when|should|may|can|could ~2 i ~1 @expect',
]);

/** Pressure or entitlement puts the interviewer off (DOMAIN.md §1). */
export const demanding: Rule = {
  id: 'demanding',
  defaultSeverity: 'warning',
  description: 'The message pressures the employer or sounds entitled.',
  check: (context) =>
    findFamilies(
      context,
      PHRASES,
      (quoted) => `${quoted} puts pressure on the interviewer; ask politely instead, for example “I would be glad to hear about next steps when you are able to share them.”`,
      UNLESS,
    ),
};
