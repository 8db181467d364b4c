/**
 * The registers, each defined once in its own module. Everything that differs per register is
 * read from these definitions; code that needs every register iterates REGISTER_LIST. Their
 * titles are the same for every kind of body; their other texts name the body's offices and law,
 * so `getRegisters(locale, kind)` gives them for one kind of body.
 */
import { getBodyDefinition } from '../bodies/index.ts';
import type { JsonValue } from '../lib/editions.ts';
import type { Locale } from '../lib/locales.ts';
import { registerPath } from '../lib/paths.ts';
import type { BodyKind } from '../schemas/body.ts';
import { REGISTER_KEYS, type RegisterKey } from '../schemas/site.ts';
import { gifts } from './gifts.ts';
import { interests } from './interests.ts';
import { sideActivities } from './side-activities.ts';
import { sideIncome } from './side-income.ts';
import { sidePositions } from './side-positions.ts';
import type { RegisterDefinition, RegisterTexts } from './types.ts';

export type { RegisterBodyTexts, RegisterDefinition, RegisterTexts } from './types.ts';

/** Every key of REGISTER_KEYS has its definition: a register without one is a type error. */
const DEFINITIONS: { readonly [K in RegisterKey]: RegisterDefinition<K> } = {
  nevenfuncties: sidePositions,
  financieleBelangen: interests,
  geschenken: gifts,
  nevenwerkzaamheden: sideActivities,
  neveninkomsten: sideIncome,
};

/** The definitions in the order of REGISTER_KEYS: the order of the home page and every list. */
export const REGISTER_DEFINITIONS: readonly RegisterDefinition[] = REGISTER_KEYS.map(
  (key) => DEFINITIONS[key],
);

/** The definition of one register. */
export function getRegisterDefinition<K extends RegisterKey>(key: K): RegisterDefinition<K> {
  return DEFINITIONS[key];
}

/** A register's name and addresses, the same for every kind of body. */
export interface RegisterName {
  key: RegisterKey;
  /** Its name in paths and files (RegisterDefinition.slug). */
  slug: string;
  /** Its page, in the page's language (`/en/registers/…` for English). */
  path: string;
  title: string;
}

/** A register as the pages show it in one language, for one kind of body. */
export interface RegisterInfo extends RegisterName, RegisterTexts {}

function nameOf(definition: RegisterDefinition, locale: Locale): RegisterName {
  const prefix = locale === 'en' ? '/en' : '';
  return {
    key: definition.key,
    slug: definition.slug,
    path: `${prefix}${registerPath(definition.slug)}`,
    title: definition.title[locale],
  };
}

/** The registers' Dutch names and pages, by key: for what needs no more than a title or an address. */
export const REGISTERS: Record<RegisterKey, RegisterName> = Object.fromEntries(
  REGISTER_DEFINITIONS.map((d) => [d.key, nameOf(d, 'nl')]),
) as Record<RegisterKey, RegisterName>;

/** The registers' Dutch names and pages, in order. */
export const REGISTER_LIST: readonly RegisterName[] = REGISTER_KEYS.map((key) => REGISTERS[key]);

// Per kind and language: a build serves one body, but tests and scripts may ask for another.
const described = new Map<string, Record<RegisterKey, RegisterInfo>>();

/** The registers in a language, by key, in the words and law of a kind of body. */
export function getRegisters(locale: Locale, kind: BodyKind): Record<RegisterKey, RegisterInfo> {
  const cacheKey = `${kind} ${locale}`;
  const known = described.get(cacheKey);
  if (known) return known;
  const body = getBodyDefinition(kind);
  const registers = Object.fromEntries(
    REGISTER_DEFINITIONS.map((d) => [
      d.key,
      { ...nameOf(d, locale), ...d.texts(body)[locale] } satisfies RegisterInfo,
    ]),
  ) as Record<RegisterKey, RegisterInfo>;
  described.set(cacheKey, registers);
  return registers;
}

/** The registers in a language, in order, in the words and law of a kind of body. */
export function getRegisterList(locale: Locale, kind: BodyKind): readonly RegisterInfo[] {
  const registers = getRegisters(locale, kind);
  return REGISTER_KEYS.map((key) => registers[key]);
}

/** The register key for a URL or folder name (`financiele-belangen` → `financieleBelangen`). */
export function registerFromSlug(slug: string): RegisterKey | undefined {
  return REGISTER_DEFINITIONS.find((d) => d.slug === slug)?.key;
}

/** What a record is, in a few words: "Voorzitter, Stichting X", a gift's description, an activity. */
export function describeRecord(
  register: RegisterKey,
  velden: Readonly<Record<string, JsonValue>>,
): string {
  return getRegisterDefinition(register).editions.describe(velden);
}

/** The site path of an edition: `/wijzigingen/<register>/<JJJJ-MM-DD>/`. */
export function editionPath(register: RegisterKey, datum: string): string {
  return `/wijzigingen/${getRegisterDefinition(register).slug}/${datum}/`;
}

/** The edition file of a register and date, relative to `content/edities/`. */
export function editionFileName(register: RegisterKey, datum: string): string {
  return `${getRegisterDefinition(register).slug}/${datum}.json`;
}

/** The permalink of a record in an edition, on the page where the register shows it. */
export function recordPath(
  register: RegisterKey,
  record: { sleutel: string; persoon?: string | undefined },
): string {
  return getRegisterDefinition(register).editions.recordPath(record);
}

/** The registers members declare in their own file and confirm in the update round. */
export const DECLARED_REGISTERS: readonly (RegisterDefinition & {
  declaration: NonNullable<RegisterDefinition['declaration']>;
})[] = REGISTER_DEFINITIONS.filter(
  (d): d is RegisterDefinition & { declaration: NonNullable<RegisterDefinition['declaration']> } =>
    d.declaration !== undefined,
);
