/**
 * Long registers split into pages of a fixed number of rows. A province's register fits on one
 * page; a national aggregation (100,000 side positions) does not: a single page of that size is
 * tens of megabytes, slow to build and unusable in a browser.
 */
import { getQuarter } from './dates.ts';
import { formatInteger } from './format.ts';
import type { Locale } from './locales.ts';
import { sumGiftValues, type GiftValueTotal } from './gift-value.ts';
import type { GiftLike } from './gifts.ts';

/** The rows of one section (e.g. "current side positions") that fall on one page. */
export interface PagePart<T> {
  items: T[];
  /** Position of the first row within its whole section, counting from 1. */
  from: number;
  /** Rows in the whole section, on every page. */
  total: number;
}

/** One page of a register: for each section, the rows on this page (absent: none on this page). */
export interface SectionPage<S extends Record<string, readonly unknown[]>> {
  /** Page number, counting from 1. */
  number: number;
  /** Number of pages of the register. */
  count: number;
  parts: { [K in keyof S]?: PagePart<S[K][number]> };
}

/**
 * Pages of at most `size` rows over sections in their order (the order of the keys of
 * `sections`). A section may continue on the next page. An empty section appears on the page
 * where it would start, so a page can still say "none"; there is always at least one page.
 */
export function paginateSections<S extends Record<string, readonly unknown[]>>(
  sections: S,
  size: number,
): SectionPage<S>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`page size must be a positive whole number, got ${size}`);
  type Parts = SectionPage<S>['parts'];
  const pages: Parts[] = [];
  let parts: Parts = {};
  let room = size;
  for (const key of Object.keys(sections) as (keyof S & string)[]) {
    const items = sections[key] ?? [];
    if (items.length === 0) {
      if (room === 0) {
        pages.push(parts);
        parts = {};
        room = size;
      }
      parts[key] = { items: [], from: 1, total: 0 };
      continue;
    }
    for (let offset = 0; offset < items.length;) {
      if (room === 0) {
        pages.push(parts);
        parts = {};
        room = size;
      }
      const take = Math.min(room, items.length - offset);
      parts[key] = {
        items: items.slice(offset, offset + take),
        from: offset + 1,
        total: items.length,
      };
      offset += take;
      room -= take;
    }
  }
  pages.push(parts);
  return pages.map((p, i) => ({ number: i + 1, count: pages.length, parts: p }));
}

/** The entries of one letter that fall on one page of an A-Z list. */
export interface LetterBlock<T> {
  letter: string;
  items: T[];
  /** The letter started on an earlier page. */
  continued: boolean;
}

/** One page of an A-Z list. */
export interface LetterPage<T> {
  /** Page number, counting from 1. */
  number: number;
  count: number;
  blocks: LetterBlock<T>[];
}

/**
 * An A-Z list (people, organisations) over pages of at most `size` entries, letters in their
 * order, a letter continuing on the next page where needed; with the page on which each letter
 * starts, for the letter links. A province's list is one page; 20,000 organisations on one page
 * were 5 MB.
 */
export function paginateLetters<T>(
  groups: readonly { letter: string; items: readonly T[] }[],
  size: number,
): { pages: LetterPage<T>[]; startPage: Map<string, number> } {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`page size must be a positive whole number, got ${size}`);
  const pages: LetterBlock<T>[][] = [[]];
  const startPage = new Map<string, number>();
  let room = size;
  for (const { letter, items } of groups) {
    for (let offset = 0; offset < items.length;) {
      if (room === 0) {
        pages.push([]);
        room = size;
      }
      if (offset === 0) startPage.set(letter, pages.length);
      const take = Math.min(room, items.length - offset);
      pages[pages.length - 1]?.push({
        letter,
        items: items.slice(offset, offset + take),
        continued: offset > 0,
      });
      offset += take;
      room -= take;
    }
  }
  return {
    pages: pages.map((blocks, i) => ({ number: i + 1, count: pages.length, blocks })),
    startPage,
  };
}

/** The first of `ids` that is also the number of a page 2…`pageCount` (whose path is `<base><n>/`). */
export function findPageNumberId(ids: readonly string[], pageCount: number): string | undefined {
  return ids.find((id) => /^[1-9]\d*$/.test(id) && Number(id) >= 2 && Number(id) <= pageCount);
}

/** The path of page `n` of a register at `base` (`/registers/nevenfuncties/`); page 1 is `base`. */
export function getRegisterPagePath(base: string, n: number): string {
  return n === 1 ? base : `${base}${n}/`;
}

