/** Nevenwerkzaamheden: side activities of officials from the scale threshold up, by function only. */
import { pickFields } from '../lib/editions.ts';
import { toPermalink } from '../data/open-data/rows.ts';
import { registerPath } from '../lib/paths.ts';
import type { EditionRecord } from '../schemas/edition.ts';
import { buildSideActivityRowSchema, type SideActivityRow } from '../schemas/open-data.ts';
import { dueByCadence, textField, WITHDRAW } from './person-entries.ts';
import type { RegisterDefinition } from './types.ts';

export const sideActivities: RegisterDefinition<'nevenwerkzaamheden'> = {
  key: 'nevenwerkzaamheden',
  slug: 'nevenwerkzaamheden-ambtenaren',
  title: { nl: 'Nevenwerkzaamheden ambtenaren', en: "Officials' side activities" },
  // The body's own rule on side activities, not an article: the collective agreements differ per
  // kind of body and change, and an article we cannot verify is better not cited.
  texts: ({ words: { nl, en } }) => ({
    nl: {
      summary:
        'Nevenwerkzaamheden van ambtenaren in de hoogste salarisschalen, op functienaam, met eventuele beperkende maatregelen.',
      basis: `Ambtenarenwet 2017 en de regeling nevenwerkzaamheden van ${nl.theKind}`,
      who: 'Ambtenaren vanaf de schaaldrempel, alleen op functienaam',
    },
    en: {
      summary:
        'Side activities of officials in the highest salary scales, by function title, with any restrictions imposed.',
      basis: `Civil Servants Act 2017 (Ambtenarenwet) and ${en.theKind}'s own rules on side activities`,
      who: 'Officials from the salary-scale threshold up, by function title only',
    },
  }),
  editions: {
    fields: [
      'omschrijving',
      'organisatie',
      'beperkendeMaatregel',
      'ingetrokken',
      'reactie',
      'toelichting',
    ],
    buildRecords(content) {
      const records: EditionRecord[] = [];
      for (const official of content.officials) {
        if (!Array.isArray(official.nevenwerkzaamheden)) continue;
        for (const activity of official.nevenwerkzaamheden) {
          const velden = {
            ...pickFields(activity, sideActivities.editions.fields),
            functie: official.functie,
            ...(official.afdeling === undefined ? {} : { afdeling: official.afdeling }),
          };
          records.push({
            sleutel: `${official.id}/${activity.id}`,
            naam: official.functie,
            velden,
          });
        }
      }
      return records;
    },
    describe: (velden) => textField(velden, 'omschrijving'),
    recordPath: (record) =>
      `${registerPath(sideActivities.slug)}#functie-${record.sleutel.replace('/', '-')}`,
    recordFile(record, context) {
      const functionId = record.sleutel.split('/')[0];
      const files = [...new Set(context.officials.map((o) => o.file))];
      return (
        context.officials.find((o) => o.id === functionId)?.file ??
        (files.length === 1 && files[0] ? files[0] : `${context.label}/officials/`)
      );
    },
    keepAdvice: WITHDRAW,
    waitsForQuarterEnd: false,
  },
  dataset: {
    description: ({ words: { nl } }) =>
      `Nevenwerkzaamheden van ambtenaren vanaf de schaaldrempel, alleen op functienaam, met de beperkende maatregel van ${nl.executive.inSentence}. Functies zonder nevenwerkzaamheden staan er met één regel in.`,
    rowLabel: 'één nevenwerkzaamheid, of één functie zonder nevenwerkzaamheden',
    schema: buildSideActivityRowSchema,
    amountColumns: [],
    // Every side activity of an official, and one row per function without any.
    buildRows(portal, site) {
      const page = registerPath(sideActivities.slug);
      return portal.officials.flatMap((o): SideActivityRow[] => {
        const base = {
          functieId: o.id,
          functie: o.functie,
          afdeling: o.afdeling ?? null,
          schaal: o.schaal ?? null,
          opgave: o.activities.status,
        };
        if (o.activities.status !== 'ingevuld') {
          return [
            {
              ...base,
              id: null,
              omschrijving: null,
              organisatie: null,
              beperkendeMaatregel: null,
              bron: null,
              permalink: toPermalink(site, `${page}#${o.anchor}`),
            },
          ];
        }
        return o.activities.entries.map((a) => ({
          ...base,
          id: a.id,
          omschrijving: a.omschrijving,
          organisatie: a.organisatie ?? null,
          beperkendeMaatregel: a.beperkendeMaatregel,
          bron: a.bron ?? null,
          permalink: toPermalink(site, `${page}#${a.anchor}`),
        }));
      });
    },
  },
  count: (portal) => portal.officials.length,
  nextDue: dueByCadence,
  // Officials' functions are in the pages index (src/registers/search.ts, buildOfficialRecords).
  search: undefined,
  declaration: undefined,
};
