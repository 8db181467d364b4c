/**
 * The browser editor (Sveltia CMS, PORTAL_EDITOR=1; issue 28) in Chromium, on an origin of its
 * own whose root is the build's admin/ folder, under exactly the headers of src/editor/_headers:
 * it starts and shows its sign-in, with zero Content-Security-Policy violations, no request to
 * any other origin (its fonts come from the editor itself) and no script error.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { headersFor, readHeaderRules, useBrowser } from './browser.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EDITOR_HEADERS = path.join(ROOT, 'src/editor/_headers');
const fixture = useBrowser(() => ({ editor: path.join(inject('pagedSite'), 'admin') }), { editor: EDITOR_HEADERS });

describe('the browser editor on its own origin', () => {
  test('works under its own policy: sign-in shown, 0 violations, nothing from other origins', async () => {
    const context = await fixture.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const violations: string[] = [];
    const problems: string[] = [];
    const elsewhere: string[] = [];
    const origin = fixture.origin('editor');
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) elsewhere.push(request.url());
    });
    const response = await page.goto(`${origin}/`);
    expect(response?.headers()['content-security-policy']).toBe(headersFor(readHeaderRules(EDITOR_HEADERS), '/')['Content-Security-Policy']);
    // The sign-in screen is the editor's first screen without an account: it has started.
    await page.getByRole('button', { name: /^Sign In with\W*GitHub\W*$/ }).waitFor({ timeout: 30_000 });
    // Its icon font is its own, and loaded: icons show as icons, not as their names.
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('24px "Material Symbols Outlined"'))).toBe(true);
    expect(violations).toEqual([]);
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('is not part of a site built without PORTAL_EDITOR', async () => {
    expect(existsSync(path.join(inject('demoSite'), 'admin'))).toBe(false);
    expect(existsSync(path.join(inject('emptySite'), 'admin'))).toBe(false);
  });
});
