/**
 * The import of the griffie's spreadsheet, from the fixture files in tests/fixtures/import/:
 * a preview of what changes, then the write, on a copy of content-minimal.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/data/load.ts';
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

const summary = (
  plan: ReturnType<typeof planImport>,
  register: 'nevenfuncties' | 'financieleBelangen',
) =>
  listChanges(plan.diffs[register]).map((c) => ({
    kind: c.kind,
    key: c.record.sleutel,
    fields: Object.fromEntries(c.fields.map((f) => [f.field, f.after])),
  }));

describe('import from CSV (Dutch Excel: semicolons, byte order mark, messy cells)', async () => {
  const sheets = await readSpreadsheet(fixturePath('import/minimal.csv'));

  test('reads one sheet of side positions', () => {
    expect(sheets.sheets.map((s) => [s.register, s.rows.length])).toEqual([['nevenfuncties', 4]]);
  });

  test('the preview shows added, ended and changed records, and writes nothing', () => {
    const dir = copyOfMinimal('csv-preview');
    const before = readFileSync(path.join(dir, 'people/noelle-van-der-linde.md'), 'utf8');
    const plan = planImport(dir, sheets, TODAY);
    expect(plan.issues).toEqual([]);
    expect(summary(plan, 'nevenfuncties')).toEqual([
      {
        kind: 'toegevoegd',
        key: 'noelle-van-der-linde/lid-raad-van-advies-stichting-bijenhotel-testland',
        fields: {},
      },
      {
        kind: 'beeindigd',
        key: 'umit-celik/lid-bestuur-omgevingsdienst',
        fields: { tot: '2026-10-31' },
      },
      {
        kind: 'gewijzigd',
        key: 'noelle-van-der-linde/docent-hogeschool-testland',
        fields: { vergoeding: { bedrag: 1200, per: 'maand' } },
      },
    ]);
    expect(plan.confirmed).toBe(3);
    // Records the file leaves out were ended earlier or confirmed earlier in this round: no decision needed.
    expect(plan.answered.nevenfuncties).toEqual(['noelle-van-der-linde', 'umit-celik']);
    expect(readFileSync(path.join(dir, 'people/noelle-van-der-linde.md'), 'utf8')).toBe(before);
  });

  test('the write gives valid content: "€ 75,50" a number, "1 oktober 2026" a date, spaces trimmed, nothing removed', () => {
    const dir = copyOfMinimal('csv-write');
    const plan = planImport(dir, sheets, TODAY);
    writeChanges(dir, plan.changed);
    const content = loadContent(dir, { today: TODAY });
    const noelle = content.people.find((p) => p.id === 'noelle-van-der-linde');
    const positions = Array.isArray(noelle?.nevenfuncties) ? noelle.nevenfuncties : [];
    expect(positions.map((p) => p.id)).toEqual([
      'voorzitter-imkers-zuidhoek',
      'docent-hogeschool-testland',
      'penningmeester-dorpshuis',
      'lid-raad-van-advies-stichting-bijenhotel-testland',
    ]);
    expect(positions[3]).toMatchObject({
      organisatie: 'Stichting Bijenhotel Testland',
      vergoeding: { bedrag: 75.5, per: 'jaar' },
      tijdsbesteding: { uren: 2.5, per: 'maand' },
      van: '2026-10-01',
      bevestigd: '2026-11-01',
      reactie: 'Ik ontvang alleen een reiskostenvergoeding.',
    });
    expect(positions[1]).toMatchObject({
      bezoldiging: 'bezoldigd',
      vergoeding: { bedrag: 1200, per: 'maand' },
      bevestigd: '2026-11-01',
    });
    // The rest of the file is kept as it was, comment included.
    expect(readFileSync(path.join(dir, 'people/noelle-van-der-linde.md'), 'utf8')).toMatch(
      /^---\n# Tussenvoegsel and diacritics/,
    );
  });

  test('an unknown person is a clear error with row and column, and nothing is planned', () => {
    const csv =
      'persoonId,organisatie,functie,bezoldiging\njan-onbekend,Stichting X,Lid,onbezoldigd\n';
    const plan = planImport(copyOfMinimal('unknown'), readCsv('fout.csv', csv), TODAY);
    expect(plan.issues).toEqual([
      {
        sheet: 'fout.csv',
        row: 2,
        column: 'A',
        heading: 'persoonId',
        wholeRow: true,
        nl: expect.stringContaining('onbekende persoon "jan-onbekend"'),
        en: expect.stringContaining('unknown person "jan-onbekend"'),
      },
    ]);
    expect(plan.after).toBeUndefined();
  });

  test('unreadable cells are errors naming row and column', () => {
    const csv =
      'persoonId;id;organisatie;functie;bezoldiging;vergoedingBedrag;vergoedingPer;van\numit-celik;;Stichting Y;Lid;bezoldigd;veel;jaar;lente 2026\n';
    const plan = planImport(copyOfMinimal('cells'), readCsv('cellen.csv', csv), TODAY);
    // The content checks run too, so the missing amount of a gedeputeerde shows at once.
    expect(plan.issues.map((i) => [i.row, i.column, i.heading])).toEqual([
      [2, 'F', 'vergoedingBedrag'],
      [2, 'H', 'van'],
      [2, 'F', 'vergoedingBedrag'],
    ]);
  });

  test('a change the rules forbid is refused by the same validation as the build, pointing at the row', () => {
    // Ümit is gedeputeerde: a paid side position needs its amount (Provinciewet art. 40c).
    const csv =
      'persoonId,organisatie,functie,bezoldiging,vergoedingBedrag\numit-celik,Stichting Z,Adviseur,bezoldigd,\n';
    const plan = planImport(copyOfMinimal('rules'), readCsv('regels.csv', csv), TODAY);
    expect(plan.issues).toEqual([
      expect.objectContaining({
        sheet: 'regels.csv',
        row: 2,
        column: 'E',
        nl: expect.stringContaining('het bedrag'),
      }),
    ]);
    expect(plan.after).toBeUndefined();
  });

  test('an unknown heading is an error that suggests the closest column; a notes column is reported, not read', () => {
    const csv =
      'persoonId;id;functie;organisatie;einddatumm;Opmerking griffie\numit-celik;lid-bestuur-omgevingsdienst;;;31-10-2026;gebeld\n';
    const read = readCsv('koppen.csv', csv);
    expect(read.errors).toEqual([
      expect.objectContaining({
        column: 'E',
        nl: expect.stringContaining('onbekende kolom "einddatumm"; bedoelt u "Einddatum"?'),
      }),
    ]);
    expect(read.notices).toContainEqual(
      expect.objectContaining({ row: 2, column: 'F', nl: 'notitie, niet ingelezen: "gebeld"' }),
    );
  });

  test('"geen" on a row that carries a record id is refused without an end date, and ends the records with one', () => {
    const dir = copyOfMinimal('geen');
    const without = planImport(
      dir,
      readCsv(
        'geen.csv',
        'persoonId,opgave,id,organisatie,functie,bezoldiging,tot,bevestigd\nnoelle-van-der-linde,geen,docent-hogeschool-testland,,,,,20-11-2026\n',
      ),
      TODAY,
    );
    expect(without.issues).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'G',
        nl: expect.stringContaining(
          'Noëlle van der Linde heeft "geen" opgegeven maar heeft nog 2 lopende registraties',
        ),
      }),
    ]);
    const withEnd = planImport(
      dir,
      readCsv(
        'geen.csv',
        'persoonId,opgave,id,organisatie,functie,bezoldiging,tot,bevestigd\nnoelle-van-der-linde,geen,docent-hogeschool-testland,,,,31-10-2026,20-11-2026\n',
      ),
      TODAY,
    );
    expect(withEnd.issues).toEqual([]);
    expect(summary(withEnd, 'nevenfuncties').map((c) => [c.kind, c.key, c.fields['tot']])).toEqual([
      ['beeindigd', 'noelle-van-der-linde/docent-hogeschool-testland', '2026-10-31'],
      ['beeindigd', 'noelle-van-der-linde/voorzitter-imkers-zuidhoek', '2026-10-31'],
    ]);
  });

  test('the same new row imported twice adds the record once', () => {
    const dir = copyOfMinimal('twice');
    const read = readCsv(
      'nieuw.csv',
      'persoonId,organisatie,functie,bezoldiging,bevestigd\nnoelle-van-der-linde,Stichting Y,Lid,onbezoldigd,20-11-2026\n',
    );
    writeChanges(dir, planImport(dir, read, TODAY).changed);
    expect(planImport(dir, read, TODAY).changed).toEqual([]);
  });
});

describe('import from XLSX (date cells, numbers, two registers, an explanation sheet)', async () => {
  const sheets = await readSpreadsheet(fixturePath('import/minimal.xlsx'));

  test('reads both register sheets and reports "Toelichting" as skipped', () => {
    expect(sheets.sheets.map((s) => [s.register, s.rows.length])).toEqual([
      ['nevenfuncties', 3],
      ['financieleBelangen', 2],
    ]);
    expect(sheets.notices).toEqual([
      expect.objectContaining({
        sheet: 'minimal.xlsx › Toelichting',
        nl: expect.stringContaining('blad overgeslagen'),
      }),
    ]);
  });

  test('the preview: added, withdrawn with its reason, changed field by field, and a declaration', () => {
    const plan = planImport(copyOfMinimal('xlsx-preview'), sheets, TODAY);
    expect(plan.issues).toEqual([]);
    expect(summary(plan, 'nevenfuncties')).toEqual([
      {
        kind: 'toegevoegd',
        key: 'umit-celik/lid-raad-van-toezicht-stichting-mobiliteitsfonds-testland',
        fields: {},
      },
      {
        kind: 'ingetrokken',
        key: 'noelle-van-der-linde/penningmeester-dorpshuis',
        fields: {
          ingetrokken: {
            datum: '2026-11-12',
            reden: 'Dubbel opgegeven; dezelfde functie staat al bij het dorpshuis.',
          },
        },
      },
      {
        kind: 'gewijzigd',
        key: 'umit-celik/toezichthouder-zorggroep',
        fields: { vergoeding: { bedrag: 9750, per: 'jaar' } },
      },
    ]);
    expect(summary(plan, 'financieleBelangen')).toEqual([
      {
        kind: 'gewijzigd',
        key: 'noelle-van-der-linde/aandelen-energiecoop',
        fields: { sector: 'energie en klimaat' },
      },
    ]);
    expect(plan.declarations).toEqual([
      {
        personId: 'karel-de-wit',
        register: 'financieleBelangen',
        before: 'niet-opgegeven',
        after: 'geen',
      },
    ]);
  });

  test('the write: date cells become JJJJ-MM-DD and a "geen" row confirms the whole declaration', () => {
    const dir = copyOfMinimal('xlsx-write');
    writeChanges(dir, planImport(dir, sheets, TODAY).changed);
    const content = loadContent(dir, { today: TODAY });
    const umit = content.people.find((p) => p.id === 'umit-celik');
    const added = Array.isArray(umit?.nevenfuncties)
      ? umit.nevenfuncties.find((p) => p.organisatie === 'Stichting Mobiliteitsfonds Testland')
      : undefined;
    expect(added).toMatchObject({
      van: '2026-10-01',
      bevestigd: '2026-11-03',
      vergoeding: { bedrag: 2500, per: 'jaar' },
    });
    const karel = content.people.find((p) => p.id === 'karel-de-wit');
    expect(karel).toMatchObject({
      financieleBelangen: 'geen',
      bevestigd: { financieleBelangen: '2026-11-10' },
    });
  });
});
