/** The generated content as files: YAML split below the loader's size limit, site.yaml, people. */
import { createHash } from 'node:crypto';
import { periodsOverlap, type Period } from '../../../src/lib/periods.ts';
import { getIncomeYears } from '../../../src/lib/side-income.ts';
import { OFFICES, officeRole } from '../../../src/schemas/body.ts';
import type { Role } from '../../../src/schemas/person.ts';
import { MAX_FILE_BYTES as LOADER_MAX_FILE_BYTES } from '../../../src/lib/parse-content.ts';
import { emitYaml } from '../yaml-emit.ts';
import type { DemoBody } from './bodies/index.ts';
import { toDay, yearOf, type Calendar } from './calendar.ts';
import type { PersonInput } from './inputs.ts';
import type { GenerateOptions } from './options.ts';
import type { PersonPlan } from './people.ts';
import { roundTo } from './writing.ts';

/** A file to write, relative to the content folder. */
export interface GeneratedFile {
  path: string;
  source: string;
}

// The loader refuses larger files; stay well below its limit.
const MAX_FILE_BYTES = LOADER_MAX_FILE_BYTES * 0.8;

/** One YAML file for `items` under `key`, split into numbered parts if it would be too large. */
export function yamlFiles(
  basePath: string,
  key: string,
  items: readonly unknown[],
): GeneratedFile[] {
  const source = emitYaml({ [key]: items });
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes <= MAX_FILE_BYTES || items.length <= 1) return [{ path: `${basePath}.yaml`, source }];
  const parts = Math.ceil(bytes / (MAX_FILE_BYTES * 0.9));
  const size = Math.ceil(items.length / parts);
  const files: GeneratedFile[] = [];
  for (let p = 0; p * size < items.length; p++) {
    const chunk = items.slice(p * size, (p + 1) * size);
    files.push(...yamlFiles(p === 0 ? basePath : `${basePath}-${p + 1}`, key, chunk));
  }
  return files;
}

/** site.yaml as in the committed content, with update dates derived from "today". */
export function siteYaml(cal: Calendar, options: GenerateOptions, body: DemoBody): string {
  const today = cal.today;
  const year = yearOf(today);
  const candidates = (dates: string[]): string =>
    dates
      .filter((d) => toDay(d) <= today)
      .sort()
      .pop() ??
    dates[0] ??
    cal.todayIso;
  const halfYear = candidates([
    `${year - 1}-03-31`,
    `${year - 1}-09-30`,
    `${year}-03-31`,
    `${year}-09-30`,
  ]);
  const quarter = candidates([
    `${year - 1}-10-15`,
    `${year}-01-15`,
    `${year}-04-15`,
    `${year}-07-15`,
    `${year}-10-15`,
  ]);
  const yearly = candidates([`${year - 1}-02-01`, `${year}-02-01`]);
  return [
    `soort: ${body.kind}`,
    `naam: ${body.naam}`,
    ...(body.benaming === undefined ? [] : [`benaming: ${body.benaming}`]),
    'fictief: true',
    'contact:',
    `  naam: ${body.contact.naam}`,
    `  email: ${body.contact.email}`,
    `geschenkdrempel: ${options.giftThreshold}`,
    `schaaldrempel: ${options.scaleThreshold}`,
    'registers:',
    `  nevenfuncties: { cadans: halfjaar, bijgewerkt: ${halfYear} }`,
    `  financieleBelangen: { cadans: halfjaar, bijgewerkt: ${halfYear} }`,
    `  geschenken: { cadans: kwartaal, bijgewerkt: ${quarter} }`,
    `  nevenwerkzaamheden: { cadans: jaar, bijgewerkt: ${yearly} }`,
    `  neveninkomsten: { cadans: jaar, bijgewerkt: ${candidates([`${year - 1}-03-25`, `${year}-03-25`])} }`,
    '',
  ].join('\n');
}

/**
 * A role as the income rules read it. The duty is the same in every kind of body (a full-time
 * executive and the chair), so the role is named by the province's word for the same office:
 * the generator then needs no kind-aware version of src/lib/side-income.ts.
 */
function asIncomeRole(role: PersonPlan['roles'][number]): Role {
  return { ...role, functie: OFFICES.provincie[officeRole(role.functie)] } as Role;
}

/**
 * The income from side positions of a full-time executive or the chair: every year that is due
 * by `todayIso`, declared (so a generated site has nothing overdue): the paid side positions not
 * held by virtue of office that ran that year, with an amount derived from the position's id and
 * the year, or `geen`. Derived, not drawn from the random stream, so the rest of the output does
 * not move. With `variety`, one year is published late and one amount was partly deducted
 * (verrekend), as the law allows.
 */
function sideIncomeFor(
  plan: PersonPlan,
  positions: PersonInput['nevenfuncties'],
  todayIso: string,
  variety: boolean,
): PersonInput['neveninkomsten'] {
  const years = getIncomeYears(plan.roles.map(asIncomeRole), [], todayIso).filter(
    (y) => y.status === 'te-laat',
  );
  if (years.length === 0) return undefined;
  const paid = Array.isArray(positions)
    ? positions.filter((p) => p.bezoldiging === 'bezoldigd' && p.qq !== true)
    : [];
  const income = years
    .sort((a, b) => a.jaar - b.jaar)
    .map(({ jaar }): NonNullable<PersonInput['neveninkomsten']>[number] => {
      const span = { van: `${jaar}-01-01`, tot: `${jaar}-12-31` };
      const running = paid.filter((p) => periodsOverlap(p as Period, span));
      const amount = (id: string): number =>
        500 + (createHash('sha256').update(`${id}/${jaar}`).digest().readUInt16BE(0) % 240) * 50;
      return {
        jaar,
        inkomsten:
          running.length === 0
            ? ('geen' as const)
            : running.map((p) => ({ nevenfunctie: p.id, bedrag: amount(p.id) })),
        openbaargemaakt: `${jaar + 1}-03-25`,
      };
    });
  const late = income.at(-2);
  if (variety && late !== undefined) {
    // Published after 1 April of the next year: the register shows it as late.
    late.openbaargemaakt = `${late.jaar + 1}-04-14`;
    const entry = Array.isArray(late.inkomsten) ? late.inkomsten[0] : undefined;
    if (entry !== undefined && entry.bedrag >= 1000) {
      entry.verrekend = roundTo(entry.bedrag * 0.2, 50);
      entry.toelichting =
        'Het verrekende bedrag is in het jaar daarna met de bezoldiging verrekend.';
    }
  }
  return income;
}

/** A person's file: front matter with name, roles, both declarations and any income from side positions. */
export function personFile(
  plan: PersonPlan,
  positions: PersonInput['nevenfuncties'],
  interests: PersonInput['financieleBelangen'],
  todayIso: string,
  incomeVariety = false,
): GeneratedFile {
  const person: PersonInput = {
    naam: plan.name,
    rollen: plan.roles,
    nevenfuncties: positions,
    financieleBelangen: interests,
  };
  const income = sideIncomeFor(plan, positions, todayIso, incomeVariety);
  if (income !== undefined) person.neveninkomsten = income;
  if (plan.giftsNotProvided) person.geschenken = 'niet-opgegeven';
  // Front matter only: the loader refuses text after the closing line.
  return { path: `people/${plan.id}.md`, source: `---\n${emitYaml(person)}---\n` };
}
