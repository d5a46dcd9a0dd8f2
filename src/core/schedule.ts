import { DateTime } from 'luxon';
import { endOfDate, zoneOf, type DraftDate } from './dates';
import type { ResolvedConfig } from './config';
import type { Outcome, Pace } from './schema';
import { applicationKey, type DraftSummary } from './workspace';
import { countOf } from './wording';

/**
 * When the next check-in is due (DOMAIN.md §4): the last contact plus the cadence for the
 * field's pace, never before the end of the decision date, and moved off a weekend when the
 * setting says so. Days are calendar days in the user's zone, so daylight saving does not
 * shift the time of day.
 */
export function checkInDue(lastContact: DateTime, pace: Pace | undefined, decisionDate: DraftDate | undefined, config: ResolvedConfig): DateTime {
  let due = plusDays(lastContact, config.cadenceDays[pace ?? 'standard']);
  if (decisionDate) {
    const decided = endOfDate(decisionDate).setZone(due.zone);
    if (decided > due) due = decided;
  }
  if (!config.skipWeekends) return due;
  const weekday = due.weekday;
  return weekday >= 6 ? plusDays(due, 8 - weekday) : due;
}

/**
 * `moment.plus({ days })`, keeping the wall-clock time across a clock change, computed on
 * milliseconds with the zone's offsets (luxon's calendar arithmetic is the slow part of a
 * schedule of thousands of drafts); falls back to luxon when the time does not exist.
 */
function plusDays(moment: DateTime, days: number): DateTime {
  const zone = moment.zone;
  const shifted = moment.toMillis() + days * 86_400_000;
  const adjusted = shifted + (moment.offset - zone.offset(shifted)) * 60_000;
  if (zone.offset(adjusted) !== zone.offset(shifted)) return moment.plus({ days });
  return DateTime.fromMillis(adjusted, { zone });
}


export type DueKind = 'thank-you' | 'check-in' | 'move-on';
export type DueGroup = 'overdue' | 'today' | 'this-week' | 'later' | 'waiting';

/** Something to send (or to stop sending), for one application. */
export interface DueItem {
  readonly kind: DueKind;
  readonly company: string;
  readonly role?: string;
  /** Whom the thank-you goes to; thank-you items only. */
  readonly interviewer?: string;
  /** Which follow-up this is, from 1 to the maximum; check-in items only. */
  readonly attempt?: number;
  readonly due: DateTime;
  readonly group: DueGroup;
  /** The unsent draft that covers this item, if there is one. */
  readonly draft?: string;
  /** The application's drafts, newest interview first: where an item without a draft can be noted. */
  readonly drafts: readonly string[];
  /** The guidance behind the date, for tooltips. */
  readonly reason: string;
  /** Things worth knowing, such as drafts that disagree about the interview date. */
  readonly notes: readonly string[];
}

/** An application with an outcome: nothing is due. */
export interface ClosedApplication {
  readonly company: string;
  readonly role?: string;
  readonly outcome: Outcome;
  readonly drafts: readonly string[];
}

export interface Schedule {
  /** What is due, by group order then date. Snoozed items are left out. */
  readonly items: readonly DueItem[];
  readonly snoozed: readonly DueItem[];
  readonly closed: readonly ClosedApplication[];
  /** Drafts whose front-matter cannot be scheduled, with the reason. */
  readonly problems: ReadonlyArray<{ readonly key: string; readonly message: string }>;
  /** The next moment an item changes group or a snooze ends, for a timer; none when nothing will. */
  readonly nextChange?: DateTime;
}

export interface ScheduleOptions {
  readonly now: DateTime;
  readonly timeZone: string;
  readonly config: ResolvedConfig;
}

export const GROUP_ORDER: readonly DueGroup[] = ['overdue', 'today', 'this-week', 'later', 'waiting'];
const RANK: Record<DueGroup, number> = { overdue: 0, today: 1, 'this-week': 2, later: 3, waiting: 4 };

const THANK_YOU: ReadonlySet<string> = new Set(['thank-you', 'letter']);
const FOLLOW_UP: ReadonlySet<string> = new Set(['check-in', 'phone-call', 'voicemail', 'final']);
const fold = (name: string) => {
  const lower = name.trim().toLowerCase();
  return lower.includes('  ') || lower.includes('\t') ? lower.replace(/\s+/g, ' ') : lower;
};

function latest(dates: Array<DraftDate | undefined>): DraftDate | undefined {
  let best: DraftDate | undefined;
  for (const date of dates) if (date && (!best || date.value > best.value)) best = date;
  return best;
}

