import { DateTime } from 'luxon';
import { dayNumber, formatDay, startOfDay, startOfDayMillis, weekdayOf, zoneOf, type DraftDate } from './dates';
import type { ResolvedConfig } from './config';
import type { Outcome } from './schema';
import { FOLLOW_UP_TYPES, THANK_YOU_TYPES } from './schema';
import { applicationKey, normalizeName, type DraftSummary } from './workspace';
import { countOf } from './wording';

export type DueKind = 'thank-you' | 'check-in' | 'move-on';
export type DueGroup = 'overdue' | 'today' | 'this-week' | 'later' | 'waiting';

/** Something to send (or to stop sending), for one application. */
export interface DueItem {
  readonly kind: DueKind;
  readonly company: string;
  readonly role?: string;
  /** Whom the thank-you goes to; thank-you items only. */
  readonly interviewer?: string;
  /** Which follow-up this is since the latest interview, from 1 to the maximum; check-in items only. */
  readonly attempt?: number;
  /**
   * When it is due: the moment for a thank-you, the start of the due day (in the user's zone)
   * for a check-in or a move-on, which are due on a day (DOMAIN.md §4.7).
   */
  readonly due: DateTime;
  /** True when the item is due on a day rather than at a moment (check-ins and move-ons). */
  readonly allDay: boolean;
  /** The interview the item follows, for a new draft: its date as written and who took part. */
  readonly interview: {
    readonly raw: string;
    /** True when the interview date has no time of day. */
    readonly dateOnly: boolean;
    readonly interviewers: readonly string[];
  };
  /** For a snoozed item: the start of the day it comes back. */
  readonly comesBack?: DateTime;
  readonly group: DueGroup;
  /** The unsent draft that covers this item, if there is one. */
  readonly draft?: string;
  /** The application's drafts, newest interview first: where an item without a draft can be noted. */
  readonly drafts: readonly string[];
  /** The guidance behind the date, for tooltips. */
  readonly reason: string;
  /** Things worth knowing, such as drafts that give two times for one interview. */
  readonly notes: readonly string[];
}

/** An application with an outcome: nothing is due. */
export interface ClosedApplication {
  readonly company: string;
  readonly role?: string;
  readonly outcome: Outcome;
  readonly drafts: readonly string[];
}

/**
 * How one draft stands against the schedule: what the timing rules (`late-thank-you`,
 * `too-soon`, `too-many-follow-ups`) report, read from the same computation as the tree.
 */
export interface DraftTiming {
  /** For a thank-you type: when its thank-you was due, and whether it is (or went out) late. */
  readonly thankYou?: { readonly due: DateTime; readonly late: boolean };
  /**
   * For a follow-up type: which follow-up it is since the interview it follows, the day a
   * check-in was (or is) due, and whether it went out (or would go out today) before that day.
   */
  readonly followUp?: { readonly number: number; readonly due: DateTime; readonly tooSoon: boolean; readonly afterDecision: boolean };
}

