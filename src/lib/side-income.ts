/**
 * Neveninkomsten (Provinciewet art. 40b and 66, Gemeentewet art. 41b and 67, Waterschapswet art.
 * 44a and 48): which calendar years a person must publish the income from their side positions
 * for, when each is due, and where each year stands.
 */
import { officeRole } from '../schemas/body.ts';
import type { Role } from '../schemas/person.ts';
import type { SideIncomeYear } from '../schemas/side-income.ts';
import { periodsCertainlyOverlap } from './periods.ts';

/** A year's figures are due no later than 1 April of the following year. */
export function incomeDueDate(jaar: number): string {
  return `${jaar + 1}-04-01`;
}

/**
 * Whether a role carries the duty: a member of the executive serving full-time (a gedeputeerde,
 * wethouder or member of a water board's dagelijks bestuur) or the chair (the commissaris van de
 * Koning, burgemeester or dijkgraaf). Council members publish no income.
 */
export function carriesIncomeDuty(role: Pick<Role, 'functie' | 'deeltijd'>): boolean {
  const kind = officeRole(role.functie);
  return kind === 'chair' || (kind === 'executive' && role.deeltijd !== true);
}

/** Where one year of a person stands. */
export type IncomeYearStatus =
  /** Figures published: income per side position. */
  | 'opgegeven'
  /** Published: no income from side positions that year. */
  | 'geen'
  /** Not published, and 1 April of the following year has passed. */
  | 'te-laat'
  /** Not published yet, and not yet due. */
  | 'open';

/** One calendar year of a person's duty, with its declaration when there is one. */
export interface IncomeYear {
  jaar: number;
  due: string;
  status: IncomeYearStatus;
  declaration?: SideIncomeYear | undefined;
}

/**
 * The years a person must publish or has published: every completed calendar year in which they
 * certainly held an office that carries the duty (a term known only by year counts only when it
 * certainly overlaps the year, so no one is called late on a guess), also after they left, and
 * every year they published. Newest first.
 */
export function getIncomeYears(
  roles: readonly Pick<Role, 'functie' | 'deeltijd' | 'van' | 'tot'>[],
  declarations: readonly SideIncomeYear[],
  today: string,
): IncomeYear[] {
  const currentYear = Number(today.slice(0, 4));
  const byYear = new Map(declarations.map((d) => [d.jaar, d]));
  const years = new Set(declarations.map((d) => d.jaar));
  for (const role of roles) {
    if (!carriesIncomeDuty(role)) continue;
    const first = Number(role.van.slice(0, 4));
    const last = Math.min(
      currentYear - 1,
      role.tot === undefined ? currentYear - 1 : Number(role.tot.slice(0, 4)),
    );
    for (let jaar = first; jaar <= last; jaar++) {
      if (periodsCertainlyOverlap(role, { van: `${jaar}-01-01`, tot: `${jaar}-12-31` }))
        years.add(jaar);
    }
  }
  return [...years]
    .sort((a, b) => b - a)
    .map((jaar) => {
      const declaration = byYear.get(jaar);
      const due = incomeDueDate(jaar);
      const status: IncomeYearStatus =
        declaration === undefined
          ? today > due
            ? 'te-laat'
            : 'open'
          : declaration.inkomsten === 'geen'
            ? 'geen'
            : 'opgegeven';
      return { jaar, due, status, declaration };
    });
}

/** The register's years per calendar year, newest first; within a year in the order given (Dutch name order). */
export function groupByYear<Y extends { jaar: number }>(
  years: readonly Y[],
): { jaar: number; years: Y[] }[] {
  const groups = new Map<number, Y[]>();
  for (const year of years) groups.set(year.jaar, [...(groups.get(year.jaar) ?? []), year]);
  return [...groups.entries()]
    .sort(([a], [b]) => b - a)
    .map(([jaar, inYear]) => ({ jaar, years: inYear }));
}

/**
 * Everyone with a year not published by its deadline (`te-laat`), in the order given, with those
 * years newest first. People who have left are included: the years they served stay due.
 */
export function getLateIncomeYears<
  P extends { sideIncome: readonly { status: IncomeYearStatus }[] },
>(people: readonly P[]): { person: P; years: P['sideIncome'][number][] }[] {
  return people.flatMap((person) => {
    const years = person.sideIncome.filter((year) => year.status === 'te-laat');
    return years.length > 0 ? [{ person, years }] : [];
  });
}
