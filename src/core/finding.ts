import type { Span } from './text';

export const SEVERITIES = ['error', 'warning', 'information'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A rule's configured level: a severity, or `off`. */
export type RuleLevel = Severity | 'off';
export const RULE_LEVELS: readonly RuleLevel[] = ['off', ...SEVERITIES];

/** Replace `span` of the checked text with `text` (an insertion when the span is empty). */
export interface TextEdit {
  readonly span: Span;
  readonly text: string;
}

/** A mechanical correction a user can apply with one click. */
export interface Fix {
  /** What the fix does, as a menu item: "Replace with “receive”". */
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** Safe to apply without looking, so it can join "Fix all". */
  readonly safe?: boolean;
}

/** What a rule reports: where, and a one-sentence message saying what is wrong and what to do. */
export interface RuleFinding {
  readonly span: Span;
  readonly message: string;
  /** A severity other than the rule's default, used only when the user set no level. */
  readonly severity?: Severity;
  readonly fixes?: readonly Fix[];
}

/** A finding with its rule id and the severity it is reported at. */
export interface Finding extends RuleFinding {
  readonly rule: string;
  readonly severity: Severity;
  /** For an `internal-error` finding: the rule that failed and what it threw, for the log; never shown as is. */
  readonly cause?: { readonly rule: string; readonly error: unknown };
}

/** The id of the finding that stands for a rule that failed (threw) on a draft: not a rule, never turned off. */
export const INTERNAL_ERROR = 'internal-error';
