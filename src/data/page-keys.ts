/**
 * Keys for Astro's incremental build (astro.config.mjs: `experimental.incrementalBuild`): a page
 * whose key and code are unchanged since the previous build into the same folder is copied from
 * that build instead of rendered again. A key must therefore change with everything the page
 * shows. Person and organisation pages (nearly all pages at national size) get one, and so do the
 * pages laid out from many records: the registers, the update-round checklist, the A-Z lists, the
 * member lists and the statistics (getLayoutPageKey). tests/build/rebuild-site.test.ts compares a
 * rebuilt site with a cold build after each kind of edit.
 *
 * A key is a hash of the page's own resolved records (which already carry the person names,
 * fracties and end dates they show), the organisation ids their names link to, and one digest of
 * everything a page may show from elsewhere: the date that decides what is current and every
 * content file except people/ and gifts/ (site settings, fracties, organisations, editions,
 * reports). Those two folders are left out because every record from them that a person or
 * organisation page shows is part of the page's own records.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REGISTER_PAGE_SIZE } from './page-size.ts';
import { getContentDir, getPortal } from './index.ts';
import type { OrganisationView, Portal, PersonView } from './portal.ts';

let shared: { portal: Portal; digest: string } | undefined;

function hash(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

/**
 * A record's data as JSON. A record names its person (`person`), sometimes the whole person view,
 * which in turn lists the record: the person is written as what a row shows of them.
 */
function toJson(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => {
    if (key !== 'person' || typeof v !== 'object' || v === null) return v;
    const { id, fullName, sortName, fractie } = v as PersonView;
    return { id, fullName, sortName, fractie };
  });
}

/** The digest of what any keyed page may show besides its own records. */
function getSharedDigest(): string {
  const portal = getPortal();
  if (shared?.portal === portal) return shared.digest;
  const digest = createHash('sha1').update(portal.today);
  const root = getContentDir();
  const walk = (dir: string, rel: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (relPath === 'people' || relPath === 'gifts') continue;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), relPath);
      else digest.update(`\n${relPath}\n`).update(readFileSync(path.join(dir, entry.name)));
    }
  };
  walk(root, '');
  shared = { portal, digest: digest.digest('base64url') };
  return shared.digest;
}

/** The organisation id of every name the records link to, in record order. */
function linkedOrganisations(names: readonly (string | undefined)[]): (string | undefined)[] {
  const { organisationIdByName } = getPortal();
  return names.map((name) => (name === undefined ? undefined : organisationIdByName.get(name)));
}

/** The value `memo` holds for `key`, made by `make` the first time it is asked for. */
function remembered<K extends object>(
  memo: WeakMap<K, string>,
  key: K,
  make: () => string,
): string {
  let value = memo.get(key);
  if (value === undefined) {
    value = make();
    memo.set(key, value);
  }
  return value;
}

const personKeys = new WeakMap<PersonView, string>();

/** The incremental-build key of a person's page; it changes with everything about the person. */
export function getPersonPageKey(person: PersonView): string {
  return remembered(personKeys, person, () => {
    const names = [
      ...person.sidePositions.entries.map((p) => p.organisatie),
      ...person.interests.entries.map((i) => i.organisatie),
      ...person.gifts.map((g) => g.gever),
    ];
    return hash(
      `${getSharedDigest()}\n${toJson(person)}\n${JSON.stringify(linkedOrganisations(names))}`,
    );
  });
}

const organisationDigests = new WeakMap<OrganisationView, string>();

/** A digest of an organisation's data: everything its own page shows of it. */
function getOrganisationDigest(organisation: OrganisationView): string {
  return remembered(organisationDigests, organisation, () => hash(toJson(organisation)));
}

/**
 * The incremental-build key of page `number` of an organisation (src/data/register-pages.ts,
 * getOrganisationPages); the page size decides which rows a page shows and how many pages there are.
 */
export function getOrganisationPageKey(organisation: OrganisationView, number: number): string {
  return hash(
    `${getSharedDigest()}\n${REGISTER_PAGE_SIZE}:${number}\n${getOrganisationDigest(organisation)}`,
  );
}

let views:
  { portal: Portal; people: ReadonlySet<object>; organisations: ReadonlySet<object> } | undefined;

/**
 * What a page laid out from many records shows, as JSON. A person stands for the key of their own
 * page and an organisation for the digest of its data, which change with everything about them;
 * a name that a row links to an organisation (`organisatie`, `gever`) carries the id it links to;
 * a Map is written as its entries.
 */
function layoutJson(shown: unknown): string {
  const portal = getPortal();
  if (views?.portal !== portal)
    views = {
      portal,
      people: new Set(portal.people),
      organisations: new Set(portal.organisations),
    };
  const { people, organisations } = views;
  return JSON.stringify(shown, (key, value: unknown) => {
    if (typeof value === 'string')
      return key === 'organisatie' || key === 'gever'
        ? [value, portal.organisationIdByName.get(value) ?? null]
        : value;
    if (typeof value !== 'object' || value === null) return value;
    if (people.has(value)) return { person: getPersonPageKey(value as PersonView) };
    if (organisations.has(value))
      return { organisation: getOrganisationDigest(value as OrganisationView) };
    if (value instanceof Map) return [...value.entries()];
    return value;
  });
}

const layoutKeys = new WeakMap<object, string>();

/**
 * The incremental-build key of a page laid out from many records (a register, list or member
 * page): `route` names the route, `page` is the page's own layout (its number and count, its
 * rows), `quoted` what else it shows of the data (totals, statuses, letter links), and `shown`
 * what it shows of its layout when that is not all of it. A page's layout is made once per build,
 * so its key is worked out once, also when the sitemap asks for every route's paths again.
 */
export function getLayoutPageKey(
  route: string,
  page: object,
  quoted: unknown,
  shown: unknown = page,
): string {
  return remembered(layoutKeys, page, () =>
    hash(`${getSharedDigest()}\n${route}\n${layoutJson({ shown, quoted })}`),
  );
}
