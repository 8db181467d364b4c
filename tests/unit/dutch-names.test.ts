import { describe, expect, test } from 'vitest';
import {
  findPeopleByTypedName,
  foldTypedName,
  compareDutchNames,
  compareDutchText,
  foldDiacritics,
  formatFullName,
  formatSortName,
  getIndexLetter,
  sortByDutchName,
  type NameParts,
} from '../../src/lib/dutch-names.ts';

const vanDenBerg: NameParts = {
  voorletters: 'J.',
  roepnaam: 'Jan',
  tussenvoegsel: 'van den',
  achternaam: 'Berg',
};
const tHart: NameParts = { voorletters: 'A.', tussenvoegsel: "'t", achternaam: 'Hart' };
const celik: NameParts = { voorletters: 'Ü.', roepnaam: 'Ümit', achternaam: 'Çelik' };

describe('sortByDutchName', () => {
  test('sorts "van den Berg" under B', () => {
    const names = [
      { voorletters: 'A.', achternaam: 'Cools' },
      { voorletters: 'J.', tussenvoegsel: 'van den', achternaam: 'Berg' },
      { voorletters: 'B.', achternaam: 'Aalders' },
    ];
    expect(sortByDutchName(names, (n) => n).map((n) => n.achternaam)).toEqual([
      'Aalders',
      'Berg',
      'Cools',
    ]);
  });

  test(`sorts "'t Hart" under H`, () => {
    const names: NameParts[] = [
      { voorletters: 'K.', achternaam: 'Jansen' },
      tHart,
      { voorletters: 'P.', tussenvoegsel: 'de', achternaam: 'Groot' },
    ];
    expect(sortByDutchName(names, (n) => n).map(formatSortName)).toEqual([
      'Groot, P. de',
      "Hart, A. 't",
      'Jansen, K.',
    ]);
  });

  test('sorts "Çelik" with C and "Ümit Özdemir" with O', () => {
    const names: NameParts[] = [
      { voorletters: 'Ü.', achternaam: 'Özdemir' },
      { voorletters: 'D.', achternaam: 'Dekker' },
      celik,
      { voorletters: 'N.', achternaam: 'Prins' },
    ];
    expect(sortByDutchName(names, (n) => n).map((n) => n.achternaam)).toEqual([
      'Çelik',
      'Dekker',
      'Özdemir',
      'Prins',
    ]);
  });

  test('sorts by initials when surnames are the same, whatever the tussenvoegsel', () => {
    const names: NameParts[] = [
      { voorletters: 'P.', tussenvoegsel: 'de', achternaam: 'Vries' },
      { voorletters: 'A.', achternaam: 'Vries' },
      { voorletters: 'M.', tussenvoegsel: 'van', achternaam: 'Vries' },
    ];
    expect(sortByDutchName(names, (n) => n).map(formatSortName)).toEqual([
      'Vries, A.',
      'Vries, M. van',
      'Vries, P. de',
    ]);
  });

  test('returns a sorted copy and leaves the input alone', () => {
    const names: NameParts[] = [
      { voorletters: 'B.', achternaam: 'Zwart' },
      { voorletters: 'A.', achternaam: 'Aalders' },
    ];
    const sorted = sortByDutchName(names, (n) => n);
    expect(sorted).not.toBe(names);
    expect(names[0]?.achternaam).toBe('Zwart');
  });
});

describe('formatSortName', () => {
  test('puts the tussenvoegsel after the initials', () => {
    expect(
      formatSortName({ voorletters: 'J.', tussenvoegsel: 'van den', achternaam: 'Berg' }),
    ).toBe('Berg, J. van den');
  });
  test('keeps an apostrophe particle', () => {
    expect(formatSortName({ voorletters: 'A.', tussenvoegsel: "'t", achternaam: 'Hart' })).toBe(
      "Hart, A. 't",
    );
  });
  test('writes a name without tussenvoegsel as "Surname, initials"', () => {
    expect(formatSortName(celik)).toBe('Çelik, Ü.');
  });
});

describe('formatFullName', () => {
  test('writes the first name, the tussenvoegsel and the surname', () => {
    expect(formatFullName(vanDenBerg)).toBe('Jan van den Berg');
  });
  test('uses the initials when there is no first name', () => {
    expect(formatFullName(tHart)).toBe("A. 't Hart");
  });
  test('keeps diacritics as written', () => {
    expect(formatFullName(celik)).toBe('Ümit Çelik');
  });
});

describe('compareDutchNames', () => {
  test('ignores diacritics: Çelik sorts with C', () => {
    expect(
      compareDutchNames(
        { voorletters: 'U.', achternaam: 'Çelik' },
        { voorletters: 'A.', achternaam: 'Dekker' },
      ),
    ).toBeLessThan(0);
  });
  test('ignores the tussenvoegsel: "van den Berg" comes before "Cools"', () => {
    expect(compareDutchNames(vanDenBerg, { voorletters: 'A.', achternaam: 'Cools' })).toBeLessThan(
      0,
    );
  });
});