export interface Schedule {
  /** What is due, by group order then date. Snoozed items are left out. */
  readonly items: readonly DueItem[];
  /** Snoozed items, each with the day it comes back, in the same order. */
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
const HOUR = 3_600_000;
const DAY = 86_400_000;

/**
 * Why a draft cannot be scheduled, or undefined when it can: its front-matter cannot be read,
 * lacks a required key, or says it was sent on a day that has not come yet (a typo, not a plan:
 * counting it would push every later date out by years).
 */
export function schedulingProblem(draft: DraftSummary, now: DateTime): string | undefined {
  if (draft.problem) return draft.problem;
  if (!draft.interviewDate) return 'The interview date is missing, so nothing can be scheduled.';
  if (draft.sent && draft.sent.value.toMillis() > now.toMillis() + DAY) return futureSentMessage(draft.sent, now);
  return undefined;
}

/** The `frontmatter-value` message for a `sent` date more than a day after now. */
export function futureSentMessage(sent: DraftDate, now: DateTime): string {
  const sameYear = sent.value.year === now.year;
  const day = sent.value.toFormat(sameYear ? 'ccc d LLL' : 'ccc d LLL yyyy');
  return `“sent” says ${day}, which has not come yet; write the day you sent it, or remove “sent” until you do.`;
}

/** The moments that decide an item's group, computed once per schedule. */
interface Horizon {
  readonly now: number;
  readonly today: number;
  readonly startOfTomorrow: number;
  readonly timeZone: string;
}

function horizonOf(now: DateTime, timeZone: string): Horizon {
  const zoned = now.setZone(zoneOf(timeZone));
  const today = dayNumber(zoned);
  return { now: now.toMillis(), today, startOfTomorrow: startOfDayMillis(today + 1, timeZone), timeZone };
}

/**
 * The group of an item (DOMAIN.md §4): by when it is due first (overdue, today, one of the
 * seven days after today), whatever else is true; beyond that, Waiting when a message has gone
 * out in the application, else Later. A thank-you due within 24 hours is in Today.
 */
function groupOf(kind: DueKind, due: DateTime, dueDay: number, sentAny: boolean, horizon: Horizon): DueGroup {
  if (kind === 'thank-you') {
    const at = due.toMillis();
    if (at < horizon.now) return 'overdue';
    if (at <= horizon.now + 24 * HOUR || at < horizon.startOfTomorrow) return 'today';
  } else {
    if (dueDay < horizon.today) return 'overdue';
    if (dueDay === horizon.today) return 'today';
  }
  if (dueDay <= horizon.today + 7) return 'this-week';
  return sentAny ? 'waiting' : 'later';
}

/** One interview of an application: a day that drafts' `interviewDate` names. */
interface Interview {
  readonly day: number;
  /** The latest time the drafts give for that day (a date alone is its start). */
  moment: DateTime;
  date: DraftDate;
  /** Everyone the drafts naming this interview address, by folded name, first spelling kept. */
  readonly people: Map<string, string>;
  /** Who a sent thank-you for this interview reached, by folded name. */
  readonly thanked: Set<string>;
  /** The unsent thank-you draft for each person, by folded name. */
  readonly covers: Map<string, string>;
  /** How many times of day the drafts give (a count that only matters past 1), and the last seen. */
  times: number;
  lastTime: number;
  /** When its thank-yous are due, computed once. */
  due: DateTime | undefined;
  /** The latest decision date among the drafts that follow this interview. */
  decision: DraftDate | undefined;
  /** The interview as items carry it, built once. */
  shared: DueItem['interview'] | undefined;
}

/** The day a check-in falls due (DOMAIN.md §4.2): cadence days after the last contact, after the decision day, off weekends. */
function checkInDay(lastContact: DateTime, days: number, decision: DraftDate | undefined, config: ResolvedConfig): { day: number; afterDecision: boolean } {
  let day = dayNumber(lastContact) + days;
  let afterDecision = false;
  if (decision) {
    const earliest = dayNumber(decision.value) + 1;
    if (earliest > day) {
      day = earliest;
      afterDecision = true;
    }
  }
  if (config.skipWeekends) {
    const weekday = weekdayOf(day);
    if (weekday >= 6) day += 8 - weekday;
  }
  return { day, afterDecision };
}

const later = (a: DraftDate | undefined, b: DraftDate | undefined) => (!a || (b && b.value > a.value) ? b : a);

/** What one open application asks for, and how each of its drafts stands. */
function planApplication(
  members: DraftSummary[],
  options: ScheduleOptions,
  horizon: Horizon,
  withTimings: boolean,
): { company: string; role?: string; keys: readonly string[]; outcome?: Outcome; items: DueItem[]; timings: Map<string, DraftTiming> } {
  const { config, timeZone } = options;
  const zone = zoneOf(timeZone);
  const inZone = (moment: DateTime) => (moment.zoneName === timeZone ? moment : moment.setZone(zone));
  // Newest interview first, then by key: the order of `drafts`, and which draft covers an item.
  members.sort((a, b) => b.interviewDate!.value.toMillis() - a.interviewDate!.value.toMillis() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const company = members.find((draft) => draft.company)?.company ?? '';
  const role = members.find((draft) => draft.role)?.role;
  const keys = members.map((draft) => draft.key);
  const outcome = members.find((draft) => draft.outcome)?.outcome;
  const timings = new Map<string, DraftTiming>();
  if (outcome) return { company, role, keys, outcome, items: [], timings };

  // The interviews: one per day the drafts name, each with everyone the drafts address, who
  // of them a sent thank-you for that interview reached, and which unsent one is for whom.
  const byDay = new Map<number, Interview>();
  const dayOf = new Map<DraftSummary, number>();
  for (const draft of members) {
    const date = draft.interviewDate!;
    const moment = inZone(date.value);
    const day = dayNumber(moment);
    dayOf.set(draft, day);
    let interview = byDay.get(day);
    if (!interview) {
      interview = { day, moment, date, people: new Map(), thanked: new Set(), covers: new Map(), times: 0, lastTime: NaN, due: undefined, decision: undefined, shared: undefined };
      byDay.set(day, interview);
    } else if (moment > interview.moment) {
      interview.moment = moment;
      interview.date = date;
    }
    if (!date.dateOnly && moment.toMillis() !== interview.lastTime) {
      interview.times++;
      interview.lastTime = moment.toMillis();
    }
    const thankYou = THANK_YOU_TYPES.has(draft.type);
    for (const name of draft.interviewers) {
      const folded = normalizeName(name);
      if (!interview.people.has(folded)) interview.people.set(folded, name);
      if (!thankYou) continue;
      if (draft.sent) interview.thanked.add(folded);
      else if (!interview.covers.has(folded)) interview.covers.set(folded, draft.key);
    }
    interview.decision = later(interview.decision, draft.decisionDate);
  }
  const interviews = [...byDay.values()].sort((a, b) => a.day - b.day);
  const latest = interviews[interviews.length - 1];
  const indexOfDay = new Map(interviews.map((interview, i) => [interview.day, i]));
  // The decision date that applies after each interview: the latest given up to it.
  const decisions: Array<DraftDate | undefined> = [];
  interviews.forEach((interview, i) => (decisions[i] = later(decisions[i - 1], interview.decision)));
  const sentAny = members.some((draft) => draft.sent);
  const pace = members.find((draft) => draft.pace)?.pace ?? 'standard';
  const cadence = config.cadenceDays[pace];

  const items: DueItem[] = [];
  // Every item is built here, with its properties always in the same order: one object shape
  // for the whole schedule keeps a schedule of 100,000 drafts fast.
  const push = (
    kind: DueKind,
    due: DateTime,
    dueDay: number,
    interview: DueItem['interview'],
    draft: string | undefined,
    reason: string,
    notes: readonly string[],
    interviewer?: string,
    attempt?: number,
  ) =>
    items.push({
      kind,
      company,
      role,
      interviewer,
      attempt,
      due,
      allDay: kind !== 'thank-you',
      interview,
      comesBack: undefined,
      group: groupOf(kind, due, dueDay, sentAny, horizon),
      draft,
      drafts: keys,
      reason,
      notes,
    });
  /** The interview as new drafts see it: its date as written and everyone in it. */
  const sharedOf = (interview: Interview) =>
    (interview.shared ??= { raw: interview.date.raw, dateOnly: interview.date.dateOnly, interviewers: [...interview.people.values()] });

  // 1. A thank-you for each interviewer of each interview, due 24 hours after it.
  const dueOf = (interview: Interview) =>
    (interview.due ??= inZone(DateTime.fromMillis(interview.moment.toMillis() + config.thankYouHours * HOUR, { zone })));
  if (withTimings) {
    for (const draft of members) {
      if (!THANK_YOU_TYPES.has(draft.type)) continue;
      const due = dueOf(byDay.get(dayOf.get(draft)!)!);
      const late = draft.sent
        ? draft.sent.dateOnly
          ? dayNumber(inZone(draft.sent.value)) > dayNumber(due)
          : draft.sent.value.toMillis() > due.toMillis()
        : horizon.now > due.toMillis();
      timings.set(draft.key, { thankYou: { due, late } });
    }
  }
  const thankYouReason = reasons(config, 'thank-you', 0, 0);
  // The timings of drafts (for the rules) need no items: only the Follow-ups view does.
  for (const interview of withTimings ? [] : interviews) {
    let notes = NO_NOTES;
    if (interview.times > 1) {
      notes = [`These drafts give different times for the interview on ${formatDay(interview.moment)}; the latest, ${interview.moment.toFormat('HH:mm')}, is used. Make them agree.`];
    }
    for (const [folded, name] of interview.people) {
      if (interview.thanked.has(folded)) continue;
      const due = dueOf(interview);
      push('thank-you', due, dayNumber(due), sharedOf(interview), interview.covers.get(folded), thankYouReason, notes, name);
    }
  }

  // 2-4. Follow-ups, counted per interview: the round a sent follow-up belongs to is the one
  // it names, or a later interview that took place before it went out.
  const roundOf = (draft: DraftSummary, at: number) => {
    // The last interview that took place by `at`, found by bisection (the days ascend).
    let low = 0;
    let high = interviews.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (interviews[middle].moment.toMillis() <= at) low = middle + 1;
      else high = middle;
    }
    return Math.max(indexOfDay.get(dayOf.get(draft)!)!, low - 1);
  };
  const sent = members.filter((draft) => draft.sent).sort((a, b) => a.sent!.value.toMillis() - b.sent!.value.toMillis() || (a.key < b.key ? -1 : 1));
  const counts = new Map<number, number>();
  let previousContact: DateTime | undefined;
  let previousAt = -Infinity;
  let contactBefore: DateTime | undefined;
  for (const draft of sent) {
    const at = draft.sent!.value.toMillis();
    if (at > previousAt) contactBefore = previousContact;
    previousAt = at;
    previousContact = draft.sent!.value;
    if (!FOLLOW_UP_TYPES.has(draft.type)) continue;
    const round = roundOf(draft, at);
    const number = (counts.get(round) ?? 0) + 1;
    counts.set(round, number);
    if (!withTimings) continue;
    const interview = interviews[round].moment;
    const lastContact = contactBefore && contactBefore > interview ? contactBefore : interview;
    const { day, afterDecision } = checkInDay(inZone(lastContact), cadence, decisions[round], config);
    const tooSoon = dayNumber(inZone(draft.sent!.value)) < day;
    timings.set(draft.key, { followUp: { number, due: startOfDay(day, timeZone), tooSoon, afterDecision } });
  }

  const lastRound = interviews.length - 1;
  const followUps = counts.get(lastRound) ?? 0;
  const unsentFollowUps = members.filter((draft) => !draft.sent && FOLLOW_UP_TYPES.has(draft.type));
  if (withTimings && unsentFollowUps.length === 0) return { company, role, keys, items, timings };
  const lastSent = sent.length > 0 ? sent[sent.length - 1].sent!.value : undefined;
  const lastContact = lastSent && lastSent > latest.moment ? lastSent : latest.moment;
  const next = checkInDay(inZone(lastContact), cadence, decisions[lastRound], config);
  const nextDue = startOfDay(next.day, timeZone);
  for (const draft of withTimings ? unsentFollowUps : []) {
    const number = followUps + 1;
    timings.set(draft.key, { followUp: { number, due: nextDue, tooSoon: number <= config.maxFollowUps && horizon.today < next.day, afterDecision: next.afterDecision } });
  }
  if (withTimings) return { company, role, keys, items, timings };
  const latestInterview = sharedOf(latest);
  if (followUps < config.maxFollowUps) {
    const reason = reasons(config, followUps > 0 ? 'next' : next.afterDecision ? 'first-after-decision' : 'first', cadence, followUps);
    push('check-in', nextDue, next.day, latestInterview, unsentFollowUps[0]?.key, reason, NO_NOTES, undefined, followUps + 1);
  } else {
    push('move-on', nextDue, next.day, latestInterview, undefined, reasons(config, 'move-on', cadence, followUps), NO_NOTES);
  }
  return { company, role, keys, items, timings };
}

const NO_NOTES: readonly string[] = Object.freeze([]);

/** The guidance behind an item's date, for its tooltip; the same few sentences, so written once each. */
const reasonCache = new Map<string, string>();
function reasons(config: ResolvedConfig, which: 'thank-you' | 'first' | 'first-after-decision' | 'next' | 'move-on', cadence: number, followUps: number): string {
  const key = `${which}|${cadence}|${followUps}|${config.thankYouHours}|${config.maxFollowUps}`;
  let reason = reasonCache.get(key);
  if (reason === undefined) {
    const days = countOf(cadence, 'day');
    reason = {
      'thank-you': `Thank each interviewer within ${countOf(config.thankYouHours, 'hour')} of each interview, each with their own message.`,
      first: `If there is no answer, check in once about ${days} after your last contact.`,
      'first-after-decision': `If there is no answer, check in once about ${days} after your last contact, and not before the day they said they would decide has passed.`,
      next: `Leave ${days} between follow-ups; this would be number ${followUps + 1} of at most ${config.maxFollowUps}.`,
      'move-on': `You have sent ${countOf(followUps, 'follow-up')} since the last interview with no answer; after ${config.maxFollowUps}, it is time to stop and move on.`,
    }[which];
    if (reasonCache.size > 1000) reasonCache.clear();
    reasonCache.set(key, reason);
  }
  return reason;
}

/** The moments at which an item changes group: when it enters This week, Today, and Overdue. */
function boundariesOf(item: DueItem, timeZone: string): number[] {
  const day = dayNumber(item.due);
  const week = startOfDayMillis(day - 7, timeZone);
  if (!item.allDay) return [week, item.due.toMillis() - 24 * HOUR, item.due.toMillis()];
  return [week, item.due.toMillis(), startOfDayMillis(day + 1, timeZone)];
}

/**
 * What is due for every application (DOMAIN.md §4): a thank-you per interviewer of each
 * interview within the configured hours, then check-ins on a day at the field's cadence after
 * the last contact (never before the latest interview or the end of the decision date, off
 * weekends when so set), and after the last allowed follow-up since the latest interview a
 * "move on". An outcome closes the application. Also says how each draft stands, which is all
 * the timing rules report. Reads no clock: `now` and the zone are given. Linear in the drafts.
 */
export function computeSchedule(drafts: Iterable<DraftSummary>, options: ScheduleOptions): Schedule {
  const { now, timeZone } = options;
  const horizon = horizonOf(now, timeZone);
  const problems: Array<{ key: string; message: string }> = [];
  const applications = new Map<string, DraftSummary[]>();
  for (const draft of drafts) {
    const problem = schedulingProblem(draft, now);
    if (problem) {
      problems.push({ key: draft.key, message: problem });
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
  let nextChange = Infinity;
  for (const members of applications.values()) {
    const plan = planApplication(members, options, horizon, false);
    if (plan.outcome) {
      closed.push({ company: plan.company, role: plan.role, outcome: plan.outcome, drafts: plan.keys });
      continue;
    }
    if (!members.some((draft) => draft.snoozedUntil)) {
      for (const item of plan.items) items.push(item);
      continue;
    }
    // A snooze on a draft hides the item that draft covers; a snooze on any other draft (one
    // written when snoozing an item that has no draft) hides the items without one (§4.8).
    const covering = new Set(plan.items.map((item) => item.draft).filter(Boolean));
    const snoozeOf = new Map<string, DraftDate | undefined>();
    let applicationSnooze: DraftDate | undefined;
    for (const draft of members) {
      if (covering.has(draft.key)) snoozeOf.set(draft.key, draft.snoozedUntil);
      else applicationSnooze = later(applicationSnooze, draft.snoozedUntil);
    }
    for (const item of plan.items) {
      const snooze = item.draft ? snoozeOf.get(item.draft) : applicationSnooze;
      const comesBack = snooze ? startOfDay(dayNumber(snooze.value.setZone(zoneOf(timeZone))) + 1, timeZone) : undefined;
      if (comesBack && comesBack.toMillis() > horizon.now) {
        snoozed.push({ ...item, comesBack });
        nextChange = Math.min(nextChange, comesBack.toMillis());
      } else {
        items.push(item);
      }
    }
  }

  items.sort(compareItems);
  snoozed.sort(compareItems);
  closed.sort(compareClosed);
  problems.sort(compareProblems);
  // The next change of group: every boundary of an item lies within eight days before it is
  // due, so an item due later than that after the soonest boundary found cannot come sooner.
  for (const item of items) {
    if (item.due.toMillis() - 8 * DAY > nextChange) continue;
    for (const boundary of boundariesOf(item, timeZone)) if (boundary > horizon.now && boundary < nextChange) nextChange = boundary;
  }
  return {
    items,
    snoozed,
    closed,
    problems,
    nextChange: Number.isFinite(nextChange) ? DateTime.fromMillis(nextChange, { zone: zoneOf(timeZone) }) : undefined,
  };
}

/** By group, then due moment, then company: the order of every list of items. */
function compareItems(a: DueItem, b: DueItem): number {
  return RANK[a.group] - RANK[b.group] || a.due.toMillis() - b.due.toMillis() || (a.company < b.company ? -1 : a.company > b.company ? 1 : 0);
}

const compareClosed = (a: ClosedApplication, b: ClosedApplication) => a.company.localeCompare(b.company);
const compareProblems = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * One schedule from several, each computed with its own settings (the folders of a multi-root
 * workspace, each with its own zone, hours and cadence), in the order `computeSchedule` gives;
 * the next change is the soonest of theirs.
 */
export function mergeSchedules(schedules: readonly Schedule[]): Schedule {
  if (schedules.length === 1) return schedules[0];
  const changes = schedules.flatMap((schedule) => (schedule.nextChange ? [schedule.nextChange] : []));
  return {
    items: schedules.flatMap((schedule) => schedule.items).sort(compareItems),
    snoozed: schedules.flatMap((schedule) => schedule.snoozed).sort(compareItems),
    closed: schedules.flatMap((schedule) => schedule.closed).sort(compareClosed),
    problems: schedules.flatMap((schedule) => schedule.problems).sort(compareProblems),
    nextChange: changes.reduce<DateTime | undefined>((soonest, change) => (!soonest || change.toMillis() < soonest.toMillis() ? change : soonest), undefined),
  };
}

/**
 * How one draft stands, from the schedule of its application as the tree computes it: the
 * timing rules call this, so they and the tree cannot disagree. `others` are the other drafts
 * of the application; undefined when the draft cannot be scheduled or the application is closed.
 */
export function timingOf(self: DraftSummary, others: readonly DraftSummary[], options: ScheduleOptions): DraftTiming | undefined {
  if (schedulingProblem(self, options.now)) return undefined;
  const members = [self, ...others.filter((draft) => draft.key !== self.key && !schedulingProblem(draft, options.now))];
  const plan = planApplication(members, options, horizonOf(options.now, options.timeZone), true);
  return plan.timings.get(self.key);
}

/** "Sat 21 Nov 14:30" for a thank-you, "Fri 27 Nov" for an item due on a day. */
export function formatDue(item: DueItem): string {
  if (item.allDay) return formatDay(item.due);
  // After an interview with no time of day, the thank-you is due by the end of that day.
  if (item.interview.dateOnly && item.due.hour === 0 && item.due.minute === 0) return `end of ${formatDay(item.due.minus({ days: 1 }))}`;
  return item.due.toFormat('ccc d LLL HH:mm');
}

/** "overdue by 2 days", "due in 5 hours", "due tomorrow": how far away an item is, in words. */
export function describeDue(item: DueItem, now: DateTime): string {
  if (item.allDay) {
    const days = dayNumber(item.due) - dayNumber(now.setZone(item.due.zone));
    if (item.kind === 'move-on') {
      if (days <= 0) return 'time to move on';
      return days === 1 ? 'move on tomorrow if there is no answer' : `move on in ${countOf(days, 'day')} if there is no answer`;
    }
    if (days === 0) return 'due today';
    if (days === 1) return 'due tomorrow';
    return days > 0 ? `due in ${countOf(days, 'day')}` : `overdue by ${countOf(-days, 'day')}`;
  }
  const minutes = Math.round((item.due.toMillis() - now.toMillis()) / 60_000);
  const span = Math.abs(minutes);
  const amount =
    span < 60 ? countOf(span, 'minute') : span < 48 * 60 ? countOf(Math.round(span / 60), 'hour') : countOf(Math.round(span / 1440), 'day');
  return minutes < 0 ? `overdue by ${amount}` : `due in ${amount}`;
}
