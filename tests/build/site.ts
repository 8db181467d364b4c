/** Helpers for tests that read the built site in dist/. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parse, type HTMLElement } from 'node-html-parser';

/** The built site: dist/, or PORTAL_OUT_DIR when a build was written elsewhere. */
export const DIST = path.resolve(
  process.env['PORTAL_OUT_DIR'] ?? path.join(import.meta.dirname, '../../dist'),
);

/** Fails with a clear message when the site has not been built. */
export function assertBuilt(): void {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(
      'dist/index.html is missing: run `npm run build` before the build tests (npm test does).',
    );
  }
}

/** Parses a built page by its URL path, e.g. `/personen/x/`, of dist/ or another built site. */
export function readPage(urlPath: string, site = DIST): HTMLElement {
  const file = urlPath.endsWith('/')
    ? path.join(site, urlPath, 'index.html')
    : path.join(site, urlPath);
  return parse(readFileSync(file, 'utf8'));
}

/** The raw HTML of a built page, of dist/ or another built site. */
export function readHtml(urlPath: string, site = DIST): string {
  const file = urlPath.endsWith('/')
    ? path.join(site, urlPath, 'index.html')
    : path.join(site, urlPath);
  return readFileSync(file, 'utf8');
}

/** Every file in dist/, as paths relative to it. */
export function listFiles(dir = DIST, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

/** The `data-key` values of the records of one kind on a page, in page order. */
export function recordKeys(page: HTMLElement, kind: string): string[] {
  return page
    .querySelectorAll(`[data-record="${kind}"]`)
    .map((el) => el.getAttribute('data-key') ?? '');
}

/**
 * Every page of a register that starts at `base` (e.g. `/registers/nevenfuncties/`): the page
 * itself and every page under `base` it links to, followed until none is new. A long register is
 * split into pages (src/lib/register-pages.ts); records are counted over all of them.
 */
export function readRegisterPages(base: string, site = DIST): HTMLElement[] {
  const pages: HTMLElement[] = [];
  const seen = new Set<string>([base]);
  const queue = [base];
  while (queue.length > 0) {
    const urlPath = queue.shift() as string;
    const page = readPage(urlPath, site);
    pages.push(page);
    for (const link of page.querySelectorAll('a[href]')) {
      const target = (link.getAttribute('href') ?? '').split('#')[0] ?? '';
      if (target.startsWith(base) && target.endsWith('/') && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return pages;
}

/** The `data-key` values of the records of one kind over every page of a register (of dist/ or another built site). */
export function registerRecordKeys(base: string, kind: string, site = DIST): string[] {
  return readRegisterPages(base, site).flatMap((page) => recordKeys(page, kind));
}

/** html-validate's recommended rules over pages (`name` is what a problem names); the problems found. */
export async function validateHtml(
  pages: Iterable<{ name: string; html: string }>,
): Promise<string[]> {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Titles carry organisation and person names as registered; cutting them loses meaning.
      'long-title': 'off',
    },
  });
  const problems: string[] = [];
  for (const { name, html } of pages) {
    const report = await validator.validateString(html, name);
    for (const result of report.results) {
      for (const m of result.messages)
        problems.push(`${name}:${m.line}: ${m.ruleId}: ${m.message}`);
    }
  }
  return problems;
}
