import type { DateTime } from 'luxon';
import { entryOf } from '../draft';
import type { DraftDate } from '../dates';
import type { Span } from '../text';
import type { DraftSummary } from '../workspace';
import type { RuleContext } from './rule';

/** Where a timing finding points: the `sent` value when there is one, else the `type` or the opening `---`. */
export function timingSpan(context: RuleContext, preferSent: boolean): Span {
  const frontMatter = context.draft.frontMatter!;
  const entry = (preferSent ? entryOf(frontMatter, 'sent') : undefined) ?? entryOf(frontMatter, 'type') ?? entryOf(frontMatter, 'interviewDate');
  return entry?.valueSpan ?? frontMatter.open;
}

/** This draft and the other drafts of its application, as summaries. */
export function applicationOf(context: RuleContext): { self: DraftSummary; others: readonly DraftSummary[] } {
  const { fields } = context.draft;
  const self: DraftSummary = { key: context.key ?? '', ...fields };
  return { self, others: context.workspace.application(fields.company, fields.role, context.key) };
}

/** True when any draft of the application records an outcome: nothing is due any more. */
export function isClosed(self: DraftSummary, others: readonly DraftSummary[]): boolean {
  return Boolean(self.outcome) || others.some((draft) => draft.outcome);
}

/** The latest interview date the application's drafts give. */
export function latestInterview(self: DraftSummary, others: readonly DraftSummary[]): DraftDate | undefined {
  let latest = self.interviewDate;
  for (const draft of others) {
    if (draft.interviewDate && (!latest || draft.interviewDate.value > latest.value)) latest = draft.interviewDate;
  }
  return latest;
}

/** "Tue 24 Nov", or with the time when it matters. */
export function formatDay(moment: DateTime, withTime = false): string {
  return moment.toFormat(withTime ? "ccc d LLL 'at' HH:mm" : 'ccc d LLL');
}
