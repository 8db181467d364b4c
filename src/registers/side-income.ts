/**
 * Neveninkomsten: the income from side positions that a full-time member of the executive and the
 * chair publish per calendar year, by 1 April of the following year (Provinciewet art. 40b and 66,
 * Gemeentewet art. 41b and 67: the body's law.sideIncome; src/schemas/side-income.ts,
 * src/lib/side-income.ts).
 */
import type { JsonValue } from '../lib/editions.ts';
import { personColumns, toPermalink } from '../data/open-data/rows.ts';
import { personPath } from '../lib/paths.ts';
import { formatFullName } from '../lib/dutch-names.ts';
import type { EditionRecord } from '../schemas/edition.ts';
import { buildSideIncomeRowSchema, type SideIncomeRow } from '../schemas/open-data.ts';
import { incomeDueDate } from '../lib/side-income.ts';
import { personRecordFile, textField } from './person-entries.ts';
import type { BodyDefinition } from '../bodies/index.ts';
import type { Locale } from '../lib/locales.ts';
import { OFFICE_ROLES, type OfficeRole } from '../schemas/body.ts';
import { capitalise, citeArticles, holders, listWords } from './body-texts.ts';
import type { RegisterDefinition } from './types.ts';

/** The offices the law obliges to publish their income (body.law.sideIncome). */
function incomeRoles(body: BodyDefinition): OfficeRole[] {
  return OFFICE_ROLES.filter((role) => body.law.sideIncome[role] !== undefined);
}

/** Who publishes their income, each with what limits the duty (`limit`). */
function incomeHolders(
  body: BodyDefinition,
  locale: Locale,
  limit: Partial<Record<OfficeRole, string>>,
): string {
  return listWords(
    incomeRoles(body).map((role) =>
      [holders(body, role, locale), limit[role]].filter(Boolean).join(' '),
    ),
    locale,
  );
}

/** The articles that oblige each office to publish its income, each with what limits the duty. */
function incomeBasis(
  body: BodyDefinition,
  locale: Locale,
  limit: Partial<Record<OfficeRole, string>>,
): string {
  return citeArticles(
    incomeRoles(body).flatMap((role) => {
      const reference = body.law.sideIncome[role];
      const words = body.words[locale].offices[role];
      const about = [role === 'chair' ? words.one : words.many, limit[role]];
      return reference === undefined ? [] : [{ reference, about: about.filter(Boolean).join(' ') }];
    }),
    locale,
  );
}

/** The anchor of a person's year on their page. */
export function incomeYearAnchor(jaar: number | string): string {
  return `neveninkomsten-${jaar}`;
}

