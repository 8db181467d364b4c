/**
 * Ids made from text: the file name of a person, the id of a side position, an interest or an
 * official's activity, the address of an organisation page, the anchor of a report heading.
 * Every part of the portal that turns text into an id uses `makeId`, so the generator, the
 * importer, `npm run persoon:nieuw`, the organisation index and the reports agree (issue #27).
 *
 * An id is lower case a-z, 0-9 and single hyphens, never at the start or end:
 * - accents are dropped ("Çelik", "Hegedűs", "Yıldız" are celik, hegedus, yildiz) and the letters
 *   without one are spelled out: ø o, æ ae, œ oe, ß ss, ł l, đ and ð d, þ th, the ĳ ligature ij;
 * - apostrophes are dropped, so a word stays whole: 's-Hertogenbosch is s-hertogenbosch, d'Ancona
 *   is dancona, "Jan 't Hart" is jan-t-hart;
 * - every other run of characters (spaces, dots, commas, dashes, "&") is one hyphen, so initials
 *   and dotted legal forms keep a hyphen per letter: "J.H. de Vries" is j-h-de-vries, "Advies
 *   B.V." is advies-b-v and "Dijk & Zee" is dijk-zee, as every person and record id in the content
 *   was made. (An organisation's address is made from its name key, in which "B.V." is "bv" and
 *   "&" is "en", so that spellings match: /organisaties/advies-bv, /organisaties/dijk-en-zee.)
 * - an id longer than its maximum is cut there, also inside a word ("…-otterloo-aan-de-zilve"):
 *   the content holds ids cut this way, and an id in the content never changes.
 */
import { createHash } from 'node:crypto';

/** The longest id, in characters, unless a caller asks otherwise: person and record ids. */
export const ID_MAX_LENGTH = 72;

/** How an id is made; every field has a default. */
export interface IdOptions {
  /** The longest id, in characters (hyphens at the cut are dropped). Default `ID_MAX_LENGTH`. */
  maxLength?: number;
  /** The id of text with nothing to write in a-z or 0-9 ("", "…", "!!"). Default `item`. */
  fallback?: string;
  /**
   * Gives text that is not all Latin an id of its own. When set, text with letters or digits
   * that have no a-z spelling (Газпром, 中国银行), or with nothing to write at all (🌳), gets a
   * hash of the whole text after its Latin words, or after this word when it has none:
   * "Газпром Nederland" is nederland-…, "Лукойл" is organisatie-…. The same text always gives
   * the same hash, and two texts practically never share one. Without it, such letters are
   * dropped and text without any Latin letter or digit gets `fallback`.
   */
  hashPrefix?: string;
}

// Room the hash takes at the end of an id: a hyphen, ten hex digits, and one to spare (as
// organisation ids have always been made).
const HASH_LENGTH = 10;
const HASH_ROOM = HASH_LENGTH + 2;

/** Letters that no accent-stripping turns into a-z: spelled the way Dutch writes them. */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  ı: 'i',
  đ: 'd',
  ð: 'd',
  þ: 'th',
};
const SPELLED_OUT_PATTERN = new RegExp(`[${Object.keys(SPELLED_OUT).join('')}]`, 'gu');

// ' ‘ ’ ʼ ` ´ ′: dropped before normalising, which would turn ´ into a space and an accent.
const APOSTROPHES = /['\u2018\u2019\u02BC\u0060\u00B4\u2032]/gu;
// Invisible characters (soft hyphen, zero-width space and joiners, byte-order mark) join, not split.
const INVISIBLE = /\p{Cf}/gu;
// A letter or digit that is left after folding but is not a-z or 0-9: Cyrillic, Greek, Han …
const FOREIGN = /(?![a-z0-9])[\p{L}\p{N}]/u;

/** Lower case, accents off, the letters above spelled out; other scripts are left as they are. */
function foldText(text: string): string {
  return text
    .replace(APOSTROPHES, '')
    .replace(INVISIBLE, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(SPELLED_OUT_PATTERN, (letter) => SPELLED_OUT[letter] ?? letter);
}

/** `id` cut to at most `max` characters, without a hyphen at the cut. */
function cutId(id: string, max: number): string {
  return id.length > max ? id.slice(0, max).replace(/-+$/, '') : id;
}

/**
 * Makes an id from text: "Voorzitter Stichting Ødemark" is voorzitter-stichting-odemark. The
 * rules are in the comment at the top of this file; `options` sets the length, the id of text
 * without Latin letters and whether such text gets a hash.
 */
export function makeId(text: string, options: IdOptions = {}): string {
  const { maxLength = ID_MAX_LENGTH, fallback = 'item', hashPrefix } = options;
  const folded = foldText(text);
  const latin = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (hashPrefix !== undefined && (latin === '' || FOREIGN.test(folded))) {
    const hash = createHash('sha256').update(text).digest('hex').slice(0, HASH_LENGTH);
    return `${cutId(latin, maxLength - HASH_ROOM) || hashPrefix}-${hash}`;
  }
  return cutId(latin, maxLength) || fallback;
}

/**
 * Makes an id from text that is not yet in `used`, adding -2, -3 … to the id `makeId` gives
 * (cut shorter where needed to stay within the maximum length), and records it in `used`.
 */
export function makeUniqueId(text: string, used: Set<string>, options: IdOptions = {}): string {
  const base = makeId(text, options);
  const maxLength = options.maxLength ?? ID_MAX_LENGTH;
  let id = base;
  for (let n = 2; used.has(id); n++) {
    const suffix = `-${n}`;
    id = `${cutId(base, maxLength - suffix.length)}${suffix}`;
  }
  used.add(id);
  return id;
}
