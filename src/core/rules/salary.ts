import { PhraseSet } from '../language/phrases';
import type { Rule } from './rule';
import { findFamilies } from './shared';

/**
 * The ways people raise money, benefits and time off: pay itself (salary, compensation, CTC,
 * hourly rate, "what the role pays"), bonuses, commission and equity given as pay (stock options,
 * RSUs, ESOPs, an equity grant), benefits (a benefits package, health cover, a pension, super,
 * allowances) and time off in any wording (PTO, annual leave, holiday entitlement, paid time
 * away, parental leave). "Pay attention", "benefit your team" and equity meaning fairness
 * ("health equity", "equity, diversity and inclusion") are ordinary words, and so are the words
 * of a line of business ("the Agency's move to a new pensions platform") unless the sentence asks
 * about the candidate's own terms.
 */
/** Words that are only ever about the candidate's own terms. */
const ALWAYS = [
  'salary|salaries|remuneration|wage|wages|ctc|ote|payslip|paycheck|stipend',
  'signing|sign-on|joining|performance|annual|quarterly|year-end|retention|relocation ~1 bonus|bonuses',
  'stock|share ~1 options|option|grants|grant|units|awards',
  'rsu|rsus|esop|esops|espp|401k',
  'equity ~3 grant|grants|stake|package|component|refresh|vesting|options|shares|percentage|comp|compensation|portion|split|award',
  'grant|stake|package|percentage|amount|portion|split|level of ~3 equity',
  'pay|salary ~1 range|rate|scale|band|grade|package|structure|raise|increase|review|bracket|banding',
  'base|starting|take-home|annual|hourly|expected|weekly|monthly|overtime|holiday|sick pay',
  'the pay',
  'how much ~3 @pay|@earn|@make',
  'what ~2 the|this|it ~1 role|position|job? pays|paid',
  'hourly|daily|day|starting|base ~1 rate',
  'benefits|benefit package|packages',
  'health|medical|dental|vision|life ~1 insurance|cover|coverage|plan|plans',
  'private medical|healthcare',
  'including|includes|plus|and|with super',
  'super contribution|contributions|fund',
  'car|relocation|housing|travel|phone|remote|home-office ~1 allowance|allowances',
  'remuneration|compensation|salary|total|reward|rewards ~1 package',
  'pto|paid ~1 time ~1 off|away|leave',
  'time off|away ~1 policy|policies|allowance|entitlement|accrual',
  'how much|many ~3 time off|away|leave|holiday|holidays|vacation|days',
  'annual|paid|sick|parental|maternity|paternity|shared|study ~1 leave',
  'holiday|vacation|sick ~1 entitlement|allowance|days|time|pay|policy|leave',
  'leave ~1 policy|policies|entitlement|allowance',
  'days off',
];
/** Words that are also a line of business (a pensions agency, compensation consulting): about pay only when asked about. */
const ASKED = [
  'compensation|commission|commissions|bonus|bonuses|earnings|overtime',
  'benefits|pension|pensions|superannuation|insurance|allowance|allowances|package|perks',
  'accrue|accrues|accrued|accrual',
];
/** What makes a sentence a question about the candidate's own terms, with the word asked about. */
const ASKED_WORDS = ASKED.join('|');
const ASKING = new PhraseSet([
  `whether|curious|wondering|wonder|ask|asking|clarify|confirm|details|information|discuss|understand|question|questions ~6 ${ASKED_WORDS}`,
  `how ~1 much|many|does|do|is|are|would|will ~6 ${ASKED_WORDS}`,
  `what|which ~1 is|are|would|will|does|do|kind|sort|type ~4 ${ASKED_WORDS}`,
  `could|can|would you ~8 ${ASKED_WORDS}`,
  `my ~2 ${ASKED_WORDS}`,
  `${ASKED_WORDS} ~3 for ~1 this|the ~1 role|position|post|job`,
  `${ASKED_WORDS} ~2 included|includes|include|offered|structured|look|looks|work|works|paid|eligible`,
]);

const PHRASES = new PhraseSet(ALWAYS);
const ASKED_PHRASES = new PhraseSet(ASKED);
/** "Pay attention", "pay a visit" and the like are not about money. */
const UNLESS = new PhraseSet(['@pay attention|tribute|respects|off|dividends|forward|close', '@pay a visit']);

/** Money and benefits wait until the employer raises them (DOMAIN.md §1). */
export const salary: Rule = {
  id: 'salary',
  defaultSeverity: 'warning',
  description: 'The message raises salary, pay, benefits or time off.',
  check: (context) => {
    const message = (quoted: string) =>
      `Mentioning ${quoted} in a follow-up can make it look like money comes first; leave pay, benefits and time off until the employer brings them up or makes an offer.`;
    const findings = [...findFamilies(context, PHRASES, message, UNLESS), ...findFamilies(context, ASKED_PHRASES, message, UNLESS, ASKING)];
    findings.sort((a, b) => a.span.start - b.span.start);
    return findings.filter((finding, i) => i === 0 || finding.span.start >= findings[i - 1].span.end);
  },
};
