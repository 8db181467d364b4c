import { describe, expect, test } from 'vitest';
import { compareDutchNames, formatSortName, sortByDutchName } from '../../src/lib/dutch-names.ts';

describe('sortByDutchName', () => {
  test('sorts "van den Berg" under B', () => {
    const names = [
      { voorletters: 'A.', achternaam: 'Cools' },
      { voorletters: 'J.', tussenvoegsel: 'van den', achternaam: 'Berg' },
      { voorletters: 'B.', achternaam: 'Aalders' },
    ];
    expect(sortByDutchName(names, (n) => n).map((n) => n.achternaam)).toEqual(['Aalders', 'Berg', 'Cools']);
  });
});

describe('formatSortName', () => {
  test('puts the tussenvoegsel after the initials', () => {
    expect(formatSortName({ voorletters: 'J.', tussenvoegsel: 'van den', achternaam: 'Berg' })).toBe('Berg, J. van den');
  });
  test('keeps an apostrophe particle', () => {
    expect(formatSortName({ voorletters: 'A.', tussenvoegsel: "'t", achternaam: 'Hart' })).toBe("Hart, A. 't");
  });
});

describe('compareDutchNames', () => {
  test('ignores diacritics: Çelik sorts with C', () => {
    expect(compareDutchNames({ voorletters: 'U.', achternaam: 'Çelik' }, { voorletters: 'A.', achternaam: 'Dekker' })).toBeLessThan(0);
  });
});
