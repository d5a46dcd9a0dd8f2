import { PhraseSet } from '../language/phrases';
import type { Rule } from './rule';
import { wholeMessageSpan } from './shared';

/**
 * The ways people leave a next step: looking forward to hearing, offering more ("happy to share
 * the notebook", "I can send it if useful", "is there anything else I could share?"), inviting
 * contact ("my number is", "you can reach me at", "please call me back"), or keeping in touch.
 */
const FAMILIES = [
  'look|looking forward',
  'happy|glad|pleased|delighted|willing|keen ~1 to',
  'would|d ~1 welcome|appreciate|love|value ~3 chance|opportunity|feedback|conversation|call|update|word|hearing|talking|speaking|meeting',
  '@let me ~1 @know',
  'feel free',
  "{neg} hesitate",
  'next ~1 step|steps|stage|round|conversation',
  '@hear|@talk|@speak|@meet|@chat ~2 from|with|to|again ~2 you|soon|then',
  'hearing|speaking|talking ~2 from|with ~1 you',
  'available|free ~1 to|for|at|on|any',
  '@reach|@contact|@call|@email|@ring ~1 me',
  'my number|phone|cell|mobile ~1 is|number',
  '@call me? back',
  'return ~1 my ~1 call',
  'i ~2 can|could|will|would|shall ~2 @send|@share|@email|@walk|@show|@provide|@forward|@bring|@follow|@drop|@pass',
  'anything ~1 else ~3 i ~2 can|could|should|might',
  'any ~1 further|more|other|additional ~1 information|questions|details',
  'if ~3 useful|helpful|of interest|interested|would help',
  '@stay|@keep ~1 in ~1 touch',
  '@keep ~2 conversation ~1 going',
  'when ~3 the ~1 timing',
  'grateful|appreciate|welcome ~3 feedback|update|word|note|chance|opportunity|being|thoughts|views|comments|input|questions|reaction|reply',
  'future ~2 openings|opening|roles|role|positions|position|opportunities|vacancies',
  '@keep ~2 in ~1 mind',
  // Asking them for the next step: "Could you share where things stand?"
  'could|would|can ~1 you ~2 @share|@let|@tell|@update|@confirm|@advise|@give',
  'anything ~1 else ~3 you ~2 @need|@want|@require',
];
const PHRASES = new PhraseSet(FAMILIES);

/** A follow-up closes with a polite next step (DOMAIN.md §1). */
export const noCallToAction: Rule = {
  id: 'no-call-to-action',
  defaultSeverity: 'information',
  description: 'The message has no polite next step.',
  check: (context) =>
    context.prose.sentences().some((sentence) => PHRASES.test(sentence, context.prose.bag()))
      ? []
      : [
          {
            span: wholeMessageSpan(context),
            message: 'The message ends without a next step; close with something like “I look forward to hearing about the next steps.”',
          },
        ],
};
