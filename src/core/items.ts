import type { DateTime } from 'luxon';
import { describeDue, type DueItem } from './schedule';

/** What a due item is called in a calendar, a tooltip and a reminder: "Thank-you to Dana Whitfield · Globex (Data Analyst)". */
export function itemTitle(item: DueItem): string {
  const where = item.role ? `${item.company} (${item.role})` : item.company;
  if (item.kind === 'thank-you') return `Thank-you to ${item.interviewer} · ${where}`;
  if (item.kind === 'check-in') return `${item.attempt === 1 ? 'Check in' : `Follow-up ${item.attempt}`} · ${where}`;
  return `No answer after your follow-ups: move on · ${where}`;
}

/**
 * One item's identity, the same however often the schedule is computed: the tree's item id and
 * what a reminder remembers. Two items of one schedule never share it.
 */
export function itemKey(item: DueItem): string {
  return [item.kind, item.company, item.role ?? '', item.interviewer ?? '', item.interview.raw, item.attempt ?? ''].join('|');
}

/**
 * What a due item is called in the side bar, short enough that its description ("5 days
 * late") fits beside it at the side bar's default width: "Thank Dana Whitfield", "Check in:
 * Globex", "Follow-up 2: Globex", "Move on: Umbrella". Inside a company's group (`inCompany`),
 * the company is left out.
 */
function shortLabel(item: DueItem, inCompany: boolean): string {
  const at = inCompany ? '' : `: ${item.company}`;
  if (item.kind === 'thank-you') return `Thank ${item.interviewer}`;
  if (item.kind === 'check-in') return `${item.attempt === 1 ? 'Check in' : `Follow-up ${item.attempt}`}${at}`;
  return `Move on${at}`;
}

/**
 * When a due item is, in as few words as the side bar has room for (its group already says
 * whether it is overdue, today or later): "5 days late", "46 hours late", "in 6 hours",
 * "today", "tomorrow", "in 4 days"; for a move-on, "no reply" once it has come. The tooltip
 * says it in full (`describeDue`).
 */
export function itemWhen(item: DueItem, now: DateTime): string {
  const full = describeDue(item, now);
  if (item.kind === 'move-on') return full === 'time to move on' ? 'no reply' : full.replace(/^move on (in .+|tomorrow) if there is no answer$/, '$1');
  const late = /^overdue by (.+)$/.exec(full);
  if (late) return `${late[1]} late`;
  return full.replace(/^due (in |today$|tomorrow$)/, (_, rest: string) => rest);
}

/**
 * The side bar labels of a list of items shown together, in their order. A label two items
 * would share (two roles at one company) gets the role, then the interview date, so that each
 * names one thing.
 */
export function itemLabels(items: readonly DueItem[], inCompany = false): string[] {
  const labels = items.map((item) => shortLabel(item, inCompany));
  const widen = (extra: (item: DueItem) => string | undefined) => {
    const counts = new Map<string, number>();
    for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
    labels.forEach((label, i) => {
      const more = extra(items[i]);
      if (counts.get(label)! > 1 && more) labels[i] = `${label} (${more})`;
    });
  };
  widen((item) => item.role);
  widen((item) => item.interview.raw);
  return labels;
}

/**
 * The one sentence of a reminder, when an item becomes due today or overdue: "The thank-you to
 * Omar Haddad at Globex is due in 5 hours.", "Follow-up 2 to Globex about the Data Analyst role
 * was due 2 days ago." Undefined for a move-on, which is never a reminder.
 */
export function reminderText(item: DueItem, now: DateTime): string | undefined {
  if (item.kind === 'move-on') return undefined;
  const about = item.role ? ` about the ${item.role} role` : '';
  const what =
    item.kind === 'thank-you'
      ? `The thank-you to ${item.interviewer} at ${item.company}`
      : item.attempt === 1
        ? `The check-in with ${item.company}${about}`
        : `Follow-up ${item.attempt} to ${item.company}${about}`;
  const when = describeDue(item, now);
  const overdue = /^overdue by (.+)$/.exec(when);
  return overdue ? `${what} was due ${overdue[1]} ago.` : `${what} is ${when}.`;
}
