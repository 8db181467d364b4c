import { describe, expect, test } from 'vitest';
import { isolateText } from '../../src/lib/bidi.ts';

describe('isolateText', () => {
  test('drops direction controls a visitor typed, so they cannot reverse our sentence', () => {
    expect(isolateText('\u202Eberg')).toBe('\u2068berg\u2069');
    expect(
      isolateText('a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2069h\u200Ei\u200Fj\u061Ck'),
    ).toBe('\u2068abcdefghijk\u2069');
  });

  test('isolates the term, so a right-to-left term keeps the words around it in order', () => {
    expect(isolateText('شركة النور')).toBe('\u2068شركة النور\u2069');
  });
});
