/**
 * Keys for Astro's incremental build (astro.config.mjs: `experimental.incrementalBuild`): a page
 * whose key and code are unchanged since the previous build into the same folder is copied from
 * that build instead of rendered again. A key must therefore change with everything the page
 * shows. Person and organisation pages (nearly all pages at national size) get one; every other
 * page is always rendered.
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
import { REGISTER_PAGE_SIZE } from '../lib/register-pages.ts';
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
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
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

/** The incremental-build key of a person's page. */
export function getPersonPageKey(person: PersonView): string {
  const names = [...person.sidePositions.entries.map((p) => p.organisatie), ...person.interests.entries.map((i) => i.organisatie), ...person.gifts.map((g) => g.gever)];
  return hash(`${getSharedDigest()}\n${toJson(person)}\n${JSON.stringify(linkedOrganisations(names))}`);
}

/**
 * The incremental-build key of page `number` of an organisation (src/data/register-pages.ts,
 * getOrganisationPages); the page size decides which rows a page shows and how many pages there are.
 */
export function getOrganisationPageKey(organisation: OrganisationView, number: number): string {
  return hash(`${getSharedDigest()}\n${REGISTER_PAGE_SIZE}:${number}\n${toJson(organisation)}`);
}
