/**
 * Deterministic demo content for the fictional province of Zilverland: fracties, people with
 * their side positions and financial interests, the gift register and officials' side
 * activities. Pure: options in, files out; the CLI (scripts/generate-content.ts) writes them.
 * The same seed, size and date always give byte-identical files, so a benchmark can reuse it.
 */
import type { z } from 'astro/zod';
import type { FinancialInterestSchema } from '../../src/schemas/financial-interest.ts';
import type { FractieSchema } from '../../src/schemas/fractie.ts';
import type { GiftSchema } from '../../src/schemas/gift.ts';
import type { OfficialFunction, SideActivity } from '../../src/schemas/official.ts';
import type { NameSchema, PersonSchema, RoleSchema } from '../../src/schemas/person.ts';
import type { SidePositionSchema } from '../../src/schemas/side-position.ts';
import { periodsOverlap } from '../../src/lib/periods.ts';
import { Random } from './random.ts';
import { emitYaml } from './yaml-emit.ts';
import {
  BLOCKED_FULL_NAMES,
  CHRISTMAS_GIFT,
  COALITION_SIZE,
  DEPARTMENTS,
  FEATURED_NAMES,
  FIRST_NAMES,
  FRACTIES,
  FUNCTIONS_BY_KIND,
  GIFT_GIVER_FUNCTIONS,
  GIFT_ITEMS,
  GIFT_OCCASIONS,
  GIVER_KINDS,
  INTEREST_TEMPLATES,
  MAIN_JOBS,
  OFFICIAL_TITLE_TEMPLATES,
  ORG_TEMPLATES,
  PLACE_PREFIXES,
  PLACE_SUFFIXES,
  PLACES,
  PORTFOLIOS,
  QQ_POSITIONS_CDK,
  QQ_POSITIONS_GS,
  REGIONAL_ORGANISATIONS,
  RESTRICTIONS,
  SECTOR_BY_WORD,
  SIDE_ACTIVITIES,
  SPELLING_VARIANTS,
  SURNAMES_PLAIN,
  SURNAMES_WITH_PARTICLE,
  type FunctionSpec,
  type GiftItem,
  type OrgKind,
  type Surname,
} from './vocabulary.ts';

type NameInput = z.input<typeof NameSchema>;
type RoleInput = z.input<typeof RoleSchema>;
type PersonInput = z.input<typeof PersonSchema>;
type SidePositionInput = z.input<typeof SidePositionSchema>;
type InterestInput = z.input<typeof FinancialInterestSchema>;
type GiftInput = z.input<typeof GiftSchema>;
type FractieInput = z.input<typeof FractieSchema>;

/** What to generate. */
export interface GenerateOptions {
  /** Number of people (PS, GS, CdK, current and former); at least 10. */
  people: number;
  /** Seed of the pseudo-random generator. */
  seed: number;
  /** "Today" as JJJJ-MM-DD: nothing is dated after it, and it decides what has ended. */
  today: string;
  /** Gifts worth more than this may not be kept; the `geschenkdrempel` in site.yaml. */
  giftThreshold: number;
  /** Lowest published salary scale for officials; the `schaaldrempel` in site.yaml. */
  scaleThreshold: number;
}

export const DEFAULT_OPTIONS: GenerateOptions = {
  people: 62,
  seed: 1,
  today: '2026-11-01',
  giftThreshold: 50,
  scaleThreshold: 14,
};

/** The smallest size that still has every kind of person the demo needs. */
export const MIN_PEOPLE = 10;

/** A file to write, relative to the content folder. */
export interface GeneratedFile {
  path: string;
  source: string;
}

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

export interface GeneratedContent {
  files: GeneratedFile[];
  counts: GenerationCounts;
}

/** The owned outputs: the CLI removes exactly these before writing. */
export const GENERATED_DIRS = ['people', 'gifts', 'officials'] as const;
export const GENERATED_FILES = ['fracties.yaml'] as const;

// The loader refuses files above 1 MB (src/lib/parse-content.ts); stay well below it.
const MAX_FILE_BYTES = 800_000;

// ---------------------------------------------------------------------------------------------
// Dates as day numbers (days since 1970-01-01), so that ranges are simple arithmetic.

const MS_PER_DAY = 86_400_000;

function toDay(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
}

function toIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** A random day in [from, to]; `from` when the range is empty. */
function randomDay(rng: Random, from: number, to: number): number {
  return to <= from ? from : rng.int(from, to);
}

/** True when `value` is a real calendar date written as JJJJ-MM-DD. */
export function isValidIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && toIso(toDay(value)) === value;
}

// ---------------------------------------------------------------------------------------------
// Text helpers.

/** A permalink id: diacritics folded, lower case, hyphens; at most `max` characters. */
export function slugify(text: string, max = 80): string {
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/[æÆ]/g, 'ae')
    .toLowerCase();
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const cut = slug.length > max ? slug.slice(0, max).replace(/-+$/, '') : slug;
  return cut === '' ? 'item' : cut;
}

/** A slug not yet in `used` (adds -2, -3 …), recorded in `used`. */
function uniqueSlug(text: string, used: Set<string>, max = 72): string {
  const base = slugify(text, max);
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w)\}/g, (match, key: string) => values[key] ?? match);
}

/** A surname as written without first name or initials: "Van den Berg", "'t Hart". */
function standaloneSurname(name: NameInput): string {
  const tv = name.tussenvoegsel;
  if (tv === undefined) return name.achternaam;
  return `${tv.charAt(0).toUpperCase()}${tv.slice(1)} ${name.achternaam}`;
}

