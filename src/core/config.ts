import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { LineMap, type Position } from './text';
import { isValidTimeZone } from './dates';
import { RULE_LEVELS, type RuleLevel } from './finding';
import { RULE_IDS } from './rules';
import { DEFAULT_WORD_LIMITS, MESSAGE_TYPES, PACES, type MessageType, type Pace } from './schema';
import { nearest } from './suggest';

/**
 * One layer of the user's choices (defaults < editor settings < `.followuprc.json`); every
 * field is optional, and `resolveConfig` fills in what no layer sets.
 */
export interface Config {
  /** Rule id -> level; a rule that is not listed keeps its default severity. */
  readonly rules?: Readonly<Record<string, RuleLevel>>;
  readonly wordLimits?: Readonly<Partial<Record<MessageType, number>>>;
  /** Hours after the interview within which a thank-you is due. */
  readonly thankYouHours?: number;
  /** Days between contacts before a check-in, by the field's pace. */
  readonly cadenceDays?: Readonly<Partial<Record<Pace, number>>>;
  readonly maxFollowUps?: number;
  /** Move a due date that falls on a weekend to the Monday after. */
  readonly skipWeekends?: boolean;
  /** IANA zone for dates without an offset; absent means the caller's default (the system's). */
  readonly timeZone?: string;
  /** The user's name, used to fill `[Your Name]` and to sign off. */
  readonly signature?: string;
  readonly spelling?: { readonly words?: readonly string[]; readonly dialect?: Dialect };
}

/** Every setting with a value: what the rules and the schedule read. */
export interface ResolvedConfig {
  readonly rules: Readonly<Record<string, RuleLevel>>;
  readonly wordLimits: Readonly<Record<MessageType, number>>;
  readonly thankYouHours: number;
  readonly cadenceDays: Readonly<Record<Pace, number>>;
  readonly maxFollowUps: number;
  readonly skipWeekends: boolean;
  readonly timeZone?: string;
  readonly signature: string;
  /** Words the spelling and name rules accept, lower case. */
  readonly spellingWords: ReadonlySet<string>;
  /** Which English spellings are right: American, British (with Canadian, Australian...), or both. */
  readonly dialect: Dialect;
}

export const DEFAULT_CONFIG: ResolvedConfig = {
  rules: {},
  wordLimits: DEFAULT_WORD_LIMITS,
  thankYouHours: 24,
  cadenceDays: { fast: 5, standard: 7, slow: 14 },
  maxFollowUps: 3,
  skipWeekends: true,
  signature: '',
  spellingWords: new Set(),
  dialect: 'both',
};

export interface ConfigReading {
  readonly config: Config;
  /** What was wrong and ignored, one sentence each. */
  readonly problems: readonly string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCount = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** The keys a configuration may have, for did-you-mean hints. */
export const CONFIG_KEYS = ['rules', 'wordLimits', 'thankYouHours', 'cadenceDays', 'maxFollowUps', 'skipWeekends', 'timeZone', 'signature', 'spelling'] as const;

/**
 * Validates a configuration object (a parsed `.followuprc.json`, or the editor's settings).
 * Bad parts are reported and left out, so one mistake never disables the rest.
 */
export function readConfig(value: unknown): ConfigReading {
  const ruleIds = RULE_IDS;
  const problems: string[] = [];
  if (!isRecord(value)) {
    return { config: {}, problems: ['The configuration should be a JSON object, such as { "rules": {} }; defaults are used instead.'] };
  }
  const config: { -readonly [K in keyof Config]: Config[K] } = {};

  if (value.rules !== undefined) {
    if (!isRecord(value.rules)) {
      problems.push('"rules" should map rule ids to "off", "information", "warning" or "error"; it is ignored.');
    } else {
      const rules: Record<string, RuleLevel> = {};
      for (const [id, level] of Object.entries(value.rules)) {
        if (!ruleIds.includes(id)) {
          const suggestion = nearest(id, ruleIds);
          problems.push(`"${id}" is not a rule id${suggestion ? `; did you mean "${suggestion}"?` : '; it is ignored.'}`);
        } else if (typeof level !== 'string' || !(RULE_LEVELS as readonly string[]).includes(level)) {
          problems.push(`The level of "${id}" should be "off", "information", "warning" or "error"; its default is used instead.`);
        } else {
          rules[id] = level as RuleLevel;
        }
      }
      config.rules = rules;
    }
  }

  const readCounts = <K extends string>(key: string, keys: readonly K[], min: number, max: number) => {
    const raw = value[key];
    if (raw === undefined) return undefined;
    if (!isRecord(raw)) {
      problems.push(`"${key}" should be an object with numbers for ${keys.join(', ')}; the defaults are used instead.`);
      return undefined;
    }
    const counts: Partial<Record<K, number>> = {};
    for (const [name, count] of Object.entries(raw)) {
      if (!(keys as readonly string[]).includes(name)) problems.push(`"${key}.${name}" is not a setting; use ${keys.join(', ')}.`);
      else if (!isCount(count, min, max)) problems.push(`"${key}.${name}" should be a whole number from ${min} to ${max}; the default is used instead.`);
      else counts[name as K] = count;
    }
    return counts;
  };
  const wordLimits = readCounts('wordLimits', MESSAGE_TYPES, 10, 5000);
  if (wordLimits) config.wordLimits = wordLimits;
  const cadenceDays = readCounts('cadenceDays', PACES, 1, 90);
  if (cadenceDays) config.cadenceDays = cadenceDays;

  const readNumber = (key: 'thankYouHours' | 'maxFollowUps', min: number, max: number) => {
    if (value[key] === undefined) return;
    if (isCount(value[key], min, max)) config[key] = value[key];
    else problems.push(`"${key}" should be a whole number from ${min} to ${max}; the default is used instead.`);
  };
  readNumber('thankYouHours', 1, 168);
  readNumber('maxFollowUps', 1, 10);

  if (value.skipWeekends !== undefined) {
    if (typeof value.skipWeekends === 'boolean') config.skipWeekends = value.skipWeekends;
    else problems.push('"skipWeekends" should be true or false; the default is used instead.');
  }
  if (value.timeZone !== undefined && value.timeZone !== '') {
    if (typeof value.timeZone === 'string' && isValidTimeZone(value.timeZone)) config.timeZone = value.timeZone;
    else problems.push('"timeZone" should be a time zone name such as "America/New_York"; the default is used instead.');
  }
  if (value.signature !== undefined) {
    if (typeof value.signature === 'string') config.signature = value.signature.trim();
    else problems.push('"signature" should be your name as text; it is ignored.');
  }
  if (value.spelling !== undefined) {
    const words = isRecord(value.spelling) ? value.spelling.words : undefined;
    const dialect = isRecord(value.spelling) ? value.spelling.dialect : undefined;
    const dialectOk = dialect === undefined || DIALECTS.includes(dialect as Dialect);
    if (isRecord(value.spelling) && (words === undefined || (Array.isArray(words) && words.every((word) => typeof word === 'string'))) && dialectOk) {
      config.spelling = { words: (words as string[] | undefined) ?? [], ...(dialect ? { dialect: dialect as Dialect } : {}) };
    } else {
      problems.push('"spelling" should be { "words": ["..."], "dialect": "both" }, with "dialect" one of "both", "american" or "british"; it is ignored.');
    }
  }
  for (const key of Object.keys(value)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key) && key !== '$schema') {
      const suggestion = nearest(key, CONFIG_KEYS);
      problems.push(`"${key}" is not a setting${suggestion ? `; did you mean "${suggestion}"?` : '; it is ignored.'}`);
    }
  }
  return { config, problems };
}

