import type { DateTime } from 'luxon';
import type { Draft } from '../draft';
import type { RuleFinding, Severity } from '../finding';

/** What a rule is given: the parsed draft and the moment and zone it is checked in. */
export interface RuleContext {
  readonly draft: Draft;
  readonly now: DateTime;
  readonly timeZone: string;
}

/** One etiquette or schema check, with its stable id from DOMAIN.md §5. */
export interface Rule {
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** One line for settings, docs and hovers. */
  readonly description: string;
  check(context: RuleContext): readonly RuleFinding[];
}
