/** Financiële belangen: financial interests of PS and GS members and the CdK (gedragscode). */
import { personPath } from '../lib/paths.ts';
import { buildInterestRows } from '../data/open-data/rows.ts';
import { FinancialInterestSchema } from '../schemas/financial-interest.ts';
import { InterestRowSchema } from '../schemas/open-data.ts';
import {
  buildPersonEntryRecords,
  dueByCadence,
  END_OR_WITHDRAW,
  personRecordFile,
  textField,
} from './person-entries.ts';
import { interestRecord } from '../data/search.ts';
import type { RegisterDefinition } from './types.ts';

export const interests: RegisterDefinition<'financieleBelangen'> = {
  key: 'financieleBelangen',
  slug: 'financiele-belangen',
  texts: {
    nl: {
      title: 'Financiële belangen',
      summary:
        'Financiële belangen die raken aan de belangen van de provincie, zoals aandelen, onroerend goed of een eigen onderneming.',
      basis: 'Gedragscode integriteit voor Provinciale Staten en Gedeputeerde Staten',
      who: 'Statenleden, gedeputeerden en de commissaris van de Koning',
    },
    en: {
      title: 'Financial interests',
      summary:
        'Financial interests that touch on the interests of the province, such as shares, real estate or an own business.',
      basis:
        'Code of conduct on integrity for the Provincial Council and the Provincial Executive (Gedragscode integriteit)',
      who: "Members of the Provincial Council and the Provincial Executive, and the King's Commissioner",
    },
  },
  editions: {
    fields: [
      'omschrijving',
      'organisatie',
      'sector',
      'aard',
      'van',
      'tot',
      'ingetrokken',
      'reactie',
      'toelichting',
    ],
    buildRecords: (content) =>
      buildPersonEntryRecords(
        content.people,
        (p) => p.financieleBelangen,
        interests.editions.fields,
      ),
    describe: (velden) =>
      [textField(velden, 'omschrijving'), textField(velden, 'organisatie')]
        .filter(Boolean)
        .join(', '),
    recordPath: (record) =>
      `${personPath(record.persoon ?? '')}#belang-${record.sleutel.slice(record.sleutel.indexOf('/') + 1)}`,
    recordFile: personRecordFile,
    keepAdvice: END_OR_WITHDRAW,
    waitsForQuarterEnd: false,
  },
  dataset: {
    description:
      'Financiële belangen van Statenleden, gedeputeerden en de commissaris van de Koning die raken aan de belangen van de provincie.',
    rowLabel: 'één financieel belang van één persoon',
    schema: InterestRowSchema,
    amountColumns: [],
    buildRows: buildInterestRows,
  },
  count: (portal) => portal.interests.length,
  nextDue: dueByCadence,
  search: {
    index: 'financiele-belangen',
    *records(portal, words) {
      for (const person of portal.people)
        for (const entry of person.interests.entries)
          yield interestRecord(entry, person, portal.today, interests.texts.nl.title, words);
    },
  },
  declaration: {
    field: 'financieleBelangen',
    anchor: 'belang',
    identity: ['omschrijving', 'organisatie'],
    idText: (fields) => String(fields['omschrijving']),
    entrySchema: FinancialInterestSchema,
    columns: [
      {
        key: 'omschrijving',
        heading: 'Omschrijving',
        kind: 'text',
        field: 'omschrijving',
        explain: 'Wat het belang is, in de woorden van het lid.',
        width: 34,
      },
      {
        key: 'aard',
        heading: 'Aard',
        kind: 'choice',
        field: 'aard',
        explain: 'Aandelen, onroerend goed, een eigen onderneming …',
        width: 18,
      },
      {
        key: 'organisatie',
        heading: 'Organisatie',
        kind: 'text',
        field: 'organisatie',
        explain: 'De organisatie waar het belang over gaat, als die er is.',
        width: 30,
      },
      {
        key: 'sector',
        heading: 'Sector',
        kind: 'text',
        field: 'sector',
        explain: 'De sector, zoals "energie" of "landbouw".',
        width: 18,
      },
    ],
    resolved: (person) => person.interests,
  },
};
