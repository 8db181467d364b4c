/** Financiële belangen: financial interests of council and executive members and the chair (gedragscode). */
import { personPath } from '../lib/paths.ts';
import { buildInterestRows } from '../data/open-data/rows.ts';
import { FinancialInterestSchema } from '../schemas/financial-interest.ts';
import { buildInterestRowSchema } from '../schemas/open-data.ts';
import {
  buildPersonEntryRecords,
  dueByCadence,
  END_OR_WITHDRAW,
  personRecordFile,
  textField,
} from './person-entries.ts';
import { interestRecord } from '../data/search.ts';
import { allHolders, capitalise } from './body-texts.ts';
import type { RegisterDefinition } from './types.ts';

export const interests: RegisterDefinition<'financieleBelangen'> = {
  key: 'financieleBelangen',
  slug: 'financiele-belangen',
  title: { nl: 'Financiële belangen', en: 'Financial interests' },
  texts: (body) => {
    const { law, words } = body;
    const { nl, en } = words;
    return {
      nl: {
        summary: `Financiële belangen die raken aan de belangen van ${nl.theKind}, zoals aandelen, onroerend goed of een eigen onderneming.`,
        basis: `Gedragscode integriteit voor ${nl.council.inSentence} en ${nl.executive.inSentence} (${law.codeOfConduct.nl})`,
        who: capitalise(allHolders(body, 'nl')),
      },
      en: {
        summary: `Financial interests that touch on the interests of ${en.theKind}, such as shares, real estate or an own business.`,
        basis: `Code of conduct on integrity for ${en.council.inSentence} and ${en.executive.inSentence} (Gedragscode integriteit; ${law.codeOfConduct.en})`,
        who: capitalise(allHolders(body, 'en')),
      },
    };
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
    description: (body) =>
      `Financiële belangen van ${allHolders(body, 'nl')} die raken aan de belangen van ${body.words.nl.theKind}.`,
    rowLabel: 'één financieel belang van één persoon',
    schema: buildInterestRowSchema,
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
          yield interestRecord(entry, person, portal.today, interests.title.nl, words);
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
