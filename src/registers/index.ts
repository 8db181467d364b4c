/**
 * The registers, each defined once in its own module. Everything that differs per register is
 * read from these definitions; code that needs every register iterates REGISTER_LIST.
 */
import type { JsonValue } from '../lib/editions.ts';
import { registerPath } from '../lib/paths.ts';
import { REGISTER_KEYS, type RegisterKey } from '../schemas/site.ts';
import { gifts } from './gifts.ts';
import { interests } from './interests.ts';
import { sideActivities } from './side-activities.ts';
import { sideIncome } from './side-income.ts';
import { sidePositions } from './side-positions.ts';
import type { RegisterDefinition, RegisterTexts } from './types.ts';

export type { RegisterDefinition, RegisterTexts } from './types.ts';

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

/** A register as the pages show it in one language. */
export interface RegisterInfo extends RegisterTexts {
  key: RegisterKey;
  /** Its name in paths and files (RegisterDefinition.slug). */
  slug: string;
  /** Its page, in the page's language (`/en/registers/…` for English). */
  path: string;
}

function describe(locale: 'nl' | 'en'): Record<RegisterKey, RegisterInfo> {
  const prefix = locale === 'en' ? '/en' : '';
  return Object.fromEntries(
    REGISTER_DEFINITIONS.map((d) => [
      d.key,
      { key: d.key, slug: d.slug, path: `${prefix}${registerPath(d.slug)}`, ...d.texts[locale] },
    ]),
  ) as Record<RegisterKey, RegisterInfo>;
}

/** The registers in Dutch, by key. */
export const REGISTERS: Record<RegisterKey, RegisterInfo> = describe('nl');
const REGISTERS_EN: Record<RegisterKey, RegisterInfo> = describe('en');

/** The registers in Dutch, in order. */
export const REGISTER_LIST: readonly RegisterInfo[] = REGISTER_KEYS.map((key) => REGISTERS[key]);
const REGISTER_LIST_EN: readonly RegisterInfo[] = REGISTER_KEYS.map((key) => REGISTERS_EN[key]);

/** The registers in a language, by key. */
export function getRegisters(locale: 'nl' | 'en'): Record<RegisterKey, RegisterInfo> {
  return locale === 'en' ? REGISTERS_EN : REGISTERS;
}

/** The registers in a language, in order. */
export function getRegisterList(locale: 'nl' | 'en'): readonly RegisterInfo[] {
  return locale === 'en' ? REGISTER_LIST_EN : REGISTER_LIST;
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