/** The words of a section's caption: a dictionary's \`common.part\` and \`common.partOf\` (src/i18n). */
export interface PartCaptionWords {
  part: (title: string, total: string) => string;
  partOf: (title: string, rows: string, total: string) => string;
}

/**
 * "Huidige nevenfuncties (12)" for a whole section, "… 501–1.000 van 4.221" for part of one
 * (English: "… 501–1,000 of 4,221"), "… 501 van 501" for its one last row.
 */
export function formatPartCaption(
  title: string,
  part: PagePart<unknown>,
  words: PartCaptionWords,
  locale: Locale,
): string {
  const n = (value: number): string => formatInteger(value, locale);
  if (part.items.length === part.total) return words.part(title, n(part.total));
  const last = part.from + part.items.length - 1;
  return words.partOf(
    title,
    last === part.from ? n(last) : `${n(part.from)}–${n(last)}`,
    n(part.total),
  );
}

/** The gifts a gift register page shows, with the page's own path. */
export interface GiftPage<T> {
  path: string;
  /** Page number within the quarter, counting from 1. */
  number: number;
  gifts: T[];
  /** Position of the first gift within the quarter, counting from 1. */
  from: number;
}

/** A quarter of the gift register with its totals and its pages. */
export interface GiftRegisterQuarter<T> {
  /** `2025-K1`. */
  quarter: string;
  count: number;
  /** Sum of the exact estimated values in euros, and how many values it leaves out. */
  total: GiftValueTotal;
  pages: GiftPage<T>[];
}

/** How the gift register is laid out: one page, or a page (or more) per quarter. */
export interface GiftRegisterLayout<T> {
  /** False when every gift is on the register page itself. */
  paginated: boolean;
  /** Newest quarter first. */
  quarters: GiftRegisterQuarter<T>[];
}

/**
 * Lays out the gift register. Up to `size` gifts stay on the register page at `base`, newest
 * first, as a province's register always has. A larger register gets a page per quarter
 * (`<base>2025-k1/`), split into pages of `size` gifts in date order, so a gift's page depends
 * only on its own quarter and the gifts dated before it: its permalink survives new quarters.
 */
export function layoutGiftRegister<T extends GiftLike & { id: string }>(
  gifts: readonly T[],
  base: string,
  size: number,
): GiftRegisterLayout<T> {
  const paginated = gifts.length > size;
  const byQuarter = new Map<string, T[]>();
  for (const gift of gifts) {
    const key = getQuarter(gift.datum);
    const list = byQuarter.get(key);
    if (list) list.push(gift);
    else byQuarter.set(key, [gift]);
  }
  const quarters = [...byQuarter.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([quarter, list]): GiftRegisterQuarter<T> => {
      const total = sumGiftValues(list.map((g) => g.waarde));
      if (!paginated) {
        const newestFirst = [...list].sort((a, b) => b.datum.localeCompare(a.datum));
        return {
          quarter,
          count: list.length,
          total,
          pages: [{ path: base, number: 1, gifts: newestFirst, from: 1 }],
        };
      }
      const inDateOrder = [...list].sort(
        (a, b) => a.datum.localeCompare(b.datum) || a.id.localeCompare(b.id),
      );
      const quarterBase = `${base}${quarter.toLowerCase()}/`;
      const pages: GiftPage<T>[] = [];
      for (let offset = 0; offset < inDateOrder.length; offset += size) {
        const number = pages.length + 1;
        pages.push({
          path: getRegisterPagePath(quarterBase, number),
          number,
          gifts: inDateOrder.slice(offset, offset + size),
          from: offset + 1,
        });
      }
      return { quarter, count: list.length, total, pages };
    });
  return { paginated, quarters };
}

/** Gives every gift its permalink (`href`): the register page that shows it, and its anchor. */
export function withGiftPermalinks<T extends GiftLike & { id: string; anchor: string }>(
  gifts: T[],
  base: string,
  size: number,
): (T & { href: string })[] {
  const href = new Map<string, string>();
  for (const quarter of layoutGiftRegister(gifts, base, size).quarters) {
    for (const page of quarter.pages)
      for (const gift of page.gifts) href.set(gift.id, `${page.path}#${gift.anchor}`);
  }
  return gifts.map((gift) =>
    Object.assign(gift, { href: href.get(gift.id) ?? `${base}#${gift.anchor}` }),
  );
}
