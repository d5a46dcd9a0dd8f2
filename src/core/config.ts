import { isValidTimeZone } from './dates';
import { RULE_LEVELS, type RuleLevel } from './finding';
import { RULES } from './rules';
import { nearest } from './suggest';

/** The user's choices, merged from the layers (defaults < editor settings < `.followuprc.json`). */
export interface Config {
  /** Rule id -> level; a rule that is not listed keeps its default severity. */
  readonly rules: Readonly<Record<string, RuleLevel>>;
  /** IANA zone for dates without an offset; absent means the caller's default (the system's). */
  readonly timeZone?: string;
}

export const DEFAULT_CONFIG: Config = { rules: {} };

export interface ConfigReading {
  readonly config: Config;
  /** What was wrong and ignored, one sentence each. */
  readonly problems: readonly string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const RULE_IDS = RULES.map((rule) => rule.id);

/**
 * Validates a configuration object (parsed `.followuprc.json`, or the editor's settings). Bad
 * parts are reported and left out, so a mistake in one setting never disables the rest.
 */
export function readConfig(value: unknown): ConfigReading {
  const problems: string[] = [];
  if (!isRecord(value)) {
    return { config: DEFAULT_CONFIG, problems: ['The configuration should be a JSON object, such as { "rules": {} }; defaults are used instead.'] };
  }
  const rules: Record<string, RuleLevel> = {};
  if (value.rules !== undefined) {
    if (!isRecord(value.rules)) {
      problems.push('"rules" should be an object that maps rule ids to "off", "information", "warning" or "error"; it is ignored.');
    } else {
      for (const [id, level] of Object.entries(value.rules)) {
        if (!RULE_IDS.includes(id)) {
          const suggestion = nearest(id, RULE_IDS);
          problems.push(`"${id}" is not a rule id${suggestion ? `; did you mean "${suggestion}"?` : '; it is ignored.'}`);
        } else if (typeof level !== 'string' || !(RULE_LEVELS as readonly string[]).includes(level)) {
          problems.push(`The level of "${id}" should be "off", "information", "warning" or "error"; its default is used instead.`);
        } else {
          rules[id] = level as RuleLevel;
        }
      }
    }
  }
  let timeZone: string | undefined;
  if (value.timeZone !== undefined && value.timeZone !== '') {
    if (typeof value.timeZone === 'string' && isValidTimeZone(value.timeZone)) timeZone = value.timeZone;
    else problems.push(`"timeZone" should be a time zone name such as "America/New_York"; the default is used instead.`);
  }
  for (const key of Object.keys(value)) {
    if (key !== 'rules' && key !== 'timeZone' && key !== '$schema') problems.push(`"${key}" is not a setting; it is ignored.`);
  }
  return { config: { rules, timeZone }, problems };
}

/** Layers configurations: later ones win, rule by rule. */
export function mergeConfig(...layers: readonly Config[]): Config {
  return layers.reduce<Config>(
    (merged, layer) => ({
      rules: { ...merged.rules, ...layer.rules },
      timeZone: layer.timeZone ?? merged.timeZone,
    }),
    DEFAULT_CONFIG,
  );
}
