import type { DateTime } from 'luxon';
import { DEFAULT_CONFIG, type Config } from './config';
import { parseDraft, type Draft } from './draft';
import type { Finding } from './finding';
import { RULES } from './rules';

export interface LintOptions {
  /** The moment the check runs; never read from the clock inside the core. */
  readonly now: DateTime;
  /** IANA zone for dates without an offset. */
  readonly timeZone: string;
  readonly config?: Config;
}

export interface LintResult {
  readonly draft: Draft;
  /** Sorted by position; empty for a file that is not a draft. */
  readonly findings: readonly Finding[];
}

/** Checks one Markdown text with every enabled rule: the single entry point of the CLI and the editor. */
export function lintText(text: string, options: LintOptions): LintResult {
  const draft = parseDraft(text, { timeZone: options.timeZone });
  if (!draft.isDraft) return { draft, findings: [] };
  const config = options.config ?? DEFAULT_CONFIG;
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const level = config.rules[rule.id] ?? rule.defaultSeverity;
    if (level === 'off') continue;
    for (const finding of rule.check({ draft, now: options.now, timeZone: options.timeZone })) {
      findings.push({ ...finding, rule: rule.id, severity: level });
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule));
  return { draft, findings };
}