/** The limits of today and of the coming week, computed once per schedule. */
interface Horizon {
  readonly now: number;
  readonly endOfToday: number;
  readonly endOfWeek: number;
}

function horizonOf(now: DateTime): Horizon {
  return { now: now.toMillis(), endOfToday: now.endOf('day').toMillis(), endOfWeek: now.startOf('day').plus({ days: 7 }).toMillis() };
}

/** The group of a due moment (DOMAIN.md §4): overdue, today, within seven days, or later. */
export function groupOf(due: DateTime, now: DateTime, waiting: boolean, horizon: Horizon = horizonOf(now)): DueGroup {
  const at = due.toMillis();
  if (at < horizon.now) return 'overdue';
  if (at <= horizon.endOfToday) return 'today';
  if (waiting) return 'waiting';
  return at < horizon.endOfWeek ? 'this-week' : 'later';
}

/** The first moment after `now` at which an item due at `due` changes group. */
function nextBoundary(due: DateTime, now: DateTime): DateTime | undefined {
  return [due.minus({ days: 7 }).startOf('day'), due.startOf('day'), due].find((moment) => moment > now);
}

/**
 * What is due for every application (DOMAIN.md §4): a thank-you per interviewer within the
 * configured hours of the interview, then check-ins at the field's cadence after the last
 * contact (never before the end of the decision date, off weekends when so set), and after
 * the last allowed follow-up a "move on". An outcome closes the application. Reads no clock:
 * `now` and the zone are given.
 */
