import type { DateTime } from 'luxon';
import { endOfDate, type DraftDate } from './dates';
import type { ResolvedConfig } from './config';
import type { Pace } from './schema';

/** Moves a moment on a Saturday or Sunday to the same time on the Monday after. */
export function skipWeekend(moment: DateTime): DateTime {
  return moment.weekday >= 6 ? moment.plus({ days: 8 - moment.weekday }) : moment;
}

/**
 * When the next check-in is due (DOMAIN.md §4): the last contact plus the cadence for the
 * field's pace, never before the end of the decision date, and moved off a weekend when the
 * setting says so. Days are calendar days in the user's zone, so daylight saving does not
 * shift the time of day.
 */
export function checkInDue(lastContact: DateTime, pace: Pace | undefined, decisionDate: DraftDate | undefined, config: ResolvedConfig): DateTime {
  let due = lastContact.plus({ days: config.cadenceDays[pace ?? 'standard'] });
  if (decisionDate) {
    const decided = endOfDate(decisionDate).setZone(due.zone);
    if (decided > due) due = decided;
  }
  return config.skipWeekends ? skipWeekend(due) : due;
}

/** When a thank-you is due: the interview plus the configured hours of elapsed time. */
export function thankYouDue(interview: DateTime, config: ResolvedConfig): DateTime {
  return interview.plus({ hours: config.thankYouHours });
}
