/**
 * Deterministic demo content for the fictional province of Zilverland: fracties, people with
 * their side positions and financial interests, the gift register and officials' side
 * activities. Pure: options in, files out; the CLI (scripts/generate-content.ts) writes them.
 * The same seed, size and date always give byte-identical files, so a benchmark can reuse it.
 *
 * This file is the generator's one entry point and puts the parts together in a fixed order
 * (each part draws from its own random stream, so that parts do not shift each other). The
 * parts, one per concept, are in scripts/lib/generate/; the rules they share with the site
 * (ids, dates, periods, names, rounds) come from src/lib.
 */
import { getQuarter } from '../../src/lib/dates.ts';
import { makeId } from '../../src/lib/ids.ts';
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
import { Random } from './random.ts';
import { FRACTIES, PLACES } from './vocabulary.ts';
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
  currentStatenleden: number;
  currentGedeputeerden: number;
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
  const cal = buildCalendar(options.today);

  const orgRng = Random.derive(seed, 'organisations');
  const places = buildPlaces(Math.max(PLACES.length, Math.ceil(n / 25)), orgRng);
  const orgs = buildOrganisations(Math.max(120, Math.round(n * 0.8)), places, orgRng);

  const plans = planPeople(n, cal, seed);
  const files: GeneratedFile[] = [];
  let positionCount = 0;
  let endedCount = 0;
  let interestCount = 0;

  const fracties: FractieInput[] = FRACTIES.map(({ id, naam, afkorting }) => ({
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
  const spell = spellingWriter();
  const withInterests = new Set(interestRng.shuffle(open).slice(0, Math.round(open.length * 0.48)));
  for (const plan of plans) {
    let positions: PersonInput['nevenfuncties'] = plan.positionsStatus ?? 'geen';
    if (plan.positionsStatus === undefined) {
      const ctx: PositionContext = {
        plan,
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
          ? `https://zilverland.example/documenten/opgave-nevenfuncties/${plan.id}-${toIso(declared).slice(0, 7)}.pdf`
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
    files.push(personFile(plan, positions, interests, cal.todayIso));
  }

  const officials = buildOfficials(
    n,
    options.scaleThreshold,
    Random.derive(seed, 'officials'),
    orgs,
    places,
  );
  // Restrictions and gift decisions link to the GS decision; an own stream keeps all else unchanged.
  const sourceRng = Random.derive(seed, 'sources');
  for (const official of [...officials.values()].flat()) {
    if (!Array.isArray(official.nevenwerkzaamheden)) continue;
    for (const activity of official.nevenwerkzaamheden) {
      if (activity.beperkendeMaatregel !== 'geen')
        activity.bron = `https://zilverland.example/documenten/gs-besluiten/nevenwerkzaamheden-${official.id}-${activity.id}.pdf`;
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
    spell,
  );
  for (const gift of gifts) {
    if (gift.besluitdatum !== undefined && sourceRng.chance(0.5))
      gift.bron = `https://zilverland.example/documenten/geschenken/besluit-${gift.id}.pdf`;
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

  files.push({ path: 'site.yaml', source: siteYaml(cal, options) });
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const isCurrentIn = (plan: PersonPlan, functie: string): boolean =>
    plan.roles.some((r) => r.functie === functie && r.tot === undefined);
  return {
    files,
    counts: {
      people: plans.length,
      currentStatenleden: plans.filter((p) => isCurrentIn(p, 'statenlid')).length,
      currentGedeputeerden: plans.filter((p) => isCurrentIn(p, 'gedeputeerde')).length,
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
