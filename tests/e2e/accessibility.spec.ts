/**
 * WCAG 2.1 A/AA (and 2.2 AA), and axe's best-practice `region` (all content in landmarks), in a
 * real browser: zero axe-core violations on every page type, of the province's demo and of the
 * municipality's and the water board's,
 * at 320 and 1280 pixels wide, and no page-level horizontal scrolling at 320 px (reflow, 1.4.10).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, test } from 'vitest';
import { useBrowser } from './browser.ts';
import { getAllPageTypes, getPageTypeSites } from './page-types.ts';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Best practice on top of WCAG: all content inside landmarks, so a screen reader's landmark
// navigation reaches everything (the demo banner sat outside them, issue 28).
const EXTRA_RULES = { region: { enabled: true } };

const fixture = useBrowser(getPageTypeSites);

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

// Each test has a page of the file's browser to itself: they run a few at a time (maxConcurrency),
// each with its own `expect`, so that a failure is reported for the test it belongs to.
describe.concurrent.each([320, 1280])('at %i px wide', (width) => {
  for (const pageType of getAllPageTypes()) {
    test(`${pageType.name} has no WCAG violations`, ({ expect }) =>
      fixture.withPage({ viewport: { width, height: 900 } }, async (page) => {
        await page.goto(`${fixture.origin(pageType.site)}${pageType.path}`);
        if (pageType.ready) await page.waitForSelector(pageType.ready);
        // evaluate() runs through the DevTools protocol, so the site's CSP does not block axe.
        await page.evaluate(axeSource);
        const result = (await page.evaluate(
          ({ tags, rules }) =>
            (
              window as unknown as {
                axe: { run: (ctx: Document, opts: object) => Promise<unknown> };
              }
            ).axe.run(document, { runOnly: { type: 'tag', values: tags }, rules }),
          { tags: TAGS, rules: EXTRA_RULES },
        )) as AxeResult;
        const summary = result.violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help} at ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
        expect(summary).toEqual([]);
        if (width === 320) {
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, 'page scrolls horizontally at 320 px').toBeLessThanOrEqual(0);
        }
      }));
  }
});
