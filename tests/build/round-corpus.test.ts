/**
 * A whole update round on the corpus of returned files in tests/fixtures/round/ (seventeen
 * fictional members in tests/fixtures/content-round/): `npm run ronde`, each file previewed and
 * then written with `npm run import`, `npm run editie -- alle` and a build. For every file: what the
 * content holds afterwards, that importing it again changes nothing, and that every non-empty cell
 * was used or named in a message.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { parse as parseHtml } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent, type PersonRecord } from '../../src/data/load.ts';
import { cellKey, planImport } from '../../scripts/lib/import-plan.ts';
import { readSpreadsheet, type ImportMessage } from '../../scripts/lib/spreadsheet.ts';
import { columnLetter } from '../../scripts/lib/round-columns.ts';
import { PaymentSchema } from '../../src/schemas/side-position.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPUS = path.join(ROOT, 'tests/fixtures/round');
const TODAY = '2026-11-22';
const work = mkdtempSync(path.join(tmpdir(), 'portal-round-corpus-'));
const content = path.join(work, 'content');
afterAll(() => rmSync(work, { recursive: true, force: true }));

// As scripts/round-demo.ts: a test runner's DEV/PROD variables would make a build a dev build.
const inherited = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL'].includes(key),
  ),
);
const env = (today = TODAY) => ({
  ...inherited,
  NODE_ENV: 'production',
  ASTRO_TELEMETRY_DISABLED: '1',
  PORTAL_TODAY: today,
  PORTAL_CONTENT_DIR: content,
  PORTAL_OUT_DIR: path.join(work, 'site'),
  PORTAL_QUIET: '1',
});

function cli(
  script: string,
  args: string[],
  today = TODAY,
): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: env(today),
    encoding: 'utf8',
    timeout: 280_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const person = (id: string): PersonRecord => {
  const found = loadContent(content, { today: TODAY }).people.find((p) => p.id === id);
  if (!found) throw new Error(`no person ${id}`);
  return found;
};
const entries = (id: string, register: 'nevenfuncties' | 'financieleBelangen') => {
  const list = person(id)[register];
  return (Array.isArray(list) ? list : []) as readonly Record<string, unknown>[];
};
const entry = (id: string, register: 'nevenfuncties' | 'financieleBelangen', entryId: string) =>
  entries(id, register).find((e) => e['id'] === entryId);
const snapshot = (): string =>
  readdirSync(path.join(content, 'people'))
    .map((f) => readFileSync(path.join(content, 'people', f), 'utf8'))
    .join('\n');

/** Every non-empty cell of a file, read without the import's reader: "sheet!F12". */
async function rawCells(file: string): Promise<{ sheet: string; column: string; row: number }[]> {
  const cells: { sheet: string; column: string; row: number }[] = [];
  if (file.endsWith('.csv')) {
    const records = parseCsv(readFileSync(file, 'utf8'), {
      bom: true,
      delimiter: readFileSync(file, 'utf8').split('\n', 2)[1]?.includes(';') ? ';' : ',',
      relax_column_count: true,
    }) as string[][];
    records.forEach((values, i) =>
      values.forEach((v, j) => {
        if (v.trim() !== '')
          cells.push({ sheet: path.basename(file), column: columnLetter(j + 1), row: i + 1 });
      }),
    );
    return cells;
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        // A merged range is one cell to the clerk: its top-left one.
        if (cell.isMerged && cell.master !== cell) return;
        if (String(cell.value ?? '').trim() !== '')
          cells.push({
            sheet: `${path.basename(file)} › ${sheet.name}`,
            column: columnLetter(c),
            row: r,
          });
      }),
    ),
  );
  return cells;
}

function named(
  messages: readonly ImportMessage[],
  cell: { sheet: string; column: string; row: number },
): boolean {
  return messages.some(
    (m) =>
      m.sheet === cell.sheet &&
      (m.row === undefined || m.row === cell.row) &&
      (m.column === undefined || m.column === cell.column || m.wholeRow === true),
  );
}

/** Imports a corpus file the way the clerk does: checks coverage, previews, writes, imports again. */
async function importFile(
  name: string,
): Promise<{ preview: string; write: string; again: string; unaccounted: string[] }> {
  const file = path.join(CORPUS, name);
  const plan = planImport(content, await readSpreadsheet(file), TODAY);
  const messages = [...plan.issues, ...plan.notices];
  const unaccounted = (await rawCells(file))
    .filter((c) => !plan.used.has(cellKey(c.sheet, c.column, c.row)) && !named(messages, c))
    .map((c) => cellKey(c.sheet, c.column, c.row));
  const before = snapshot();
  const preview = cli('import.ts', [file]).output;
  expect(snapshot()).toBe(before);
  const write = cli('import.ts', [file, '--schrijf']).output;
  const after = snapshot();
  const again = cli('import.ts', [file, '--schrijf']).output;
  expect(snapshot(), `a second import of ${name} changed nothing`).toBe(after);
  return { preview, write, again, unaccounted };
}

