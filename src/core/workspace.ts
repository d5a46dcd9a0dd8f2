import { parseDraft, type Draft } from './draft';
import type { DraftDate } from './dates';
import type { MessageType, Outcome, Pace } from './schema';

/** What the cross-file rules and the schedule need to know of one draft in the workspace. */
export interface DraftSummary {
  /** Where the draft is: a URI or a path, unique in the index. */
  readonly key: string;
  readonly company?: string;
  readonly role?: string;
  readonly interviewers: readonly string[];
  readonly type: MessageType;
  readonly interviewDate?: DraftDate;
  readonly sent?: DraftDate;
  readonly decisionDate?: DraftDate;
  readonly pace?: Pace;
  readonly outcome?: Outcome;
  readonly snoozedUntil?: DraftDate;
  /** Why the draft cannot be scheduled (its front-matter cannot be read, or lacks a required key). */
  readonly problem?: string;
}

/** Folds case and spacing, so that "Globex  Inc", "Globex\u00a0Inc" and "globex inc" are one name. */
export function normalizeName(name: string | undefined): string {
  const lower = (name ?? '').trim().toLowerCase();
  // Any run of white space, a no-break space included, is one space.
  return /\s\s|[^\S ]/.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
}

/** Drafts with the same company and role belong to one application (DOMAIN.md §2). */
export function applicationKey(company: string | undefined, role: string | undefined): string {
  return `${normalizeName(company)}\u0000${normalizeName(role)}`;
}

/** The summary of a parsed draft, or undefined when the file is not a draft. */
export function summarize(key: string, draft: Draft): DraftSummary | undefined {
  if (!draft.isDraft) return undefined;
  const { company, role, interviewers, type, interviewDate, sent, decisionDate, pace, outcome, snoozedUntil } = draft.fields;
  // A date that cannot be read, or a `sent` before the interview, would put the draft in the
  // wrong place of the schedule: it is listed as a problem with the reason the rules give.
  const dateProblem = draft.valueProblems.find((problem) => problem.key === 'interviewDate' || problem.key === 'sent');
  const missing = [!company && 'company', interviewers.length === 0 && 'interviewer', !interviewDate && 'interviewDate'].filter(Boolean);
  const problem =
    draft.yamlProblems[0]?.message ??
    dateProblem?.message ??
    (missing.length > 0 ? `The front-matter lacks ${missing.map((key) => `“${key}”`).join(', ')}, so nothing can be scheduled for this draft.` : undefined);
  return { key, company, role, interviewers, type, interviewDate, sent, decisionDate, pace, outcome, snoozedUntil, problem };
}

/**
 * The summary of a file's text, reading only its front-matter: what the workspace index needs,
 * without the body analysis the rules need. Undefined when the file is not a draft.
 */
export function readSummary(key: string, text: string, timeZone: string): DraftSummary | undefined {
  return summarize(key, parseDraft(text, { timeZone, frontMatterOnly: true }));
}

/** The other drafts of the workspace, as the rules see them. */
export interface WorkspaceView {
  /** Every company named by a draft, in the spelling first seen. */
  companies(): readonly string[];
  /** The drafts of one application, `exceptKey` left out. */
  application(company: string | undefined, role: string | undefined, exceptKey: string | undefined): readonly DraftSummary[];
}

/**
 * The workspace's drafts, kept up to date by the caller (a file watcher in the editor, the
 * list of paths in the CLI). Adding, changing or removing one draft updates the lookups by
 * company and by application in place, so it costs the same whatever the size of the index.
 */
export class DraftIndex implements WorkspaceView {
  private readonly drafts = new Map<string, DraftSummary>();
  private readonly byApplication = new Map<string, Map<string, DraftSummary>>();
  private readonly companyCounts = new Map<string, { name: string; count: number }>();
  private companyList: readonly string[] | undefined;

  get size(): number {
    return this.drafts.size;
  }

