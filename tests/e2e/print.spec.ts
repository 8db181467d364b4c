/** Printing a register or person page: only the content, with where and when it was printed. */
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from './browser.ts';
import { getPageTypes } from './page-types.ts';

const fixture = useBrowser(() => ({ demo: inject('demoSite') }));
const PRINTED = ['person', 'register nevenfuncties', 'register geschenken'];

describe('print stylesheet', () => {
  for (const pageType of getPageTypes(inject('demoSite')).filter((t) => PRINTED.includes(t.name))) {
    test(`${pageType.name} prints without the site's chrome, with its address`, async () => {
      const context = await fixture.browser.newContext({ viewport: { width: 800, height: 1100 } });
      const page = await context.newPage();
      try {
        await page.goto(`${fixture.origin('demo')}${pageType.path}`);
        expect(
          await page.locator('.tp-print-info').isVisible(),
          'the print line is hidden on screen',
        ).toBe(false);
        await page.emulateMedia({ media: 'print' });
        for (const chrome of [
          '.utrecht-skip-link',
          'nav[aria-label="Hoofdmenu"]',
          'nav[aria-label="Registers"]',
          'form[role="search"]',
          'footer',
        ]) {
          expect(await page.locator(chrome).first().isVisible(), `${chrome} is printed`).toBe(
            false,
          );
        }
        expect(await page.locator('h1').isVisible()).toBe(true);
        const info = page.locator('.tp-print-info');
        expect(await info.isVisible()).toBe(true);
        expect(await info.innerText()).toContain(`${pageType.path}`);
        expect(await info.innerText()).toMatch(/Stand van gegevens: \d{1,2} \S+ \d{4}/);
        // Tables are not cut off: no scroll box clips them on paper.
        const clipped = await page.evaluate(
          () =>
            [...document.querySelectorAll('.tp-table-wrap')].filter(
              (el) => el.scrollWidth > el.clientWidth + 1,
            ).length,
        );
        expect(clipped).toBe(0);
        // Link addresses are not written out after the links.
        const after = await page.evaluate(
          () => getComputedStyle(document.querySelector('main a') as Element, '::after').content,
        );
        expect(['none', 'normal']).toContain(after);
      } finally {
        await context.close();
      }
    });
  }
});
