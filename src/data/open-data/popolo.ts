/**
 * People, organisations and memberships in Popolo (https://www.popoloproject.com/), the open
 * standard for legislative data: PS and GS as organisations, each fractie as a party within PS,
 * and every term in office as a membership, on behalf of the fractie for Statenleden.
 */
import type { Portal } from '../portal.ts';
import type { Popolo } from '../../schemas/open-data.ts';
import { personPath } from '../../lib/paths.ts';
import { toPermalink } from './rows.ts';

/** Organisation ids of the two bodies; fracties keep their own ids. */
export const POPOLO_PS = 'provinciale-staten';
export const POPOLO_GS = 'gedeputeerde-staten';

/** Builds the Popolo file from the portal model. */
export function buildPopolo(portal: Portal, site: URL | string): Popolo {
  const province = portal.site.provincie;
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
    { id: POPOLO_PS, name: `Provinciale Staten van ${province}`, classification: 'legislature' },
    { id: POPOLO_GS, name: `Gedeputeerde Staten van ${province}`, classification: 'executive' },
    ...portal.fracties.map((f) => ({
      id: f.id,
      name: f.naam,
      classification: 'party' as const,
      parent_id: POPOLO_PS,
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
        if (r.functie === 'statenlid') {
          return {
            id,
            person_id: p.id,
            organization_id: POPOLO_PS,
            role: 'Statenlid',
            ...(r.fractie === undefined ? {} : { on_behalf_of_id: r.fractie }),
            ...period,
          };
        }
        if (r.functie === 'gedeputeerde') {
          return {
            id,
            person_id: p.id,
            organization_id: POPOLO_GS,
            role: 'Gedeputeerde',
            ...(r.portefeuille === undefined
              ? {}
              : { label: `Gedeputeerde, portefeuille ${r.portefeuille}` }),
            ...period,
          };
        }
        return {
          id,
          person_id: p.id,
          organization_id: POPOLO_GS,
          role: 'Commissaris van de Koning',
          label:
            'Commissaris van de Koning, voorzitter van Gedeputeerde Staten en Provinciale Staten',
          ...period,
        };
      }),
  );

  return { persons, organizations, memberships };
}
