/**
 * Which of a person's roles describes a dated record: the fractie and the body (PS, GS, CdK)
 * shown beside a gift, a side position or a financial interest, on every page, in every download
 * and in the search filters. People change fractie and go from Statenlid to gedeputeerde; a record
 * must keep the role it was made in, not take the one the person holds today. This is the one
 * place that rule is written down; everything else asks these two functions.
 *
 * 1. The record's date (getRecordDate):
 *    - a gift: the day it was received (`datum`);
 *    - a side position or financial interest that is still current: today;
 *    - one that has ended: its last day on record, the end date (`tot`), or the withdrawal date
 *      when it was withdrawn (`ingetrokken`) before that. A record spanning several terms is thus
 *      described by the role held at its end (or today, while it lasts).
 * 2. The role at that date (getRoleAt): the role held that day (the one that started last when
 *    two overlap, as on a handover day). When the person held no role that day:
 *    - the last role that ended before it (a former member's positions that run on, or a record
 *      that ended between two terms, keep the office the person last held: "former Statenlid");
 *    - otherwise, when the date is before every role (a position that ended before the first
 *      term), the first role after it: the office the person held when it was declared.
 */
import { officeRole, type Office, type OfficeRole } from '../schemas/body.ts';
import { earliestDay, latestDay } from './dates.ts';

/** A term in office, as far as this module needs it. */
export interface DatedRole {
  functie: Office;
  van: string;
  tot?: string | undefined;
}

/** A gift: dated by the day it was received. */
export interface DatedGift {
  datum: string;
}

/** A side position or financial interest: a period, possibly withdrawn. */
export interface DatedPeriodRecord {
  van?: string | undefined;
  tot?: string | undefined;
  ingetrokken?: { datum: string } | undefined;
}

/** When two roles start on the same day, the higher office describes the record. */
const ROLE_RANK: Record<OfficeRole, number> = { chair: 2, executive: 1, member: 0 };

/**
 * The date at which a record's role is taken (see the module comment): a gift's `datum`; for a
 * period, today while it is current, else its end or withdrawal date, whichever came first.
 */
export function getRecordDate(record: DatedGift | DatedPeriodRecord, today: string): string {
  // A partial date ("2017-12", "2017") is taken at its last possible day, never after today.
  if ('datum' in record) return [today, latestDay(record.datum)].reduce((a, b) => (b < a ? b : a));
  // The earliest of today, the end and the withdrawal: today while the record lasts (the same rule
  // as `ended` in src/data/portal.ts: ended when `tot` is before today, or withdrawn).
  const end = record.tot === undefined ? undefined : latestDay(record.tot);
  return [today, end, record.ingetrokken?.datum].reduce<string>(
    (earliest, d) => (d !== undefined && d < earliest ? d : earliest),
    today,
  );
}

function startedLater<R extends DatedRole>(a: R, b: R): R {
  if (a.van !== b.van) return a.van > b.van ? a : b;
  return ROLE_RANK[officeRole(a.functie)] >= ROLE_RANK[officeRole(b.functie)] ? a : b;
}

/**
 * The role held on `date` (inclusive at both ends); without one, the last role that ended before
 * it, and failing that the first role after it. Throws for a person without roles (the schema
 * requires at least one).
 */
export function getRoleAt<R extends DatedRole>(roles: readonly R[], date: string): R {
  let held: R | undefined;
  let before: R | undefined;
  let after: R | undefined;
  for (const role of roles) {
    // A partial start or end counts as long as it may: "2019" may be any day of 2019.
    if (earliestDay(role.van) > date) {
      if (
        after === undefined ||
        role.van < after.van ||
        (role.van === after.van && startedLater(role, after) === role)
      )
        after = role;
    } else if (role.tot !== undefined && latestDay(role.tot) < date) {
      if (
        before === undefined ||
        role.tot > (before.tot ?? '') ||
        (role.tot === before.tot && startedLater(role, before) === role)
      )
        before = role;
    } else {
      held = held === undefined ? role : startedLater(role, held);
    }
  }
  const role = held ?? before ?? after;
  if (role === undefined) throw new Error('getRoleAt: a person needs at least one role');
  return role;
}

/** The role that describes a record: getRoleAt at getRecordDate. */
export function getRecordRole<R extends DatedRole>(
  roles: readonly R[],
  record: DatedGift | DatedPeriodRecord,
  today: string,
): R {
  return getRoleAt(roles, getRecordDate(record, today));
}
