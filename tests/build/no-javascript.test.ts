/** Register and person pages work without JavaScript and ship none. */
import { describe, expect, test } from 'vitest';
import { assertBuilt, listFiles, readHtml } from './site.ts';

describe('pages without JavaScript', () => {
  test('no person or register page contains a script or loads one', () => {
    assertBuilt();
    const pages = listFiles().filter(
      (f) => f.endsWith('.html') && (f.startsWith('personen/') || f.startsWith('registers/')),
    );
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const html = readHtml(`/${page}`);
      expect(html, page).not.toMatch(/<script\b/i);
      expect(html, page).not.toMatch(/\bon[a-z]+\s*=\s*["']/i);
      expect(html, page).not.toMatch(/href\s*=\s*["']\s*javascript:/i);
    }
  });

  test('every page loads its styles and images from its own origin only', () => {
    for (const page of listFiles().filter((f) => f.endsWith('.html'))) {
      const html = readHtml(`/${page}`);
      const external = [
        ...html.matchAll(
          /<(?:link|script|img|iframe|source)\b[^>]*\b(?:href|src)\s*=\s*["'](https?:)?\/\//gi,
        ),
      ]
        .map((m) => m[0])
        // canonical and hreflang alternates name the page's own addresses; they load nothing.
        .filter(
          (tag) =>
            !/rel=["']?canonical/.test(tag) && !/rel=["']?alternate["']?[^>]*\bhreflang=/.test(tag),
        );
      expect(external, page).toEqual([]);
    }
  });
});
