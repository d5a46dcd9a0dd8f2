import { demanding } from './demanding';
import { desperate } from './desperate';
import { frontmatterRequired } from './frontmatter-required';
import { frontmatterUnknownKey } from './frontmatter-unknown-key';
import { frontmatterValue } from './frontmatter-value';
import { frontmatterYaml } from './frontmatter-yaml';
import { greeting } from './greeting';
import { grammar } from './grammar';
import { greetingName } from './greeting-name';
import { informal } from './informal';
import { lateThankYou } from './late-thank-you';
import { length } from './length';
import { misspelledName } from './misspelled-name';
import { noCallToAction } from './no-call-to-action';
import { noInterest } from './no-interest';
import { noThanks } from './no-thanks';
import { noValueAdd } from './no-value-add';
import { notHeardBack } from './not-heard-back';
import { notPersonalized } from './not-personalized';
import { placeholder } from './placeholder';
import { repetition } from './repetition';
import type { Rule } from './rule';
import { salary } from './salary';
import { shouting } from './shouting';
import { signOff } from './sign-off';
import { spelling } from './spelling';
import { subjectGeneric } from './subject-generic';
import { subjectMissing } from './subject-missing';
import { tooManyFollowUps } from './too-many-follow-ups';
import { tooSoon } from './too-soon';
import { wrongCompany } from './wrong-company';

export type { Rule, RuleContext } from './rule';

/** Every rule, in the order of DOMAIN.md §5. */
export const RULES: readonly Rule[] = [
  frontmatterYaml,
  frontmatterRequired,
  frontmatterValue,
  frontmatterUnknownKey,
  lateThankYou,
  tooSoon,
  tooManyFollowUps,
  placeholder,
  salary,
  notHeardBack,
  desperate,
  demanding,
  informal,
  shouting,
  length,
  subjectMissing,
  subjectGeneric,
  greeting,
  greetingName,
  signOff,
  noThanks,
  noInterest,
  noCallToAction,
  notPersonalized,
  wrongCompany,
  misspelledName,
  spelling,
  grammar,
  repetition,
  noValueAdd,
];

/** The rule ids, for configuration and docs. */
export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);
