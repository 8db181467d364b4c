/**
 * XSS payloads in free-text fields either fail validation or appear on the page as inert text.
 * Payloads with markup are refused by the schemas (see tests/unit); this builds a site whose
 * text fields carry attribute-breaking payloads without markup, and checks they stay text.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PAYLOAD = `" onmouseover="alert(1)" x="' autofocus onfocus='alert(2)`;
const work = mkdtempSync(path.join(tmpdir(), 'portal-xss-'));
const out = path.join(work, 'dist');

beforeAll(() => {
  const content = path.join(work, 'content');
  cpSync(path.join(ROOT, 'tests/fixtures/content-minimal'), content, { recursive: true });
  const fractie = /id:\s*([a-z0-9-]+)/.exec(
    readFileSync(path.join(content, 'fracties.yaml'), 'utf8'),
  )?.[1];
  const quoted = JSON.stringify(PAYLOAD);
  writeFileSync(
    path.join(content, 'people', 'xss-proef.md'),
    [
      '---',
      `naam: { voorletters: "X.", roepnaam: ${quoted}, achternaam: ${quoted} }`,
      `rollen: [{ functie: statenlid, fractie: ${fractie}, van: 2023-03-30 }]`,
      'nevenfuncties:',
      '  - id: proef',
      `    organisatie: ${quoted}`,
      `    functie: ${quoted}`,
      '    bezoldiging: onbezoldigd',
      'financieleBelangen:',
      '  - id: proef',
      `    omschrijving: ${quoted}`,
      `    organisatie: ${quoted}`,
      `    sector: ${quoted}`,
      '    aard: overig',
      '---',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(content, 'gifts', 'xss.yaml'),
    [
      'geschenken:',
      '  - id: xss-1',
      '    datum: 2025-01-10',
      '    ontvanger: { persoon: xss-proef }',
      `    gever: ${quoted}`,
      `    gelegenheid: ${quoted}`,
      `    omschrijving: ${quoted}`,
      '    waarde: 10',
      '    soort: geschenk',
      '    bestemming: behouden',
      '',
    ].join('\n'),
  );
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      PORTAL_QUIET: '1',
      PORTAL_TODAY: '2026-11-22',
      PORTAL_CONTENT_DIR: content,
      PORTAL_OUT_DIR: out,
    },
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`fixture build failed:\n${result.stdout}\n${result.stderr}`);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('XSS payloads without markup', () => {
  test.each([
    ['person page', 'personen/xss-proef/index.html'],
    ['side positions register', 'registers/nevenfuncties/index.html'],
    ['interests register', 'registers/financiele-belangen/index.html'],
    ['gift register', 'registers/geschenken/index.html'],
    ['people index', 'personen/index.html'],
  ])('stay inert text on the %s', (_name, file) => {
    const root = parse(readFileSync(path.join(out, file), 'utf8'));
    const handlers = root
      .querySelectorAll('*')
      .flatMap((el) => Object.keys(el.attributes).filter((a) => /^on|^autofocus$/i.test(a)));
    expect(handlers).toEqual([]);
    expect(root.querySelector('main')?.text).toContain('onmouseover="alert(1)"');
  });
});
