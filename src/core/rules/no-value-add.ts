import { PhraseSet } from '../language/phrases';
import type { Draft } from '../draft';
import type { Prose } from '../prose';
import type { Rule } from './rule';
import { wholeMessageSpan } from './shared';

const LINK = /\]\(|https?:\/\/|\bwww\./i;
/**
 * What a check-in can bring: something read or made (an article, a one-page plan, a prototype, a
 * summary of five interviews, slides), something done since the interview (a certification
 * passed, a benchmark run, an idea tried), or news that bears on the job.
 */
const FAMILIES = [
  'article|articles|research|study|studies|report|paper|post|blog|podcast|webinar|idea|ideas|summary|plan|proposal|doc|document|slides|deck|prototype|demo|sample|samples|template|checklist|certification|certificate|license|licence|course|results|findings|analysis|benchmark|write-up|portfolio|sketch|outline|dashboard|mock-up|mockup|worksheet|guide|case study',
  'i|we ~3 came|read|saw|found|noticed|wrote|written|built|created|drafted|sketched|prepared|ran|tried|trialled|trialed|tested|completed|finished|passed|earned|published|launched|shipped|recorded|analysed|analyzed|compiled|summarised|summarized|mapped|prototyped|benchmarked|learned|learnt|attended|gained|obtained',
  'put together',
  'attached|attaching|enclosed|enclosing|linked',
  'thought|think ~2 you|it ~3 useful|interesting|relevant|helpful',
  'might|may|could ~2 be ~1 useful|relevant|helpful|of ~1 interest',
];
const PHRASES = new PhraseSet(FAMILIES);

/** True when a message brings something of value: a link, or news, an idea or work of its own. */
export function offersValue(draft: Draft, prose: Prose): boolean {
  return LINK.test(draft.body) || prose.sentences().some((sentence) => PHRASES.test(sentence, prose.bag()));
}

/** A check-in should bring something new, not only ask for news (DOMAIN.md §1). */
export const noValueAdd: Rule = {
  id: 'no-value-add',
  defaultSeverity: 'information',
  description: 'A check-in offers nothing new (no link, no new information or idea).',
  check: (context) => {
    const { draft, prose } = context;
    if (draft.fields.type !== 'check-in' || offersValue(draft, prose)) return [];
    return [
      {
        span: wholeMessageSpan(context),
        message: 'This check-in only asks for news; add something of value, such as an article or an idea about a topic you discussed.',
      },
    ];
  },
};
