import { phrase } from '../language/phrases';
import type { Rule } from './rule';
import { findFamilies } from './shared';

/**
 * The ways people raise money, benefits and time off: pay itself (salary, compensation, CTC,
 * hourly rate, "what the role pays"), bonuses, commission and equity given as pay (stock options,
 * RSUs, ESOPs, an equity grant), benefits (a benefits package, health cover, a pension, super,
 * allowances) and time off in any wording (PTO, annual leave, holiday entitlement, paid time
 * away, parental leave). "Pay attention", "benefit your team" and equity meaning fairness
 * ("health equity", "equity, diversity and inclusion") are ordinary words.
 */
const MONEY = 'salary|salaries|compensation|remuneration|wage|wages|earnings|ctc|ote|commission|commissions|stipend|payslip|paycheck';
const FAMILIES = [
  MONEY,
  'bonus|bonuses',
  'stock|share ~1 options|option|grants|grant|units|awards|compensation',
  'rsu|rsus|esop|esops|espp|vesting|vest|401k|401',
  'equity ~3 grant|grants|stake|package|component|refresh|vesting|options|shares|percentage|comp|compensation|portion|split|offer|award',
  'grant|stake|package|percentage|amount|portion|split|share|level of ~3 equity',
  '{number} ~1 percent|% ~2 equity',
  'pay|salary ~1 range|rate|scale|band|grade|package|structure|raise|increase|review|bracket|banding',
  'base|starting|take-home|annual|hourly|expected|weekly|monthly|overtime|holiday|sick pay',
  'the pay',
  'how much ~3 @pay|@earn|@make',
  'what ~2 the|this|it ~1 role|position|job? pays|paid',
  'hourly|daily|day|starting|base ~1 rate',
  'benefits|benefit ~1 package|packages|plan|plans|coverage|enrollment|enrolment|offering|options|summary|details',
  'employee|health|medical|dental|vision|staff|company|the ~1 benefits',
  'health|medical|dental|vision|life ~1 insurance|cover|coverage|plan|plans',
  'private medical|healthcare',
  'pension|pensions|superannuation|annuity',
  'including|includes|plus|and|with super',
  'super contribution|contributions|fund',
  'car|relocation|housing|travel|phone|remote|home-office ~1 allowance|allowances|stipend|package',
  'remuneration|compensation|the|salary|total|reward|rewards ~1 package',
  'package ~2 includes|include|including|offered|on offer',
  'pto|paid ~1 time ~1 off|away|leave',
  'time off|away ~1 policy|policies|allowance|entitlement|accrual|accrue|do|per|each|a|in',
  'how much|many ~3 time off|away|leave|holiday|holidays|vacation|days',
  'annual|paid|sick|parental|maternity|paternity|family|shared|study ~1 leave',
  'holiday|vacation|sick ~1 entitlement|allowance|days|time|pay|policy|leave',
  'leave ~1 policy|policies|entitlement|allowance',
  'days off|annual',
  '@accrue|accrual',
];

const PHRASES = FAMILIES.map(phrase);
/** "Pay attention", "pay a visit" and the like are not about money. */
const UNLESS = ['@pay attention|tribute|respects|off|dividends|forward|close', '@pay a visit'].map(phrase);

/** Money and benefits wait until the employer raises them (DOMAIN.md §1). */
export const salary: Rule = {
  id: 'salary',
  defaultSeverity: 'warning',
  description: 'The message raises salary, pay, benefits or time off.',
  check: (context) =>
    findFamilies(
      context,
      PHRASES,
      (quoted) => `Mentioning ${quoted} in a follow-up can make it look like money comes first; leave pay, benefits and time off until the employer brings them up or makes an offer.`,
      UNLESS,
    ),
};
