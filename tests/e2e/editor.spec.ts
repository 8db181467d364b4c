/**
 * The browser editor (Sveltia CMS, PORTAL_EDITOR=1; issue 28) in Chromium, on an origin of its
 * own whose root is the build's admin/ folder, under exactly the headers of src/editor/_headers:
 * it starts and shows its sign-in, with zero Content-Security-Policy violations, no request to
 * any other origin (its fonts come from the editor itself) and no script error.
 *
 * And what the clerk does in it (issue 27), on the same build with the editor's test repository
 * (files kept in the browser's own storage) instead of GitHub: a declaration set to "geen", a new
 * quarter's gift file with a gift "ca. € 60" received "2026-11", side income per year, and edits
 * of existing files, which change the edited line and nothing else. The files it writes are then
 * validated as the build validates them.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { readContentFiles, validateContent, type ContentFile } from '../../src/data/load.ts';
import { sharedSite } from '../shared-sites.ts';
import { headersFor, readHeaderRules, useBrowser } from './browser.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EDITOR_HEADERS = path.join(ROOT, 'src/editor/_headers');
const fixture = useBrowser(
  async () => {
    // The empty-registers site too, for 'is not part of a site built without PORTAL_EDITOR'.
    const [paged] = await Promise.all([sharedSite('paged'), sharedSite('empty')]);
    return {
      editor: path.join(paged, 'admin'),
      local: withTestRepository(path.join(paged, 'admin')),
    };
  },
  { editor: EDITOR_HEADERS, local: EDITOR_HEADERS },
);

/** A copy of the editor's folder whose configuration uses the test repository instead of GitHub. */
function withTestRepository(admin: string): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'portal-editor-local-')), 'admin');
  cpSync(admin, dir, { recursive: true });
  const config = parse(readFileSync(path.join(dir, 'config.yml'), 'utf8')) as Record<
    string,
    unknown
  >;
  writeFileSync(
    path.join(dir, 'config.yml'),
    stringify({ ...config, backend: { name: 'test-repo' } }),
  );
  return dir;
}

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
        (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
          `${event.violatedDirective} ${event.blockedURI}`,
        );
      });
    });
    page.on('pageerror', (error) => problems.push(error.message));
    // With the address it is about: "Failed to load resource" names no file in its text.
    page.on('console', (message) => {
      if (message.type() === 'error')
        problems.push(`${message.text()} (${message.location().url})`);
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
        elsewhere.push(request.url());
    });
    const response = await page.goto(`${origin}/`);
    expect(response?.headers()['content-security-policy']).toBe(
      headersFor(readHeaderRules(EDITOR_HEADERS), '/')['Content-Security-Policy'],
    );
    // The sign-in screen is the editor's first screen without an account: it has started.
    await page
      .getByRole('button', { name: /^Sign In with\W*GitHub\W*$/ })
      .waitFor({ timeout: 30_000 });
    // Its icon font is its own, and loaded: icons show as icons, not as their names.
    await page.evaluate(() => document.fonts.ready);
    expect(
      await page.evaluate(() => document.fonts.check('24px "Material Symbols Outlined"')),
    ).toBe(true);
    // Its page names an icon that is there: otherwise the browser asks for /favicon.ico before
    // the editor has set an icon of its own, and logs the 404 (when the machine is slow).
    const icon = await page.locator('link[rel="icon"]').first().getAttribute('href');
    expect(icon).toBeTruthy();
    expect((await context.request.get(new URL(icon ?? '', `${origin}/`).href)).status()).toBe(200);
    expect(violations).toEqual([]);
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('is not part of a site built without PORTAL_EDITOR', async () => {
    expect(existsSync(path.join(inject('demoSite'), 'admin'))).toBe(false);
    expect(existsSync(path.join(await sharedSite('empty'), 'admin'))).toBe(false);
  });
});

/** The fixture content the clerk edits (tests/fixtures/content-minimal), as the repository holds it. */
const MINIMAL = readContentFiles(path.join(ROOT, 'tests/fixtures/content-minimal'));
const TODAY = '2026-11-22';

function sourceOf(contentPath: string): string {
  const file = MINIMAL.find((f) => f.path === contentPath);
  if (!file) throw new Error(`no fixture file ${contentPath}`);
  return file.source;
}

/** The lines of `after` that differ from `before`, when both have as many lines. */
function changedLines(before: string, after: string): string[] {
  const old = before.split('\n');
  expect(after.split('\n')).toHaveLength(old.length);
  return after.split('\n').filter((line, i) => line !== old[i]);
}

/** Whether the content with `changed` files validates as the build validates it. */
function validateWith(changed: readonly ContentFile[]): void {
  validateContent([...MINIMAL.filter((f) => !changed.some((c) => c.path === f.path)), ...changed], {
    today: TODAY,
    label: 'content-minimal',
  });
}