function fullName(name: NameInput): string {
  return [name.roepnaam ?? name.voorletters, name.tussenvoegsel, name.achternaam].filter(Boolean).join(' ');
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

// ---------------------------------------------------------------------------------------------
// The calendar of the current term, derived from "today".

interface Calendar {
  today: number;
  todayIso: string;
  /** Installation of the current Provinciale Staten (elections every four years, 2023 …). */
  termStart: number;
  previousTermStart: number;
  /** Installation of Gedeputeerde Staten, some weeks after the Staten. */
  gsStart: number;
  /** Start of the current Commissaris van de Koning's term. */
  cdkStart: number;
  /** The gift register covers three calendar years up to yesterday. */
  giftStart: number;
  giftEnd: number;
  /** Half-yearly declaration rounds (March and September) up to today, as month-start days. */
  rounds: number[];
}

function buildCalendar(todayIso: string): Calendar {
  const today = toDay(todayIso);
  let year = yearOf(today);
  // The last election year (2019, 2023, 2027 …) whose term has run at least a year.
  while (year % 4 !== 3 || toDay(`${year}-03-30`) + 365 > today) year--;
  const termStart = toDay(`${year}-03-30`);
  const rounds: number[] = [];
  for (let y = year - 8; y <= yearOf(today); y++) {
    for (const month of ['03', '09']) {
      const start = toDay(`${y}-${month}-01`);
      if (start <= today) rounds.push(start);
    }
  }
  return {
    today,
    todayIso,
    termStart,
    previousTermStart: toDay(`${year - 4}-03-28`),
    gsStart: termStart + 77,
    cdkStart: toDay(`${year - 2}-09-01`),
    giftStart: toDay(`${yearOf(today) - 2}-01-01`),
    giftEnd: today - 1,
    rounds,
  };
}

// ---------------------------------------------------------------------------------------------
// Organisations: a pool that grows with the size, so that people share organisations.

interface Organisation {
  naam: string;
  kind: OrgKind;
  /** The place in the name, if any: gifts from it are about that place. */
  place?: string;
}

function buildPlaces(count: number, rng: Random): string[] {
  const places = [...PLACES];
  if (count <= places.length) return places;
  const seen = new Set(places);
  const compounds: string[] = [];
  for (const prefix of PLACE_PREFIXES) {
    for (const suffix of PLACE_SUFFIXES) {
      const place = `${prefix}${suffix}`;
      if (!seen.has(place)) {
        seen.add(place);
        compounds.push(place);
      }
    }
  }
  const variants = ['', 'Nieuw-', 'Oud-', '-Noord', '-Zuid'];
  for (const variant of variants) {
    for (const place of rng.shuffle(compounds)) {
      if (places.length >= count) return places;
      places.push(variant === '' ? place : variant.startsWith('-') ? `${place}${variant}` : `${variant}${place}`);
    }
  }
  return places;
}

/**
 * Writes organisation names the way members do: every third mention of an organisation with a
 * known variant uses the variant. Deterministic and without randomness, so nothing else changes.
 */
function spellingWriter(): (naam: string) => string {
  const uses = new Map<string, number>();
  return (naam) => {
    const variant = SPELLING_VARIANTS[naam];
    if (variant === undefined) return naam;
    const count = (uses.get(naam) ?? 0) + 1;
    uses.set(naam, count);
    return count % 3 === 0 ? variant : naam;
  };
}

function buildOrganisations(target: number, places: readonly string[], rng: Random): Organisation[] {
  const pool: Organisation[] = REGIONAL_ORGANISATIONS.map((o) => ({ ...o }));
  const seen = new Set(pool.map((o) => o.naam));
  const candidates: Organisation[] = [];
  for (const place of places) {
    for (const { kind, template } of ORG_TEMPLATES) {
      const surname = rng.pick(SURNAMES_PLAIN);
      const naam = fill(template, { p: place, s: surname });
      if (!seen.has(naam)) {
        seen.add(naam);
        candidates.push({ naam, kind, ...(template.includes('{p}') ? { place } : {}) });
      }
    }
  }
  for (const org of rng.shuffle(candidates)) {
    if (pool.length >= target) break;
    pool.push(org);
  }
  return pool;
}

// ---------------------------------------------------------------------------------------------
// People: who holds which office when.

type PersonKind = 'cdk' | 'cdk-former' | 'ged' | 'ged-former' | 'ps' | 'ps-former';

interface PersonPlan {
  kind: PersonKind;
  roles: RoleInput[];
  name: NameInput;
  id: string;
  /** First day in any office covered by the roles. */
  start: number;
  /** Last day in office; yesterday for people still in office. */
  end: number;
  current: boolean;
  /** A Statenlid who became gedeputeerde: the day the PS seat was given up. */
  leftStatenFor?: number;
  positionsStatus?: 'geen' | 'niet-opgegeven';
  interestsStatus?: 'geen' | 'niet-opgegeven';
  giftsNotProvided?: boolean;
}

interface PlanDraft {
  kind: PersonKind;
  roles: RoleInput[];
  leftStatenFor?: number;
}

/** Seats per fractie by largest remainder over the fractie weights. */
function allocateSeats(seats: number): string[] {
  const weighted = FRACTIES.filter((f) => f.weight > 0);
  const total = weighted.reduce((sum, f) => sum + f.weight, 0);
  const shares = weighted.map((f) => ({ id: f.id, exact: (seats * f.weight) / total }));
  const counts = shares.map((s) => Math.floor(s.exact));
  let left = seats - counts.reduce((a, b) => a + b, 0);
  const order = shares.map((s, i) => ({ i, rest: s.exact - Math.floor(s.exact) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left-- <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return shares.flatMap((s, i) => Array.from({ length: counts[i] ?? 0 }, () => s.id));
}

function planRoles(n: number, cal: Calendar, rng: Random): PlanDraft[] {
  const formerCdk = n >= 200 ? Math.max(1, Math.floor(n / 5000)) : 0;
  const gedCurrent = Math.max(1, Math.round((n * 6) / 62));
  const gedFormer = Math.max(1, Math.round(n / 62));
  const psFormer = Math.max(2, Math.round((n * 2) / 62));
  const exPs = Math.max(1, Math.round(gedCurrent / 6));
  const seats = n - 1 - formerCdk - gedCurrent - gedFormer - psFormer;
  if (seats < exPs + psFormer + 2) throw new Error(`too few people (${n}) for the offices to fill; use at least ${MIN_PEOPLE}`);

  const coalition = FRACTIES.slice(0, COALITION_SIZE).map((f) => f.id);
  const iso = toIso;
  const drafts: PlanDraft[] = [];

  // The Commissaris van de Koning, and former ones at large sizes (six-year terms).
  drafts.push({ kind: 'cdk', roles: [{ functie: 'commissaris', van: iso(cal.cdkStart) }] });
  for (let k = 1; k <= formerCdk; k++) {
    const year = yearOf(cal.cdkStart);
    drafts.push({
      kind: 'cdk-former',
      roles: [{ functie: 'commissaris', van: `${year - 6 * k}-09-01`, tot: `${year - 6 * (k - 1)}-08-31` }],
    });
  }

  // PS seats, each with a fractie; some seats change hands during the term.
  const seatFracties = rng.shuffle(allocateSeats(seats));
  const seatOrder = rng.shuffle(seatFracties.map((_, i) => i));
  const coalitionSeats = seatOrder.filter((i) => coalition.includes(seatFracties[i] ?? ''));
  const exPsSeats = (coalitionSeats.length >= exPs ? coalitionSeats : seatOrder).slice(0, exPs);
  const taken = new Set(exPsSeats);
  const otherSeats = seatOrder.filter((i) => !taken.has(i));
  const formerSeats = otherSeats.slice(0, psFormer);
  const stableSeats = otherSeats.slice(psFormer);
  /** Per seat that changed hands, the last day of the first holder. */
  const seatVacated = new Map<number, number>();

  // Gedeputeerden: some were Statenlid first and succeeded a gedeputeerde who left.
  for (let g = 0; g < gedCurrent; g++) {
    const portefeuille = PORTFOLIOS[g % PORTFOLIOS.length] ?? 'Algemene Zaken';
    const seat = g < exPs ? exPsSeats[g] : undefined;
    if (seat === undefined) {
      drafts.push({
        kind: 'ged',
        roles: [{ functie: 'gedeputeerde', fractie: coalition[g % coalition.length] ?? 'groen-verbond', portefeuille, van: iso(cal.gsStart) }],
      });
      continue;
    }
    const fractie = seatFracties[seat] ?? 'groen-verbond';
    const switchDay = randomDay(rng, cal.gsStart + 180, cal.today - 60);
    seatVacated.set(seat, switchDay);
    drafts.push({
      kind: 'ged',
      leftStatenFor: switchDay,
      roles: [
        { functie: 'statenlid', fractie, van: iso(cal.termStart), tot: iso(switchDay) },
        { functie: 'gedeputeerde', fractie, portefeuille, van: iso(switchDay + 1) },
      ],
    });
    if (g < gedFormer) {
      // The gedeputeerde this Statenlid succeeded, with the same fractie and portfolio.
      drafts.push({
        kind: 'ged-former',
        roles: [{ functie: 'gedeputeerde', fractie, portefeuille, van: iso(cal.gsStart), tot: iso(switchDay) }],
      });
    }
  }
  for (let j = exPs; j < gedFormer; j++) {
    const portefeuille = PORTFOLIOS[(gedCurrent + j) % PORTFOLIOS.length] ?? 'Algemene Zaken';
    drafts.push({
      kind: 'ged-former',
      roles: [{ functie: 'gedeputeerde', fractie: coalition[j % coalition.length] ?? 'groen-verbond', portefeuille, van: iso(cal.gsStart), tot: iso(randomDay(rng, cal.gsStart + 90, cal.today - 30)) }],
    });
  }

  // Statenleden who left mid-term.
  for (const seat of formerSeats) {
    const left = randomDay(rng, cal.termStart + 60, cal.today - 40);
    seatVacated.set(seat, left);
    drafts.push({ kind: 'ps-former', roles: [{ functie: 'statenlid', fractie: seatFracties[seat] ?? 'groen-verbond', van: iso(cal.termStart), tot: iso(left) }] });
  }

  // Current Statenleden: successors, members who switched fractie, re-elected members.
  const switchers = new Set(stableSeats.slice(0, Math.max(1, Math.floor(n / 500))));
  for (let seat = 0; seat < seats; seat++) {
    const fractie = seatFracties[seat] ?? 'groen-verbond';
    const vacated = seatVacated.get(seat);
    if (vacated !== undefined) {
      const joined = Math.min(vacated + rng.int(7, 28), cal.today - 7);
      drafts.push({ kind: 'ps', roles: [{ functie: 'statenlid', fractie, van: iso(joined) }] });
      continue;
    }
    const roles: RoleInput[] = [];
    if (rng.chance(0.15)) roles.push({ functie: 'statenlid', fractie, van: iso(cal.previousTermStart), tot: iso(cal.termStart - 1) });
    if (switchers.has(seat)) {
      const switched = randomDay(rng, cal.termStart + 200, cal.today - 30);
      roles.push({ functie: 'statenlid', fractie, van: iso(cal.termStart), tot: iso(switched) });
      roles.push({ functie: 'statenlid', fractie: 'onafhankelijk-zilverland', van: iso(switched + 1) });
    } else {
      roles.push({ functie: 'statenlid', fractie, van: iso(cal.termStart) });
    }
    drafts.push({ kind: 'ps', roles });
  }
  return drafts;
}

function randomName(rng: Random): NameInput {
  for (;;) {
    const hasRoepnaam = rng.chance(0.9);
    const roepnaam = rng.pick(FIRST_NAMES);
    const extraInitials = rng.weighted([[0, 4], [1, 4], [2, 2]] as const);
    const initials = [hasRoepnaam ? roepnaam.charAt(0).toUpperCase() : rng.pick([...'ABCDEFGHJKLMNPRSTW'])];
    // Further initials differ from the one before ("J.M.", not "S.S.").
    for (let i = 0; i < extraInitials; i++) initials.push(rng.pick([...'JMACHWPGEFTLRS'].filter((c) => c !== initials[initials.length - 1])));
    const style = rng.weighted([['particle', 35], ['plain', 58], ['double', 7]] as const);
    let surname: Surname;
    if (style === 'particle') surname = rng.pick(SURNAMES_WITH_PARTICLE);
    else if (style === 'plain') surname = { achternaam: rng.pick(SURNAMES_PLAIN) };
    else surname = { achternaam: `${rng.pick(SURNAMES_PLAIN)}-${rng.pick(SURNAMES_PLAIN)}` };
    // Key order as in the sample: voorletters, roepnaam, tussenvoegsel, achternaam.
    const name: NameInput = {
      voorletters: `${initials.join('.')}.`,
      ...(hasRoepnaam ? { roepnaam } : {}),
      ...(surname.tussenvoegsel === undefined ? {} : { tussenvoegsel: surname.tussenvoegsel }),
      achternaam: surname.achternaam,
    };
    if (!BLOCKED_FULL_NAMES.has(fullName(name))) return name;
  }
}

function planPeople(n: number, cal: Calendar, seed: number): PersonPlan[] {
  const drafts = planRoles(n, cal, Random.derive(seed, 'roles'));
  const rng = Random.derive(seed, 'names');
  // The CdK gets the last featured name; the others land on random people.
  const names: (NameInput | undefined)[] = drafts.map(() => undefined);
  const featured = FEATURED_NAMES.map((f) => ({ ...f }) as NameInput);
  const cdkName = featured.pop();
  if (cdkName) names[0] = cdkName;
  const slots = rng.shuffle(drafts.map((_, i) => i).filter((i) => i !== 0));
  featured.forEach((name, k) => {
    const slot = slots[k];
    if (slot !== undefined) names[slot] = name;
  });

  const usedIds = new Set<string>();
  const plans = drafts.map((draft, i): PersonPlan => {
    const name = names[i] ?? randomName(rng);
    const start = Math.min(...draft.roles.map((r) => toDay(r.van)));
    const ends = draft.roles.map((r) => (r.tot === undefined ? cal.today - 1 : toDay(r.tot)));
    const current = draft.roles.some((r) => r.tot === undefined);
    const plan: PersonPlan = {
      kind: draft.kind,
      roles: draft.roles,
      name,
      id: uniqueSlug(fullName(name), usedIds),
      start,
      end: current ? cal.today - 1 : Math.max(...ends),
      current,
    };
    if (draft.leftStatenFor !== undefined) plan.leftStatenFor = draft.leftStatenFor;
    return plan;
  });

  // Registers in every state: nothing to declare, and declarations not handed in.
  const edgeRng = Random.derive(seed, 'declarations');
  const candidates = edgeRng.shuffle(plans.filter((p) => p.kind === 'ps' && p.current));
  const take = (rate: number): PersonPlan[] => candidates.splice(0, Math.max(1, Math.round(n * rate)));
  for (const p of take(0.01)) {
    p.positionsStatus = 'geen';
    p.interestsStatus = 'geen';
  }
  for (const p of take(0.005)) p.interestsStatus = 'niet-opgegeven';
  for (const p of take(0.003)) p.giftsNotProvided = true;
  if (n >= 200) for (const p of take(0.003)) p.positionsStatus = 'niet-opgegeven';
  return plans;
}

// ---------------------------------------------------------------------------------------------
// Side positions and financial interests.

const PAYMENTS = ['bezoldigd', 'onbezoldigd', 'onkostenvergoeding'] as const;

function executiveRoles(plan: PersonPlan): RoleInput[] {
  return plan.roles.filter((r) => r.functie !== 'statenlid');
}

/** The loader's overlap rule (src/data/load.ts): open ends overlap everything. */


/** The declaration date a person last confirmed their entries on, if any. */
function declarationDate(plan: PersonPlan, cal: Calendar, rng: Random): number | undefined {
  const rounds = cal.rounds.filter((r) => r <= plan.end);
  const latest = rounds[rounds.length - 1];
  const previous = rounds[rounds.length - 2];
  const which = rng.weighted([['latest', 65], ['previous', 15], ['none', 20]] as const);
  const round = which === 'latest' ? latest : which === 'previous' ? previous : undefined;
  if (round === undefined) return undefined;
  return Math.min(round + rng.int(0, 27), plan.end, cal.today);
}

function confirm<T extends { van?: string | undefined; tot?: string | undefined; bevestigd?: string | undefined }>(entry: T, declared: number | undefined, rng: Random): void {
  if (declared === undefined || !rng.chance(0.9)) return;
  const iso = toIso(declared);
  if ((entry.van ?? '') <= iso && (entry.tot ?? '') <= iso) entry.bevestigd = iso;
}

interface PositionContext {
  plan: PersonPlan;
  cal: Calendar;
  rng: Random;
  orgs: readonly Organisation[];
  places: readonly string[];
  usedIds: Set<string>;
  /** How members write an organisation's name (see spellingWriter). */
  spell: (naam: string) => string;
}

function remuneration(spec: FunctionSpec | undefined, rng: Random): { bedrag: number; per: 'maand' | 'jaar' | 'vergadering' | 'eenmalig' } {
  const v = spec?.vergoeding ?? { per: 'jaar' as const, min: 1000, max: 8000, step: 250 };
  return { bedrag: Math.max(v.step, roundTo(rng.int(v.min, v.max), v.step)), per: v.per };
}

function newPosition(ctx: PositionContext, organisatie: string, functie: string, bezoldiging: (typeof PAYMENTS)[number]): SidePositionInput {
  return { id: uniqueSlug(`${functie} ${organisatie}`, ctx.usedIds), organisatie, functie, bezoldiging };
}

/** Adds what the loader and the law ask for: an amount on paid positions during a GS/CdK term. */
function finishPosition(ctx: PositionContext, position: SidePositionInput, spec: FunctionSpec | undefined): SidePositionInput {
  const { rng, plan } = ctx;
  const exec = executiveRoles(plan).some((role) => periodsOverlap(role, position));
  if (position.bezoldiging === 'bezoldigd' && (exec || rng.chance(0.3))) position.vergoeding = remuneration(spec, rng);
  if (position.bezoldiging === 'onkostenvergoeding' && rng.chance(0.35)) {
    position.vergoeding = rng.chance(0.5) ? { bedrag: roundTo(rng.int(100, 900), 25), per: 'jaar' } : { bedrag: roundTo(rng.int(40, 120), 5), per: 'vergadering' };
  }
  if (spec?.tijd && rng.chance(0.45)) position.tijdsbesteding = { uren: rng.int(spec.tijd.min, spec.tijd.max), per: spec.tijd.per };
  // Key order as editors write it.
  const ordered: SidePositionInput = { id: position.id, organisatie: position.organisatie, functie: position.functie, bezoldiging: position.bezoldiging };
  if (position.vergoeding) ordered.vergoeding = position.vergoeding;
  if (position.qq) ordered.qq = true;
  if (position.tijdsbesteding) ordered.tijdsbesteding = position.tijdsbesteding;
  if (position.van !== undefined) ordered.van = position.van;
  if (position.tot !== undefined) ordered.tot = position.tot;
  return ordered;
}

/** Dates for an ordinary position: usually a start, sometimes ended. */
function dateGeneric(ctx: PositionContext, position: SidePositionInput, endedRate: number): void {
  const { rng, plan, cal } = ctx;
  const earliest = toDay('1998-01-01');
  const latestStart = plan.end - 30;
  const van = rng.chance(0.87) ? randomDay(rng, earliest, latestStart) : undefined;
  if (van !== undefined) position.van = toIso(van);
  if (rng.chance(endedRate)) {
    // An ended position ends during membership: one that ended before it is not in the register.
    const from = Math.max((van ?? plan.start - 730) + 60, plan.start);
    const to = Math.min(plan.end, cal.today - 1);
    if (from <= to) position.tot = toIso(randomDay(rng, from, to));
  }
}

function genericPosition(ctx: PositionContext, kinds: readonly OrgKind[] | undefined, payBias: number): SidePositionInput {
  const { rng } = ctx;
  let org = rng.pickSkewed(ctx.orgs, 1.8);
  for (let tries = 0; kinds && !kinds.includes(org.kind) && tries < 20; tries++) org = rng.pickSkewed(ctx.orgs, 1.8);
  const spec = rng.pick(FUNCTIONS_BY_KIND[org.kind]);
  const bezoldiging = rng.weighted(PAYMENTS.map((p, i) => [p, (spec.pay[i] ?? 0) * (i === 0 ? payBias : 1) + 0.001] as const));
  const position = newPosition(ctx, ctx.spell(org.naam), spec.functie, bezoldiging);
  dateGeneric(ctx, position, 0.17);
  return finishPosition(ctx, position, spec);
}

function mainJob(ctx: PositionContext): SidePositionInput {
  const { rng, plan, cal } = ctx;
  const job = rng.pick(MAIN_JOBS);
  const organisatie = fill(job.organisatie, { p: rng.pick(ctx.places), s: standaloneSurname(plan.name) });
  const position = newPosition(ctx, organisatie, job.functie, 'bezoldigd');
  position.van = toIso(randomDay(rng, toDay('1995-01-01'), Math.min(cal.termStart, plan.end) - 30));
  // A Statenlid who became gedeputeerde gave up the job the day the PS seat was given up.
  if (plan.leftStatenFor !== undefined) position.tot = toIso(plan.leftStatenFor);
  else if (rng.chance(0.08) && Math.max(toDay(position.van) + 365, plan.start) <= Math.min(plan.end, cal.today - 1)) {
    position.tot = toIso(randomDay(rng, Math.max(toDay(position.van) + 365, plan.start), Math.min(plan.end, cal.today - 1)));
  }
  if (rng.chance(0.5)) position.tijdsbesteding = { uren: rng.int(16, 36), per: 'week' };
  return finishPosition(ctx, position, { functie: job.functie, pay: [1, 0, 0], vergoeding: { per: 'maand', min: 2400, max: 6200, step: 50 } });
}

function qqPositions(ctx: PositionContext, role: RoleInput, pool: readonly { organisatie: string; functie: string }[], count: number): SidePositionInput[] {
  const { rng, cal } = ctx;
  const start = toDay(role.van);
  return rng.shuffle(pool).slice(0, count).map((item) => {
    const bezoldiging = rng.weighted([['onbezoldigd', 80], ['onkostenvergoeding', 15], ['bezoldigd', 5]] as const);
    const position = newPosition(ctx, item.organisatie, item.functie, bezoldiging);
    position.qq = true;
    position.van = toIso(Math.min(start + rng.int(0, 30), cal.today - 1));
    if (role.tot !== undefined) position.tot = role.tot;
    return finishPosition(ctx, position, { functie: item.functie, pay: [0, 1, 0], vergoeding: { per: 'vergadering', min: 150, max: 400, step: 25 } });
  });
}

/** How many side positions an ordinary member declares: 1 to 8, about 4.4 on average. */
function positionCount(rng: Random): number {
  return rng.weighted([[1, 4], [2, 10], [3, 18], [4, 22], [5, 20], [6, 13], [7, 8], [8, 5]] as const);
}

function buildPositions(ctx: PositionContext): SidePositionInput[] {
  const { plan, rng } = ctx;
  const positions: SidePositionInput[] = [];
  const exec = executiveRoles(plan);
  if (plan.kind === 'cdk' || plan.kind === 'cdk-former') {
    for (const role of exec) positions.push(...qqPositions(ctx, role, QQ_POSITIONS_CDK, rng.int(3, 5)));
    for (let i = rng.int(0, 2); i > 0; i--) positions.push(genericPosition(ctx, ['stichting', 'vereniging', 'sport'], 0.2));
  } else if (plan.kind === 'ged' || plan.kind === 'ged-former') {
    for (const role of exec) positions.push(...qqPositions(ctx, role, QQ_POSITIONS_GS, rng.int(1, 3)));
    if (plan.leftStatenFor !== undefined) {
      positions.push(mainJob(ctx));
      // Positions given up on joining GS end the day the PS seat was given up.
      for (let i = rng.int(1, 2); i > 0; i--) {
        const position = genericPosition(ctx, undefined, 1);
        if (position.tot === undefined && rng.chance(0.6)) {
          if (position.van === undefined || position.van <= toIso(plan.leftStatenFor)) {
            position.tot = toIso(plan.leftStatenFor);
            delete position.vergoeding;
            positions.push(finishPosition(ctx, position, undefined));
            continue;
          }
        }
        positions.push(position);
      }
    }
    for (let i = rng.int(0, 2); i > 0; i--) positions.push(genericPosition(ctx, ['stichting', 'vereniging', 'sport', 'cooperatie'], 0.3));
    if (rng.chance(0.3)) positions.push(genericPosition(ctx, ['onderwijs', 'bedrijf', 'zorg'], 1));
  } else {
    let count = positionCount(rng);
    if (rng.chance(0.7)) {
      positions.push(mainJob(ctx));
      count--;
    }
    for (; count > 0; count--) positions.push(genericPosition(ctx, undefined, 1));
  }
  return positions;
}

interface InterestPools {
  energie: readonly Organisation[];
  bedrijf: readonly Organisation[];
}

function sectorOf(org: Organisation): string {
  if (org.kind === 'energie') return 'energie';
  return SECTOR_BY_WORD.find(([pattern]) => pattern.test(org.naam))?.[1] ?? 'overig';
}

function buildInterests(plan: PersonPlan, cal: Calendar, rng: Random, pools: InterestPools, places: readonly string[], declared: number | undefined): InterestInput[] {
  const used = new Set<string>();
  const count = rng.weighted([[1, 65], [2, 25], [3, 10]] as const);
  const interests: InterestInput[] = [];
  for (let i = 0; i < count; i++) {
    const template = rng.pick(INTEREST_TEMPLATES);
    const org = template.pool === undefined ? undefined : rng.pickSkewed(pools[template.pool], 1.5);
    const omschrijving = fill(template.omschrijving, { o: org?.naam ?? '', p: rng.pick(places), n: String(rng.int(2, 40)) });
    const interest: InterestInput = {
      id: uniqueSlug(omschrijving, used, 60),
      omschrijving,
      ...(org === undefined ? {} : { organisatie: org.naam }),
      sector: template.sector ?? (org ? sectorOf(org) : 'overig'),
      aard: template.aard,
    };
    if (rng.chance(0.7)) {
      const van = randomDay(rng, toDay('1995-01-01'), plan.end - 30);
      interest.van = toIso(van);
      if (rng.chance(0.15)) {
        const from = Math.max(van + 90, plan.start);
        const to = Math.min(plan.end, cal.today - 1);
        if (from <= to) interest.tot = toIso(randomDay(rng, from, to));
      }
    }
    confirm(interest, declared, rng);
    interests.push(interest);
  }
  return interests;
}

// ---------------------------------------------------------------------------------------------
// Officials: scale 14+ functions by title, never by name.

function buildOfficials(n: number, scaleThreshold: number, rng: Random, orgs: readonly Organisation[], places: readonly string[]): Map<string, OfficialFunction[]> {
  const target = n <= 62 ? 30 : 30 + Math.round((n - 62) / 40);
  const used = new Set<string>();
  const byDepartment = new Map<string, OfficialFunction[]>();
  const titles: { functie: string; afdeling: string; schaal: number; themes: readonly string[] }[] = [];
  for (const dept of DEPARTMENTS) for (const [functie, schaal] of dept.functions) titles.push({ functie, afdeling: dept.afdeling, schaal, themes: dept.themes });
  for (let i = 0; titles.length < target; i++) {
    const dept = DEPARTMENTS[i % DEPARTMENTS.length];
    if (!dept) break;
    const [template, schaal] = rng.pick(OFFICIAL_TITLE_TEMPLATES);
    titles.push({ functie: fill(template, { t: rng.pick(dept.themes) }), afdeling: dept.afdeling, schaal, themes: dept.themes });
  }
  for (const title of titles.slice(0, target)) {
    const schaal = Math.max(title.schaal, scaleThreshold);
    let nevenwerkzaamheden: OfficialFunction['nevenwerkzaamheden'] = 'geen';
    if (rng.chance(0.6)) {
      const activityIds = new Set<string>();
      const activities: SideActivity[] = [];
      for (let k = rng.weighted([[1, 60], [2, 30], [3, 10]] as const); k > 0; k--) {
        const omschrijving = fill(rng.pick(SIDE_ACTIVITIES), { o: rng.pickSkewed(orgs, 1.5).naam, p: rng.pick(places), t: rng.pick(title.themes) });
        const beperkendeMaatregel = rng.chance(0.75) ? 'geen' : rng.pick(RESTRICTIONS);
        activities.push({ id: uniqueSlug(omschrijving, activityIds, 60), omschrijving, beperkendeMaatregel });
      }
      nevenwerkzaamheden = activities;
    }
    const official: OfficialFunction = { id: uniqueSlug(title.functie, used), functie: title.functie, afdeling: title.afdeling, schaal, nevenwerkzaamheden };
    const list = byDepartment.get(title.afdeling) ?? [];
    list.push(official);
    byDepartment.set(title.afdeling, list);
  }
  return byDepartment;
}

// ---------------------------------------------------------------------------------------------
// The gift register: about 2.5 gifts per person over three years.

interface Recipient {
  id?: string;
  functie?: string;
  from: number;
  to: number;
}

function buildGifts(plans: readonly PersonPlan[], officialTitles: readonly string[], options: GenerateOptions, cal: Calendar, rng: Random, orgs: readonly Organisation[], places: readonly string[], spell: (naam: string) => string = (naam) => naam): GiftInput[] {
  const recipients: Recipient[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const plan of plans) {
    if (plan.giftsNotProvided) continue;
    const from = Math.max(cal.giftStart, plan.start);
    const to = Math.min(cal.giftEnd, plan.end);
    if (from > to) continue;
    const weight = plan.kind === 'cdk' ? 10 : plan.kind === 'ged' || plan.kind === 'ged-former' ? 5 : 1;
    total += weight * (to - from + 1);
    recipients.push({ id: plan.id, from, to });
    cumulative.push(total);
  }
  const pickRecipient = (): Recipient => {
    const r = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) > r) hi = mid;
      else lo = mid + 1;
    }
    const recipient = recipients[lo];
    if (!recipient) throw new Error('no gift recipients');
    return recipient;
  };

  const threshold = options.giftThreshold;
  const givers = orgs.filter((o) => GIVER_KINDS.includes(o.kind));
  const count = Math.round(options.people * 2.5);
  const drafts: (GiftInput & { day: number })[] = [];
  for (let i = 0; i < count; i++) {
    const byFunction = rng.chance(0.08) && officialTitles.length > 0;
    const recipient = byFunction ? { functie: rng.pick(officialTitles), from: cal.giftStart, to: cal.giftEnd } : pickRecipient();
    const day = randomDay(rng, recipient.from, recipient.to);
    const month = Number(toIso(day).slice(5, 7));
    const christmas = month === 12 && rng.chance(0.5);
    const soort = christmas ? 'geschenk' : rng.weighted([['geschenk', 64], ['uitnodiging', 30], ['reis', 6]] as const);
    const item: GiftItem = christmas ? CHRISTMAS_GIFT : rng.pick(GIFT_ITEMS.filter((g) => g.soort === soort));
    // The giver: an organisation, or a function such as a mayor; the gift is about its place.
    let place = rng.pick(places);
    let gever: string;
    const giverOrg = rng.chance(0.7) ? rng.pickSkewed(givers, 1.5) : undefined;
    if (giverOrg) {
      gever = spell(giverOrg.naam);
      place = giverOrg.place ?? place;
    } else {
      gever = fill(rng.pick(GIFT_GIVER_FUNCTIONS), { p: place });
    }
    const gelegenheid = christmas ? 'kerst' : month === 1 && rng.chance(0.5) ? 'nieuwjaarsreceptie' : rng.pick(GIFT_OCCASIONS);
    // Most gifts are worth little: values lean towards the low end of the item's range.
    let cents = Math.round(item.min * 100 + (item.max - item.min) * 100 * rng.next() ** 2.2);
    cents = rng.weighted([[roundTo(cents, 100), 50], [roundTo(cents, 50), 25], [roundTo(cents, 100) - 5, 25]] as const);
    if (item.min <= threshold && item.max >= threshold && rng.chance(0.2)) cents = threshold * 100;
    const waarde = Math.max(100, cents) / 100;
    let bestemming: GiftInput['bestemming'];
    if (soort !== 'geschenk') bestemming = rng.weighted([['bijgewoond', 75], ['afgeslagen', 25]] as const);
    else if (waarde <= threshold) bestemming = item.perishable ? rng.weighted([['gedeeld', 60], ['behouden', 40]] as const) : rng.weighted([['behouden', 80], ['geschonken', 12], ['ingeleverd', 8]] as const);
    else if (item.perishable) bestemming = rng.weighted([['gedeeld', 60], ['geschonken', 25], ['ingeleverd', 15]] as const);
    else bestemming = rng.weighted([['ingeleverd', 35], ['provinciaal-eigendom', 25], ['geschonken', 20], ['geretourneerd', 20]] as const);
    const gift: GiftInput & { day: number } = {
      day,
      id: '',
      datum: toIso(day),
      ontvanger: recipient.id !== undefined ? { persoon: recipient.id } : { functie: recipient.functie ?? 'Provinciesecretaris' },
      gever,
      gelegenheid,
      omschrijving: fill(item.omschrijving, { p: place }),
      waarde,
      soort,
      bestemming,
    };
    const decidedLater = (soort === 'geschenk' && waarde > threshold && bestemming !== 'gedeeld' && rng.chance(0.85)) || (soort === 'reis' && rng.chance(0.4));
    if (decidedLater) gift.besluitdatum = toIso(Math.min(day + rng.int(3, 45), cal.today - 1));
    drafts.push(gift);
  }

  // Ids per year in date order: 2025-001, 2025-002 …
  drafts.sort((a, b) => a.day - b.day);
  const perYear = new Map<string, number>();
  for (const g of drafts) perYear.set(g.datum.slice(0, 4), (perYear.get(g.datum.slice(0, 4)) ?? 0) + 1);
  const width = Math.max(3, String(Math.max(0, ...perYear.values())).length);
  const seq = new Map<string, number>();
  return drafts.map(({ day: _day, ...gift }) => {
    const year = gift.datum.slice(0, 4);
    const next = (seq.get(year) ?? 0) + 1;
    seq.set(year, next);
    return { ...gift, id: `${year}-${String(next).padStart(width, '0')}` };
  });
}

// ---------------------------------------------------------------------------------------------
// Files.

/** One YAML file for `items` under `key`, split into numbered parts if it would be too large. */
function yamlFiles(basePath: string, key: string, items: readonly unknown[]): GeneratedFile[] {
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
function siteYaml(cal: Calendar, options: GenerateOptions): string {
  const today = cal.today;
  const year = yearOf(today);
  const candidates = (dates: string[]): string => dates.filter((d) => toDay(d) <= today).sort().pop() ?? dates[0] ?? cal.todayIso;
  const halfYear = candidates([`${year - 1}-03-31`, `${year - 1}-09-30`, `${year}-03-31`, `${year}-09-30`]);
  const quarter = candidates([`${year - 1}-10-15`, `${year}-01-15`, `${year}-04-15`, `${year}-07-15`, `${year}-10-15`]);
  const yearly = candidates([`${year - 1}-02-01`, `${year}-02-01`]);
  return [
    'provincie: Zilverland',
    'fictief: true',
    'contact:',
    '  naam: Statengriffie Zilverland',
    '  email: griffie@zilverland.example',
    `geschenkdrempel: ${options.giftThreshold}`,
    `schaaldrempel: ${options.scaleThreshold}`,
    'registers:',
    `  nevenfuncties: { cadans: halfjaar, bijgewerkt: ${halfYear} }`,
    `  financieleBelangen: { cadans: halfjaar, bijgewerkt: ${halfYear} }`,
    `  geschenken: { cadans: kwartaal, bijgewerkt: ${quarter} }`,
    `  nevenwerkzaamheden: { cadans: jaar, bijgewerkt: ${yearly} }`,
    '',
  ].join('\n');
}

function personFile(plan: PersonPlan, positions: PersonInput['nevenfuncties'], interests: PersonInput['financieleBelangen']): GeneratedFile {
  const person: PersonInput = { naam: plan.name, rollen: plan.roles, nevenfuncties: positions, financieleBelangen: interests };
  if (plan.giftsNotProvided) person.geschenken = 'niet-opgegeven';
  // Front matter only: the loader refuses text after the closing line.
  return { path: `people/${plan.id}.md`, source: `---\n${emitYaml(person)}---\n` };
}

/** Checks and completes options; throws with a readable message on nonsense. */
export function resolveOptions(options: Partial<GenerateOptions> = {}): GenerateOptions {
  const resolved: GenerateOptions = { ...DEFAULT_OPTIONS };
  for (const [key, value] of Object.entries(options)) if (value !== undefined) Object.assign(resolved, { [key]: value });
  if (!Number.isInteger(resolved.people) || resolved.people < MIN_PEOPLE || resolved.people > 1_000_000) throw new Error(`people must be a whole number from ${MIN_PEOPLE} to 1000000, got ${resolved.people}`);
  if (!Number.isInteger(resolved.seed)) throw new Error(`seed must be a whole number, got ${resolved.seed}`);
  if (!isValidIsoDate(resolved.today)) throw new Error(`today must be a date YYYY-MM-DD, got ${resolved.today}`);
  if (!(resolved.giftThreshold > 0)) throw new Error(`giftThreshold must be positive, got ${resolved.giftThreshold}`);
  if (!Number.isInteger(resolved.scaleThreshold) || resolved.scaleThreshold < 1 || resolved.scaleThreshold > 18) throw new Error(`scaleThreshold must be 1-18, got ${resolved.scaleThreshold}`);
  return resolved;
}

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

  const fracties: FractieInput[] = FRACTIES.map(({ id, naam, afkorting }) => ({ id, naam, afkorting }));
  files.push({ path: 'fracties.yaml', source: emitYaml({ fracties }) });

  const positionRng = Random.derive(seed, 'positions');
  const interestRng = Random.derive(seed, 'interests');
  const pools: InterestPools = { energie: orgs.filter((o) => o.kind === 'energie'), bedrijf: orgs.filter((o) => o.kind === 'bedrijf') };
  // About half of the members declare financial interests (~0.7 per person).
  const open = plans.filter((p) => p.interestsStatus === undefined);
  const spell = spellingWriter();
  const withInterests = new Set(interestRng.shuffle(open).slice(0, Math.round(open.length * 0.48)));
  for (const plan of plans) {
    let positions: PersonInput['nevenfuncties'] = plan.positionsStatus ?? 'geen';
    if (plan.positionsStatus === undefined) {
      const ctx: PositionContext = { plan, cal, rng: positionRng, orgs, places, usedIds: new Set(), spell };
      const list = buildPositions(ctx);
      const declared = declarationDate(plan, cal, positionRng);
      const bron = declared !== undefined && positionRng.chance(0.1) ? `https://zilverland.example/documenten/opgave-nevenfuncties/${plan.id}-${toIso(declared).slice(0, 7)}.pdf` : undefined;
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
      const list = buildInterests(plan, cal, interestRng, pools, places, declarationDate(plan, cal, interestRng));
      interestCount += list.length;
      interests = list;
    }
    files.push(personFile(plan, positions, interests));
  }

  const officials = buildOfficials(n, options.scaleThreshold, Random.derive(seed, 'officials'), orgs, places);
  // Restrictions and gift decisions link to the GS decision; an own stream keeps all else unchanged.
  const sourceRng = Random.derive(seed, 'sources');
  for (const official of [...officials.values()].flat()) {
    if (!Array.isArray(official.nevenwerkzaamheden)) continue;
    for (const activity of official.nevenwerkzaamheden) {
      if (activity.beperkendeMaatregel !== 'geen') activity.bron = `https://zilverland.example/documenten/gs-besluiten/nevenwerkzaamheden-${official.id}-${activity.id}.pdf`;
    }
  }
  let officialCount = 0;
  for (const [afdeling, list] of officials) {
    officialCount += list.length;
    files.push(...yamlFiles(`officials/${slugify(afdeling)}`, 'functies', list));
  }
  // Gifts to officials go to senior function titles (scale 16 and up).
  const senior = [...officials.values()].flat().filter((o) => (o.schaal ?? 0) >= 16).map((o) => o.functie).slice(0, 12);
  const gifts = buildGifts(plans, senior, options, cal, Random.derive(seed, 'gifts'), orgs, places, spell);
  for (const gift of gifts) {
    if (gift.besluitdatum !== undefined && sourceRng.chance(0.5)) gift.bron = `https://zilverland.example/documenten/geschenken/besluit-${gift.id}.pdf`;
  }
  const byQuarter = new Map<string, GiftInput[]>();
  for (const gift of gifts) {
    const key = `${gift.datum.slice(0, 4)}-k${Math.ceil(Number(gift.datum.slice(5, 7)) / 3)}`;
    const list = byQuarter.get(key) ?? [];
    list.push(gift);
    byQuarter.set(key, list);
  }
  for (const [quarter, list] of byQuarter) files.push(...yamlFiles(`gifts/${quarter}`, 'geschenken', list));

  files.push({ path: 'site.yaml', source: siteYaml(cal, options) });
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const isCurrentIn = (plan: PersonPlan, functie: string): boolean => plan.roles.some((r) => r.functie === functie && r.tot === undefined);
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

/** Generates every content file (site.yaml included). Pure and deterministic. */
export function generateContent(options: Partial<GenerateOptions> = {}): GeneratedFile[] {
  return generateContentWithCounts(options).files;
}
