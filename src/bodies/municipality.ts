/** A municipality: the gemeenteraad, the college van burgemeester en wethouders and the burgemeester (Gemeentewet). */
import type { BodyDefinition, LawReference } from './types.ts';

/** A citation of one article of the Gemeentewet, in Dutch and English. */
const article = (number: string): LawReference => ({
  nl: `Gemeentewet artikel ${number}`,
  en: `Municipalities Act (Gemeentewet) article ${number}`,
});

export const municipality: BodyDefinition = {
  kind: 'gemeente',
  offices: { member: 'raadslid', executive: 'wethouder', chair: 'burgemeester' },
  slugs: { member: 'gemeenteraad', executive: 'college', chair: 'burgemeester' },
  act: { name: { nl: 'Gemeentewet', en: 'Municipalities Act (Gemeentewet)' }, id: 'BWBR0005416' },
  law: {
    sidePositions: {
      member: article('12'),
      executive: article('41b'),
      chair: article('67'),
    },
    sideIncome: {
      executive: article('41b'),
      chair: article('67'),
    },
    codeOfConduct: {
      nl: 'Gemeentewet artikel 15 lid 3, 41c lid 2 en 69 lid 2',
      en: 'Municipalities Act (Gemeentewet) articles 15(3), 41c(2) and 69(2)',
    },
  },
  organOfFullName: false,
  monistic: false,
  defaults: { geschenkdrempel: 50, schaaldrempel: 14 },
  publisherType: 'LocalAuthority',
  words: {
    nl: {
      kind: 'gemeente',
      theKind: 'de gemeente',
      name: (naam) => `Gemeente ${naam}`,
      council: { name: 'Gemeenteraad', inSentence: 'de gemeenteraad', short: 'Raad' },
      executive: {
        name: 'College van burgemeester en wethouders',
        inSentence: 'het college van burgemeester en wethouders',
        short: 'B&W',
      },
      chair: { name: 'Burgemeester', inSentence: 'de burgemeester', short: 'Burgemeester' },
      offices: {
        member: { one: 'raadslid', many: 'raadsleden', title: 'Raadslid' },
        executive: { one: 'wethouder', many: 'wethouders', title: 'Wethouder' },
        chair: { one: 'burgemeester', many: 'burgemeesters', title: 'Burgemeester' },
      },
      clerk: 'de griffie',
      secretary: 'de gemeentesecretaris',
    },
    en: {
      kind: 'municipality',
      theKind: 'the municipality',
      name: (naam) => `Municipality of ${naam}`,
      council: {
        name: 'Municipal Council',
        inSentence: 'the municipal council',
        short: 'Council',
      },
      executive: {
        name: 'Mayor and Aldermen',
        inSentence: 'the Board of Mayor and Aldermen',
        short: 'B&W',
      },
      chair: { name: 'Mayor', inSentence: 'the mayor', short: 'Mayor' },
      offices: {
        member: { one: 'councillor', many: 'councillors', title: 'Councillor' },
        executive: { one: 'alderman', many: 'aldermen', title: 'Alderman' },
        chair: { one: 'mayor', many: 'mayors', title: 'Mayor' },
      },
      clerk: 'the clerk’s office (griffie)',
      secretary: 'the municipal secretary',
    },
  },
};