/** The indented lines under a record in the preview. */
function block(output: string, head: string): string[] {
  const lines = output.replace(/\u00a0/g, ' ').split('\n');
  const start = lines.findIndex((l) => l.trimStart().startsWith(head));
  if (start < 0) return [`(no "${head}" in the preview)`];
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('              ')) break;
    out.push(line.trim());
  }
  return out;
}

let ronde = '';
beforeAll(() => {
  cpSync(path.join(ROOT, 'tests/fixtures/content-round'), content, { recursive: true });
  ronde = cli('ronde.ts', ['--uit', path.join(work, 'ronde')]).output;
});

describe('npm run ronde writes files a clerk can use', () => {
  test('the sheet has Dutch headings, drop-downs for every fixed choice, date cells and an explanation', async () => {
    expect(ronde).toContain('Updateronde van 1 september 2026 gestart');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(work, 'ronde', 'opgaven.xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Nevenfuncties',
      'Financiële belangen',
      'Toelichting',
    ]);
    const sheet = workbook.getWorksheet('Nevenfuncties');
    expect(sheet?.getRow(1).values).toContain('Bedrag vergoeding');
    expect(sheet?.getCell('G2').dataValidation).toMatchObject({
      type: 'list',
      formulae: [`"${PaymentSchema.options.join(',')}"`],
    });
    expect(sheet?.getCell('G300').dataValidation).toMatchObject({ type: 'list' });
    const column = (heading: string): number =>
      (sheet?.getRow(1).values as unknown[]).indexOf(heading);
    // A confirmation is a day: a date check. A start may be a month or a year ("maart 2015"): no date check there.
    expect(sheet?.getRow(2).getCell(column('Bevestigd op')).dataValidation).toMatchObject({
      type: 'date',
    });
    expect(sheet?.getRow(2).getCell(column('Begindatum')).dataValidation).toBeUndefined();
    expect(sheet?.getCell('C2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"ingevuld,geen,niet-opgegeven"'],
    });
    expect(sheet?.getCell('J2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"ja,nee"'],
    });
    const anouk = sheet
      ?.getRows(2, 40)
      ?.find((r) => r.getCell(4).value === 'voorzitter-muziekvereniging');
    expect(anouk?.getCell(13).value).toEqual(new Date('2018-04-01T00:00:00Z'));
    expect(workbook.getWorksheet('Toelichting')?.getColumn(1).values).toContain('Einddatum');
  });

  test('the checklist opens in Dutch Excel as columns, and a member who joined after the round opened is not late', () => {
    const csv = readFileSync(path.join(work, 'ronde', 'checklist.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFPersoon-id;Naam;Uiterlijk;')).toBe(true);
    expect(csv).toMatch(/sanne-wijngaard;Sanne Wijngaard;30-11-2026;Nog niet bevestigd;/);
    expect(csv).toMatch(/thijs-mulder;Thijs Mulder;30-9-2026;Te laat;/);
  });

  test('the checklist also names whose income from side positions is overdue, with the years', () => {
    const checklist = readFileSync(path.join(work, 'ronde', 'checklist.md'), 'utf8');
    expect(checklist).toContain('## Neveninkomsten: te laat');
    expect(checklist).toContain(
      '| Graaf, P. de | 2025 (1 april 2026), 2024 (1 april 2025), 2023 (1 april 2024) |',
    );
  });

  test('letters can be sent from a mail program: an e-mail draft per member and a mail-merge list', () => {
    const eml = readFileSync(path.join(work, 'ronde', 'e-mails', 'sanne-wijngaard.eml'), 'utf8');
    expect(eml).toContain('X-Unsent: 1');
    const body = Buffer.from(
      eml.split('\r\n\r\n')[1]?.replace(/\r\n/g, '') ?? '',
      'base64',
    ).toString('utf8');
    expect(body).toMatch(/^Geachte Sanne Wijngaard,/);
    expect(body).toContain('uiterlijk 30 november 2026');
    expect(readFileSync(path.join(work, 'ronde', 'samenvoegen.csv'), 'utf8')).toContain(
      ";Geachte Anouk 't Veld;",
    );
  });

  test('running it again keeps a file the clerk edited', () => {
    const checklist = path.join(work, 'ronde', 'checklist.csv');
    const edited = `${readFileSync(checklist, 'utf8')}notitie van de griffie\n`;
    writeFileSync(checklist, edited);
    const again = cli('ronde.ts', ['--uit', path.join(work, 'ronde')]).output;
    expect(again).toContain('Niet overschreven');
    expect(readFileSync(checklist, 'utf8')).toBe(edited);
  });
});

