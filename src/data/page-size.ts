/**
 * Rows per register page; a page of 500 rows is ~200 KB of HTML. PORTAL_REGISTER_PAGE_SIZE
 * changes it, so a small test site can be spread over many pages (tests/build/bench.test.ts).
 * Read here, in the query layer, so that the pure layout functions (src/lib/register-pages.ts)
 * are given it and read no environment.
 */
export const REGISTER_PAGE_SIZE = Number(process.env['PORTAL_REGISTER_PAGE_SIZE'] ?? '') || 500;
