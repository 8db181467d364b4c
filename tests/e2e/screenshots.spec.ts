/**
 * Screenshots of the main page types at 320 and 1280 px wide, with the layout facts behind them:
 * no page-level horizontal scrolling, the header and the h1 in view, and at 320 px a register's
 * table scrolling inside its own box with the hint showing. The PNGs go to docs/screenshots/ with
 * UPDATE_SCREENSHOTS=1 (the ones in the README and docs), otherwise to a temporary folder.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from './browser.ts';
import { getPageTypes } from './page-types.ts';

const fixture = useBrowser(() => ({ demo: inject('demoSite') }));
const OUT_DIR =
  process.env['UPDATE_SCREENSHOTS'] === '1'
    ? path.resolve(import.meta.dirname, '../../docs/screenshots')
    : mkdtempSync(path.join(tmpdir(), 'portal-screenshots-'));
/** Long pages are cut here, so the PNGs stay small; the layout facts are checked on the whole page. */
const MAX_HEIGHT = 3000;

const SHOTS = [
  { file: 'home', type: 'home' },
  { file: 'persoon', type: 'person' },
  { file: 'register', type: 'register nevenfuncties' },
  { file: 'jaarverslag', type: 'jaarverslag' },
];

describe.each([320, 1280])('at %i px wide', (width) => {
  const types = getPageTypes(inject('demoSite'));
  for (const shot of SHOTS) {
    const pageType = types.find((t) => t.name === shot.type);
    test(`${shot.file}: layout holds and the screenshot is written`, async () => {
      if (!pageType) throw new Error(`No page type "${shot.type}" in tests/e2e/page-types.ts`);
      const context = await fixture.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      try {
        await page.goto(`${fixture.origin('demo')}${pageType.path}`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
        expect(await page.locator('header.utrecht-page-header').isVisible()).toBe(true);
        expect(await page.locator('h1').isVisible()).toBe(true);
        const h1 = await page.locator('h1').boundingBox();
        expect(h1 && h1.x >= 0 && h1.x + h1.width <= width, 'the h1 fits the width').toBe(true);

        if (shot.file === 'register' && width === 320) {
          const box = page.locator('.tp-table-wrap').first();
          const facts = await box.evaluate((el) => ({
            scrolls: el.scrollWidth > el.clientWidth,
            right: el.getBoundingClientRect().right,
            hint: getComputedStyle(el.querySelector('caption') as Element, '::after').display,
          }));
          expect(facts.scrolls, 'the table is wider than its box').toBe(true);
          expect(facts.right, 'the box fits the page').toBeLessThanOrEqual(width);
          expect(facts.hint, 'the scroll hint shows').toBe('block');
        }

        mkdirSync(OUT_DIR, { recursive: true });
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.screenshot({
          path: path.join(OUT_DIR, `${shot.file}-${width}.png`),
          fullPage: true,
          clip: { x: 0, y: 0, width, height: Math.min(height, MAX_HEIGHT) },
        });
      } finally {
        await context.close();
      }
    });
  }
});