describe('the returned files, imported in the order they came in', () => {
  test('1: the first try is refused, every problem pointing at sheet, row and column', async () => {
    const before = snapshot();
    const { preview, unaccounted } = await importFile('1-opgaven-eerste-poging.xlsx');
    expect(unaccounted).toEqual([]);
    expect(snapshot()).toBe(before);
    const sheet = '1-opgaven-eerste-poging.xlsx › Nevenfuncties';
    expect(preview).toContain('er is niets geschreven');
    expect(preview).toContain(
      `${sheet}, kolom L (Eindatum): onbekende kolom "Eindatum"; bedoelt u "Einddatum"?`,
    );
    expect(preview).toContain(
      `${sheet}, kolom P: kolom P heeft geen kop maar wel 1 waarde (rij 6)`,
    );
    expect(preview).toContain(
      `${sheet}, rij 3, kolom B (Naam): "A. de Vries" past bij meer dan één lid: Anna de Vries (anna-de-vries) en Arjen de Vries (arjen-de-vries)`,
    );
    expect(preview).toContain(
      `${sheet}, rij 4, kolom A (Persoon-id): onbekende persoon "jan-onbekend"`,
    );
    expect(preview).toContain(
      `${sheet}, rij 6, kolom H (Bedrag vergoeding): "1,200" is dubbelzinnig`,
    );
    expect(preview).toContain(
      `${sheet}, rij 2: Kees Hoekstra heeft "geen" opgegeven maar heeft nog 2 lopende registraties`,
    );
    expect(preview).toContain(
      `${sheet}, rij 5: Ruben Özdemir heeft geantwoord (rij 5), maar deze lopende registratie staat niet in het antwoord: "Eigenaar, Bakkerij Özdemir V.O.F."`,
    );
    expect(preview).toContain(
      `${sheet}, rij 8, kolom H (Bedrag vergoeding): gedeputeerden en de commissaris van de Koning vermelden bij een bezoldigde nevenfunctie het bedrag`,
    );
    expect(preview).toContain(
      `${sheet}, rij 2, kolom N (Opmerking griffie): notitie, niet ingelezen: "telefonisch doorgegeven"`,
    );
  });

  test('2: the corrected sheet: "geen" ends records, new records with their values and sources, a withdrawal', async () => {
    const { preview, write, again, unaccounted } = await importFile('2-opgaven-verbeterd.xlsx');
    expect(unaccounted).toEqual([]);
    expect(block(preview, 'Beëindigd   Kees Hoekstra: Voorzitter, IJsclub Hoog en Droog')).toEqual([
      'uit 2-opgaven-verbeterd.xlsx › NF 2026-2, rij 4 (opgave "geen": het lid heeft niets meer te melden)',
      'einddatum: – → 31 oktober 2026  ← kolom L',
    ]);
    // The values as the site will show them, each beside the column it came from.
    expect(
      block(preview, 'Toegevoegd  Noor van Wijk: Lid adviescommissie, Waterschap Testland'),
    ).toEqual([
      'uit 2-opgaven-verbeterd.xlsx › NF 2026-2, rij 9',
      'organisatie: Waterschap Testland  ← kolom E',
      'functie: Lid adviescommissie  ← kolom F',
      'bezoldiging: Bezoldigd  ← kolom G',
      'vergoeding: € 1.200 per jaar  ← kolom H, I',
      'uit hoofde van het ambt (q.q.): nee  ← kolom J',
      'begindatum: 1 oktober 2026  ← kolom K',
    ]);
    expect(preview).toContain('titelregel boven de kolomkoppen, niet ingelezen');
    expect(preview).toContain('2-opgaven-verbeterd.xlsx › Toelichting: blad overgeslagen');
    expect(write).toContain('Geschreven:');
    expect(again).toContain('Er verandert niets');
    expect(entry('kees-hoekstra', 'nevenfuncties', 'lid-rvt-zorgcentrum')).toMatchObject({
      tot: '2026-10-31',
    });
    expect(entry('kees-hoekstra', 'nevenfuncties', 'voorzitter-ijsclub')).toMatchObject({
      tot: '2026-10-31',
    });
    // "geen" confirms the declaration, never the records it ends.
    expect(
      entry('kees-hoekstra', 'nevenfuncties', 'voorzitter-ijsclub')?.['bevestigd'],
    ).toBeUndefined();
    expect(person('kees-hoekstra').bevestigd).toEqual({ nevenfuncties: '2026-11-12' });
    expect(entry('arjen-de-vries', 'nevenfuncties', 'penningmeester-voetbalclub')).toMatchObject({
      bevestigd: '2026-11-08',
    });
    expect(entry('ruben-ozdemir', 'nevenfuncties', 'eigenaar-bakkerij')).toMatchObject({
      tot: '2026-09-30',
      bevestigd: '2026-11-10',
    });
    expect(
      entry('noor-van-wijk', 'nevenfuncties', 'lid-adviescommissie-waterschap-testland'),
    ).toMatchObject({
      vergoeding: { bedrag: 1200, per: 'jaar' },
      van: '2026-10-01',
      bevestigd: '2026-11-10',
    });
    expect(
      entry('pieter-de-graaf', 'nevenfuncties', 'lid-adviesraad-landbouwcooperatie-noord'),
    ).toMatchObject({ bezoldiging: 'bezoldigd', vergoeding: { bedrag: 2500, per: 'jaar' } });
    expect(
      entry('j-h-van-dalfsen', 'nevenfuncties', 'lid-bestuur-historische-vereniging'),
    ).toMatchObject({ bevestigd: '2026-11-09', qq: false });
    expect(entries('lotte-bakker-smit', 'nevenfuncties').map((e) => e['id'])).toEqual([
      'advocaat-smit-partners',
      'bestuurslid-stichting-rechtshulp-testland',
      'gastdocent-recht-hogeschool-testland',
    ]);
    expect(entry('yara-el-amrani', 'nevenfuncties', 'coach-sportclub')).toMatchObject({
      ingetrokken: {
        datum: '2026-11-16',
        reden: 'Ten onrechte opgegeven: de functie is nooit aanvaard.',
      },
    });
    expect(person('fenna-kuipers')).toMatchObject({
      financieleBelangen: 'geen',
      bevestigd: { financieleBelangen: '2026-11-11' },
    });
    expect(person('lotte-bakker-smit')).toMatchObject({ financieleBelangen: 'geen' });
    expect(entry('noor-van-wijk', 'financieleBelangen', 'verhuurd-bedrijfspand')).toMatchObject({
      bevestigd: '2026-11-10',
      van: '2016-01-01',
    });
    expect(entry('thijs-mulder', 'nevenfuncties', 'lid-dorpsraad')).toMatchObject({
      bevestigd: '2026-03-05',
    });
  });

  test('3: e-mail answers typed in a Dutch Excel CSV, members found by their names as typed', async () => {
    const { preview, again, unaccounted } = await importFile('3-email-nevenfuncties.csv');
    expect(unaccounted).toEqual([]);
    expect(
      block(preview, "Gewijzigd   Anouk 't Veld: Lid raad van toezicht, Woonstichting Polderhof"),
    ).toEqual([
      'uit 3-email-nevenfuncties.csv, rij 4',
      'vergoeding: € 8.400 per jaar → € 8.820 per jaar  ← kolom G, H',
    ]);
    expect(preview).toContain('3-email-nevenfuncties.csv, rij 1: titelregel boven de kolomkoppen');
    expect(again).toContain('Er verandert niets');
    expect(entry('anouk-t-veld', 'nevenfuncties', 'lid-rvt-woonstichting')).toMatchObject({
      vergoeding: { bedrag: 8820, per: 'jaar' },
      bevestigd: '2026-11-18',
    });
    expect(
      entry(
        'anouk-t-veld',
        'nevenfuncties',
        'lid-commissie-van-advies-stichting-cultuurfonds-testland',
      ),
    ).toMatchObject({
      bezoldiging: 'onkostenvergoeding',
      van: '2026-10-01',
      reactie: 'Ik ontvang alleen reiskosten.',
    });
    expect(entry('birgitte-lovstad', 'nevenfuncties', 'secretaris-schaakclub')).toMatchObject({
      tot: '2026-10-01',
      bevestigd: '2026-11-17',
    });
    expect(entry('lukasz-zawadzki', 'nevenfuncties', 'adviseur-ingenieursbureau')).toMatchObject({
      bevestigd: '2026-11-16',
    });
    expect(entries('asli-kirac', 'nevenfuncties').map((e) => [e['id'], e['tot']])).toEqual([
      ['bestuurslid-vrouwennetwerk', '2026-10-31'],
      ['lid-adviesraad-museum', '2026-10-31'],
    ]);
    expect(person('asli-kirac').bevestigd).toEqual({ nevenfuncties: '2026-11-16' });
    expect(entry('m-van-den-brink', 'nevenfuncties', 'docent-roc')).toMatchObject({
      bevestigd: '2026-11-15',
    });
  });

  test('4: interests by e-mail, comma CSV', async () => {
    const { again, unaccounted } = await importFile('4-email-belangen.csv');
    expect(unaccounted).toEqual([]);
    expect(again).toContain('Er verandert niets');
    expect(entries('lukasz-zawadzki', 'financieleBelangen')).toEqual([
      expect.objectContaining({
        id: 'aandelen-dijk-zee-holding',
        aard: 'aandelen',
        van: '2024-03-01',
        bevestigd: '2026-11-16',
      }),
    ]);
    expect(person('yara-el-amrani')).toMatchObject({
      financieleBelangen: 'geen',
      bevestigd: { financieleBelangen: '2026-11-16' },
    });
    expect(person('anouk-t-veld').bevestigd).toEqual({ financieleBelangen: '2026-11-18' });
  });

  test('5: late answers: a member who joined in the round, and a new row that corrects a record an earlier file made', async () => {
    const { preview, again, unaccounted } = await importFile('5-nagekomen.csv');
    expect(unaccounted).toEqual([]);
    expect(
      block(preview, 'Gewijzigd   Lotte Bakker-Smit: Gastdocent recht, Hogeschool Testland'),
    ).toEqual([
      'uit 5-nagekomen.csv, rij 3',
      'reactie: – → Bedrag verbeterd na navraag.  ← kolom N',
      'vergoeding: € 750 per jaar → € 900 per jaar  ← kolom H, I',
    ]);
    expect(again).toContain('Er verandert niets');
    expect(entries('lotte-bakker-smit', 'nevenfuncties')).toHaveLength(3);
    expect(
      entry('lotte-bakker-smit', 'nevenfuncties', 'gastdocent-recht-hogeschool-testland'),
    ).toMatchObject({ vergoeding: { bedrag: 900, per: 'jaar' }, bevestigd: '2026-11-20' });
    expect(entries('sanne-wijngaard', 'nevenfuncties')).toEqual([
      expect.objectContaining({ id: 'leerkracht-basisschool-de-klimop', bevestigd: '2026-11-20' }),
    ]);
  });
});

