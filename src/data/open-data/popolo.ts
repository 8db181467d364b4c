/**
 * People, organisations and memberships in Popolo (https://www.popoloproject.com/), the open
 * standard for legislative data: the council and the executive (PS and GS, the gemeenteraad and
 * the college, a water board's algemeen and dagelijks bestuur) as organisations, each fractie as a
 * party within the council, and every term in office as a membership, on behalf of the fractie
 * for council members. The chair's membership is of the executive, which they chair.
 */
import type { Portal } from '../portal.ts';
import type { Popolo } from '../../schemas/open-data.ts';
import { personPath } from '../../lib/paths.ts';
import { toPermalink } from './rows.ts';
import { getBodyDefinition, organName } from '../../bodies/index.ts';
import type { BodyKind } from '../../schemas/body.ts';

/**
 * Organisation ids of the council and the executive: the path segments of their pages
 * (`provinciale-staten`, `gemeenteraad`, `algemeen-bestuur`…); fracties keep their own ids.
 */
export function popoloOrganisationIds(kind: BodyKind): { council: string; executive: string } {
  const { slugs } = getBodyDefinition(kind);
  return { council: slugs.member, executive: slugs.executive };
}

/** Builds the Popolo file from the portal model. */
export function buildPopolo(portal: Portal, site: URL | string): Popolo {
  const body = getBodyDefinition(portal.site.soort);
  const words = body.words.nl;
  const ids = popoloOrganisationIds(portal.site.soort);
  const persons: Popolo['persons'] = portal.people.map((p) => ({
    id: p.id,
    name: p.fullName,
    ...(p.name.roepnaam === undefined ? {} : { given_name: p.name.roepnaam }),
    family_name: [p.name.tussenvoegsel, p.name.achternaam].filter(Boolean).join(' '),
    sort_name: p.sortName,
    links: [
      {
        url: toPermalink(site, personPath(p.id)),
        note: 'Persoonspagina met nevenfuncties, financiële belangen en geschenken',
      },
    ],
  }));

  const organizations: Popolo['organizations'] = [
    {
      id: ids.council,
      name: organName(portal.site, 'council', 'nl'),
      classification: 'legislature',
    },
    {
      id: ids.executive,
      name: organName(portal.site, 'executive', 'nl'),
      classification: 'executive',
    },
    ...portal.fracties.map((f) => ({
      id: f.id,
      name: f.naam,
      classification: 'party' as const,
      parent_id: ids.council,
      other_names: [{ name: f.afkorting, note: 'afkorting' }],
    })),
  ];

  const used = new Map<string, number>();
  const memberships: Popolo['memberships'] = portal.people.flatMap((p) =>
    [...p.roles]
      .sort((a, b) => a.van.localeCompare(b.van) || a.functie.localeCompare(b.functie))
      .map((r) => {
        const base = `${p.id}-${r.functie}-${r.van}`;
        const seen = used.get(base) ?? 0;
        used.set(base, seen + 1);
        const period = { start_date: r.van, ...(r.tot === undefined ? {} : { end_date: r.tot }) };
        const id = seen === 0 ? base : `${base}-${seen + 1}`;
        if (r.role === 'member') {
          return {
            id,
            person_id: p.id,
            organization_id: ids.council,
            role: words.offices.member.title,
            ...(r.fractie === undefined ? {} : { on_behalf_of_id: r.fractie }),
            ...period,
          };
        }
        if (r.role === 'executive') {
          return {
            id,
            person_id: p.id,
            organization_id: ids.executive,
            role: words.offices.executive.title,
            ...(r.portefeuille === undefined
              ? {}
              : { label: `${words.offices.executive.title}, portefeuille ${r.portefeuille}` }),
            ...period,
          };
        }
        return {
          id,
          person_id: p.id,
          organization_id: ids.executive,
          role: words.offices.chair.title,
          label: `${words.offices.chair.title}, voorzitter van ${words.executive.inSentence} en ${words.council.inSentence}`,
          ...period,
        };
      }),
  );

  return { persons, organizations, memberships };
}
