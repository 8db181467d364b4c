/** A province: Provinciale Staten, Gedeputeerde Staten and the Commissaris van de Koning (Provinciewet). */
import type { BodyDefinition, LawReference } from './types.ts';

/** A citation of one article of the Provinciewet, in Dutch and English. */
const article = (number: string): LawReference => ({
  nl: `Provinciewet artikel ${number}`,
  en: `Provinces Act (Provinciewet) article ${number}`,
});

export const province: BodyDefinition = {
  kind: 'provincie',
  offices: { member: 'statenlid', executive: 'gedeputeerde', chair: 'commissaris' },
  slugs: {
    member: 'provinciale-staten',
    executive: 'gedeputeerde-staten',
    chair: 'commissaris-van-de-koning',
  },
  act: { name: { nl: 'Provinciewet', en: 'Provinces Act (Provinciewet)' }, id: 'BWBR0005645' },
  law: {
    sidePositions: {
      member: article('11'),
      executive: article('40b'),
      chair: article('66'),
    },
    sideIncome: {
      executive: article('40b'),
      chair: article('66'),
    },
    codeOfConduct: {
      nl: 'Provinciewet artikel 15 lid 3, 40c lid 2 en 68 lid 2',
      en: 'Provinces Act (Provinciewet) articles 15(3), 40c(2) and 68(2)',
    },
  },
  organOfFullName: false,
  monistic: false,
  defaults: { geschenkdrempel: 50, schaaldrempel: 14 },
  publisherType: 'RegionalAuthority',
  words: {
    nl: {
      kind: 'provincie',
      theKind: 'de provincie',
      name: (naam) => `Provincie ${naam}`,
      council: { name: 'Provinciale Staten', inSentence: 'Provinciale Staten', short: 'PS' },
      executive: { name: 'Gedeputeerde Staten', inSentence: 'Gedeputeerde Staten', short: 'GS' },
      chair: {
        name: 'Commissaris van de Koning',
        inSentence: 'de commissaris van de Koning',
        short: 'CdK',
      },
      offices: {
        member: { one: 'Statenlid', many: 'Statenleden', title: 'Statenlid' },
        executive: { one: 'gedeputeerde', many: 'gedeputeerden', title: 'Gedeputeerde' },
        chair: {
          one: 'commissaris van de Koning',
          many: 'commissarissen van de Koning',
          title: 'Commissaris van de Koning',
        },
      },
      clerk: 'de griffie',
      secretary: 'de provinciesecretaris',
    },
    en: {
      kind: 'province',
      theKind: 'the province',
      name: (naam) => `Province of ${naam}`,
      council: {
        name: 'Provincial Council',
        inSentence: 'the Provincial Council',
        short: 'PS',
      },
      executive: {
        name: 'Provincial Executive',
        inSentence: 'the Provincial Executive',
        short: 'GS',
      },
      chair: {
        name: "King's Commissioner",
        inSentence: "the King's Commissioner",
        short: 'CdK',
      },
      offices: {
        member: {
          one: 'member of the Provincial Council',
          many: 'members of the Provincial Council',
          title: 'Member of the Provincial Council',
        },
        executive: {
          one: 'member of the Provincial Executive',
          many: 'members of the Provincial Executive',
          title: 'Member of the Provincial Executive',
        },
        chair: {
          one: "King's Commissioner",
          many: "King's Commissioners",
          title: "King's Commissioner",
        },
      },
      clerk: 'the clerk’s office (griffie)',
      secretary: 'the provincial secretary',
    },
  },
};
