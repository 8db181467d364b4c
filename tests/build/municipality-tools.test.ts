/**
 * The griffie's tools speak the words of the body they work on (issue #30): on a municipality's
 * content folder (tests/fixtures/content-gemeente/, Gemeente Testdorp) the round's letters, sheets
 * and checklist, a new person, the end of a term, an import and an edition say raadslid, wethouder,
 * burgemeester and "de gemeente", and never a word of a province.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/data/load.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TODAY = '2026-11-22';
const work = mkdtempSync(path.join(tmpdir(), 'portal-gemeente-tools-'));
const content = path.join(work, 'content');
const ronde = path.join(work, 'ronde');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Words that only a province uses: its organs, offices and clerk's office. */
const PROVINCE_WORDS =
  /Statenlid|Statenleden|Staten\b|Statengriffie|gedeputeerde|commissaris|provincie|provinciaal|\bPS\b|\bGS\b|\bCdK\b/i;

function cli(script: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      PORTAL_TODAY: TODAY,
      PORTAL_CONTENT_DIR: content,
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const read = (file: string): string => readFileSync(path.join(ronde, file), 'utf8');

beforeAll(() => {
  cpSync(path.join(ROOT, 'tests/fixtures/content-gemeente'), content, { recursive: true });
});

describe('npm run ronde for a municipality', () => {
  let output = '';
  beforeAll(() => {
    const result = cli('ronde.ts', ['--uit', ronde]);
    output = result.output;
    expect(result.status, output).toBe(0);
  });

  test('each letter names the member by their office, with the municipality and its griffie', () => {
    expect(read('noelle-van-der-linde.md')).toContain(
      'Als raadslid (Dorpsbelang Testdorp) van de gemeente Testdorp staan uw nevenfuncties',
    );
    expect(read('umit-celik.md')).toContain('Als wethouder van de gemeente Testdorp staan');
    expect(read('a-de-burgh.md')).toContain('Als burgemeester van de gemeente Testdorp staan');
    expect(read('a-de-burgh.md')).toContain('aan de griffie (griffie@testdorp.example)');
  });

  test('no letter, e-mail, checklist, CSV or sheet says a word of a province', async () => {
    const texts = [
      output,
      ...readdirSync(ronde)
        .filter((f) => /\.(md|csv)$/.test(f))
        .map(read),
      ...readdirSync(path.join(ronde, 'e-mails')).map((f) => {
        const eml = read(path.join('e-mails', f));
        return Buffer.from(eml.split('\r\n\r\n')[1]?.replace(/\r\n/g, '') ?? '', 'base64').toString(
          'utf8',
        );
      }),
    ];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(ronde, 'opgaven.xlsx'));
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value ?? '')))),
    );
    expect(texts.filter((t) => PROVINCE_WORDS.test(t))).toEqual([]);
  });
});

describe('npm run persoon:nieuw for a municipality', () => {
  test("adds a raadslid, and refuses a province's office naming the municipality's three", () => {
    const refused = cli('persoon-nieuw.ts', [
      ...['--voorletters', 'J.', '--roepnaam', 'Joris', '--achternaam', 'Bos'],
      ...['--functie', 'statenlid', '--fractie', 'dorpsbelang', '--van', '2026-11-01'],
    ]);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain(
      '--functie "statenlid" is geen ambt bij de gemeente; kies raadslid, wethouder of burgemeester.',
    );
    expect(refused.output).toContain('--functie raadslid|wethouder|burgemeester');

    const added = cli('persoon-nieuw.ts', [
      ...['--voorletters', 'J.', '--roepnaam', 'Joris', '--achternaam', 'Bos'],
      ...['--functie', 'raadslid', '--fractie', 'dorpsbelang', '--van', '2026-11-01'],
    ]);
    expect(added.status, added.output).toBe(0);
    expect(added.output).toContain('Joris Bos toegevoegd');
    expect(readFileSync(path.join(content, 'people/joris-bos.md'), 'utf8')).toContain(
      'functie: raadslid',
    );
    expect(`${refused.output}${added.output}`.replace(/"statenlid"/, '')).not.toMatch(
      PROVINCE_WORDS,
    );
  });
});

describe('npm run termijn:einde for a municipality', () => {
  test("ends a wethouder's term, and refuses a province's office", () => {
    const refused = cli('termijn-einde.ts', [
      ...['umit-celik', '--datum', '2026-11-15', '--functie', 'gedeputeerde'],
    ]);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('kies raadslid, wethouder of burgemeester');
    expect(refused.output).toContain('[--functie raadslid|wethouder|burgemeester]');

    const ended = cli('termijn-einde.ts', [
      ...['umit-celik', '--datum', '2026-11-15', '--functie', 'wethouder', '--ook-qq'],
    ]);
    expect(ended.status, ended.output).toBe(0);
    expect(ended.output).toContain('Termijn beëindigd op 15 november 2026');
    expect(ended.output).not.toMatch(PROVINCE_WORDS);
    const umit = loadContent(content, { today: TODAY }).people.find((p) => p.id === 'umit-celik');
    expect(umit?.rollen.at(-1)).toMatchObject({ functie: 'wethouder', tot: '2026-11-15' });
  });
});

describe('npm run import and npm run editie for a municipality', () => {
  test("previews and writes a raadslid's answer in the municipality's words, then publishes", () => {
    const sheet = path.join(work, 'antwoorden.csv');
    writeFileSync(
      sheet,
      [
        'persoonId;naam;opgave;id;organisatie;functie;bezoldiging;vergoedingBedrag;vergoedingPer;qq;van;tot;bevestigd',
        'noelle-van-der-linde;Noëlle van der Linde;ingevuld;;Bibliotheek Testdorp;Lid raad van toezicht;onbezoldigd;;;nee;1-11-2026;;18-11-2026',
        'noelle-van-der-linde;Noëlle van der Linde;ingevuld;penningmeester-dorpshuis;Stichting Dorpshuis Oosterbroek;Penningmeester;onkostenvergoeding;150,50;jaar;nee;2018-05-01;2024-12-31;18-11-2026',
        '',
      ].join('\r\n'),
    );
    const preview = cli('import.ts', [sheet]);
    expect(preview.status, preview.output).toBe(0);
    expect(preview.output).toMatch(
      /Toegevoegd +Noëlle van der Linde: Lid raad van toezicht, Bibliotheek Testdorp/,
    );
    const written = cli('import.ts', [sheet, '--schrijf']);
    expect(written.status, written.output).toBe(0);
    expect(written.output).toContain('Geschreven:');

    const edition = cli('editie.ts', ['alle']);
    expect(edition.status, edition.output).toBe(0);
    expect(edition.output).toContain('Editie van 22 november 2026 gepubliceerd');

    const validated = cli('validate.ts', [content]);
    expect(validated.output).toContain('Inhoud in orde (content is valid): Gemeente Testdorp');
    for (const output of [preview.output, written.output, edition.output, validated.output])
      expect(output).not.toMatch(PROVINCE_WORDS);
  });
});