export function computeSchedule(drafts: Iterable<DraftSummary>, options: ScheduleOptions): Schedule {
  const { now, timeZone, config } = options;
  const horizon = horizonOf(now);
  const problems: Array<{ key: string; message: string }> = [];
  const applications = new Map<string, DraftSummary[]>();
  for (const draft of drafts) {
    if (draft.problem || !draft.interviewDate) {
      problems.push({ key: draft.key, message: draft.problem ?? 'The interview date is missing, so nothing can be scheduled.' });
      continue;
    }
    const key = applicationKey(draft.company, draft.role);
    const list = applications.get(key);
    if (list) list.push(draft);
    else applications.set(key, [draft]);
  }

  const items: DueItem[] = [];
  const snoozed: DueItem[] = [];
  const closed: ClosedApplication[] = [];
  const changes: DateTime[] = [];
  for (const members of applications.values()) {
    members.sort((a, b) => b.interviewDate!.value.toMillis() - a.interviewDate!.value.toMillis() || a.key.localeCompare(b.key));
    const company = members.find((draft) => draft.company)?.company ?? '';
    const role = members.find((draft) => draft.role)?.role;
    const keys = members.map((draft) => draft.key);
    const outcome = members.find((draft) => draft.outcome)?.outcome;
    if (outcome) {
      closed.push({ company, role, outcome, drafts: keys });
      continue;
    }
    const interview = latest(members.map((draft) => draft.interviewDate))!;
    const notes: string[] = [];
    const dates = new Set(members.map((draft) => draft.interviewDate!.value.toMillis()));
    if (dates.size > 1) notes.push(`These drafts give ${dates.size} different interview dates; the latest, ${interview.value.toFormat('d LLL yyyy HH:mm')}, is used. Make them agree.`);
    const sent = members.filter((draft) => draft.sent);
    const pending: DueItem[] = [];
    const push = (item: Omit<DueItem, 'group' | 'drafts' | 'notes' | 'company' | 'role'>, waiting: boolean) => {
      pending.push({
        kind: item.kind,
        company,
        role,
        interviewer: item.interviewer,
        attempt: item.attempt,
        due: item.due,
        group: groupOf(item.due, now, waiting, horizon),
        draft: item.draft,
        drafts: keys,
        reason: item.reason,
        notes,
      });
    };

    // 1. A thank-you for each interviewer.
    const people = new Map<string, string>();
    const addressed = members.map((draft) => draft.interviewers.map(fold));
    members.forEach((draft, i) => draft.interviewers.forEach((name, j) => people.has(addressed[i][j]) || people.set(addressed[i][j], name)));
    const writesTo = (i: number, folded: string) => addressed[i].includes(folded);
    for (const [folded, name] of people) {
      const thanked = members.some((draft, i) => THANK_YOU.has(draft.type) && draft.sent && writesTo(i, folded));
      if (thanked) continue;
      const cover = members.find((draft, i) => THANK_YOU.has(draft.type) && !draft.sent && writesTo(i, folded));
      push(
        {
          kind: 'thank-you',
          interviewer: name,
          due: DateTime.fromMillis(interview.value.toMillis() + config.thankYouHours * 3_600_000, { zone: zoneOf(timeZone) }),
          draft: cover?.key,
          reason: `Thank each interviewer within ${countOf(config.thankYouHours, 'hour')} of the interview, each with their own message.`,
        },
        false,
      );
    }

    // 2-4. The next check-in, or the point to move on.
    const followUps = sent.filter((draft) => FOLLOW_UP.has(draft.type)).sort((a, b) => a.sent!.value.toMillis() - b.sent!.value.toMillis());
    const lastContact = latest(sent.map((draft) => draft.sent))?.value ?? interview.value;
    const pace = members.find((draft) => draft.pace)?.pace;
    const decision = latest(members.map((draft) => draft.decisionDate));
    const checkIn = checkInDue(lastContact, pace, decision, config);
    const due = checkIn.zoneName === timeZone ? checkIn : checkIn.setZone(zoneOf(timeZone));
    const days = config.cadenceDays[pace ?? 'standard'];
    if (followUps.length < config.maxFollowUps) {
      const cover = members.find((draft) => FOLLOW_UP.has(draft.type) && !draft.sent);
      push(
        {
          kind: 'check-in',
          attempt: followUps.length + 1,
          due,
          draft: cover?.key,
          reason:
            followUps.length === 0
              ? `If there is no answer, check in once about ${countOf(days, 'day')} after your last contact${decision ? ', and not before the day they said they would decide' : ''}.`
              : `Leave ${countOf(days, 'day')} between follow-ups; this would be number ${followUps.length + 1} of at most ${config.maxFollowUps}.`,
        },
        sent.length > 0,
      );
    } else {
      push(
        {
          kind: 'move-on',
          due,
          reason: `You have sent ${countOf(followUps.length, 'follow-up')} with no answer; after ${config.maxFollowUps}, it is time to stop and move on.`,
        },
        true,
      );
    }

    // A snooze on a draft hides the items that draft covers; a snooze on a draft that covers
    // nothing (written when snoozing an item that has no draft) hides the items without one.
    const covering = new Set(pending.map((item) => item.draft).filter(Boolean));
    const applicationSnooze = latest(members.filter((draft) => !covering.has(draft.key)).map((draft) => draft.snoozedUntil));
    for (const item of pending) {
      const snooze = item.draft ? members.find((draft) => draft.key === item.draft)?.snoozedUntil : applicationSnooze;
      const until = snooze ? endOfDate(snooze) : undefined;
      if (until && until > now) {
        snoozed.push(item);
        changes.push(until);
      } else {
        items.push(item);
      }
    }
  }

  const sortItems = (list: DueItem[]) => {
    const keyed = list.map((item) => ({ item, rank: RANK[item.group], at: item.due.toMillis() }));
    keyed.sort((a, b) => a.rank - b.rank || a.at - b.at || (a.item.company < b.item.company ? -1 : a.item.company > b.item.company ? 1 : 0));
    keyed.forEach((entry, i) => (list[i] = entry.item));
  };
  sortItems(items);
  sortItems(snoozed);
  closed.sort((a, b) => a.company.localeCompare(b.company));
  problems.sort((a, b) => a.key.localeCompare(b.key));
  // The next change of group: every item's boundaries lie within eight days before its due
  // time, so only the items due soonest need looking at.
  const upcoming = items.filter((item) => item.due > now).sort((a, b) => a.due.toMillis() - b.due.toMillis());
  for (const item of upcoming) {
    const soonest = changes.reduce<number>((min, moment) => Math.min(min, moment.toMillis()), Infinity);
    if (item.due.toMillis() - 8 * 86_400_000 > soonest) break;
    const boundary = nextBoundary(item.due, now);
    if (boundary) changes.push(boundary);
  }
  const nextChange = changes.reduce<DateTime | undefined>((soonest, moment) => (!soonest || moment < soonest ? moment : soonest), undefined);
  return { items, snoozed, closed, problems, nextChange };
}

/** "overdue by 2 days", "due in 5 hours", "due tomorrow": how far away an item is, in words. */
export function describeDue(item: DueItem, now: DateTime): string {
  const minutes = Math.round((item.due.toMillis() - now.toMillis()) / 60_000);
  const span = Math.abs(minutes);
  const amount =
    span < 60 ? countOf(span, 'minute') : span < 48 * 60 ? countOf(Math.round(span / 60), 'hour') : countOf(Math.round(span / 1440), 'day');
  if (item.kind === 'move-on') return minutes <= 0 ? 'time to move on' : `move on in ${amount} if there is no answer`;
  return minutes < 0 ? `overdue by ${amount}` : `due in ${amount}`;
}
