/**
 * The phrases the registers' texts build from the body's words (src/bodies/): who declares, and
 * the articles that oblige them. A register's texts never name an office, an organ or an act
 * themselves, so a municipality's or a water board's site reads in its own vocabulary.
 */
import type { BodyDefinition, LawReference } from '../bodies/index.ts';
import type { Locale } from '../lib/locales.ts';
import type { OfficeRole } from '../schemas/body.ts';

const AND: Record<Locale, string> = { nl: 'en', en: 'and' };

/** The text with a capital first letter: a list that opens a sentence or a table cell. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Words as a list in a sentence: "a, b en c" / "a, b and c". */
export function listWords(words: readonly string[], locale: Locale): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${AND[locale]} ${words.at(-1) ?? ''}`;
}

/** The holders of an office in a list: the members in the plural, the one chair with its article. */
export function holders(body: BodyDefinition, role: OfficeRole, locale: Locale): string {
  const words = body.words[locale];
  return role === 'chair' ? words.chair.inSentence : words.offices[role].many;
}

/** Everyone who declares: "Statenleden, gedeputeerden en de commissaris van de Koning". */
export function allHolders(body: BodyDefinition, locale: Locale): string {
  return listWords(
    (['member', 'executive', 'chair'] as const).map((role) => holders(body, role, locale)),
    locale,
  );
}

/** Articles cited with what each is about. */
export interface Citation {
  reference: LawReference;
  /** Whom or what the article is about: "Statenleden". */
  about: string;
}

/**
 * Articles as a citizen would look them up: "Provinciewet artikel 11 (Statenleden), 40b
 * (gedeputeerden) en 66 (commissaris van de Koning)". The act is named once when every article
 * is of the same act, else each citation is given in full.
 */
export function citeArticles(citations: readonly Citation[], locale: Locale): string {
  const prefixOf = (text: string): string | undefined =>
    /^(.+ (?:artikel|article) )\S+$/.exec(text)?.[1];
  const first = citations[0] === undefined ? undefined : prefixOf(citations[0].reference[locale]);
  const shared =
    first !== undefined && citations.every((c) => prefixOf(c.reference[locale]) === first);
  return listWords(
    citations.map(({ reference, about }, i) => {
      const text =
        shared && i > 0 ? reference[locale].slice((first ?? '').length) : reference[locale];
      return `${text} (${about})`;
    }),
    locale,
  );
}
