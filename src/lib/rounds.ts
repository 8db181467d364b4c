/**
 * The update round (ronde): how often members are asked to confirm or correct their declarations
 * (the register's cadence in site.yaml) and whether a member has answered in the current round.
 * Half-yearly rounds open in March and September (the Utrecht integrity plan), quarterly ones each
 * quarter, yearly ones in January; members have until the end of that month to answer.
 */
import type { Cadence } from '../schemas/site.ts';
import { addMonths, earliestDay, latestDay } from './dates.ts';

/** Months (1-12) in which a round opens, per cadence. */
export const ROUND_MONTHS: Record<Cadence, readonly number[]> = {
  halfjaar: [3, 9],
  kwartaal: [1, 4, 7, 10],
  jaar: [1],
};

/** An update round: the day it opened and the last day to answer. */
export interface Round {
  start: string;
  deadline: string;
}

/** The round that is open or last opened on `today`. */
export function getCurrentRound(cadence: Cadence, today: string): Round {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const months = ROUND_MONTHS[cadence];
  const opened = [...months].reverse().find((m) => m <= month);
  const start =
    opened === undefined
      ? `${year - 1}-${String(months[months.length - 1]).padStart(2, '0')}-01`
      : `${year}-${String(opened).padStart(2, '0')}-01`;
  const nextMonth = addMonths(start, 1);
  const deadline = new Date(
    Date.UTC(Number(nextMonth.slice(0, 4)), Number(nextMonth.slice(5, 7)) - 1, 0),
  )
    .toISOString()
    .slice(0, 10);
  return { start, deadline };
}

const DAY_MS = 86_400_000;

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The round as it applies to a member who joined on `memberSince`: one who joined after the round
 * opened is asked from the day they joined, with as many days to answer as the round gives, so a
 * new member is never late on their first day nor sent a deadline that has passed.
 */
export function getMemberRound(round: Round, memberSince: string | undefined): Round {
  if (memberSince === undefined || memberSince <= round.start) return round;
  const days = Math.round((Date.parse(round.deadline) - Date.parse(round.start)) / DAY_MS);
  return { start: memberSince, deadline: addDays(memberSince, days) };
}

/**
 * The first day of a member's current, unbroken time in office: a Statenlid who became
 * gedeputeerde the next day has been a member since their first term began.
 */
export function getMemberSince(
  roles: readonly { van: string; tot?: string | undefined }[],
  today: string,
): string | undefined {
  // A term known by month or year ("2026-09") may have started on any of its days: count from the
  // last of them, so no member is called late before they could have been a member.
  const start = (r: { van: string }): string => latestDay(r.van);
  const current = roles.filter(
    (r) => earliestDay(r.van) <= today && (r.tot === undefined || latestDay(r.tot) >= today),
  );
  let since = current.map(start).sort()[0];
  if (since === undefined) return undefined;
  for (let earlier = true; earlier;) {
    const from: string = since;
    const before = roles
      .filter(
        (r) => start(r) < from && r.tot !== undefined && latestDay(r.tot) >= addDays(from, -1),
      )
      .map(start)
      .sort()[0];
    earlier = before !== undefined;
    if (before !== undefined) since = before;
  }
  return since;
}

/** Confirmed in this round, not yet (still time), or overdue (the deadline passed). */
export type ConfirmationStatus = 'bevestigd' | 'open' | 'te-laat';

/** Whether a member who last confirmed on `lastConfirmed` has answered the current round. */
export function getConfirmationStatus(
  lastConfirmed: string | undefined,
  round: Round,
  today: string,
): ConfirmationStatus {
  if (lastConfirmed !== undefined && lastConfirmed >= round.start) return 'bevestigd';
  return today > round.deadline ? 'te-laat' : 'open';
}

/** True when the member has not confirmed in the current round and its deadline has passed. */
export function isOverdue(lastConfirmed: string | undefined, round: Round, today: string): boolean {
  return getConfirmationStatus(lastConfirmed, round, today) === 'te-laat';
}
