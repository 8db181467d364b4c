/**
 * Deterministic demo content for a fictional body of each kind (the province of Zilverland, the
 * municipality of Ravensmeer, the water board Zilverwaard; scripts/lib/generate/bodies/):
 * fracties, people with their side positions and financial interests, the gift register,
 * officials' side activities and, for the municipality and the water board, their hand-written
 * annual integrity reports (scripts/lib/generate/reports/). Options in, files out; the CLI
 * (scripts/generate-content.ts) writes them. The same kind, seed, size and date always give
 * byte-identical files, so a benchmark can reuse it; the province's are as before issue #30.
 *
 * This file is the generator's one entry point and puts the parts together in a fixed order
 * (each part draws from its own random stream, so that parts do not shift each other). The
 * parts, one per concept, are in scripts/lib/generate/; the rules they share with the site
 * (ids, dates, periods, names, rounds) come from src/lib.
 */
import { getQuarter } from '../../src/lib/dates.ts';
import { makeId } from '../../src/lib/ids.ts';
import { OFFICES, type OfficeRole } from '../../src/schemas/body.ts';
import { DEMO_BODIES } from './generate/bodies/index.ts';
import { buildCalendar, toIso } from './generate/calendar.ts';
import { confirm, declarationDate } from './generate/declarations.ts';
import { personFile, siteYaml, yamlFiles, type GeneratedFile } from './generate/files.ts';
import { buildGifts } from './generate/gifts.ts';
import type { FractieInput, GiftInput, PersonInput } from './generate/inputs.ts';
import { buildInterests, type InterestPools } from './generate/interests.ts';
import { buildOfficials } from './generate/officials.ts';
import { resolveOptions, type GenerateOptions } from './generate/options.ts';
import { buildOrganisations, buildPlaces, spellingWriter } from './generate/organisations.ts';
import { planPeople, type PersonPlan } from './generate/people.ts';
import { buildPositions, type PositionContext } from './generate/positions.ts';
import { reportFiles } from './generate/reports.ts';
import { Random } from './random.ts';
import { emitYaml } from './yaml-emit.ts';

export {
  DEFAULT_OPTIONS,
  MIN_PEOPLE,
  resolveOptions,
  type GenerateOptions,
} from './generate/options.ts';
export type { GeneratedFile } from './generate/files.ts';

/** What was generated, for the CLI summary and benchmarks. */
export interface GenerationCounts {
  people: number;
  /** Current members of the council (Statenleden, raadsleden, leden algemeen bestuur). */
  currentMembers: number;
  /** Current members of the executive (gedeputeerden, wethouders, leden dagelijks bestuur). */
  currentExecutives: number;
  formerPeople: number;
  fracties: number;
  organisations: number;
  positions: number;
  endedPositions: number;
  interests: number;
  gifts: number;
  officials: number;
  files: number;
}

/** The files to write, and what they hold. */
export interface GeneratedContent {
  files: GeneratedFile[];
  counts: GenerationCounts;
}

/** The owned outputs: the CLI removes exactly these before writing. */
export const GENERATED_DIRS = ['people', 'gifts', 'officials'] as const;
export const GENERATED_FILES = ['fracties.yaml'] as const;

