import { readDate, type DraftDate } from './dates';
import { isYamlLanguage, readFrontMatter, type FrontMatter, type FrontMatterEntry } from './frontmatter';
import { readMessageParts, type MessageParts } from './body';
import { maskNonProse } from './mask';
import { nearest } from './suggest';
import {
  DATE_KEYS,
  MESSAGE_TYPES,
  OUTCOMES,
  PACES,
  REQUIRED_KEYS,
  type DateKey,
  type MessageType,
  type Outcome,
  type Pace,
} from './schema';
import type { Span } from './text';
import { countOf } from './wording';
import type { RuleFinding } from './finding';

/** The front-matter values of a draft, typed; a value that could not be read is absent. */
export interface DraftFields {
  readonly company?: string;
  readonly role?: string;
  /** Everyone the message goes to; empty when none is given. */
  readonly interviewers: readonly string[];
  readonly interviewDate?: DraftDate;
  /** The message type; `thank-you` when the front-matter does not say. */
  readonly type: MessageType;
  readonly sent?: DraftDate;
  readonly decisionDate?: DraftDate;
  readonly outcome?: Outcome;
  readonly subject?: string;
  readonly email?: string;
  readonly pace?: Pace;
  readonly snoozedUntil?: DraftDate;
}

/** A value problem found while reading the fields, reported by `frontmatter-value`. */
export interface ValueProblem extends RuleFinding {
  readonly key: string;
}

/** A parsed Markdown file: its front-matter, its fields and its message. */
export interface Draft {
  readonly text: string;
  /** False for every Markdown file that is not a follow-up draft: those get nothing. */
  readonly isDraft: boolean;
  readonly frontMatter?: FrontMatter;
  /** Why the front-matter could not be read (`frontmatter-yaml`). */
  readonly yamlProblems: readonly RuleFinding[];
  /** Values of the wrong kind or form (`frontmatter-value`). */
  readonly valueProblems: readonly ValueProblem[];
  readonly fields: DraftFields;
  /** The Markdown after the front-matter. */
  readonly body: string;
  /** Where the body starts in `text`. */
  readonly bodyStart: number;
  /** The text with everything but the message blanked out, offsets unchanged ('' for a non-draft). */
  readonly masked: string;
  readonly message: MessageParts;
  /** Larger than MAX_DRAFT_LENGTH: only the front-matter was read, and only it is checked. */
  readonly oversized: boolean;
}

/** The largest draft whose message is read (in characters, about 2 MB); a larger one is checked for its front-matter only. */
export const MAX_DRAFT_LENGTH = 2 * 1024 * 1024;

export interface ParseOptions {
  /** IANA zone in which dates without an offset are read. */
  readonly timeZone: string;
  /** Skip the message body (for the workspace index, which needs only the front-matter). */
  readonly frontMatterOnly?: boolean;
}

