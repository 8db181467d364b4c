/**
 * Organisations and places: a pool that grows with the size, so that people share organisations,
 * and the spelling variants members use for some of them.
 */
import type { Random } from '../random.ts';
import { PLACE_PREFIXES, PLACE_SUFFIXES, SURNAMES_PLAIN, type OrgKind } from '../vocabulary.ts';
import type { DemoBody } from './bodies/index.ts';
import { fill } from './writing.ts';

/** An organisation of the pool. */
export interface Organisation {
  naam: string;
  kind: OrgKind;
  /** The place in the name, if any: gifts from it are about that place. */
  place?: string;
}

/** `count` place names: the body's list first, then compounds ("Elzenbroek", "Nieuw-Rietdam"). */
export function buildPlaces(count: number, rng: Random, body: DemoBody): string[] {
  const places = [...body.places];
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
      places.push(
        variant === ''
          ? place
          : variant.startsWith('-')
            ? `${place}${variant}`
            : `${variant}${place}`,
      );
    }
  }
  return places;
}

/**
 * Writes organisation names the way members do: every third mention of an organisation with a
 * known variant uses the variant. Deterministic and without randomness, so nothing else changes.
 */
export function spellingWriter(body: DemoBody): (naam: string) => string {
  const uses = new Map<string, number>();
  return (naam) => {
    const variant = body.spellingVariants[naam];
    if (variant === undefined) return naam;
    const count = (uses.get(naam) ?? 0) + 1;
    uses.set(naam, count);
    return count % 3 === 0 ? variant : naam;
  };
}

/** The regional organisations and, up to `target`, organisations made from the templates per place. */
export function buildOrganisations(
  target: number,
  places: readonly string[],
  rng: Random,
  body: DemoBody,
): Organisation[] {
  const pool: Organisation[] = body.regionalOrganisations.map((o) => ({ ...o }));
  const seen = new Set(pool.map((o) => o.naam));
  const candidates: Organisation[] = [];
  for (const place of places) {
    for (const { kind, template } of body.orgTemplates) {
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
