/** Officials in scale 14 and up: functions by title, never by name, per department. */
import { makeUniqueId } from '../../../src/lib/ids.ts';
import type { OfficialFunction, SideActivity } from '../../../src/schemas/official.ts';
import type { Random } from '../random.ts';
import { OFFICIAL_TITLE_TEMPLATES } from '../vocabulary.ts';
import type { DemoBody } from './bodies/index.ts';
import type { Organisation } from './organisations.ts';
import { fill } from './writing.ts';

/** How many officials' functions the body publishes for `n` people (DemoBody['officials']). */
function officialCount(body: DemoBody, n: number): number {
  const { count, perPeople } = body.officials;
  return n <= body.defaultPeople ? count : count + Math.round((n - body.defaultPeople) / perPeople);
}

/** Per department, its published functions with their side activities. */
export function buildOfficials(
  n: number,
  scaleThreshold: number,
  rng: Random,
  orgs: readonly Organisation[],
  places: readonly string[],
  body: DemoBody,
): Map<string, OfficialFunction[]> {
  const departments = body.departments;
  const target = officialCount(body, n);
  const used = new Set<string>();
  const byDepartment = new Map<string, OfficialFunction[]>();
  const titles: { functie: string; afdeling: string; schaal: number; themes: readonly string[] }[] =
    [];
  for (const dept of departments)
    for (const [functie, schaal] of dept.functions)
      titles.push({ functie, afdeling: dept.afdeling, schaal, themes: dept.themes });
  for (let i = 0; titles.length < target; i++) {
    const dept = departments[i % departments.length];
    if (!dept) break;
    const [template, schaal] = rng.pick(OFFICIAL_TITLE_TEMPLATES);
    titles.push({
      functie: fill(template, { t: rng.pick(dept.themes) }),
      afdeling: dept.afdeling,
      schaal,
      themes: dept.themes,
    });
  }
  for (const title of titles.slice(0, target)) {
    const schaal = Math.max(title.schaal, scaleThreshold);
    let nevenwerkzaamheden: OfficialFunction['nevenwerkzaamheden'] = 'geen';
    if (rng.chance(0.6)) {
      const activityIds = new Set<string>();
      const activities: SideActivity[] = [];
      for (
        let k = rng.weighted([
          [1, 60],
          [2, 30],
          [3, 10],
        ] as const);
        k > 0;
        k--
      ) {
        const omschrijving = fill(rng.pick(body.sideActivities), {
          o: rng.pickSkewed(orgs, 1.5).naam,
          p: rng.pick(places),
          t: rng.pick(title.themes),
        });
        const beperkendeMaatregel = rng.chance(0.75) ? 'geen' : rng.pick(body.restrictions);
        activities.push({
          id: makeUniqueId(omschrijving, activityIds, { maxLength: 60 }),
          omschrijving,
          beperkendeMaatregel,
        });
      }
      nevenwerkzaamheden = activities;
    }
    const official: OfficialFunction = {
      id: makeUniqueId(title.functie, used),
      functie: title.functie,
      afdeling: title.afdeling,
      schaal,
      nevenwerkzaamheden,
    };
    const list = byDepartment.get(title.afdeling) ?? [];
    list.push(official);
    byDepartment.set(title.afdeling, list);
  }
  return byDepartment;
}