describe('the browser editor keeps what the clerk wrote (test repository in the browser)', () => {
  let page: Page;
  const problems: string[] = [];

  /** The text of a file in the test repository (the browser's origin private file system). */
  const readBack = (contentPath: string): Promise<string> =>
    page.evaluate(async (p) => {
      let dir = await (
        await navigator.storage.getDirectory()
      ).getDirectoryHandle('sveltia-cms-test');
      const parts = `content/${p}`.split('/');
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
      return (await (await dir.getFileHandle(parts.at(-1) ?? '')).getFile()).text();
    }, contentPath);

  /** Opens an entry (or a new one) and waits until its editor is there. */
  async function open(hash: string): Promise<void> {
    await page.goto(`${fixture.origin('local')}/#/collections/${hash}`);
    await page.getByRole('button', { name: 'Save' }).waitFor();
    await page.getByText(/Edit/).first().waitFor();
    // A person's form is drawn before its values are filled in; on a busy machine a click in
    // between (an item added) is lost when the values arrive. Wait for the person's surname, as
    // the fixture has it: any non-empty field was not enough (a checkbox's value is "on").
    const person = /^people\/entries\/(.+)$/.exec(hash)?.[1];
    if (person !== undefined) {
      const surname = /^ {2}achternaam: (.+)$/m.exec(sourceOf(`people/${person}.md`))?.[1];
      expect(surname, `people/${person}.md: naam.achternaam`).toBeDefined();
      await expect
        .poll(() =>
          page
            .locator('input, textarea')
            .evaluateAll(
              (fields, name) => fields.some((field) => (field as HTMLInputElement).value === name),
              surname,
            ),
        )
        .toBe(true);
    }
  }

  /** The editor draws fields as they scroll into view: scroll its pane until `locator` is there. */
  async function reveal(locator: Locator): Promise<Locator> {
    // Scroll until the field is drawn, however slowly a busy machine draws it: down, and back up
    // in longer sweeps, since a field added above the view is drawn only once scrolled to. The
    // poll's timeout only guards against a field that never comes.
    let tries = 0;
    await expect
      .poll(
        async () => {
          if ((await locator.count()) > 0) return true;
          tries += 1;
          const sweep = Math.floor(Math.log2(tries / 10 + 1));
          await page.mouse.move(300, 600);
          await page.mouse.wheel(0, sweep % 2 === 0 ? 500 : -500);
          return false;
        },
        { timeout: 90_000 },
      )
      .toBe(true);
    await locator.first().scrollIntoViewIfNeeded();
    return locator.first();
  }

  /** Saves, and waits until the file in the repository is no longer `before`. */
  async function save(contentPath: string, before: string | undefined): Promise<string> {
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => readBack(contentPath).catch(() => undefined), { timeout: 60_000 })
      .not.toBe(before);
    return readBack(contentPath);
  }

  beforeAll(async () => {
    page = await fixture.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${fixture.origin('local')}/`);
    // The test repository reads and writes the files in the browser's own storage.
    await page.evaluate(
      async (files) => {
        const root = await (
          await navigator.storage.getDirectory()
        ).getDirectoryHandle('sveltia-cms-test', { create: true });
        for (const file of files) {
          const parts = `content/${file.path}`.split('/');
          let dir = root;
          for (const part of parts.slice(0, -1))
            dir = await dir.getDirectoryHandle(part, { create: true });
          const writable = await (
            await dir.getFileHandle(parts.at(-1) ?? '', { create: true })
          ).createWritable();
          await writable.write(file.source);
          await writable.close();
        }
      },
      MINIMAL.map((f) => ({ path: f.path, source: f.source })),
    );
    await page.reload();
    await page.getByRole('button', { name: /Work with Test Repository/ }).click();
    await page.getByRole('button', { name: /Create Entry or Assets/ }).waitFor({ timeout: 30_000 });
  });

  afterAll(async () => {
    await page.close();
  });

  test('a declaration set from "niet-opgegeven" to "geen": that line changes, the comment and the rest stay', async () => {
    await open('people/entries/karel-de-wit');
    // The declaration is a choice of forms: remove "Niet opgegeven", then add "Geen".
    const removes = await page.getByRole('button', { name: 'Remove' }).all();
    await removes.at(-1)?.click();
    await page.getByRole('button', { name: /Add\W*Financiële belangen/ }).click();
    await page.getByRole('menuitem', { name: /^Geen/ }).click();
    const before = sourceOf('people/karel-de-wit.md');
    const after = await save('people/karel-de-wit.md', before);
    expect(changedLines(before, after)).toEqual(['financieleBelangen: geen']);
    expect(() => validateWith([{ path: 'people/karel-de-wit.md', source: after }])).not.toThrow();
  });

  test('a new quarter\'s file, with a gift of "ca. € 60" received "2026-11" and its recipient chosen from the people', async () => {
    await open('gifts/new');
    // The file's name, in the editor's Slug panel: the quarter.
    await page.getByRole('textbox', { name: /^Slug$/ }).fill('2026-k4');
    await page.getByRole('button', { name: /Add\W*geschenk/ }).click();
    const text = async (name: RegExp, value: string): Promise<void> =>
      (await reveal(page.getByRole('textbox', { name }))).fill(value);
    await text(/^Id, zoals/, '2026-101');
    await text(/^Datum ontvangen/, '2026-11');
    await (await reveal(page.getByRole('radio', { name: /^Çelik, Ü\./ }))).check();
    await text(/^Gever/, 'Waterschap Testland');
    await text(/^Gelegenheid/, 'Afscheid dijkgraaf');
    await text(/^Omschrijving/, 'Schaal van aardewerk');
    await (await reveal(page.getByRole('button', { name: /Add\W*Geschatte waarde/ }))).click();
    await page.getByRole('menuitem', { name: /^Ongeveer/ }).click();
    await (await reveal(page.getByRole('spinbutton', { name: /^Bedrag in euro/ }))).fill('60');
    await (await reveal(page.getByRole('radio', { name: 'geschenk' }))).check();
    await (await reveal(page.getByRole('combobox', { name: /^Bestemming/ }))).click();
    await page.getByRole('option', { name: 'ingeleverd' }).click();
    const written = await save('gifts/2026-k4.yaml', undefined);
    expect(written).toBe(
      'geschenken:\n  - id: 2026-101\n    datum: 2026-11\n    ontvanger:\n      persoon: umit-celik\n    gever: Waterschap Testland\n    gelegenheid: Afscheid dijkgraaf\n    omschrijving: Schaal van aardewerk\n    waarde:\n      ongeveer: 60\n    soort: geschenk\n    bestemming: ingeleverd\n',
    );
    expect(() => validateWith([{ path: 'gifts/2026-k4.yaml', source: written }])).not.toThrow();
  });

  test('side income for a year, per side position: written without a single empty field', async () => {
    await open('people/entries/umit-celik');
    await (await reveal(page.getByRole('button', { name: /Add\W*jaar/ }))).click();
    await (await reveal(page.getByRole('spinbutton', { name: /^Kalenderjaar/ }))).fill('2025');
    await (await reveal(page.getByRole('button', { name: /Add\W*Inkomsten/ }))).click();
    await page.getByRole('menuitem', { name: /^Per nevenfunctie/ }).click();
    await (
      await reveal(page.getByRole('button', { name: /Add\W*inkomsten uit een nevenfunctie/ }))
    ).click();
    await (
      await reveal(page.getByRole('textbox', { name: /^Nevenfunctie/ }))
    ).fill('toezichthouder-zorggroep');
    await (
      await reveal(page.getByRole('spinbutton', { name: /^Inkomsten in het jaar/ }))
    ).fill('9250');
    const before = sourceOf('people/umit-celik.md');
    const after = await save('people/umit-celik.md', before);
    expect(after).toBe(
      before.replace(
        /---\n$/,
        'neveninkomsten:\n  - jaar: 2025\n    inkomsten:\n      - nevenfunctie: toezichthouder-zorggroep\n        bedrag: 9250\n---\n',
      ),
    );
    expect(() => validateWith([{ path: 'people/umit-celik.md', source: after }])).not.toThrow();
  });

  test('existing files edited: only the edited line changes (gift values, "geen", inline maps and the rest stay as written)', async () => {
    const cases: { hash: string; file: string; edit: () => Promise<void>; line: string }[] = [
      {
        hash: 'gifts/entries/2026',
        file: 'gifts/2026.yaml',
        edit: async () => {
          await page.getByRole('button', { name: 'Expand All' }).first().click();
          await (
            await reveal(page.getByRole('textbox', { name: /^Omschrijving/ }))
          ).fill('Fles rode wijn');
        },
        line: '    omschrijving: Fles rode wijn',
      },
      {
        hash: 'officials/entries/2026',
        file: 'officials/2026.yaml',
        edit: async () => {
          await page.getByRole('button', { name: 'Expand All' }).first().click();
          await (
            await reveal(page.getByRole('textbox', { name: /^Afdeling/ }))
          ).fill('Directie Mobiliteit');
        },
        line: '    afdeling: Directie Mobiliteit',
      },
      {
        hash: 'people/entries/noelle-van-der-linde',
        file: 'people/noelle-van-der-linde.md',
        edit: async () =>
          (await reveal(page.getByRole('textbox', { name: /^Roepnaam/ }))).fill('Noëlle E.'),
        line: '  roepnaam: Noëlle E.',
      },
    ];
    const changed: ContentFile[] = [];
    for (const { hash, file, edit, line } of cases) {
      await open(hash);
      await edit();
      const before = sourceOf(file);
      const after = await save(file, before);
      expect(changedLines(before, after), file).toEqual([line]);
      changed.push({ path: file, source: after });
    }
    expect(() => validateWith(changed)).not.toThrow();
    expect(problems).toEqual([]);
  });
});
