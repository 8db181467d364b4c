import { describe, expect, test } from 'vitest';
import { text } from '../../src/schemas/common.ts';
import { GiftSchema } from '../../src/schemas/gift.ts';
import { NameSchema } from '../../src/schemas/person.ts';

describe('NameSchema', () => {
  test.each(['J.H.', 'IJ.', 'Chr.', 'Th.J.', 'A.-M.'])('accepts the initials %s', (voorletters) => {
    expect(NameSchema.safeParse({ voorletters, achternaam: 'Berg' }).success).toBe(true);
  });
  test.each(['JH', 'jan', 'J H'])('refuses %s as initials', (voorletters) => {
    expect(NameSchema.safeParse({ voorletters, achternaam: 'Berg' }).success).toBe(false);
  });
});

describe('text', () => {
  test('accepts a colon after an ordinary word such as "data"', () => {
    expect(text().safeParse('Stichting Open data: Zilverland').success).toBe(true);
  });
  test('refuses a javascript: address', () => {
    expect(text().safeParse('zie javascript:alert(1)').success).toBe(false);
  });
});

describe('GiftSchema', () => {
  const invitation = {
    id: '2025-001',
    datum: '2025-01-10',
    ontvanger: { persoon: 'a-b' },
    gever: 'Stichting X',
    gelegenheid: 'Jubileum',
    omschrijving: 'Diner',
    waarde: 80,
    soort: 'uitnodiging',
    bestemming: 'bijgewoond',
  };
  test('accepts an attended invitation', () => {
    expect(GiftSchema.safeParse(invitation).success).toBe(true);
  });
  test('refuses "behouden" for an invitation: it was attended or declined', () => {
    const result = GiftSchema.safeParse({ ...invitation, bestemming: 'behouden' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['bestemming']);
  });
});
