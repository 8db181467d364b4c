/**
 * Neveninkomsten: the income from side positions that a gedeputeerde serving full-time and the
 * Commissaris van de Koning publish per calendar year, by 1 April of the following year
 * (Provinciewet art. 40b and 66; src/schemas/side-income.ts, src/lib/side-income.ts).
 */
import type { JsonValue } from '../lib/editions.ts';
import { personColumns, toPermalink } from '../data/open-data/rows.ts';
import { personPath } from '../lib/paths.ts';
import { formatFullName } from '../lib/dutch-names.ts';
import type { EditionRecord } from '../schemas/edition.ts';
import { SideIncomeRowSchema, type SideIncomeRow } from '../schemas/open-data.ts';
import { incomeDueDate } from '../lib/side-income.ts';
import { personRecordFile, textField } from './person-entries.ts';
import type { RegisterDefinition } from './types.ts';

/** The anchor of a person's year on their page. */
export function incomeYearAnchor(jaar: number | string): string {
  return `neveninkomsten-${jaar}`;
}

export const sideIncome: RegisterDefinition<'neveninkomsten'> = {
  key: 'neveninkomsten',
  slug: 'neveninkomsten',
  texts: {
    nl: {
      title: 'Neveninkomsten',
      summary:
        'Wat gedeputeerden en de commissaris van de Koning per kalenderjaar met hun nevenfuncties verdienden, per nevenfunctie, uiterlijk 1 april van het jaar erna openbaar.',
      basis:
        'Provinciewet artikel 40b (gedeputeerden die voltijds werken) en 66 (commissaris van de Koning), wet van 4 maart 2010 (Stb. 2010, 110)',
      who: 'Gedeputeerden die hun ambt voltijds vervullen en de commissaris van de Koning (voor nevenfuncties die hij niet uit hoofde van zijn ambt vervult)',
    },
    en: {
      title: 'Income from side positions',
      summary:
        "What members of the Provincial Executive and the King's Commissioner earned from their side positions per calendar year, per position, published by 1 April of the following year.",
      basis:
        "Provinces Act (Provinciewet) article 40b (full-time Executive members) and 66 (King's Commissioner), act of 4 March 2010 (Stb. 2010, 110)",
      who: "Members of the Provincial Executive serving full-time and the King's Commissioner (for positions not held by virtue of office)",
    },
  },
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
    description:
      'Inkomsten uit nevenfuncties van gedeputeerden die voltijds werken en van de commissaris van de Koning, per kalenderjaar en per nevenfunctie, met wat met de bezoldiging is verrekend. Jaren zonder inkomsten en jaren waarvan de opgave ontbreekt staan er met één regel in.',
    rowLabel:
      'de inkomsten van één persoon uit één nevenfunctie in één jaar, of één jaar zonder inkomsten of zonder opgave',
    schema: SideIncomeRowSchema,
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
