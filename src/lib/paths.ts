/** The permalinks of the pages every register links to: people and organisations. */

/** The permalink of a person page. */
export function personPath(id: string): string {
  return `/personen/${id}/`;
}

/** The page with every gift of a person who has more than their page lists (src/lib/gifts.ts, PERSON_PAGE_GIFTS). */
export function personGiftsPath(id: string): string {
  return `${personPath(id)}geschenken/`;
}

/** The permalink of an organisation page. */
export function organisationPath(id: string): string {
  return `/organisaties/${id}/`;
}

/** The page of a register, by its slug (src/registers/). */
export function registerPath(slug: string): string {
  return `/registers/${slug}/`;
}
