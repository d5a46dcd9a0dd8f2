import type { Dictionary } from '../language/dictionary';
import type { DateTime } from 'luxon';
import type { ResolvedConfig } from '../config';
import type { Draft } from '../draft';
import type { RuleFinding, Severity } from '../finding';
import type { Prose } from '../prose';
import type { DraftTiming } from '../schedule';
import type { WorkspaceView } from '../workspace';

/** What a rule is given: the parsed draft, the moment and zone, the settings and the workspace. */
export interface RuleContext {
  readonly draft: Draft;
  /** The message text, for the body rules. */
  readonly prose: Prose;
  readonly now: DateTime;
  readonly timeZone: string;
  readonly config: ResolvedConfig;
  readonly workspace: WorkspaceView;
  /** This draft's key in the workspace index, if it has one. */
  readonly key?: string;
  /** The English dictionary, once it is loaded. */
  readonly dictionary?: Dictionary;
  /** What several rules compute once per check (the draft's place in its schedule). */
  readonly shared: { timing?: DraftTiming | null };
}

/** One etiquette or schema check, with its stable id from DOMAIN.md §5. */
export interface Rule {
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** One line for settings, docs and hovers. */
  readonly description: string;
  check(context: RuleContext): readonly RuleFinding[];
}
