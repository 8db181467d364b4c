/**
 * Privacy and robustness in a real browser, under the shipped Content Security Policy:
 * no request leaves the site's origin, no console errors (CSP violations included), and
 * with JavaScript disabled every page still shows its content.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { sharedSite, sharedSitePath } from '../shared-sites.ts';
import { useBrowser } from './browser.ts';
import { getAllPageTypes, getPageTypes, getPageTypeSites } from './page-types.ts';

const fixture = useBrowser(getPageTypeSites);

// Each test has a page of the file's browser to itself: they run a few at a time (maxConcurrency),
// each with its own `expect`, so that a failure is reported for the test it belongs to.
describe.concurrent('requests and errors', () => {
  // The policy is the portal's, whatever the kind of body: one page of each type of the
  // municipality's and the water board's demos too (issue #30).
  for (const pageType of getAllPageTypes()) {
    test(`${pageType.name} requests nothing from elsewhere and logs no errors`, ({ expect }) =>
      fixture.withPage({}, async (page) => {
        const origin = fixture.origin(pageType.site);
        const foreign: string[] = [];
        const errors: string[] = [];
        page.on('request', (request) => {
          const url = request.url();
          if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(url);
        });
        page.on('console', (message) => {
          // The 404 page is served with status 404 on purpose; Chromium logs that as an error.
          if (
            message.type() === 'error' &&
            !(pageType.name.endsWith('404') && message.text().includes('404'))
          )
            errors.push(`${message.text()} (${message.location().url})`);
        });
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(`${origin}${pageType.path}`, { waitUntil: 'networkidle' });
        if (pageType.ready) await page.waitForSelector(pageType.ready);
        // Scroll to the end so that anything loaded lazily (charts) is loaded too.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState('networkidle');
        expect(foreign).toEqual([]);
        expect(errors).toEqual([]);
      }));
  }
});

describe.concurrent('without JavaScript', () => {
  for (const pageType of getPageTypes(inject('demoSite'), sharedSitePath('paged'))) {
    test(`${pageType.name} shows its content`, ({ expect }) =>
      fixture.withPage({ javaScriptEnabled: false }, async (page) => {
        await page.goto(`${fixture.origin(pageType.site)}${pageType.path}`);
        await expect.poll(() => page.locator('h1').count()).toBe(1);
        expect(await page.locator('h1').isVisible()).toBe(true);
        const text = await page.locator('main').innerText();
        expect(text.length).toBeGreaterThan(100);
      }));
  }
});

describe('a site whose registers have no entries yet', () => {
  test('has no register index, and a search for a register there answers without one and without an error', async () => {
    const page = await fixture.browser.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    try {
      await page.goto(`${fixture.origin('empty')}/zoeken/?q=stichting&register=Nevenfuncties`);
      await page.waitForFunction(
        () => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '',
        undefined,
        { timeout: 30_000 },
      );
      // The form offers no register without entries, so the address's register is not a filter.
      expect(
        await page.locator('select[name="register"] option[value="Nevenfuncties"]').count(),
      ).toBe(0);
      expect(existsSync(path.join(await sharedSite('empty'), 'pagefind-registers'))).toBe(false);
      expect(
        (await page.textContent('[data-search-status]'))?.replace(/[\u2068\u2069]/g, ''),
      ).toMatch(/^(?:Geen resultaten|\d+ resulta(?:at|ten)) voor “stichting”\./);
      expect(await page.getAttribute('tp-search', 'data-register-indexes')).toBe('');
      expect(requests.filter((p) => p.startsWith('/pagefind-registers/'))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