/** Layers configurations: later ones win, key by key; spelling allow-lists add up. */
export function mergeConfig(...layers: readonly Config[]): Config {
  return layers.reduce<Config>(
    (merged, layer) => ({
      ...merged,
      ...Object.fromEntries(Object.entries(layer).filter(([, v]) => v !== undefined)),
      rules: { ...merged.rules, ...layer.rules },
      wordLimits: { ...merged.wordLimits, ...layer.wordLimits },
      cadenceDays: { ...merged.cadenceDays, ...layer.cadenceDays },
      spelling: { words: [...(merged.spelling?.words ?? []), ...(layer.spelling?.words ?? [])], dialect: layer.spelling?.dialect ?? merged.spelling?.dialect },
    }),
    {},
  );
}

/** Fills in every setting no layer gave. */
export function resolveConfig(config: Config = {}): ResolvedConfig {
  return {
    rules: { ...config.rules },
    wordLimits: { ...DEFAULT_CONFIG.wordLimits, ...config.wordLimits },
    thankYouHours: config.thankYouHours ?? DEFAULT_CONFIG.thankYouHours,
    cadenceDays: { ...DEFAULT_CONFIG.cadenceDays, ...config.cadenceDays },
    maxFollowUps: config.maxFollowUps ?? DEFAULT_CONFIG.maxFollowUps,
    skipWeekends: config.skipWeekends ?? DEFAULT_CONFIG.skipWeekends,
    timeZone: config.timeZone,
    signature: config.signature ?? '',
    spellingWords: new Set((config.spelling?.words ?? []).map((word) => word.toLowerCase())),
    dialect: config.spelling?.dialect ?? 'both',
  };
}

export type Dialect = 'both' | 'american' | 'british';
export const DIALECTS: readonly Dialect[] = ['both', 'american', 'british'];

/** Code Spell Checker's configuration files at a folder's root, whose `words` the spelling rule accepts. */
export const CSPELL_FILES: readonly string[] = ['cspell.json', '.cspell.json', 'cSpell.json'];

/**
 * The `words` of a Code Spell Checker configuration (JSON with comments and trailing commas),
 * strings only; none when the text cannot be read.
 */
export function readCspellWords(text: string): string[] {
  const { value } = parseJsonWithComments(text);
  const words = typeof value === 'object' && value !== null ? (value as { words?: unknown }).words : undefined;
  return Array.isArray(words) ? words.filter((word): word is string => typeof word === 'string') : [];
}

/**
 * JSON as VS Code's own settings files allow it: comments and trailing commas, as the editor's
 * JSON-with-comments mode invites. Where the text is not valid, the offset of the first problem.
 */
export function parseJsonWithComments(text: string): { value: unknown; errorAt?: number } {
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text.replace(/^\uFEFF/, ''), errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  return errors.length > 0 ? { value: undefined, errorAt: errors[0].offset + (text.startsWith('\uFEFF') ? 1 : 0) } : { value };
}

/**
 * A `.followuprc.json` (or `--config` file) read as JSON with comments, then as settings;
 * when it is not valid JSON, one problem that says where (`syntaxError`, 0-based), and no settings.
 */
export function readConfigText(text: string): ConfigReading & { syntaxError?: Position } {
  const { value, errorAt } = parseJsonWithComments(text);
  if (errorAt !== undefined) {
    const syntaxError = new LineMap(text).positionAt(Math.min(errorAt, text.length));
    return {
      config: {},
      problems: [`This file is not valid JSON at line ${syntaxError.line + 1}, column ${syntaxError.character + 1}, so its settings are ignored; check for a missing comma, quote or bracket there.`],
      syntaxError,
    };
  }
  return readConfig(value);
}