  /** Records a draft, or forgets it when `summary` is undefined (the file stopped being a draft). */
  set(key: string, summary: DraftSummary | undefined): void {
    const previous = this.drafts.get(key)?.company;
    const companies = this.companyList;
    this.delete(key);
    if (summary) this.add(key, summary);
    // Read again with the same company (on every keystroke): the same companies, so the same array.
    if (companies && previous !== undefined && previous === summary?.company) this.companyList = companies;
  }

  private add(key: string, summary: DraftSummary): void {
    this.drafts.set(key, summary);
    const application = applicationKey(summary.company, summary.role);
    let members = this.byApplication.get(application);
    if (!members) this.byApplication.set(application, (members = new Map()));
    members.set(key, summary);
    if (summary.company) {
      const name = normalizeName(summary.company);
      const entry = this.companyCounts.get(name);
      if (entry) entry.count++;
      else {
        this.companyCounts.set(name, { name: summary.company, count: 1 });
        this.companyList = undefined;
      }
    }
  }

  delete(key: string): boolean {
    const previous = this.drafts.get(key);
    if (!previous) return false;
    this.drafts.delete(key);
    const application = applicationKey(previous.company, previous.role);
    const members = this.byApplication.get(application);
    members?.delete(key);
    if (members?.size === 0) this.byApplication.delete(application);
    if (previous.company) {
      const name = normalizeName(previous.company);
      const entry = this.companyCounts.get(name);
      if (entry && --entry.count === 0) {
        this.companyCounts.delete(name);
        this.companyList = undefined;
      }
    }
    return true;
  }

  get(key: string): DraftSummary | undefined {
    return this.drafts.get(key);
  }

  all(): IterableIterator<DraftSummary> {
    return this.drafts.values();
  }

  clear(): void {
    this.drafts.clear();
    this.byApplication.clear();
    this.companyCounts.clear();
    this.companyList = undefined;
  }

  /** The same array until a company is added or removed, so rules can cache what they build from it. */
  companies(): readonly string[] {
    return (this.companyList ??= [...this.companyCounts.values()].map((entry) => entry.name));
  }

  application(company: string | undefined, role: string | undefined, exceptKey: string | undefined): readonly DraftSummary[] {
    const members = this.byApplication.get(applicationKey(company, role));
    if (!members) return [];
    return [...members.values()].filter((draft) => draft.key !== exceptKey);
  }
}

/** A view with no other drafts, for a file checked on its own. */
export const EMPTY_WORKSPACE: WorkspaceView = {
  companies: () => [],
  application: () => [],
};

/**
 * Reads many files into an index, a batch at a time, with the next batch's reads already
 * under way while the current one is parsed, so parsing hides behind the file system. A file
 * that cannot be read is left out. `progress` hears how many files are done.
 */
export async function indexFiles(
  index: DraftIndex,
  keys: readonly string[],
  read: (key: string) => Promise<string | undefined>,
  timeZone: (key: string) => string,
  progress?: (done: number, total: number) => void,
  unreadable?: (key: string, error: unknown) => void,
  batchSize = 64,
): Promise<void> {
  // A file that cannot be read is left out of the index, and said so; the others are read.
  const start = (from: number) =>
    Promise.all(
      keys.slice(from, from + batchSize).map((key) =>
        read(key).catch((error: unknown) => {
          unreadable?.(key, error);
          return undefined;
        }),
      ),
    );
  let pending = keys.length > 0 ? start(0) : undefined;
  for (let from = 0; pending; from += batchSize) {
    const texts = await pending;
    pending = from + batchSize < keys.length ? start(from + batchSize) : undefined;
    texts.forEach((text, i) => {
      const key = keys[from + i];
      index.set(key, text === undefined ? undefined : readSummary(key, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, timeZone(key)));
    });
    progress?.(Math.min(from + batchSize, keys.length), keys.length);
  }
}
