/**
 * Dates as day numbers (days since 1970-01-01), so that ranges are simple arithmetic, and the
 * calendar of the current term derived from "today": elections, installations, declaration rounds.
 */
import { ROUND_MONTHS } from '../../../src/lib/rounds.ts';
import type { Random } from '../random.ts';

const MS_PER_DAY = 86_400_000;

/** The day number of a JJJJ-MM-DD date. */
export function toDay(iso: string): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
    MS_PER_DAY
  );
}

/** The JJJJ-MM-DD date of a day number. */
export function toIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The calendar year of a day number. */
export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** A random day in [from, to]; `from` when the range is empty. */
export function randomDay(rng: Random, from: number, to: number): number {
  return to <= from ? from : rng.int(from, to);
}

/** The dates of the current term that everything generated is placed in. */
export interface Calendar {
  today: number;
  todayIso: string;
  /** Installation of the current council (elections every four years: 2022, 2023 …). */
  termStart: number;
  previousTermStart: number;
  /** Installation of the executive, some weeks after the council. */
  executiveStart: number;
  /** Start of the current chair's term (a crown appointment for six years). */
  chairStart: number;
  /** The gift register covers three calendar years up to yesterday. */
  giftStart: number;
  giftEnd: number;
  /** Half-yearly declaration rounds (March and September) up to today, as month-start days. */
  rounds: number[];
}

/** When a body's council is elected: the year modulo 4, and the executive's delay in days. */
export interface Election {
  yearModulo: number;
  executiveDelay: number;
}

/** The term's calendar as seen on `todayIso`; provinces by default (elected 2019, 2023 …). */
export function buildCalendar(
  todayIso: string,
  election: Election = { yearModulo: 3, executiveDelay: 77 },
): Calendar {
  const today = toDay(todayIso);
  let year = yearOf(today);
  // The last election year whose term has run at least a year.
  while (year % 4 !== election.yearModulo || toDay(`${year}-03-30`) + 365 > today) year--;
  const termStart = toDay(`${year}-03-30`);
  const rounds: number[] = [];
  for (let y = year - 8; y <= yearOf(today); y++) {
    for (const month of ROUND_MONTHS.halfjaar) {
      const start = toDay(`${y}-${String(month).padStart(2, '0')}-01`);
      if (start <= today) rounds.push(start);
    }
  }
  return {
    today,
    todayIso,
    termStart,
    previousTermStart: toDay(`${year - 4}-03-28`),
    executiveStart: termStart + election.executiveDelay,
    chairStart: toDay(`${year - 2}-09-01`),
    giftStart: toDay(`${yearOf(today) - 2}-01-01`),
    giftEnd: today - 1,
    rounds,
  };
}
