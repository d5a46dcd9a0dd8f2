/** The draft engine's public surface, shared by the extension and the CLI. */
export { lintText, type LintOptions, type LintResult } from './lint';
export { parseDraft, type Draft, type DraftFields } from './draft';
export { readConfig, mergeConfig, DEFAULT_CONFIG, type Config } from './config';
export { isValidTimeZone, readDate, type DraftDate } from './dates';
export { LineMap, type Span, type Position } from './text';
export { RULES, type Rule } from './rules';
export type { Finding, Severity, RuleLevel } from './finding';
