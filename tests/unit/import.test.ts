/**
 * The import of the griffie's spreadsheet, from the fixture files in tests/fixtures/import/:
 * a preview of what changes, then the write, on a copy of content-minimal.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/data/load.ts';
import { ContentValidationError } from '../../src/lib/content-errors.ts';
import { listChanges } from '../../src/lib/editions.ts';
import { writeChanges } from '../../scripts/lib/content-writer.ts';
import { planImport } from '../../scripts/lib/import-plan.ts';
import { readCsv, readSpreadsheet } from '../../scripts/lib/spreadsheet.ts';
import { fixturePath, TODAY } from './content-fixtures.ts';

const work = mkdtempSync(path.join(tmpdir(), 'portal-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function copyOfMinimal(name: string): string {
  const dir = path.join(work, name);
  cpSync(fixturePath('content-minimal'), dir, { recursive: true });
  return dir;
}

const summary = (plan: ReturnType<typeof planImport>, register: 'nevenfuncties' | 'financieleBelangen') =>
  listChanges(plan.diffs[register]).map((c) => ({ kind: c.kind, key: c.record.sleutel, fields: Object.fromEntries(c.fields.map((f) => [f.field, f.after])) }));

describe('import from CSV (Dutch Excel: semicolons, byte order mark, messy cells)', async () => {
  const sheets = await readSpreadsheet(fixturePath('import/minimal.csv'));

  test('reads one sheet of side positions', () => {
    expect(sheets.map((s) => [s.register, s.rows.length])).toEqual([['nevenfuncties', 4]]);
  });

  test('the preview shows added, ended and changed records, and writes nothing', () => {
    const dir = copyOfMinimal('csv-preview');
    const before = readFileSync(path.join(dir, 'people/noelle-van-der-linde.md'), 'utf8');
    const plan = planImport(dir, sheets, TODAY);
    expect(plan.issues).toEqual([]);
    expect(summary(plan, 'nevenfuncties')).toEqual([
      { kind: 'toegevoegd', key: 'noelle-van-der-linde/lid-raad-van-advies-stichting-bijenhotel-testland', fields: {} },
      { kind: 'beeindigd', key: 'umit-celik/lid-bestuur-omgevingsdienst', fields: { tot: '2026-10-31' } },
      { kind: 'gewijzigd', key: 'noelle-van-der-linde/docent-hogeschool-testland', fields: { vergoeding: { bedrag: 1200, per: 'maand' } } },
    ]);
    expect(plan.confirmed).toBe(3);
    expect(plan.notInFile.map((r) => r.key)).toEqual(['noelle-van-der-linde/penningmeester-dorpshuis', 'umit-celik/toezichthouder-zorggroep']);
    expect(readFileSync(path.join(dir, 'people/noelle-van-der-linde.md'), 'utf8')).toBe(before);
  });

  test('the write gives valid content: "€ 75,50" a number, "1 oktober 2026" a date, spaces trimmed, nothing removed', () => {
    const dir = copyOfMinimal('csv-write');
    const plan = planImport(dir, sheets, TODAY);
    writeChanges(dir, plan.changed);
    const content = loadContent(dir, { today: TODAY });
    const noelle = content.people.find((p) => p.id === 'noelle-van-der-linde');
    const positions = Array.isArray(noelle?.nevenfuncties) ? noelle.nevenfuncties : [];
    expect(positions.map((p) => p.id)).toEqual(['voorzitter-imkers-zuidhoek', 'docent-hogeschool-testland', 'penningmeester-dorpshuis', 'lid-raad-van-advies-stichting-bijenhotel-testland']);
    expect(positions[3]).toMatchObject({ organisatie: 'Stichting Bijenhotel Testland', vergoeding: { bedrag: 75.5, per: 'jaar' }, tijdsbesteding: { uren: 2.5, per: 'maand' }, van: '2026-10-01', bevestigd: '2026-11-01', reactie: 'Ik ontvang alleen een reiskostenvergoeding.' });
    expect(positions[1]).toMatchObject({ bezoldiging: 'bezoldigd', vergoeding: { bedrag: 1200, per: 'maand' }, bevestigd: '2026-11-01' });
    // The rest of the file is kept as it was, comment included.
    expect(readFileSync(path.join(dir, 'people/noelle-van-der-linde.md'), 'utf8')).toMatch(/^---\n# Tussenvoegsel and diacritics/);
  });

  test('an unknown person is a clear error with row and column, and nothing is planned', () => {
    const csv = 'persoonId,organisatie,functie,bezoldiging\njan-onbekend,Stichting X,Lid,onbezoldigd\n';
    const plan = planImport(copyOfMinimal('unknown'), readCsv('fout.csv', csv), TODAY);
    expect(plan.issues).toEqual([{ sheet: 'fout.csv', row: 2, column: 'persoonId', nl: expect.stringContaining('onbekende persoon "jan-onbekend"'), en: expect.stringContaining('unknown person "jan-onbekend"') }]);
    expect(plan.after).toBeUndefined();
  });

  test('unreadable cells are errors naming row and column', () => {
    const csv = 'persoonId;id;organisatie;functie;bezoldiging;vergoedingBedrag;vergoedingPer;van\numit-celik;;Stichting Y;Lid;bezoldigd;veel;jaar;maart 2026\n';
    const plan = planImport(copyOfMinimal('cells'), readCsv('cellen.csv', csv), TODAY);
    expect(plan.issues.map((i) => [i.row, i.column])).toEqual([[2, 'vergoedingBedrag'], [2, 'van']]);
  });

  test('a change the rules forbid is refused by the same validation as the build', () => {
    // Ümit is gedeputeerde: a paid side position needs its amount (Provinciewet art. 40c).
    const csv = 'persoonId,organisatie,functie,bezoldiging\numit-celik,Stichting Z,Adviseur,bezoldigd\n';
    expect(() => planImport(copyOfMinimal('rules'), readCsv('regels.csv', csv), TODAY)).toThrow(ContentValidationError);
  });
});

describe('import from XLSX (date cells, numbers, two registers, an explanation sheet)', async () => {
  const sheets = await readSpreadsheet(fixturePath('import/minimal.xlsx'));

  test('reads both register sheets and skips "Toelichting"', () => {
    expect(sheets.map((s) => [s.register, s.rows.length])).toEqual([['nevenfuncties', 3], ['financieleBelangen', 2]]);
  });

  test('the preview: added, withdrawn with its reason, changed field by field, and a declaration', () => {
    const plan = planImport(copyOfMinimal('xlsx-preview'), sheets, TODAY);
    expect(plan.issues).toEqual([]);
    expect(summary(plan, 'nevenfuncties')).toEqual([
      { kind: 'toegevoegd', key: 'umit-celik/lid-raad-van-toezicht-stichting-mobiliteitsfonds-testland', fields: {} },
      { kind: 'ingetrokken', key: 'noelle-van-der-linde/penningmeester-dorpshuis', fields: { ingetrokken: { datum: '2026-11-12', reden: 'Dubbel opgegeven; dezelfde functie staat al bij het dorpshuis.' } } },
      { kind: 'gewijzigd', key: 'umit-celik/toezichthouder-zorggroep', fields: { vergoeding: { bedrag: 9750, per: 'jaar' } } },
    ]);
    expect(summary(plan, 'financieleBelangen')).toEqual([{ kind: 'gewijzigd', key: 'noelle-van-der-linde/aandelen-energiecoop', fields: { sector: 'energie en klimaat' } }]);
    expect(plan.declarations).toEqual([{ personId: 'karel-de-wit', register: 'financieleBelangen', before: 'niet-opgegeven', after: 'geen' }]);
  });

  test('the write: date cells become JJJJ-MM-DD and a "geen" row confirms the whole declaration', () => {
    const dir = copyOfMinimal('xlsx-write');
    writeChanges(dir, planImport(dir, sheets, TODAY).changed);
    const content = loadContent(dir, { today: TODAY });
    const umit = content.people.find((p) => p.id === 'umit-celik');
    const added = Array.isArray(umit?.nevenfuncties) ? umit.nevenfuncties.find((p) => p.organisatie === 'Stichting Mobiliteitsfonds Testland') : undefined;
    expect(added).toMatchObject({ van: '2026-10-01', bevestigd: '2026-11-03', vergoeding: { bedrag: 2500, per: 'jaar' } });
    const karel = content.people.find((p) => p.id === 'karel-de-wit');
    expect(karel).toMatchObject({ financieleBelangen: 'geen', bevestigd: { financieleBelangen: '2026-11-10' } });
  });
});
