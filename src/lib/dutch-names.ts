/**
 * Dutch personal names: tussenvoegsels (van, de, van der, 't …) are written before the surname
 * but ignored when sorting, so "Jan van den Berg" is listed under B as "Berg, J. van den".
 */

/** The parts of a Dutch name as the content stores them. */
export interface NameParts {
  voorletters: string;
  roepnaam?: string | undefined;
  tussenvoegsel?: string | undefined;
  achternaam: string;
}

const collator = new Intl.Collator('nl', {
  sensitivity: 'base',
  ignorePunctuation: true,
  numeric: true,
});

/** Removes diacritics so "Ümit Çelik" can be found and sorted as "Umit Celik". */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O'))
    .replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'))
    .replace(/ı/g, 'i');
}

/** The name as it is spoken: "Jan van den Berg", or "J. van den Berg" without a first name. */
export function formatFullName(name: NameParts): string {
  return [name.roepnaam ?? name.voorletters, name.tussenvoegsel, name.achternaam]
    .filter(Boolean)
    .join(' ');
}

/** The name as a list shows it: "Berg, J. van den". */
export function formatSortName(name: NameParts): string {
  const rest = [name.voorletters, name.tussenvoegsel].filter(Boolean).join(' ');
  return `${name.achternaam}, ${rest}`;
}

/** Compares two names the Dutch way: surname first, tussenvoegsel ignored, then initials. */
export function compareDutchNames(a: NameParts, b: NameParts): number {
  return (
    collator.compare(foldDiacritics(a.achternaam), foldDiacritics(b.achternaam)) ||
    collator.compare(a.voorletters, b.voorletters) ||
    collator.compare(a.roepnaam ?? '', b.roepnaam ?? '') ||
    collator.compare(a.tussenvoegsel ?? '', b.tussenvoegsel ?? '')
  );
}

/** Sorts a copy of `items` by the Dutch name `getName` returns. */
export function sortByDutchName<T>(items: readonly T[], getName: (item: T) => NameParts): T[] {
  return [...items].sort((a, b) => compareDutchNames(getName(a), getName(b)));
}

/** The letter a name is filed under in an A-Z index: "van den Berg" under B, "Çelik" under C. */
export function getIndexLetter(name: NameParts): string {
  const letter = foldDiacritics(name.achternaam)
    .replace(/^[^\p{L}]+/u, '')
    .charAt(0)
    .toUpperCase();
  return letter || '#';
}

/** Compares two plain texts (organisations, titles) in Dutch order. */
export function compareDutchText(a: string, b: string): number {
  return collator.compare(foldDiacritics(a), foldDiacritics(b));
}

/**
 * A name as typed, folded for matching: letters without their marks (ø, ł and ı too), no
 * apostrophes (straight or curly), dots, hyphens or case, "Berg, J. van den" turned around to
 * "j van den berg", and initials typed apart ("J. H.") joined ("jh").
 */
export function foldTypedName(text: string): string {
  let folded = foldDiacritics(text.normalize('NFC')).toLowerCase();
  const comma = folded.indexOf(',');
  if (comma >= 0) folded = `${folded.slice(comma + 1)} ${folded.slice(0, comma)}`;
  const tokens = folded
    .replace(/['\u2018\u2019\u201a\u201b\u0060\u00b4\u2032]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ');
  // Initials typed apart at the start are joined: "j h van den berg" → "jh van den berg".
  let start = 0;
  while (start < tokens.length - 1 && tokens[start]?.length === 1) start++;
  const initials = tokens.slice(0, start).join('');
  return [initials, ...tokens.slice(start)].filter(Boolean).join(' ');
}

/**
 * The ways a clerk may type a member's name, folded: "Jan van den Berg", "J.H. van den Berg",
 * "J. van den Berg", and the list form "Berg, J.H. van den" (which folds to the same).
 */
export function getTypedNameForms(name: NameParts): string[] {
  const initials = name.voorletters.replace(/[^\p{L}]/gu, '');
  const firstInitial = /^IJ/i.test(initials) ? initials.slice(0, 2) : initials.slice(0, 1);
  const rest = [name.tussenvoegsel, name.achternaam].filter(Boolean).join(' ');
  const forms = [name.roepnaam, name.voorletters, firstInitial]
    .filter((f): f is string => Boolean(f))
    .map((first) => foldTypedName(`${first} ${rest}`));
  return [...new Set(forms)];
}

/** The ids of the people whose name `typed` can be: none (unknown), one, or several (ambiguous). */
export function findPeopleByTypedName<T extends { id: string; naam: NameParts }>(
  people: readonly T[],
  typed: string,
): T[] {
  const wanted = foldTypedName(typed);
  if (wanted === '') return [];
  return people.filter((p) => getTypedNameForms(p.naam).includes(wanted));
}
