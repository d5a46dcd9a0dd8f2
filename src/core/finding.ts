import type { Span } from './text';

export const SEVERITIES = ['error', 'warning', 'information'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A rule's configured level: a severity, or `off`. */
export type RuleLevel = Severity | 'off';
export const RULE_LEVELS: readonly RuleLevel[] = ['off', ...SEVERITIES];

/** What a rule reports: where, and a one-sentence message saying what is wrong and what to do. */
export interface RuleFinding {
  readonly span: Span;
  readonly message: string;
}

/** A finding with its rule id and the severity it is reported at. */
export interface Finding extends RuleFinding {
  readonly rule: string;
  readonly severity: Severity;
}
