/**
 * Nevenfuncties: side positions of the members of the council and the executive and of the chair
 * (Provinciewet art. 11, 40b, 66; Gemeentewet art. 12, 41b, 67; the body's law.sidePositions).
 */
import { personPath } from '../lib/paths.ts';
import { buildSidePositionRows } from '../data/open-data/rows.ts';
import { buildSidePositionRowSchema } from '../schemas/open-data.ts';
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
import { allHolders, capitalise, citeArticles } from './body-texts.ts';
import type { RegisterDefinition } from './types.ts';

export const sidePositions: RegisterDefinition<'nevenfuncties'> = {
  key: 'nevenfuncties',
  slug: 'nevenfuncties',
  title: { nl: 'Nevenfuncties', en: 'Side positions' },
  texts: (body) => {
    const basis = (locale: 'nl' | 'en'): string =>
      citeArticles(
        (['member', 'executive', 'chair'] as const).map((role) => ({
          reference: body.law.sidePositions[role],
          about: body.words[locale].offices[role][role === 'chair' ? 'one' : 'many'],
        })),
        locale,
      );
    return {
      nl: {
        summary: `Functies die ${allHolders(body, 'nl')} naast hun ambt vervullen, betaald of onbetaald.`,
        basis: basis('nl'),
        who: capitalise(allHolders(body, 'nl')),
      },
      en: {
        summary: `Positions that ${allHolders(body, 'en')} hold besides their office, paid or unpaid.`,
        basis: basis('en'),
        who: capitalise(allHolders(body, 'en')),
      },
    };
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
    description: (body) =>
      `Alle nevenfuncties van ${allHolders(body, 'nl')}, huidige en beëindigde, met bezoldiging en eventuele vergoeding.`,
    rowLabel: 'één nevenfunctie van één persoon',
    schema: buildSidePositionRowSchema,
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
          yield sidePositionRecord(entry, person, portal.today, sidePositions.title.nl, words);
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
          'Bezoldigd, onbezoldigd of alleen een onkostenvergoeding (de wet eist dat dit altijd wordt vermeld).',
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
          '"ja" als de functie bij het ambt hoort (uit hoofde van het ambt wordt vervuld), anders "nee".',
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
