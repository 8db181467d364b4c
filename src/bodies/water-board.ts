/**
 * A water board: the algemeen bestuur, the dagelijks bestuur and the dijkgraaf (Waterschapswet).
 * A water board is monistic: members of the dagelijks bestuur stay members of the algemeen
 * bestuur. It has no griffie; a secretariat serves both boards. Its name is "Waterschap …",
 * "Hoogheemraadschap …" or "Wetterskip …" (`benaming` in site.yaml).
 */
import type { BodyDefinition, LawReference } from './types.ts';

const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** A citation of one article of the Waterschapswet, in Dutch and English. */
const article = (number: string): LawReference => ({
  nl: `Waterschapswet artikel ${number}`,
  en: `Water Boards Act (Waterschapswet) article ${number}`,
});

export const waterBoard: BodyDefinition = {
  kind: 'waterschap',
  offices: {
    member: 'lid-algemeen-bestuur',
    executive: 'lid-dagelijks-bestuur',
    chair: 'dijkgraaf',
  },
  slugs: { member: 'algemeen-bestuur', executive: 'dagelijks-bestuur', chair: 'dijkgraaf' },
  act: {
    name: { nl: 'Waterschapswet', en: 'Water Boards Act (Waterschapswet)' },
    id: 'BWBR0005108',
  },
  law: {
    // Read in the law's text (docs/legal-refs-check.md): art. 32 (algemeen bestuur), 44a (dagelijks
    // bestuur; lid 4 the income of a member serving full-time) and 48 (the voorzitter, both).
    sidePositions: {
      member: article('32'),
      executive: article('44a'),
      chair: article('48'),
    },
    sideIncome: {
      executive: article('44a'),
      chair: article('48'),
    },
    codeOfConduct: {
      nl: 'Waterschapswet artikel 33 lid 3 en 45',
      en: 'Water Boards Act (Waterschapswet) articles 33(3) and 45',
    },
  },
  organOfFullName: true,
  monistic: true,
  defaults: { geschenkdrempel: 50, schaaldrempel: 14 },
  publisherType: 'RegionalAuthority',
  words: {
    nl: {
      kind: 'waterschap',
      theKind: 'het waterschap',
      name: (naam, benaming = 'waterschap') => `${capital(benaming)} ${naam}`,
      council: { name: 'Algemeen bestuur', inSentence: 'het algemeen bestuur', short: 'AB' },
      executive: { name: 'Dagelijks bestuur', inSentence: 'het dagelijks bestuur', short: 'DB' },
      chair: { name: 'Dijkgraaf', inSentence: 'de dijkgraaf', short: 'Dijkgraaf' },
      offices: {
        member: {
          one: 'lid van het algemeen bestuur',
          many: 'leden van het algemeen bestuur',
          title: 'Lid algemeen bestuur',
        },
        executive: {
          one: 'lid van het dagelijks bestuur',
          many: 'leden van het dagelijks bestuur',
          title: 'Lid dagelijks bestuur',
        },
        chair: { one: 'dijkgraaf', many: 'dijkgraven', title: 'Dijkgraaf' },
      },
      clerk: 'het bestuurssecretariaat',
      secretary: 'de secretaris-directeur',
    },
    en: {
      kind: 'water board',
      theKind: 'the water board',
      name: (naam, benaming = 'waterschap') =>
        benaming === 'waterschap' ? `${naam} Water Board` : `${capital(benaming)} ${naam}`,
      council: { name: 'General Board', inSentence: 'the general board', short: 'AB' },
      executive: { name: 'Executive Board', inSentence: 'the executive board', short: 'DB' },
      chair: { name: 'Dijkgraaf (chair)', inSentence: 'the dijkgraaf', short: 'Dijkgraaf' },
      offices: {
        member: {
          one: 'member of the general board',
          many: 'members of the general board',
          title: 'Member of the general board',
        },
        executive: {
          one: 'member of the executive board',
          many: 'members of the executive board',
          title: 'Member of the executive board',
        },
        chair: { one: 'dijkgraaf', many: 'dijkgraven', title: 'Dijkgraaf' },
      },
      clerk: 'the board secretariat',
      secretary: 'the secretary-director',
    },
  },
};