describe('foldDiacritics', () => {
  test('lets "umit celik" find Ümit Çelik', () => {
    const haystack = foldDiacritics(formatFullName(celik)).toLowerCase();
    expect(haystack).toBe('umit celik');
    expect(haystack.includes(foldDiacritics('umit celik'))).toBe(true);
  });

  test('folds letters that do not decompose: ß, ø, ł, dotless ı', () => {
    expect(foldDiacritics('Großmann Søren Łukasz Işık')).toBe('Grossmann Soren Lukasz Isik');
  });

  test('leaves plain text alone', () => {
    expect(foldDiacritics("van 't Hof")).toBe("van 't Hof");
  });
});

describe('getIndexLetter', () => {
  test('files "van den Berg" under B', () => {
    expect(getIndexLetter(vanDenBerg)).toBe('B');
  });
  test(`files "'t Hart" under H`, () => {
    expect(getIndexLetter(tHart)).toBe('H');
  });
  test('files "Çelik" under C and "Özdemir" under O', () => {
    expect(getIndexLetter(celik)).toBe('C');
    expect(getIndexLetter({ voorletters: 'Ü.', achternaam: 'Özdemir' })).toBe('O');
  });
  test('files a lower-case surname under its capital', () => {
    expect(getIndexLetter({ voorletters: 'A.', achternaam: 'ijsselstein' })).toBe('I');
  });
  test('files a surname without letters under #', () => {
    expect(getIndexLetter({ voorletters: 'A.', achternaam: '1848' })).toBe('#');
  });
});

describe('compareDutchText', () => {
  test('ignores case and diacritics', () => {
    expect(compareDutchText('Energiecoöperatie Zonnedijk', 'energiecooperatie zonnedijk')).toBe(0);
  });
  test('sorts numbers in text by value: "Stichting 2" before "Stichting 10"', () => {
    expect(['Stichting 10', 'Stichting 2'].sort(compareDutchText)).toEqual([
      'Stichting 2',
      'Stichting 10',
    ]);
  });
});

describe('findPeopleByTypedName', () => {
  const people = [
    {
      id: 'jan-van-den-berg',
      naam: { voorletters: 'J.H.', roepnaam: 'Jan', tussenvoegsel: 'van den', achternaam: 'Berg' },
    },
    {
      id: 'birgitte-lovstad',
      naam: { voorletters: 'B.', roepnaam: 'Birgitte', achternaam: 'Løvstad' },
    },
    {
      id: 'lukasz-zawadzki',
      naam: { voorletters: 'Ł.', roepnaam: 'Łukasz', achternaam: 'Zawadzki' },
    },
    { id: 'asli-kirac', naam: { voorletters: 'A.', roepnaam: 'Aslı', achternaam: 'Kıraç' } },
    {
      id: 'anouk-t-veld',
      naam: { voorletters: 'A.', roepnaam: 'Anouk', tussenvoegsel: "'t", achternaam: 'Veld' },
    },
    {
      id: 'anna-de-vries',
      naam: { voorletters: 'A.', roepnaam: 'Anna', tussenvoegsel: 'de', achternaam: 'Vries' },
    },
    {
      id: 'arjen-de-vries',
      naam: { voorletters: 'A.', roepnaam: 'Arjen', tussenvoegsel: 'de', achternaam: 'Vries' },
    },
  ];
  const ids = (typed: string) => findPeopleByTypedName(people, typed).map((p) => p.id);

  test('finds letters typed without their marks: ø, ł and ı', () => {
    expect(ids('Birgitte Lovstad')).toEqual(['birgitte-lovstad']);
    expect(ids('Lukasz Zawadzki')).toEqual(['lukasz-zawadzki']);
    expect(ids('Asli Kirac')).toEqual(['asli-kirac']);
  });

  test('finds a curly apostrophe, initials with the surname and the list form', () => {
    expect(ids('Anouk ’t Veld')).toEqual(['anouk-t-veld']);
    expect(ids('J.H. van den Berg')).toEqual(['jan-van-den-berg']);
    expect(ids('J. H. van den Berg')).toEqual(['jan-van-den-berg']);
    expect(ids('Berg, J.H. van den')).toEqual(['jan-van-den-berg']);
    expect(ids('Van den Berg, Jan')).toEqual(['jan-van-den-berg']);
  });

  test('a name that fits two members returns both (ambiguous), an unknown name none', () => {
    expect(ids('A. de Vries')).toEqual(['anna-de-vries', 'arjen-de-vries']);
    expect(ids('Piet Onbekend')).toEqual([]);
  });

  test('foldTypedName', () => {
    expect(foldTypedName('Berg, J. van den')).toBe('j van den berg');
  });
});