describe('editions and the built site', () => {
  let editie = '';
  let later = '';
  let build = { status: null as number | null, output: '' };
  beforeAll(() => {
    editie = cli('editie.ts', ['alle']).output;
    build = cli('build.ts', []);
    later = cli('editie.ts', ['alle'], '2026-11-29').output;
  });

  test('each register says what changed and how many members confirmed', () => {
    expect(editie).toMatch(
      /Nevenfuncties: 25 registraties; eerste editie; 14 van 17 leden bevestigden sinds 31 augustus 2026\./,
    );
    // Not confirmed: Thijs Mulder (no answer), Anna de Vries and Fenna Kuipers (no answer for side positions).
    expect(editie).toContain('Geschenken en uitnodigingen: 2 registraties; eerste editie');
  });

  test('a week later nothing is new: no register is published again, and the gift quarter has not ended', () => {
    expect(later).toContain('Geen editie gepubliceerd');
    expect(later).toContain('Nevenfuncties: niets nieuw sinds 22 november 2026');
    expect(later).toContain(
      'Geschenken en uitnodigingen: het kwartaal na de editie van 22 november 2026 loopt nog tot en met 31 december 2026',
    );
  });

  test('the site builds and shows the round', () => {
    expect(build.output).not.toMatch(/fout/i);
    expect(build.status).toBe(0);
    const page = (p: string) =>
      parseHtml(readFileSync(path.join(work, 'site', p, 'index.html'), 'utf8'));
    expect(
      page('personen/sanne-wijngaard')
        .querySelector('[data-confirmation]')
        ?.getAttribute('data-confirmation'),
    ).not.toBe('te-laat');
    expect(
      page('personen/thijs-mulder')
        .querySelector('[data-confirmation]')
        ?.getAttribute('data-confirmation'),
    ).toBe('te-laat');
    expect(
      page('personen/kees-hoekstra')
        .querySelector('[data-confirmation]')
        ?.getAttribute('data-confirmation'),
    ).toBe('bevestigd');
    expect(page('personen/lotte-bakker-smit').text).toContain('Gastdocent recht');
  });
});
