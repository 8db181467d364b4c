/**
 * The kinds of body, one definition each (types.ts). The site's kind is `soort` in site.yaml:
 * `getBody(site)` gives its definition, and every word, page address and article the site
 * shows comes from there.
 */
import type { BodyKind } from '../schemas/body.ts';
import { OFFICE_ROLES, OFFICES } from '../schemas/body.ts';
import { LOCALES, type Locale } from '../lib/locales.ts';
import { municipality } from './municipality.ts';
import { province } from './province.ts';
import type { BodyDefinition, BodyWords } from './types.ts';
import { waterBoard } from './water-board.ts';

export type { BodyDefinition, BodyWords, LawReference, OfficeWords, OrganWords } from './types.ts';

export const BODY_DEFINITIONS: Record<BodyKind, BodyDefinition> = {
  provincie: province,
  gemeente: municipality,
  waterschap: waterBoard,
};

// The offices in schemas/body.ts and in each definition must be the same words.
for (const definition of Object.values(BODY_DEFINITIONS)) {
  for (const role of OFFICE_ROLES) {
    if (definition.offices[role] !== OFFICES[definition.kind][role]) {
      throw new Error(
        `src/bodies: office of ${definition.kind}/${role} differs from schemas/body.ts`,
      );
    }
  }
}

/** What site.yaml says about the body: its kind, name and (a water board) what it is called. */
export interface BodyIdentity {
  soort: BodyKind;
  naam: string;
  benaming?: string | undefined;
}

export function getBodyDefinition(kind: BodyKind): BodyDefinition {
  return BODY_DEFINITIONS[kind];
}

/** The words of the site's body in one language. */
export function getBodyWords(kind: BodyKind, locale: Locale): BodyWords {
  return BODY_DEFINITIONS[kind].words[locale];
}

/** The body's official name: "Provincie Zilverland", "Gemeente Ravensmeer", "Hoogheemraadschap Zilverwaard". */
export function bodyName(identity: BodyIdentity, locale: Locale): string {
  return getBodyWords(identity.soort, locale).name(identity.naam, identity.benaming);
}

/** An organ with the body's name, for open data and titles: "Provinciale Staten van Zilverland", "Gemeenteraad van Ravensmeer". */
export function organName(
  identity: BodyIdentity,
  organ: 'council' | 'executive',
  locale: Locale,
): string {
  const definition = BODY_DEFINITIONS[identity.soort];
  const words = definition.words[locale];
  const of = definition.organOfFullName ? bodyName(identity, locale) : identity.naam;
  return locale === 'nl' ? `${words[organ].name} van ${of}` : `${words[organ].name} of ${of}`;
}

/** A body as the site and the tools speak of it: its kind, definition and names. */
export interface Body {
  kind: BodyKind;
  definition: BodyDefinition;
  /** The name from site.yaml without the kind: "Zilverland". */
  naam: string;
  /** The official name per language: "Provincie Zilverland", "Province of Zilverland". */
  name: Record<Locale, string>;
}

/** The body of a content folder, from what its site.yaml says. */
export function bodyContext(identity: BodyIdentity): Body {
  return {
    kind: identity.soort,
    definition: getBodyDefinition(identity.soort),
    naam: identity.naam,
    name: Object.fromEntries(
      LOCALES.map((locale) => [locale, bodyName(identity, locale)]),
    ) as Record<Locale, string>,
  };
}