export const sideIncome: RegisterDefinition<'neveninkomsten'> = {
  key: 'neveninkomsten',
  slug: 'neveninkomsten',
  title: { nl: 'Neveninkomsten', en: 'Income from side positions' },
  texts: (body) => ({
    nl: {
      summary: `Wat ${incomeHolders(body, 'nl', {})} per kalenderjaar met hun nevenfuncties verdienden, per nevenfunctie, uiterlijk 1 april van het jaar erna openbaar.`,
      basis: incomeBasis(body, 'nl', { executive: 'die voltijds werken' }),
      who: capitalise(
        incomeHolders(body, 'nl', {
          executive: 'die hun ambt voltijds vervullen',
          chair: '(voor nevenfuncties die niet uit hoofde van het ambt worden vervuld)',
        }),
      ),
    },
    en: {
      summary: `What ${incomeHolders(body, 'en', {})} earned from their side positions per calendar year, per position, published by 1 April of the following year.`,
      basis: incomeBasis(body, 'en', { executive: 'serving full-time' }),
      who: capitalise(
        incomeHolders(body, 'en', {
          executive: 'serving full-time',
          chair: '(for positions not held by virtue of office)',
        }),
      ),
    },
  }),
  editions: {
    fields: [
      'jaar',
      'nevenfunctie',
      'functie',
      'organisatie',
      'bedrag',
      'verrekend',
      'toelichting',
    ],
    buildRecords(content) {
      const records: EditionRecord[] = [];
      for (const person of content.people) {
        const naam = formatFullName(person.naam);
        const positions = new Map(
          Array.isArray(person.nevenfuncties) ? person.nevenfuncties.map((p) => [p.id, p]) : [],
        );
        for (const year of person.neveninkomsten ?? []) {
          if (year.inkomsten === 'geen') {
            records.push({
              sleutel: `${person.id}/${year.jaar}`,
              persoon: person.id,
              naam,
              velden: {
                jaar: year.jaar,
                inkomsten: 'geen',
                ...(year.toelichting === undefined ? {} : { toelichting: year.toelichting }),
              },
            });
            continue;
          }
          for (const entry of year.inkomsten) {
            const position = positions.get(entry.nevenfunctie);
            const velden: Record<string, JsonValue> = {
              jaar: year.jaar,
              nevenfunctie: entry.nevenfunctie,
              bedrag: entry.bedrag,
            };
            if (position)
              Object.assign(velden, {
                functie: position.functie,
                organisatie: position.organisatie,
              });
            if (entry.verrekend !== undefined) velden['verrekend'] = entry.verrekend;
            if (entry.toelichting !== undefined) velden['toelichting'] = entry.toelichting;
            records.push({
              sleutel: `${person.id}/${year.jaar}/${entry.nevenfunctie}`,
              persoon: person.id,
              naam,
              velden,
            });
          }
        }
      }
      return records;
    },
    describe(velden) {
      const jaar = typeof velden['jaar'] === 'number' ? String(velden['jaar']) : '';
      if (velden['inkomsten'] === 'geen') return `geen neveninkomsten in ${jaar}`;
      return `${[textField(velden, 'functie'), textField(velden, 'organisatie')].filter(Boolean).join(', ') || textField(velden, 'nevenfunctie')} (${jaar})`;
    },
    recordPath: (record) =>
      `${personPath(record.persoon ?? '')}#${incomeYearAnchor(record.sleutel.split('/')[1] ?? '')}`,
    recordFile: personRecordFile,
    keepAdvice: {
      nl: 'zet haar terug: een openbaar gemaakt jaar blijft staan. Klopt een bedrag niet, verbeter het dan en leg het uit in "toelichting"',
      en: 'restore it: a published year stays on record. If an amount is wrong, correct it and explain it in "toelichting"',
    },
    waitsForQuarterEnd: false,
  },
  dataset: {
    description: (body) =>
      `Inkomsten uit nevenfuncties van ${incomeHolders(body, 'nl', { executive: 'die voltijds werken' })}, per kalenderjaar en per nevenfunctie, met wat met de bezoldiging is verrekend. Jaren zonder inkomsten en jaren waarvan de opgave ontbreekt staan er met één regel in.`,
    rowLabel:
      'de inkomsten van één persoon uit één nevenfunctie in één jaar, of één jaar zonder inkomsten of zonder opgave',
    schema: buildSideIncomeRowSchema,
    amountColumns: ['bedrag', 'verrekend'],
    buildRows(portal, site) {
      return portal.sideIncome.flatMap((year): SideIncomeRow[] => {
        const base = {
          jaar: year.jaar,
          ...personColumns(year.person, year.role),
          ambt: year.role.functie,
          opgave: year.status,
          uiterlijk: year.due,
        };
        const published = {
          openbaargemaakt: year.declaration?.openbaargemaakt ?? null,
          bron: year.declaration?.bron ?? null,
          permalink: toPermalink(site, `${personPath(year.person.id)}#${year.anchor}`),
        };
        const none = {
          nevenfunctieId: null,
          nevenfunctie: null,
          organisatie: null,
          bedrag: null,
          verrekend: null,
        };
        if (year.entries.length === 0) return [{ ...base, ...none, ...published }];
        return year.entries.map((e) => ({
          ...base,
          nevenfunctieId: e.nevenfunctie,
          nevenfunctie: e.position?.functie ?? null,
          organisatie: e.position?.organisatie ?? null,
          bedrag: e.bedrag,
          verrekend: e.verrekend ?? null,
          ...published,
        }));
      });
    },
  },
  // Each year's figures are due by 1 April of the next year, whatever the cadence says.
  count: (portal) => portal.sideIncome.filter((year) => year.declaration !== undefined).length,
  nextDue: (lastUpdate) => incomeDueDate(Number(lastUpdate.slice(0, 4))),
  // Its records are found through the person pages, which show each year.
  search: undefined,
  declaration: undefined,
};
