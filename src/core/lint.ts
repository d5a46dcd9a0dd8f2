import type { Dictionary } from './language/dictionary';
import type { DateTime } from 'luxon';
import { DEFAULT_CONFIG, type ResolvedConfig } from './config';
import { parseDraft, type Draft } from './draft';
import { INTERNAL_ERROR, type Finding, type RuleFinding } from './finding';
import { kilobytes } from './frontmatter';
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
  // Until the front-matter can be read, its YAML error is the one thing worth saying; a draft
  // too large to read is checked for its front-matter alone.
  const rules = draft.frontMatter?.readable === false ? RULES.filter((rule) => rule.id === 'frontmatter-yaml') : draft.oversized ? FRONT_MATTER_RULES : RULES;
  if (draft.oversized) {
    findings.push({
      span: draft.frontMatter?.close ?? { start: 0, end: 0 },
      message: `This draft is ${kilobytes(draft.text.length)}, more than the 2 MB whose message is read, so only its front-matter was checked; a follow-up is a few hundred words, so move anything else to another file.`,
      rule: 'length',
      severity: config.rules.length && config.rules.length !== 'off' ? config.rules.length : 'warning',
    });
  }
  for (const rule of rules) {
    const level = config.rules[rule.id];
    if (level === 'off') continue;
    let found: readonly RuleFinding[];
    // Each rule on its own: one that fails costs its own findings, never the others'.
    try {
      found = rule.check(context);
    } catch (cause) {
      findings.push({
        span: draft.frontMatter?.open ?? { start: 0, end: 0 },
        message: `The “${rule.id}” check failed on this draft, so what it looks for was not checked here; the other checks ran, and this is a fault in the extension, not in your draft.`,
        rule: INTERNAL_ERROR,
        severity: 'warning',
        cause: { rule: rule.id, error: cause },
      });
      continue;
    }
    let count = 0;
    for (const finding of found) {
      if (++count > MAX_FINDINGS_PER_RULE) break;
      const severity = level ?? finding.severity ?? rule.defaultSeverity;
      const message = clipQuotes(finding.message);
      findings.push(
        finding.fixes
          ? { span: finding.span, message, fixes: finding.fixes, rule: rule.id, severity }
          : { span: finding.span, message, rule: rule.id, severity },
      );
    }
  }
  const suppressed = findings.length > 0 ? readSuppressions(draft.text, draft.bodyStart) : undefined;
  const kept = suppressed ? findings.filter((finding) => !suppressed(finding.rule, finding.span.start)) : findings;
  return kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule));
}

/** The rules that read only the front-matter: all a draft too large to read is checked for. */
const FRONT_MATTER_RULES = RULES.filter((rule) => rule.id.startsWith('frontmatter-') || ['late-thank-you', 'too-soon', 'too-many-follow-ups'].includes(rule.id));

/** The longest text a message quotes from the draft, in characters. */
const MAX_QUOTE = 80;
const LONG_QUOTE = new RegExp(`“([^”]{${MAX_QUOTE + 1},})”`, 'g');
const LONG_WORD = new RegExp(`[^\\s“”]{${MAX_QUOTE + 1},}`, 'g');

/**
 * A message with every quotation and every run of text without spaces cut to 80 characters:
 * whatever a draft holds, its findings stay short enough to read.
 */
export function clipQuotes(message: string): string {
  if (message.length <= MAX_QUOTE) return message;
  return message
    .replace(LONG_QUOTE, (_, quoted: string) => `“${quoted.slice(0, MAX_QUOTE - 1)}…”`)
    .replace(LONG_WORD, (word) => `${word.slice(0, MAX_QUOTE - 1)}…`);
}

/** Parses and checks one Markdown text: the single entry point of the CLI and the editor. */
export function lintText(text: string, options: LintOptions): LintResult {
  const draft = parseDraft(text, { timeZone: options.timeZone });
  return { draft, findings: lintDraft(draft, options) };
}
