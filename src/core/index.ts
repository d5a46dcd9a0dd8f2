/** The draft engine's public surface, shared by the extension and the CLI. */
export { lintDraft, lintText, type LintOptions, type LintResult } from './lint';
export { parseDraft, type Draft, type DraftFields } from './draft';
export { readConfig, readConfigText, parseJsonWithComments, mergeConfig, resolveConfig, readCspellWords, CSPELL_FILES, DEFAULT_CONFIG, type Config, type ResolvedConfig } from './config';
export { DraftIndex, indexFiles, normalizeName, readSummary, summarize, type DraftSummary, type WorkspaceView } from './workspace';
export { isValidTimeZone, readDate, formatDay, type DraftDate } from './dates';
export { LineMap, decodeText, type Span, type Position } from './text';
export { RULES, RULE_IDS, type Rule } from './rules';
export type { Finding, Fix, TextEdit, Severity, RuleLevel } from './finding';
export { INTERNAL_ERROR } from './finding';
export {
  computeSchedule,
  mergeSchedules,
  describeDue,
  formatDue,
  schedulingProblem,
  GROUP_ORDER,
  type DueItem,
  type DueGroup,
  type DueKind,
  type DraftTiming,
  type Schedule,
  type ClosedApplication,
} from './schedule';
export { CalendarError, toICalendar } from './ics';
export { itemKey, itemLabels, itemTitle, itemWhen, reminderText } from './items';
export { applyTextEdits, markAsSent, recordOutcome, setFrontMatterValue, snooze, unsnooze, formatDateTime, type EditResult } from './edits';
export { draftTemplate, draftFileName, type TemplateFields } from './templates';
export { MESSAGE_TYPES, OUTCOMES, FOLLOW_UP_TYPES, THANK_YOU_TYPES, type MessageType, type Outcome } from './schema';
export { plainMessage, mailtoLink, sendProblem, MAILTO_LIMIT, type PlainMessage, type SendProblem } from './message';
export { afterColon, countOf } from './wording';

/** The date-time type every deadline is computed in; re-exported for the extension's clock. */
export { DateTime } from 'luxon';
export { Dictionary, DICTIONARY_FILES } from './language/dictionary';
export { frontMatterCompletions, type Completion, type Completions } from './complete';
export { frontMatterHover } from './hover';
