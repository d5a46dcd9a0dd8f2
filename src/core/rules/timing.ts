import { entryOf } from '../draft';
import { timingOf, type DraftTiming } from '../schedule';
import type { Span } from '../text';
import { summarize } from '../workspace';
import type { RuleContext } from './rule';

/** Where a timing finding points: the `sent` value when there is one, else the `type` or the opening `---`. */
export function timingSpan(context: RuleContext, preferSent: boolean): Span {
  const frontMatter = context.draft.frontMatter!;
  const entry = (preferSent ? entryOf(frontMatter, 'sent') : undefined) ?? entryOf(frontMatter, 'type') ?? entryOf(frontMatter, 'interviewDate');
  return entry?.valueSpan ?? frontMatter.open;
}

/**
 * How this draft stands in its application's schedule, computed by the same code as the
 * Follow-ups view and `followup due` (DOMAIN.md §4.9), once for the three timing rules.
 * Undefined when the draft cannot be scheduled (its front-matter has a problem of its own) or
 * the application is closed.
 */
export function timingOfDraft(context: RuleContext): DraftTiming | undefined {
  let timing = context.shared.timing;
  if (timing === undefined) {
    const { draft, now, timeZone, config } = context;
    const self = summarize(context.key ?? '', draft);
    const others = self ? context.workspace.application(draft.fields.company, draft.fields.role, context.key) : [];
    timing = (self && timingOf(self, others, { now, timeZone, config })) ?? null;
    context.shared.timing = timing;
  }
  return timing ?? undefined;
}
