import type { DateTime } from 'luxon';
import { readFrontMatter } from './frontmatter';
import { KEY_DESCRIPTIONS, KNOWN_KEYS, MESSAGE_TYPES, OUTCOMES, PACES, type KnownKey } from './schema';
import type { Span } from './text';
import type { DraftSummary } from './workspace';

/** One completion for the front-matter: what to show, and the text that replaces `Completions.replace`. */
export interface Completion {
  readonly label: string;
  readonly insertText: string;
  /** A few words beside the label. */
  readonly detail?: string;
  readonly kind: 'key' | 'value' | 'name' | 'date';
  /** The order among the others: "0" first. */
  readonly sortText: string;
}

export interface Completions {
  readonly items: readonly Completion[];
  /** The text the chosen completion replaces: the part of the key or value typed so far. */
  readonly replace: Span;
}

export interface CompletionContext {
  /** The other drafts of the workspace, for companies, roles and interviewers. */
  readonly drafts: Iterable<DraftSummary>;
  /** The moment of the request, in the user's zone, for date values. */
  readonly now: DateTime;
}

const CHOICES: Partial<Record<KnownKey, readonly string[]>> = { type: MESSAGE_TYPES, outcome: OUTCOMES, pace: PACES };
const DATE_VALUE_KEYS = new Set(['interviewDate', 'sent', 'decisionDate', 'snoozedUntil']);

/**
 * What may be typed at `offset` of a Markdown text, when it lies in the front-matter: at the
 * start of a line, the keys not written yet (with what each holds); after `key:`, the allowed
 * values of `type`, `outcome` and `pace`, the companies, roles and interviewers the workspace
 * knows (those of this draft's company first), and for a date, now, today and the interview
 * date. Undefined elsewhere. Reads nothing but its arguments.
 */
export function frontMatterCompletions(text: string, offset: number, context: CompletionContext): Completions | undefined {
  const { frontMatter } = readFrontMatter(text);
  if (!frontMatter || offset < frontMatter.content.start || offset > (frontMatter.close?.start ?? text.length)) return undefined;
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  if (lineStart <= frontMatter.open.end) return undefined;
  const before = text.slice(lineStart, offset);
  // Read line by line, not as YAML: while a key is half typed, the block is not valid YAML.
  const lines = text.slice(frontMatter.content.start, lineStart).split(/\r\n|\r|\n/);
  const all = text.slice(frontMatter.content.start, frontMatter.close?.start ?? text.length);
  const valueOf = (name: string) => new RegExp(`^${name}[ \\t]*:[ \\t]*["']?([^"'#\\r\\n]*)`, 'm').exec(all)?.[1].trim();

  // A key being typed at the start of a line.
  const key = /^([A-Za-z_]*)$/.exec(before);
  if (key) {
    const written = new Set([...all.matchAll(/^([A-Za-z_]+)[ \t]*:/gm)].map((match) => match[1]));
    const items = KNOWN_KEYS.filter((name) => !written.has(name) || name === key[1]).map((name, i) => ({
      label: name,
      insertText: `${name}: `,
      detail: KEY_DESCRIPTIONS[name],
      kind: 'key' as const,
      sortText: String(i).padStart(2, '0'),
    }));
    return { items, replace: { start: lineStart, end: offset } };
  }

  // A value after `key:`, or a list item under `interviewer:`.
  const pair = /^([A-Za-z_]+):[ \t]*(.*)$/.exec(before);
  const item = /^[ \t]+-[ \t]*(.*)$/.exec(before);
  let name: string | undefined;
  let typed: string;
  if (pair) {
    name = pair[1];
    typed = pair[2];
  } else if (item) {
    // The key the list belongs to: the nearest line above that starts with one.
    name = lines
      .reverse()
      .map((line) => /^([A-Za-z_]+)[ \t]*:/.exec(line)?.[1])
      .find((found) => found !== undefined);
    typed = item[1];
  } else {
    return undefined;
  }
  if (name === undefined || /["'[{#]/.test(typed)) return undefined;
  const replace = { start: offset - typed.length, end: offset };
  const values = valuesFor(name, valueOf('company'), valueOf('interviewDate'), context);
  return values.length > 0 ? { items: values, replace } : undefined;
}

function valuesFor(key: string, company: unknown, interviewDate: unknown, context: CompletionContext): Completion[] {
  const choices = CHOICES[key as KnownKey];
  if (choices) return choices.map((value, i) => ({ label: value, insertText: value, kind: 'value', sortText: String(i).padStart(2, '0') }));
  if (DATE_VALUE_KEYS.has(key)) {
    const dates: Completion[] = [
      { label: context.now.toFormat("yyyy-MM-dd'T'HH:mm"), insertText: context.now.toFormat("yyyy-MM-dd'T'HH:mm"), detail: 'now', kind: 'date', sortText: '0' },
      { label: context.now.toFormat('yyyy-MM-dd'), insertText: context.now.toFormat('yyyy-MM-dd'), detail: 'today', kind: 'date', sortText: '1' },
    ];
    if (key !== 'interviewDate' && typeof interviewDate === 'string' && interviewDate.trim() !== '') {
      dates.push({ label: interviewDate.trim(), insertText: interviewDate.trim(), detail: 'the interview date', kind: 'date', sortText: '2' });
    }
    return dates;
  }
  if (key !== 'company' && key !== 'role' && key !== 'interviewer') return [];
  // Names the workspace knows; those of this draft's company first, then by how often they are written.
  const own = typeof company === 'string' ? company.trim().toLowerCase() : '';
  const found = new Map<string, { ownCompany: boolean; count: number }>();
  for (const draft of context.drafts) {
    const names = key === 'company' ? [draft.company] : key === 'role' ? [draft.role] : draft.interviewers;
    const ownCompany = own !== '' && (draft.company ?? '').trim().toLowerCase() === own;
    for (const value of names) {
      if (!value) continue;
      const seen = found.get(value);
      found.set(value, { ownCompany: (seen?.ownCompany ?? false) || ownCompany, count: (seen?.count ?? 0) + 1 });
    }
  }
  return [...found]
    .sort(([a, x], [b, y]) => Number(y.ownCompany) - Number(x.ownCompany) || y.count - x.count || a.localeCompare(b))
    .slice(0, 100)
    .map(([value, { ownCompany }], i) => ({
      label: value,
      insertText: value,
      detail: ownCompany ? `at ${String(company).trim()}` : 'in your drafts',
      kind: 'name',
      sortText: String(i).padStart(3, '0'),
    }));
}
