/** Geschenken: gifts, invitations and trips received (gedragscode integriteit). */
import path from 'node:path';
import { getQuarter } from '../lib/dates.ts';
import { formatFullName } from '../lib/dutch-names.ts';
import { pickFields } from '../lib/editions.ts';
import { buildGiftRows } from '../data/open-data/rows.ts';
import { registerPath } from '../lib/paths.ts';
import { buildGiftRowSchema } from '../schemas/open-data.ts';
import { dueByCadence, textField, WITHDRAW } from './person-entries.ts';
import { giftRecord } from '../data/search.ts';
import { capitalise, holders, listWords } from './body-texts.ts';
import type { RegisterDefinition } from './types.ts';

export const gifts: RegisterDefinition<'geschenken'> = {
  key: 'geschenken',
  slug: 'geschenken',
  title: { nl: 'Geschenken en uitnodigingen', en: 'Gifts and invitations' },
  texts: (body) => {
    // Officials receive gifts too, and are named by their function only.
    const who = (locale: 'nl' | 'en', officials: string): string =>
      capitalise(
        listWords(
          [
            ...(['member', 'executive', 'chair'] as const).map((role) =>
              holders(body, role, locale),
            ),
            officials,
          ],
          locale,
        ),
      );
    return {
      nl: {
        summary:
          'Ontvangen geschenken, uitnodigingen en reizen, met de geschatte waarde en wat ermee is gebeurd.',
        basis: `Gedragscode integriteit (geschenken, giften en diensten), op grond van ${body.law.codeOfConduct.nl}`,
        who: who('nl', 'ambtenaren (op functie)'),
      },
      en: {
        summary:
          'Gifts, invitations and trips received, with their estimated value and what became of them.',
        basis: `Code of conduct on integrity (gifts, donations and services; ${body.law.codeOfConduct.en})`,
        who: who('en', 'officials (by function)'),
      },
    };
  },
  editions: {
    fields: [
      'datum',
      'ontvanger',
      'gever',
      'gelegenheid',
      'omschrijving',
      'waarde',
      'soort',
      'bestemming',
      'besluitdatum',
      'ingetrokken',
      'reactie',
      'toelichting',
    ],
    buildRecords(content) {
      const names = new Map(content.people.map((p) => [p.id, formatFullName(p.naam)]));
      return content.gifts.map((gift) => {
        const persoon = gift.ontvanger.persoon;
        const naam =
          persoon === undefined ? (gift.ontvanger.functie ?? '') : (names.get(persoon) ?? persoon);
        return {
          sleutel: gift.id,
          ...(persoon === undefined ? {} : { persoon }),
          naam,
          velden: pickFields(gift, gifts.editions.fields),
        };
      });
    },
    describe: (velden) =>
      [
        textField(velden, 'omschrijving'),
        textField(velden, 'gever') && `van ${textField(velden, 'gever')}`,
      ]
        .filter(Boolean)
        .join(' '),
    recordPath: (record) => `${registerPath(gifts.slug)}#geschenk-${record.sleutel}`,
    recordFile(record, context) {
      // The gift is gone, so the file it was in is not known for sure: name the file that holds the
      // other gifts of its quarter, or one named after its quarter or year, or the only gift file.
      const datum = record.velden['datum'];
      const quarter = typeof datum === 'string' ? getQuarter(datum) : '';
      const fileKey = `${quarter.slice(0, 4)}-k${quarter.slice(6)}`;
      const byName = (prefix: string): string | undefined =>
        context.giftFiles.find((file) =>
          path.posix.basename(file).toLowerCase().startsWith(prefix),
        );
      const only = context.giftFiles.length === 1 ? context.giftFiles[0] : undefined;
      return (
        context.gifts.find((gift) => getQuarter(gift.datum) === quarter)?.file ??
        byName(fileKey) ??
        byName(`${quarter.slice(0, 4)}.`) ??
        only ??
        `${context.label}/gifts/${fileKey}.yaml`
      );
    },
    keepAdvice: WITHDRAW,
    waitsForQuarterEnd: true,
  },
  dataset: {
    description: () =>
      'Het geschenkenregister: ontvangen geschenken, uitnodigingen en reizen met geschatte waarde, gever en bestemming. Ambtenaren staan er alleen met hun functie in.',
    rowLabel: 'één geschenk, uitnodiging of reis',
    schema: buildGiftRowSchema,
    amountColumns: ['waarde'],
    buildRows: buildGiftRows,
  },
  count: (portal) => portal.gifts.length,
  nextDue: dueByCadence,
  search: {
    index: 'geschenken',
    *records(portal, words) {
      for (const gift of portal.gifts) yield giftRecord(gift, gifts.title.nl, words);
    },
  },
  declaration: undefined,
};
