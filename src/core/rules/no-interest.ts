import { PhraseSet } from '../language/phrases';
import type { Rule } from './rule';
import { wholeMessageSpan } from './shared';

/**
 * The ways people say they still want the job: a word of interest ("very interested", "keen",
 * "excited about the role"), wanting to do the work ("I'd love to bring that experience to your
 * team", "I would relish applying it", "I'd still be glad to help Mesa"), or fit ("the role feels
 * like a natural next step").
 */
const FAMILIES = [
  'interest|interested|interesting|excited|exciting|excitement|keen|keener|keenly|eager|eagerly|enthusiastic|enthusiasm|thrilled|passionate|motivated|energized|energised|inspired|appeal|appeals|appealing|attracted|drawn',
  'i ~3 love|like|relish|welcome|enjoy|glad|happy|delighted|thrilled|ready|hope|hoping|want|wish|aim|honored|honoured|grateful|proud|pleased|privileged ~4 to ~4 help|bring|join|contribute|work|build|apply|support|lead|grow|take|tackle|do|try|make|put|be|start|continue|use|develop|learn|serve|grow|keep|stay|shape|play|add|run',
  'i ~3 would|d|could|can ~2 enjoy|relish|welcome ~3 working|helping|joining|contributing|building|bringing|applying|the|a',
  'natural|next|great|strong|good|perfect|right|close|ideal ~1 step|fit|match',
  '@fit ~2 well|closely|naturally|with|into',
  'look|looking forward ~1 to ~3 joining|working|contributing|helping|building|being|starting|the chance|the opportunity|bringing',
  "can't|cannot ~1 wait",
  '@remain|@stay ~2 committed|eager|keen|enthusiastic|hopeful',
  'reaffirm|restate|reiterate ~2 my|our',
  '@consider ~2 for ~3 future|other|similar',
  'benefit|asset|value|addition|contribution ~2 to ~1 your|the ~1 team|organisation|organization|department|unit|company|school|practice',
  'i ~2 would|will|should ~1 @find ~4 rewarding|fulfilling|exciting|energising|energizing|meaningful|satisfying|stimulating',
  'i ~3 could|can|would ~2 join|start|step|hit',
];
const PHRASES = new PhraseSet(FAMILIES);

/** Restating interest in the role is one of the points a follow-up should make (DOMAIN.md §1). */
export const noInterest: Rule = {
  id: 'no-interest',
  defaultSeverity: 'information',
  description: 'The message never restates interest in the role.',
  check: (context) =>
    context.prose.sentences().some((sentence) => PHRASES.test(sentence, context.prose.bag()))
      ? []
      : [
          {
            span: wholeMessageSpan(context),
            message: `The message never says you still want the job; add a sentence that restates your interest in ${context.draft.fields.role ? `the ${context.draft.fields.role} role` : 'the role'}.`,
          },
        ],
};