/** Generates every content file (site.yaml included) with counts. Pure and deterministic. */
export function generateContentWithCounts(input: Partial<GenerateOptions> = {}): GeneratedContent {
  const options = resolveOptions(input);
  const { people: n, seed } = options;
  const body = DEMO_BODIES[options.soort];
  const cal = buildCalendar(options.today, body.election);

  const orgRng = Random.derive(seed, 'organisations');
  const places = buildPlaces(Math.max(body.places.length, Math.ceil(n / 25)), orgRng, body);
  const orgs = buildOrganisations(Math.max(120, Math.round(n * 0.8)), places, orgRng, body);

  const plans = planPeople(n, cal, seed, body);
  const files: GeneratedFile[] = [];
  let positionCount = 0;
  let endedCount = 0;
  let interestCount = 0;

  const fracties: FractieInput[] = body.fracties.map(({ id, naam, afkorting }) => ({
    id,
    naam,
    afkorting,
  }));
  files.push({ path: 'fracties.yaml', source: emitYaml({ fracties }) });

  const positionRng = Random.derive(seed, 'positions');
  const interestRng = Random.derive(seed, 'interests');
  const pools: InterestPools = {
    energie: orgs.filter((o) => o.kind === 'energie'),
    bedrijf: orgs.filter((o) => o.kind === 'bedrijf'),
  };
  // About half of the members declare financial interests (~0.7 per person).
  const open = plans.filter((p) => p.interestsStatus === undefined);
  const spell = spellingWriter(body);
  // One full-time executive shows the income register's variety (a late year, a deduction).
  const incomeVarietyFor = body.incomeVariety
    ? plans.find((p) => p.kind === 'executive' && p.roles.every((r) => r.deeltijd !== true))
    : undefined;
  const withInterests = new Set(interestRng.shuffle(open).slice(0, Math.round(open.length * 0.48)));
  for (const plan of plans) {
    let positions: PersonInput['nevenfuncties'] = plan.positionsStatus ?? 'geen';
    if (plan.positionsStatus === undefined) {
      const ctx: PositionContext = {
        plan,
        body,
        cal,
        rng: positionRng,
        orgs,
        places,
        usedIds: new Set(),
        spell,
      };
      const list = buildPositions(ctx);
      const declared = declarationDate(plan, cal, positionRng);
      const bron =
        declared !== undefined && positionRng.chance(0.1)
          ? `${body.website}/documenten/opgave-nevenfuncties/${plan.id}-${toIso(declared).slice(0, 7)}.pdf`
          : undefined;
      for (const position of list) {
        confirm(position, declared, positionRng);
        if (bron !== undefined && position.bevestigd !== undefined) position.bron = bron;
        if (position.tot !== undefined && position.tot < cal.todayIso) endedCount++;
      }
      positionCount += list.length;
      if (list.length > 0) positions = list;
    }
    let interests: PersonInput['financieleBelangen'] = plan.interestsStatus ?? 'geen';
    if (withInterests.has(plan)) {
      const list = buildInterests(
        plan,
        cal,
        interestRng,
        pools,
        places,
        declarationDate(plan, cal, interestRng),
      );
      interestCount += list.length;
      interests = list;
    }
    files.push(personFile(plan, positions, interests, cal.todayIso, plan === incomeVarietyFor));
  }

  const officials = buildOfficials(
    n,
    options.scaleThreshold,
    Random.derive(seed, 'officials'),
    orgs,
    places,
    body,
  );
  // Restrictions and gift decisions link to the executive's decision; an own stream keeps all else unchanged.
  const sourceRng = Random.derive(seed, 'sources');
  for (const official of [...officials.values()].flat()) {
    if (!Array.isArray(official.nevenwerkzaamheden)) continue;
    for (const activity of official.nevenwerkzaamheden) {
      if (activity.beperkendeMaatregel !== 'geen')
        activity.bron = `${body.website}/documenten/${body.decisionsFolder}/nevenwerkzaamheden-${official.id}-${activity.id}.pdf`;
    }
  }
  let officialCount = 0;
  for (const [afdeling, list] of officials) {
    officialCount += list.length;
    files.push(...yamlFiles(`officials/${makeId(afdeling, { maxLength: 80 })}`, 'functies', list));
  }
  // Gifts to officials go to senior function titles (scale 16 and up).
  const senior = [...officials.values()]
    .flat()
    .filter((o) => (o.schaal ?? 0) >= 16)
    .map((o) => o.functie)
    .slice(0, 12);
  const gifts = buildGifts(
    plans,
    senior,
    options,
    cal,
    Random.derive(seed, 'gifts'),
    orgs,
    places,
    body,
    spell,
  );
  for (const gift of gifts) {
    if (gift.besluitdatum !== undefined && sourceRng.chance(0.5))
      gift.bron = `${body.website}/documenten/geschenken/besluit-${gift.id}.pdf`;
  }
  const byQuarter = new Map<string, GiftInput[]>();
  for (const gift of gifts) {
    const key = getQuarter(gift.datum).toLowerCase();
    const list = byQuarter.get(key) ?? [];
    list.push(gift);
    byQuarter.set(key, list);
  }
  for (const [quarter, list] of byQuarter)
    files.push(...yamlFiles(`gifts/${quarter}`, 'geschenken', list));

  files.push({ path: 'site.yaml', source: siteYaml(cal, options, body) });
  files.push(...reportFiles(body.kind));
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const isCurrentIn = (plan: PersonPlan, role: OfficeRole): boolean =>
    plan.roles.some((r) => r.functie === OFFICES[body.kind][role] && r.tot === undefined);
  return {
    files,
    counts: {
      people: plans.length,
      currentMembers: plans.filter((p) => isCurrentIn(p, 'member')).length,
      currentExecutives: plans.filter((p) => isCurrentIn(p, 'executive')).length,
      formerPeople: plans.filter((p) => !p.current).length,
      fracties: fracties.length,
      organisations: orgs.length,
      positions: positionCount,
      endedPositions: endedCount,
      interests: interestCount,
      gifts: gifts.length,
      officials: officialCount,
      files: files.length,
    },
  };
}
