/** The draft engine's public surface, shared by the extension and the CLI. */
export { lintDraft, lintText, type LintOptions, type LintResult } from './lint';
export { parseDraft, type Draft, type DraftFields } from './draft';
export { readConfig, mergeConfig, resolveConfig, DEFAULT_CONFIG, type Config, type ResolvedConfig } from './config';
export { DraftIndex, summarize, type DraftSummary, type WorkspaceView } from './workspace';
export { isValidTimeZone, readDate, type DraftDate } from './dates';
export { LineMap, type Span, type Position } from './text';
export { RULES, RULE_IDS, type Rule } from './rules';
export type { Finding, Fix, TextEdit, Severity, RuleLevel } from './finding';
