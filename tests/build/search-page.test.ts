/**
 * The search page in a real browser, served with the site's own security headers: it reads the
 * query from the address (the header's search box), announces the result count, lists results
 * as headed links, works with the keyboard, does not shift while results arrive, explains itself
 * without JavaScript, and passes axe-core.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../e2e/browser.ts';
import { assertBuilt, DIST } from './site.ts';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const fixture = useBrowser(() => {
  assertBuilt();
  return { site: DIST };
});

interface Opened {
  page: Page;
  problems: string[];
}

/** Opens a page, collecting script errors and Content Security Policy violations. */
async function open(url: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Opened> {
  const context = await fixture.browser.newContext({
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.addInitScript(() => {
    (window as unknown as { layoutShift: number }).layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput)
          (window as unknown as { layoutShift: number }).layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${fixture.origin('site')}${url}`);
  return { page, problems };
}

/** The status sentence as read; the invisible isolate around the search term (U+2068 … U+2069) left out. */
const status = async (page: Page): Promise<string> =>
  (await page.locator('[data-search-status]').innerText()).replace(/[\u2068\u2069]/g, '');
const waitForStatus = (page: Page, pattern: RegExp): Promise<unknown> =>
  page.waitForFunction(
    (source) =>
      new RegExp(source).test(
        (document.querySelector('[data-search-status]')?.textContent ?? '').replace(
          /[\u2068\u2069]/g,
          '',
        ),
      ),
    pattern.source,
    { timeout: 30_000 },
  );

describe('the search page', () => {
  test('shows results for ?q= from the header box, announced in a live region', async () => {
    const { page, problems } = await open('/zoeken/?q=umit+celik');
    await waitForStatus(page, /resulta(?:at|ten)/);
    expect(await status(page)).toMatch(/^\d+ resulta(?:at|ten) voor “umit celik”\.$/);
    expect(await page.locator('[data-search-status]').getAttribute('role')).toBe('status');
    expect(await page.inputValue('#zoekterm')).toBe('umit celik');
    const first = page.locator('#zoekresultaten > li').first();
    expect(await first.locator('h2 a').getAttribute('href')).toBe('/personen/umit-celik/');
    // The type is part of the link's name for screen readers; on screen it is the tag below.
    expect(
      await first.getByRole('link', { name: 'Persoon: Ümit Çelik', exact: true }).count(),
    ).toBe(1);
    expect(await first.locator('.tp-search__type').innerText()).toBe('Persoon');
    expect(await first.locator('.tp-search__excerpt mark').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('direction controls in the query cannot reverse the status sentence (issue 28)', async () => {
    // U+202E (right-to-left override) left open would show the rest of the sentence backwards.
    const { page, problems } = await open(`/zoeken/?q=${encodeURIComponent('\u202Eberg')}`);
    await waitForStatus(page, /resulta(?:at|ten)/);
    const raw = (await page.locator('[data-search-status]').textContent()) ?? '';
    expect(raw).not.toMatch(/[\u202A-\u202E\u200E\u200F\u061C]/);
    // The term is isolated, so neither it nor an Arabic or Hebrew term reorders the words around it.
    expect(raw).toMatch(/^(?:\d+ resulta(?:at|ten)|Geen resultaten) voor “\u2068berg\u2069”\./);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('nothing moves while the results arrive', async () => {
    const { page } = await open('/zoeken/?q=berg');
    await waitForStatus(page, /resultaten/);
    await page.waitForTimeout(300);
    expect(
      await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift),
    ).toBeLessThan(0.01);
    await page.context().close();
  });

  test('works with the keyboard: type, Enter, Tab to a result, follow it', async () => {
    const { page, problems } = await open('/zoeken/');
    await page.keyboard.press('Tab'); // skip link
    await page.locator('#zoekterm').focus();
    await page.keyboard.type('zorggroep wilgenrade');
    await page.keyboard.press('Enter');
    await waitForStatus(page, /resultaten voor “zorggroep wilgenrade”/);
    expect(page.url()).toContain('?q=zorggroep+wilgenrade');
    let reached = '';
    for (let i = 0; i < 15 && !reached.startsWith('/organisaties/'); i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() =>
        document.activeElement instanceof HTMLAnchorElement
          ? (document.activeElement.getAttribute('href') ?? '')
          : '',
      );
    }
    expect(reached).toBe('/organisaties/zorggroep-wilgenrade/');
    await Promise.all([
      page.waitForURL('**/organisaties/zorggroep-wilgenrade/'),
      page.keyboard.press('Enter'),
    ]);
    expect(await page.locator('h1').innerText()).toBe('Zorggroep Wilgenrade');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('filters narrow the results and are kept in the address', async () => {
    const { page } = await open('/zoeken/?q=kerstpakket');
    await waitForStatus(page, /resultaten/);
    await page.selectOption('#filter-jaar', '2025');
    await waitForStatus(page, /met deze filters/);
    expect(page.url()).toContain('jaar=2025');
    const types = await page.locator('#zoekresultaten .tp-search__type').allInnerTexts();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['Geschenk']));
    await page.context().close();
  });

  test('"Meer resultaten tonen" adds the next results and moves focus to them', async () => {
    const { page } = await open('/zoeken/?q=penningmeester');
    await waitForStatus(page, /resultaten/);
    expect(await page.locator('#zoekresultaten > li').count()).toBe(10);
    await page.locator('[data-search-more]').click();
    await page.waitForFunction(() => document.querySelectorAll('#zoekresultaten > li').length > 10);
    expect(
      await page.evaluate(
        () =>
          document.activeElement?.closest('li') ===
          document.querySelectorAll('#zoekresultaten > li')[10],
      ),
    ).toBe(true);
    await page.context().close();
  });

  test('the header search box on any page leads to the results', async () => {
    const { page } = await open('/personen/umit-celik/');
    await page.fill('#tp-header-search-q', 'hegedus');
    await Promise.all([
      page.waitForURL('**/zoeken/?q=hegedus'),
      page.press('#tp-header-search-q', 'Enter'),
    ]);
    await waitForStatus(page, /^\d+ resulta(at|ten) /);
    expect(await page.locator('#zoekresultaten h2 a').first().getAttribute('href')).toBe(
      '/personen/eleonora-hegedus/',
    );
    await page.context().close();
  });

  test('on /en/zoeken/ the page speaks English, with results from the same (Dutch) index', async () => {
    const { page, problems } = await open('/en/zoeken/?q=umit+celik');
    await waitForStatus(page, /results?/);
    expect(await status(page)).toMatch(/^\d+ results? for “umit celik”\.$/);
    expect(await page.locator('#zoekresultaten > li h2 a').first().getAttribute('href')).toBe(
      '/personen/umit-celik/',
    );
    expect(problems).toEqual([]);
  });

  test('without JavaScript it says so and points to the lists and registers', async () => {
    const { page } = await open('/zoeken/?q=berg', { javaScriptEnabled: false });
    const text = await page.locator('main').innerText();
    expect(text).toContain('Zoeken werkt met JavaScript');
    for (const href of [
      '/personen/',
      '/organisaties/',
      '/registers/nevenfuncties/',
      '/registers/geschenken/',
    ]) {
      expect(await page.locator(`main .tp-notice a[href="${href}"]`).count(), href).toBe(1);
    }
    await page.context().close();
  });

  test('the search page with results, the organisation index and an organisation page pass axe-core', async () => {
    for (const url of [
      '/zoeken/?q=berg',
      '/organisaties/',
      '/organisaties/stichting-natuurbeheer-zilverland/',
    ]) {
      const { page } = await open(url);
      if (url.startsWith('/zoeken/')) await waitForStatus(page, /resultaten/);
      await page.evaluate(axeSource);
      const result = (await page.evaluate(() =>
        (
          window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } }
        ).axe.run(document, {
          runOnly: {
            type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
          },
        }),
      )) as { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
      expect(
        result.violations.map(
          (v) =>
            `${v.id}: ${v.help} at ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        ),
        url,
      ).toEqual([]);
      await page.context().close();
    }
  });
});