const DRAFT_KEY_LINE = /^[ \t]*["']?(?:company|interviewer|interviewDate)["']?[ \t]*:/m;
/** In front-matter of another language (`---js`), the keys need not start a line. */
const DRAFT_KEY_ANYWHERE = /(?:^|[^\w$])["']?(?:company|interviewer|interviewDate)["']?[ \t]*:/m;
/** The longest name, title or subject a field may hold: longer text is not a name, and is not used. */
export const MAX_FIELD_LENGTH = 200;
/** The most interviewers a draft may name: a panel, not a list pasted by mistake. */
export const MAX_INTERVIEWERS = 30;
const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;

/** A key's entry, or undefined when it is missing or has no value. */
export function entryOf(frontMatter: FrontMatter | undefined, key: string): FrontMatterEntry | undefined {
  return frontMatter?.entries.find((entry) => entry.key === key);
}

/** True when a value counts as filled in: not null, not blank, not an empty list. */
export function isFilled(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(isFilled);
  return true;
}

/** "Fri 20 Nov 2026", with "14:30" when the date has a time. */
function describeDate(date: DraftDate): string {
  return date.value.toFormat(date.dateOnly ? 'ccc d LLL yyyy' : "ccc d LLL yyyy 'at' HH:mm");
}

function describeList(values: readonly string[]): string {
  return values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

class FieldReader {
  readonly problems: ValueProblem[] = [];

  constructor(
    private readonly frontMatter: FrontMatter | undefined,
    private readonly timeZone: string,
  ) {}

  private report(entry: FrontMatterEntry, message: string, span: Span = entry.valueSpan): void {
    this.problems.push({ key: entry.key, span, message });
  }

  private filledEntry(key: string): FrontMatterEntry | undefined {
    const entry = entryOf(this.frontMatter, key);
    return entry && isFilled(entry.value) ? entry : undefined;
  }

  /** A text value within MAX_FIELD_LENGTH, or undefined (reported) when it is longer. */
  private short(entry: FrontMatterEntry, value: string, span?: Span): string | undefined {
    if (value.length <= MAX_FIELD_LENGTH) return value;
    this.report(
      entry,
      `“${entry.key}” is ${countOf(value.length, 'character')} long, so it is not used; ${entry.key === 'subject' ? 'a subject line is a few words' : entry.key === 'email' ? 'an email address is one short word' : 'a name or a title is a few words'}, so shorten it.`,
      span,
    );
    return undefined;
  }

  text(key: string, example: string): string | undefined {
    const entry = this.filledEntry(key);
    if (!entry) return undefined;
    if (typeof entry.value === 'string') return this.short(entry, entry.value.trim());
    if (typeof entry.value === 'number') return String(entry.value);
    this.report(entry, `“${key}” should be plain text on one line, such as “${key}: ${example}”; rewrite it that way.`);
    return undefined;
  }

  interviewers(): string[] {
    const entry = this.filledEntry('interviewer');
    if (!entry) return [];
    if (typeof entry.value === 'string') {
      const name = this.short(entry, entry.value.trim());
      return name === undefined ? [] : [name];
    }
    if (entry.items) {
      if (entry.items.length > MAX_INTERVIEWERS) {
        this.report(entry, `“interviewer” lists ${countOf(entry.items.length, 'person', 'people')}, so it is not used; name the people who interviewed you, at most ${MAX_INTERVIEWERS}.`);
        return [];
      }
      const names: string[] = [];
      for (const item of entry.items) {
        if (typeof item.value === 'string' && item.value.trim() !== '') {
          const name = this.short(entry, item.value.trim(), item.span);
          if (name !== undefined) names.push(name);
        } else this.report(entry, "Each interviewer should be a person's name, such as “- Dana Whitfield”; fix or remove this item.", item.span);
      }
      return names;
    }
    this.report(entry, '“interviewer” should be a name, or a list of names for a panel; write it as “interviewer: Dana Whitfield”.');
    return [];
  }

  date(key: DateKey): DraftDate | undefined {
    const entry = this.filledEntry(key);
    if (!entry) return undefined;
    const reading = readDate(entry.value, this.timeZone);
    if (reading.ok) return reading.date;
    const message =
      reading.reason === 'calendar'
        ? `“${key}” names ${reading.detail}, which does not exist; check the date.`
        : reading.reason === 'offset'
          ? `“${key}” has the offset ${reading.detail}, which no place uses; write one from -12:00 to +14:00, such as -05:00, or leave it out to use your own time zone.`
          : `“${key}” is not a date that can be read; write it as 2026-11-20, or 2026-11-20T14:30 with the time.`;
    this.report(entry, message);
    return undefined;
  }

  choice<T extends string>(key: string, allowed: readonly T[], what: string): T | undefined {
    const entry = this.filledEntry(key);
    if (!entry) return undefined;
    if (typeof entry.value === 'object' && entry.value !== null) {
      this.report(entry, `“${key}” should be one word, not ${Array.isArray(entry.value) ? 'a list' : 'a group of keys'}; use ${describeList(allowed.map((v) => `“${v}”`))}.`);
      return undefined;
    }
    const value = typeof entry.value === 'string' ? entry.value.trim() : String(entry.value);
    // Read without regard to case: “Rejected” is “rejected” (DOMAIN.md §4.5).
    const known = allowed.find((choice) => choice === value.toLowerCase());
    if (known) return known;
    const suggestion = nearest(value, allowed);
    this.report(
      entry,
      suggestion
        ? `“${value}” is not ${what}; did you mean “${suggestion}”?`
        : `“${value}” is not ${what}; use ${describeList(allowed.map((v) => `“${v}”`))}.`,
    );
    return undefined;
  }

  email(): string | undefined {
    const address = this.text('email', 'dana.whitfield@globex.com');
    if (address === undefined) return undefined;
    if (EMAIL.test(address)) return address;
    this.report(this.filledEntry('email')!, '“email” does not look like an email address; write it as name@company.com.');
    return undefined;
  }
}

function readFields(frontMatter: FrontMatter | undefined, timeZone: string): { fields: DraftFields; problems: ValueProblem[] } {
  const reader = new FieldReader(frontMatter, timeZone);
  const dates = Object.fromEntries(DATE_KEYS.map((key) => [key, reader.date(key)])) as Record<DateKey, DraftDate | undefined>;
  const fields: DraftFields = {
    company: reader.text('company', 'Globex'),
    role: reader.text('role', 'Data Analyst'),
    interviewers: reader.interviewers(),
    type: reader.choice('type', MESSAGE_TYPES, 'a message type') ?? 'thank-you',
    outcome: reader.choice('outcome', OUTCOMES, 'an outcome'),
    pace: reader.choice('pace', PACES, 'a pace'),
    subject: reader.text('subject', 'Thank you: Data Analyst interview'),
    email: reader.email(),
    ...dates,
  };
  const problems = reader.problems;
  if (fields.sent && fields.interviewDate && fields.sent.value < fields.interviewDate.value) {
    const sameDay = fields.sent.dateOnly && fields.sent.value.hasSame(fields.interviewDate.value, 'day');
    if (!sameDay) {
      const entry = entryOf(frontMatter, 'sent')!;
      problems.push({
        key: 'sent',
        span: entry.valueSpan,
        message: `“sent” says ${describeDate(fields.sent)}, before the interview on ${describeDate(fields.interviewDate)}; a message about an interview goes out after it, so check both dates.`,
      });
    }
  }
  problems.sort((a, b) => a.span.start - b.span.start);
  return { fields, problems };
}

/** True when the front-matter names a company, an interviewer or an interview date. */
function looksLikeDraft(text: string, frontMatter: FrontMatter | undefined): boolean {
  if (!frontMatter) return false;
  if (frontMatter.readable) {
    return frontMatter.entries.some((entry) => (REQUIRED_KEYS as readonly string[]).includes(entry.key));
  }
  const raw = text.slice(frontMatter.content.start, frontMatter.content.end);
  return (isYamlLanguage(frontMatter.language) ? DRAFT_KEY_LINE : DRAFT_KEY_ANYWHERE).test(raw);
}

/**
 * Parses a Markdown file into a draft: front-matter (YAML only, never executed), typed fields
 * with dates read in `timeZone`, and the message's subject, greeting and sign-off. Never
 * throws on bad input; what is wrong is recorded for the `frontmatter-*` rules.
 */
export function parseDraft(text: string, options: ParseOptions): Draft {
  const reading = readFrontMatter(text);
  const { frontMatter, bodyStart } = reading;
  const isDraft = looksLikeDraft(text, frontMatter);
  const { fields, problems } = frontMatter?.readable
    ? readFields(frontMatter, options.timeZone)
    : { fields: { interviewers: [], type: 'thank-you' as const }, problems: [] };
  const oversized = text.length > MAX_DRAFT_LENGTH;
  const analyseBody = isDraft && !options.frontMatterOnly && !oversized;
  const masked = analyseBody ? maskNonProse(text, bodyStart) : '';
  return {
    text,
    isDraft,
    frontMatter,
    yamlProblems: reading.problems,
    valueProblems: problems,
    fields,
    body: text.slice(bodyStart),
    bodyStart,
    masked,
    message: analyseBody ? readMessageParts(text, masked, bodyStart, fields.interviewers) : { lines: [] },
    oversized,
  };
}
