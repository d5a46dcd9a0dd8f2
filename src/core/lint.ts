import type { Dictionary } from './language/dictionary';
import type { DateTime } from 'luxon';
import { DEFAULT_CONFIG, type ResolvedConfig } from './config';
import { parseDraft, type Draft } from './draft';
import type { Finding } from './finding';
import { Prose } from './prose';
import { RULES } from './rules';
import { MAX_FINDINGS_PER_RULE } from './rules/shared';
import { readSuppressions } from './suppress';
import { EMPTY_WORKSPACE, type WorkspaceView } from './workspace';

export interface LintOptions {
  /** The moment the check runs; never read from the clock inside the core. */
  readonly now: DateTime;
  /** IANA zone for dates without an offset. */
  readonly timeZone: string;
  readonly config?: ResolvedConfig;
  /** The other drafts, for the cross-file and timing rules. */
  readonly workspace?: WorkspaceView;
  /** This draft's key in `workspace`, so that it is not compared with itself. */
  readonly key?: string;
  /** The English dictionary for `spelling`; without it, only the list of common misspellings is used. */
  readonly dictionary?: Dictionary;
}

export interface LintResult {
  readonly draft: Draft;
  /** Sorted by position; empty for a file that is not a draft. */
  readonly findings: readonly Finding[];
}

/** Runs every enabled rule on a parsed draft, applies levels and suppression comments, and sorts. */
export function lintDraft(draft: Draft, options: LintOptions): readonly Finding[] {
  if (!draft.isDraft) return [];
  const config = options.config ?? DEFAULT_CONFIG;
  const context = {
    draft,
    prose: new Prose(draft),
    now: options.now,
    timeZone: options.timeZone,
    config,
    workspace: options.workspace ?? EMPTY_WORKSPACE,
    key: options.key,
    dictionary: options.dictionary,
    shared: {},
  };
  const findings: Finding[] = [];
  // Until the front-matter can be read, its YAML error is the one thing worth saying.
  const rules = draft.frontMatter?.readable === false ? RULES.filter((rule) => rule.id === 'frontmatter-yaml') : RULES;
  for (const rule of rules) {
    const level = config.rules[rule.id];
    if (level === 'off') continue;
    let count = 0;
    for (const finding of rule.check(context)) {
      if (++count > MAX_FINDINGS_PER_RULE) break;
      const severity = level ?? finding.severity ?? rule.defaultSeverity;
      findings.push(
        finding.fixes
          ? { span: finding.span, message: finding.message, fixes: finding.fixes, rule: rule.id, severity }
          : { span: finding.span, message: finding.message, rule: rule.id, severity },
      );
    }
  }
  const suppressed = findings.length > 0 ? readSuppressions(draft.text, draft.bodyStart) : undefined;
  const kept = suppressed ? findings.filter((finding) => !suppressed(finding.rule, finding.span.start)) : findings;
  return kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule));
}

/** Parses and checks one Markdown text: the single entry point of the CLI and the editor. */
export function lintText(text: string, options: LintOptions): LintResult {
  const draft = parseDraft(text, { timeZone: options.timeZone });
  return { draft, findings: lintDraft(draft, options) };
}
