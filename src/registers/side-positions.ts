/** Nevenfuncties: side positions of PS and GS members and the CdK (Provinciewet art. 11, 40b, 66). */
import { personPath } from '../lib/paths.ts';
import { buildSidePositionRows } from '../data/open-data/rows.ts';
import { SidePositionRowSchema } from '../schemas/open-data.ts';
import {
  RemunerationSchema,
  SidePositionSchema,
  TimeSpentSchema,
} from '../schemas/side-position.ts';
import {
  buildPersonEntryRecords,
  dueByCadence,
  END_OR_WITHDRAW,
  personRecordFile,
  textField,
} from './person-entries.ts';
import { sidePositionRecord } from '../data/search.ts';
import type { RegisterDefinition } from './types.ts';

export const sidePositions: RegisterDefinition<'nevenfuncties'> = {
  key: 'nevenfuncties',
  slug: 'nevenfuncties',
  texts: {
    nl: {
      title: 'Nevenfuncties',
      summary:
        'Functies die Statenleden, gedeputeerden en de commissaris van de Koning naast hun ambt vervullen, betaald of onbetaald.',
      basis:
        'Provinciewet artikel 11 (Statenleden), 40b (gedeputeerden) en 66 (commissaris van de Koning)',
      who: 'Statenleden, gedeputeerden en de commissaris van de Koning',
    },
    en: {
      title: 'Side positions',
      summary:
        "Positions that members of the Provincial Council, members of the Provincial Executive and the King's Commissioner hold besides their office, paid or unpaid.",
      basis:
        "Provinces Act (Provinciewet) article 11 (Council members), 40b (Executive members) and 66 (King's Commissioner)",
      who: "Members of the Provincial Council and the Provincial Executive, and the King's Commissioner",
    },
  },
  editions: {
    fields: [
      'organisatie',
      'functie',
      'bezoldiging',
      'vergoeding',
      'qq',
      'tijdsbesteding',
      'van',
      'tot',
      'ingetrokken',
      'reactie',
      'toelichting',
    ],
    buildRecords: (content) =>
      buildPersonEntryRecords(
        content.people,
        (p) => p.nevenfuncties,
        sidePositions.editions.fields,
      ),
    describe: (velden) =>
      [textField(velden, 'functie'), textField(velden, 'organisatie')].filter(Boolean).join(', '),
    recordPath: (record) =>
      `${personPath(record.persoon ?? '')}#nevenfunctie-${record.sleutel.slice(record.sleutel.indexOf('/') + 1)}`,
    recordFile: personRecordFile,
    keepAdvice: END_OR_WITHDRAW,
    waitsForQuarterEnd: false,
  },
  dataset: {
    description:
      'Alle nevenfuncties van Statenleden, gedeputeerden en de commissaris van de Koning, huidige en beëindigde, met bezoldiging en eventuele vergoeding.',
    rowLabel: 'één nevenfunctie van één persoon',
    schema: SidePositionRowSchema,
    amountColumns: ['vergoedingBedrag'],
    buildRows: buildSidePositionRows,
  },
  count: (portal) => portal.sidePositions.length,
  nextDue: dueByCadence,
  search: {
    index: 'nevenfuncties',
    *records(portal, words) {
      for (const person of portal.people)
        for (const entry of person.sidePositions.entries)
          yield sidePositionRecord(
            entry,
            person,
            portal.today,
            sidePositions.texts.nl.title,
            words,
          );
    },
  },
  declaration: {
    field: 'nevenfuncties',
    anchor: 'nevenfunctie',
    identity: ['functie', 'organisatie'],
    idText: (fields) => `${String(fields['functie'])} ${String(fields['organisatie'])}`,
    entrySchema: SidePositionSchema,
    columns: [
      {
        key: 'organisatie',
        heading: 'Organisatie',
        kind: 'text',
        field: 'organisatie',
        explain: 'Waar de nevenfunctie wordt vervuld.',
        width: 30,
      },
      {
        key: 'functie',
        heading: 'Functie',
        kind: 'text',
        field: 'functie',
        explain: 'De functie zelf, zoals "Voorzitter raad van toezicht".',
        width: 30,
      },
      {
        key: 'bezoldiging',
        heading: 'Bezoldiging',
        kind: 'choice',
        field: 'bezoldiging',
        explain:
          'Bezoldigd, onbezoldigd of alleen een onkostenvergoeding (Provinciewet: altijd vermelden).',
        width: 18,
      },
      {
        key: 'vergoedingBedrag',
        heading: 'Bedrag vergoeding',
        aliases: ['vergoeding', 'bedrag'],
        kind: 'amount',
        field: 'vergoeding',
        part: 'bedrag',
        incomplete: {
          nl: `een vergoeding is een bedrag én een periode (${RemunerationSchema.shape.per.options.join(', ')}); vul beide in`,
          en: 'a remuneration is an amount and a period; fill in both',
        },
        explain:
          "Het bedrag in euro's, als getal (1200 of 1200,50). Niet bij een onbezoldigde functie.",
        width: 14,
      },
      {
        key: 'vergoedingPer',
        heading: 'Vergoeding per',
        kind: 'choice',
        field: 'vergoeding',
        part: 'per',
        explain: 'Waarover het bedrag gaat.',
        width: 14,
      },
      {
        key: 'qq',
        heading: 'Uit hoofde van het ambt (qq)',
        aliases: ['qualitate qua', 'uit hoofde van ambt'],
        kind: 'boolean',
        field: 'qq',
        explain:
          '"ja" als de functie bij het ambt hoort (bijvoorbeeld als gedeputeerde), anders "nee".',
        width: 12,
      },
      {
        key: 'tijdsbestedingUren',
        heading: 'Uren',
        aliases: ['tijdsbesteding'],
        kind: 'number',
        field: 'tijdsbesteding',
        part: 'uren',
        incomplete: {
          nl: `een tijdsbesteding is een aantal uren én een periode (${TimeSpentSchema.shape.per.options.join(', ')}); vul beide in`,
          en: 'time spent is a number of hours and a period; fill in both',
        },
        explain: 'De tijd die de functie kost, in uren.',
        width: 8,
      },
      {
        key: 'tijdsbestedingPer',
        heading: 'Uren per',
        kind: 'choice',
        field: 'tijdsbesteding',
        part: 'per',
        explain: 'Waarover de uren gaan.',
        width: 10,
      },
    ],
    resolved: (person) => person.sidePositions,
  },
};
