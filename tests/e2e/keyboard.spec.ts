/** Keyboard only: the skip link comes first and works, and focus is always visible. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from './browser.ts';

const fixture = useBrowser(() => ({ demo: inject('demoSite') }));

async function focusIsVisible(page: Page): Promise<{ element: string; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { element: 'body', visible: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none';
    const rect = el.getBoundingClientRect();
    return {
      element: `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 40) ?? ''}`,
      visible: (outline || shadow) && rect.width > 0 && rect.height > 0,
    };
  });
}

describe('keyboard', () => {
  test('the first Tab reaches the skip link, and Enter moves focus to the main content', async () => {
    const page = await fixture.browser.newPage();
    await page.goto(`${fixture.origin('demo')}/registers/nevenfuncties/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      'Naar de inhoud',
    );
    expect((await focusIsVisible(page)).visible).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await page.close();
  });

  test('focus is visible on every one of the first 40 focusable elements of a register page', async () => {
    const page = await fixture.browser.newPage();
    await page.goto(`${fixture.origin('demo')}/registers/geschenken/`);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focus = await focusIsVisible(page);
      expect(focus.visible, `focus not visible on ${focus.element} (Tab ${i + 1})`).toBe(true);
    }
    await page.close();
  });

  test('a scrollable table can be reached and scrolled with the keyboard', async () => {
    const page = await fixture.browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(`${fixture.origin('demo')}/registers/nevenfuncties/`);
    const region = page.locator('.tp-table-wrap').first();
    await region.focus();
    const before = await region.evaluate((el) => el.scrollLeft);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // Scrolling may be animated: wait for it rather than reading it at once.
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
    await page.close();
  });

  test('search by keyboard alone: reach the header box, type, submit, Tab to a result and open it', async () => {
    const page = await fixture.browser.newPage();
    await page.goto(`${fixture.origin('demo')}/`);
    let name = '';
    for (let i = 0; i < 6 && name !== 'q'; i++) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => document.activeElement?.getAttribute('name') ?? '');
    }
    expect(name, 'the header search box is among the first Tab stops').toBe('q');
    expect((await focusIsVisible(page)).visible).toBe(true);
    await page.keyboard.type('stichting natuurbeheer');
    await Promise.all([
      page.waitForURL(/\/zoeken\/\?q=stichting\+natuurbeheer/),
      page.keyboard.press('Enter'),
    ]);
    await page.waitForSelector('#zoekresultaten li a');
    let href = '';
    for (let i = 0; i < 40 && !href; i++) {
      await page.keyboard.press('Tab');
      href = await page.evaluate(() =>
        document.activeElement?.closest('#zoekresultaten')
          ? (document.activeElement?.getAttribute('href') ?? '')
          : '',
      );
    }
    expect(href, 'a result link is reachable with Tab').not.toBe('');
    expect((await focusIsVisible(page)).visible).toBe(true);
    await Promise.all([
      page.waitForURL((url) => url.pathname === href.split('#')[0]),
      page.keyboard.press('Enter'),
    ]);
    expect(await page.locator('h1').count()).toBe(1);
    await page.close();
  });
});
