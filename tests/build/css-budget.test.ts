/**
 * CSS budget: every page type links less than 30 KB of CSS, gzip-compressed (the sum of its
 * stylesheets), so the NL Design System components and the theme stay small. Prints the figures.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { getPageTypes } from '../e2e/page-types.ts';
import { assertBuilt, DIST, readPage } from './site.ts';

const BUDGET_KB = 30;

/** The stylesheets a built page links and their gzip size in KB. */
function measure(urlPath: string): { files: string[]; kb: number } {
  const files = readPage(urlPath)
    .querySelectorAll('link[rel="stylesheet"]')
    .map((link) => link.getAttribute('href') ?? '');
  const bytes = files.reduce(
    (sum, href) => sum + gzipSync(readFileSync(path.join(DIST, href)), { level: 9 }).length,
    0,
  );
  return { files, kb: bytes / 1024 };
}

beforeAll(() => assertBuilt());

describe('CSS per page', () => {
  const types = getPageTypes(DIST).filter((t) => t.site === 'demo');
  const figures: string[] = [];
  for (const pageType of types) {
    test(`${pageType.name} links under ${BUDGET_KB} KB of CSS (gzip)`, () => {
      const urlPath = pageType.name === '404' ? '/404.html' : (pageType.path.split('?')[0] ?? '/');
      const { files, kb } = measure(urlPath);
      expect(files.length, 'the page links a stylesheet').toBeGreaterThan(0);
      figures.push(
        `${pageType.name.padEnd(28)} ${kb.toFixed(1).padStart(5)} KB  (${files.length} file${files.length > 1 ? 's' : ''})`,
      );
      expect(kb).toBeLessThan(BUDGET_KB);
    });
  }
  test('prints the figures', () => {
    console.log(`CSS per page, gzip (budget ${BUDGET_KB} KB):\n${figures.join('\n')}`);
    expect(figures.length).toBe(types.length);
  });
});
