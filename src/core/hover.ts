import type { DateTime } from 'luxon';
import type { ResolvedConfig } from './config';
import { parseDraft } from './draft';
import { timingOf } from './schedule';
import { isKnownKey, KEY_DESCRIPTIONS, THANK_YOU_TYPES } from './schema';
import type { Span } from './text';
import { summarize, type WorkspaceView } from './workspace';

export interface HoverContext {
  readonly now: DateTime;
  readonly timeZone: string;
  readonly config: ResolvedConfig;
  readonly workspace?: WorkspaceView;
  readonly key?: string;
}

/** "Sat 21 Nov 14:30", with the year when it is not this one. */
function when(moment: DateTime, now: DateTime, dateOnly = false): string {
  const format = moment.year === now.year ? 'ccc d LLL' : 'ccc d LLL yyyy';
  return moment.toFormat(dateOnly ? format : `${format} HH:mm`);
}

/** "in 5 hours", "2 days ago". */
function relative(moment: DateTime, now: DateTime): string {
  return moment.toRelative({ base: now, locale: 'en' }) ?? '';
}

/**
 * What to show when the pointer rests on the front-matter: for a key, what it holds; for the
 * dates, what is due from them and when ("Thank-you due Sat 21 Nov 14:30, in 5 hours"), by the
 * same schedule as the Follow-ups view. Plain sentences; undefined elsewhere.
 */
export function frontMatterHover(text: string, offset: number, context: HoverContext): { span: Span; lines: string[] } | undefined {
  const draft = parseDraft(text, { timeZone: context.timeZone, frontMatterOnly: true });
  const entry = draft.frontMatter?.entries.find((candidate) => (offset >= candidate.keySpan.start && offset <= candidate.keySpan.end) || (offset >= candidate.valueSpan.start && offset <= candidate.valueSpan.end));
  if (!entry || !isKnownKey(entry.key)) return undefined;
  const onKey = offset <= entry.keySpan.end;
  const description = KEY_DESCRIPTIONS[entry.key];
  const lines = [`${entry.key}: ${description}.`];
  const { now } = context;
  const { fields } = draft;
  const self = draft.isDraft ? summarize(context.key ?? '', draft) : undefined;
  const others = self && context.workspace ? context.workspace.application(fields.company, fields.role, context.key) : [];
  const timing = self ? timingOf(self, others, { now, timeZone: context.timeZone, config: context.config }) : undefined;
  if (entry.key === 'interviewDate' && fields.interviewDate) {
    const due = timing?.thankYou?.due ?? fields.interviewDate.value.plus({ hours: context.config.thankYouHours });
    if (!THANK_YOU_TYPES.has(fields.type)) lines.push(`The thank-yous for this interview were due by ${when(due, now)}.`);
    else if (fields.sent) lines.push(`The thank-you was due ${when(due, now)}; it went out ${timing?.thankYou?.late ? 'late' : 'in time'}.`);
    else lines.push(`This thank-you is due ${when(due, now)}, ${due < now ? `${relative(due, now)}: send it as soon as you can` : relative(due, now)}.`);
  } else if (entry.key === 'sent' && fields.sent) {
    lines.push(`Sent ${when(fields.sent.value, now, fields.sent.dateOnly)}, ${relative(fields.sent.value, now)}.`);
    if (timing?.thankYou) lines.push(`The thank-you was due ${when(timing.thankYou.due, now)}, so it went out ${timing.thankYou.late ? 'late' : 'in time'}.`);
    if (timing?.followUp) {
      const { number, due, tooSoon } = timing.followUp;
      lines.push(`This is follow-up ${number} since the interview; a check-in was due from ${when(due, now, true)}${tooSoon ? ', so it went out early' : ''}.`);
    }
  } else if (entry.key === 'decisionDate' && fields.decisionDate) {
    lines.push(`They said they would decide by ${when(fields.decisionDate.value, now, true)}; a check-in is not due before the day after.`);
  } else if (entry.key === 'snoozedUntil' && fields.snoozedUntil) {
    lines.push(`The reminder comes back on ${when(fields.snoozedUntil.value.plus({ days: 1 }), now, true)}.`);
  }
  return { span: onKey ? entry.keySpan : entry.valueSpan, lines };
}
