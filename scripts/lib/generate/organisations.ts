/**
 * Organisations and places: a pool that grows with the size, so that people share organisations,
 * and the spelling variants members use for some of them.
 */
import type { Random } from '../random.ts';
import {
  ORG_TEMPLATES,
  PLACE_PREFIXES,
  PLACE_SUFFIXES,
  PLACES,
  REGIONAL_ORGANISATIONS,
  SPELLING_VARIANTS,
  SURNAMES_PLAIN,
  type OrgKind,
} from '../vocabulary.ts';
import { fill } from './writing.ts';

/** An organisation of the pool. */
export interface Organisation {
  naam: string;
  kind: OrgKind;
  /** The place in the name, if any: gifts from it are about that place. */
  place?: string;
}

/** `count` place names: the word list first, then compounds ("Elzenbroek", "Nieuw-Rietdam"). */
export function buildPlaces(count: number, rng: Random): string[] {
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
export function spellingWriter(): (naam: string) => string {
  const uses = new Map<string, number>();
  return (naam) => {
    const variant = SPELLING_VARIANTS[naam];
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
): Organisation[] {
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
