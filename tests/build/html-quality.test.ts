/**
 * Over the whole built site: valid HTML, no broken internal links or anchors, nothing that a
 * Content Security Policy without 'unsafe-inline' would block (inline scripts, event handlers,
 * javascript: URLs, style attributes), the shipped policy in the site's headers, and no words
 * run together where a template broke a line. On the demo of each kind of body: the province's
 * (dist/), the municipality's and the water board's (tests/build/demos.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HTMLElement, parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_KINDS, getDemo } from './demos.ts';
import { listFiles, readHtml as readSiteHtml, validateHtml } from './site.ts';

/** The Content-Security-Policy line of a `_headers` file's block for every page (`/*`). */
const readPolicy = (file: string): string | undefined =>
  /^\/\*\s*$[\s\S]*?^\s+Content-Security-Policy:\s*(.+)$/m.exec(readFileSync(file, 'utf8'))?.[1];

describe.each(DEMO_KINDS)('the demo of a %s', (kind) => {
  let pages: string[];
  let site: string;
  const readHtml = (urlPath: string): string => readSiteHtml(urlPath, site);
  // Each page is parsed once, for all the tests below: a demo has hundreds of pages.
  const parsed = new Map<string, HTMLElement>();
  const readPage = (page: string): HTMLElement => {
    let root = parsed.get(page);
    if (!root) {
      root = parse(readHtml(`/${page}`));
      parsed.set(page, root);
    }
    return root;
  };

  beforeAll(async () => {
    site = (await getDemo(kind)).site;
    pages = listFiles(site).filter((f) => f.endsWith('.html'));
  });
  afterAll(() => parsed.clear());

  describe('Content Security Policy', () => {
    test("the site ships the portal's policy for every page, without 'unsafe-inline'", () => {
      const shipped = readPolicy(path.join(import.meta.dirname, '../../public/_headers'));
      expect(shipped).toMatch(/script-src 'self'/);
      expect(shipped).not.toMatch(/unsafe-inline/);
      expect(readPolicy(path.join(site, '_headers'))).toBe(shipped);
    });
  });

  describe('HTML', () => {
    test('every page is valid HTML (html-validate, recommended rules)', async () => {
      expect(
        await validateHtml(pages.map((page) => ({ name: page, html: readHtml(`/${page}`) }))),
      ).toEqual([]);
    });

    test('no inline scripts, event handlers, javascript: URLs or style attributes', () => {
      const problems: string[] = [];
      for (const page of pages) {
        const root = readPage(page);
        for (const script of root.querySelectorAll('script')) {
          const type = script.getAttribute('type') ?? '';
          if (!script.getAttribute('src') && !/json/.test(type))
            problems.push(`${page}: inline <script>`);
        }
        for (const el of root.querySelectorAll('*')) {
          for (const name of Object.keys(el.attributes)) {
            if (/^on/i.test(name))
              problems.push(`${page}: ${name}= on <${el.tagName.toLowerCase()}>`);
            if (name.toLowerCase() === 'style')
              problems.push(`${page}: style= on <${el.tagName.toLowerCase()}>`);
          }
          for (const attr of ['href', 'src', 'action', 'formaction']) {
            if (/^\s*javascript:/i.test(el.getAttribute(attr) ?? ''))
              problems.push(`${page}: javascript: in ${attr}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  });

  describe('text', () => {
    // Astro's compressed HTML drops whitespace that holds a line break, so a template line ending
    // in text before an expression or a tag on the next line runs the two together
    // ("bijgewerkt.Volgende", "CSV voor Excel,Excel"): the template needs an explicit {' '}.
    const TEXT_BLOCKS = 'p, li, dd, dt, td, th, caption, h1, h2, h3, h4, figcaption';
    const NESTED_BLOCKS =
      'p, ul, ol, div, table, section, dl, li, dd, dt, td, th, h2, h3, h4, nav, form, figure';

    test('no sentence or list item runs into the next word without a space', () => {
      const problems: string[] = [];
      let checked = 0;
      for (const page of pages) {
        for (const block of readPage(page).querySelectorAll(TEXT_BLOCKS)) {
          // Text of one block only: between blocks the page's layout separates them.
          if (block.querySelector(NESTED_BLOCKS)) continue;
          checked++;
          for (const m of block.textContent.matchAll(/[a-zë)][.,;:][A-Z][a-z]+/g))
            problems.push(
              `${page}: …${block.textContent.slice(Math.max(0, m.index - 20), m.index + 20)}…`,
            );
        }
      }
      expect(checked).toBeGreaterThan(pages.length);
      expect([...new Set(problems)]).toEqual([]);
    });

    const INLINE = new Set(['a', 'span', 'time', 'data', 'strong', 'em', 'small', 'abbr']);

    test('a tag or a detail line never touches the word before it (copying, screen readers and search see two words)', () => {
      // "Lid algemeen bestuur" + <span class="tp-tag">q.q.</span> read as "bestuurq.q." when copied
      // into a spreadsheet, by a screen reader and by the search index (which knows no CSS).
      const problems: string[] = [];
      let checked = 0;
      for (const page of pages) {
        for (const el of readPage(page).querySelectorAll('.tp-tag, .tp-detail')) {
          const siblings = el.parentNode?.childNodes ?? [];
          const before = siblings[siblings.indexOf(el) - 1];
          // First in its element, or a block (a paragraph) or after one: nothing to run into.
          if (
            before === undefined ||
            !INLINE.has(el.rawTagName) ||
            (before instanceof HTMLElement && !INLINE.has(before.rawTagName))
          )
            continue;
          checked++;
          if (!/\s$/.test(before.textContent))
            problems.push(
              `${page}: …${before.textContent.slice(-20)}|${el.textContent.slice(0, 20)}…`,
            );
        }
      }
      expect(checked).toBeGreaterThan(100);
      expect([...new Set(problems)].slice(0, 30)).toEqual([]);
    });

    test('a download link and its description are separate words', () => {
      const items = parse(readHtml('/open-data/index.html')).querySelectorAll('.tp-file-list li');
      expect(items.length).toBeGreaterThan(10);
      for (const item of items) {
        const name = item.querySelector('a')?.text ?? '';
        expect(item.textContent.trim(), name).toBe(
          `${name} ${item.querySelector('.tp-detail')?.text ?? ''}`,
        );
      }
    });
  });

  describe('links', () => {
    test('every internal link and anchor points at something that exists', () => {
      const ids = new Map<string, Set<string>>();
      const idsOf = (page: string): Set<string> => {
        let set = ids.get(page);
        if (!set) {
          set = new Set(
            readPage(page)
              .querySelectorAll('[id]')
              .map((el) => el.id),
          );
          ids.set(page, set);
        }
        return set;
      };
      const broken: string[] = [];
      let checked = 0;
      for (const page of pages) {
        for (const link of readPage(page).querySelectorAll(
          'a[href], link[href], script[src], img[src]',
        )) {
          const raw = link.getAttribute('href') ?? link.getAttribute('src') ?? '';
          if (/^(?:[a-z]+:|\/\/)/i.test(raw)) continue; // mailto:, https:, data: … are not internal
          const url = new URL(raw, `https://site.test/${page}`);
          let target = decodeURIComponent(url.pathname).replace(/^\//, '');
          if (target === '' || target.endsWith('/')) target += 'index.html';
          checked++;
          if (!existsSync(path.join(site, target))) {
            broken.push(`${page}: ${raw} (no ${target})`);
            continue;
          }
          if (
            url.hash &&
            target.endsWith('.html') &&
            !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))
          ) {
            broken.push(`${page}: ${raw} (no #${url.hash.slice(1)} in ${target})`);
          }
        }
      }
      expect(checked).toBeGreaterThan(pages.length);
      expect(broken).toEqual([]);
    });
  });
});
