/**
 * One way to make an id from text (issue #27): the rules of src/lib/ids.ts, and every part of the
 * portal that makes ids from text (generator, importer, persoon:nieuw, organisations, report
 * headings) giving the same id for the same text.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { formatFullName, type NameParts } from '../../src/lib/dutch-names.ts';
import { ID_MAX_LENGTH, makeId, makeUniqueId } from '../../src/lib/ids.ts';
import { resolveOrganisations } from '../../src/lib/organisations.ts';
import { parseReportBody } from '../../src/lib/report-body.ts';
import { generateContentWithCounts } from '../../scripts/lib/generate.ts';
import { planImport } from '../../scripts/lib/import-plan.ts';
import { readCsv } from '../../scripts/lib/spreadsheet.ts';
import { fixturePath, TODAY } from './content-fixtures.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('makeId', () => {
  test('writes lower case words joined by single hyphens', () => {
    expect(makeId('Voorzitter Stichting Het Zilveren Hart')).toBe(
      'voorzitter-stichting-het-zilveren-hart',
    );
    expect(makeId('Lid raad van toezicht, Zorggroep Veldmere')).toBe(
      'lid-raad-van-toezicht-zorggroep-veldmere',
    );
  });

  test('keeps tussenvoegsels as words of their own', () => {
    expect(makeId('Jan van den Berg')).toBe('jan-van-den-berg');
    expect(makeId('Gerrit ter Horst')).toBe('gerrit-ter-horst');
    expect(makeId("Pieternel 't Hart")).toBe('pieternel-t-hart');
    expect(makeId("Marloes in 't Zandt")).toBe('marloes-in-t-zandt');
    expect(makeId('Esther Mulder-Ubbink')).toBe('esther-mulder-ubbink');
  });

  test('drops apostrophes, so that a word stays whole', () => {
    expect(makeId("'s-Hertogenbosch")).toBe('s-hertogenbosch');
    expect(makeId("d'Ancona")).toBe('dancona');
    expect(makeId('Jan ’t Hart')).toBe('jan-t-hart');
    expect(makeId('O‘Neill ʼs')).toBe('oneill-s');
  });

  test('drops accents from the letters Dutch names use', () => {
    expect(makeId('Ümit Çelik')).toBe('umit-celik');
    expect(makeId('Eleonóra Hegedűs')).toBe('eleonora-hegedus');
    expect(makeId('Zoë Noël Renée Inés Chloë Daniël')).toBe('zoe-noel-renee-ines-chloe-daniel');
    expect(makeId('Energiecoöperatie België à la carte, Señor Garçon')).toBe(
      'energiecooperatie-belgie-a-la-carte-senor-garcon',
    );
    expect(makeId('Ïsaäk Ëvers')).toBe('isaak-evers');
  });

  test('spells out Scandinavian, German, Icelandic and Slavic letters that have no accent to drop', () => {
    expect(makeId('Vera Østby')).toBe('vera-ostby');
    expect(makeId('Ødemark Advies')).toBe('odemark-advies');
    expect(makeId('Ærø Fiskeri, Skåne')).toBe('aero-fiskeri-skane');
    expect(makeId('Œuvre Cœur')).toBe('oeuvre-coeur');
    expect(makeId('Großmann Straße')).toBe('grossmann-strasse');
    expect(makeId('Þór Guðrún')).toBe('thor-gudrun');
    expect(makeId('Đorđe Đokić')).toBe('dorde-dokic');
  });

  test('folds Turkish and Polish letters', () => {
    expect(makeId('Yasemin Yıldız')).toBe('yasemin-yildiz');
    expect(makeId('İsmail Kılıç, Gökşen Ağaoğlu')).toBe('ismail-kilic-goksen-agaoglu');
    expect(makeId('Łucja Żółkiewska-Wałęsa, Szczęsny')).toBe('lucja-zolkiewska-walesa-szczesny');
  });

  test('writes the IJ ligature as ij, like the two letters', () => {
    expect(makeId('Ĳsselmeer ĳs')).toBe('ijsselmeer-ijs');
    expect(makeId('IJmuiden')).toBe(makeId('Ĳmuiden'));
  });

  test('gives initials and dotted legal forms a hyphen per letter, as the content ids were made', () => {
    expect(makeId('J.H. de Vries')).toBe('j-h-de-vries');
    expect(makeId('Ødemark Advies B.V.')).toBe('odemark-advies-b-v');
    expect(makeId('N.V. Waterbedrijf Zilverland')).toBe('n-v-waterbedrijf-zilverland');
    expect(makeId('Coöperatie Windpark U.A.')).toBe('cooperatie-windpark-u-a');
  });

  test('reads "&" as a space, as the content ids were made', () => {
    expect(makeId('Aandelen Dijk & Zee Holding')).toBe('aandelen-dijk-zee-holding');
    expect(makeId('Advocatenkantoor Smit&Partners')).toBe('advocatenkantoor-smit-partners');
  });

  test('keeps digits', () => {
    expect(makeId('Stichting 4 en 5 mei Zilverhaven')).toBe('stichting-4-en-5-mei-zilverhaven');
    expect(makeId('3.2 Meldingen in 2024')).toBe('3-2-meldingen-in-2024');
    expect(makeId('Windpark A16 ½')).toBe('windpark-a16-1-2');
  });

  test('collapses runs of spaces, punctuation and hyphens, and trims them at both ends', () => {
    expect(makeId('  -- Stichting   ---  (Zilverhart) — “Oost” --  ')).toBe(
      'stichting-zilverhart-oost',
    );
    expect(makeId('a\tb\nc')).toBe('a-b-c');
  });

  test('ignores invisible characters inside a word (soft hyphen, zero-width space)', () => {
    expect(makeId('Integri\u00ADteit\u200B')).toBe('integriteit');
    expect(makeId('\uFEFFKaya')).toBe('kaya');
  });

  test(`cuts a long id at ${ID_MAX_LENGTH} characters, or the length asked, never ending in a hyphen`, () => {
    const long = makeId('Stichting '.repeat(20));
    expect(long.length).toBeLessThanOrEqual(ID_MAX_LENGTH);
    expect(long).toMatch(ID);
    // The cut may fall inside a word: ids in the content were cut this way and must not change.
    expect(
      makeId('Lid Bezwaarschriftencommissie Gemeente Otterloo aan de Zilver', { maxLength: 60 }),
    ).toBe('lid-bezwaarschriftencommissie-gemeente-otterloo-aan-de-zilve');
    expect(makeId('abc def', { maxLength: 4 })).toBe('abc');
    expect(
      makeId(
        'Een kop die nergens wordt afgekapt omdat de lengte onbeperkt is, ook niet na tweeënzeventig tekens',
        { maxLength: Number.POSITIVE_INFINITY },
      ),
    ).toMatch(/^een-kop-.*-ook-niet-na-tweeenzeventig-tekens$/);
  });

  test('gives text without Latin letters or digits the fallback, "item" unless asked otherwise', () => {
    expect(makeId('')).toBe('item');
    expect(makeId('…')).toBe('item');
    expect(makeId('🌳🌳')).toBe('item');
    expect(makeId('Газпром')).toBe('item');
    expect(makeId('中国银行', { fallback: 'kop' })).toBe('kop');
    // Without a hash, only the Latin words are left.
    expect(makeId('Газпром Nederland')).toBe('nederland');
  });

  describe('with a hash prefix, for text not written in Latin letters alone', () => {
    const hashed = (text: string): string =>
      makeId(text, { maxLength: 80, hashPrefix: 'organisatie' });

    test('text without Latin letters gets the prefix and a hash of the text', () => {
      expect(hashed('Газпром')).toMatch(/^organisatie-[0-9a-f]{10}$/);
      expect(hashed('🌳')).toMatch(/^organisatie-[0-9a-f]{10}$/);
      expect(hashed('')).toMatch(/^organisatie-[0-9a-f]{10}$/);
    });

    test('the hash is stable and tells different texts apart', () => {
      expect(hashed('лукойл')).toBe('organisatie-333c33cfc4');
      expect(hashed('Газпром')).toBe(hashed('Газпром'));
      const texts = [
        'Газпром',
        'Лукойл',
        'Ελληνική Εταιρεία',
        'البنك الأهلي',
        'شركة النور',
        '中国银行',
        '招商银行',
        '🌳🌳',
        '🌲',
        'किताब',
        'कताब',
      ];
      expect(new Set(texts.map(hashed)).size).toBe(texts.length);
    });

    test("mixed text keeps its Latin words before the hash, so it never takes a Latin name's id", () => {
      expect(hashed('Газпром Nederland')).toMatch(/^nederland-[0-9a-f]{10}$/);
      expect(hashed('Nederland')).toBe('nederland');
    });

    test('text in Latin letters, accents and spelled-out letters included, gets no hash', () => {
      expect(hashed('Ærø Ĳsselmeer Łódź Þór')).toBe('aero-ijsselmeer-lodz-thor');
    });

    test('stays within the maximum length', () => {
      const id = hashed(`${'Stichting '.repeat(12)}Газпром`);
      expect(id.length).toBeLessThanOrEqual(80);
      expect(id).toMatch(/^stichting-[a-z-]+-[0-9a-f]{10}$/);
    });
  });
});

describe('makeUniqueId', () => {
  test('adds -2, -3 … to an id already used, and records each id it gives', () => {
    const used = new Set<string>();
    expect(
      ['Jan de Vries', 'Jan de Vries', 'Jan de Vriës'].map((name) => makeUniqueId(name, used)),
    ).toEqual(['jan-de-vries', 'jan-de-vries-2', 'jan-de-vries-3']);
    expect([...used]).toEqual(['jan-de-vries', 'jan-de-vries-2', 'jan-de-vries-3']);
  });

  test('avoids ids the content already has', () => {
    expect(makeUniqueId('Jan de Vries', new Set(['jan-de-vries', 'jan-de-vries-2']))).toBe(
      'jan-de-vries-3',
    );
  });

  test('never gives the same id twice, also when a text looks like a numbered one', () => {
    const used = new Set<string>();
    expect(['Cijfers', 'Cijfers', 'Cijfers 2'].map((text) => makeUniqueId(text, used))).toEqual([
      'cijfers',
      'cijfers-2',
      'cijfers-2-2',
    ]);
  });

  test('shortens a long id to make room for the number', () => {
    const text = 'Lid Bezwaarschriftencommissie Gemeente Otterloo aan de Zilver';
    const used = new Set<string>();
    const [first, second] = [
      makeUniqueId(text, used, { maxLength: 60 }),
      makeUniqueId(text, used, { maxLength: 60 }),
    ];
    expect(first).toHaveLength(60);
    expect(second).toBe('lid-bezwaarschriftencommissie-gemeente-otterloo-aan-de-zil-2');
  });
});

describe('every part of the portal that makes ids from text agrees', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'portal-ids-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** The id, or the start of it with -2, -3 … (a clash within one person's records). */
  const sameOrNumbered = (id: string, base: string): boolean => {
    const numbered = /^(.+)-(\d+)$/.exec(id);
    return (
      id === base ||
      (numbered !== null && base.startsWith(numbered[1] ?? '') && Number(numbered[2]) >= 2)
    );
  };

  test('the generator names people and their records with makeId', () => {
    const { files } = generateContentWithCounts();
    const people = files.filter((f) => f.path.startsWith('people/'));
    expect(people.length).toBeGreaterThan(50);
    for (const file of people) {
      const person = parse(file.source.replace(/^---\n|---\n$/g, '')) as {
        naam: NameParts;
        nevenfuncties: { id: string; functie: string; organisatie: string }[] | string;
        financieleBelangen: { id: string; omschrijving: string }[] | string;
      };
      expect(
        sameOrNumbered(
          file.path.slice('people/'.length, -'.md'.length),
          makeId(formatFullName(person.naam)),
        ),
      ).toBe(true);
      for (const position of typeof person.nevenfuncties === 'string' ? [] : person.nevenfuncties) {
        expect(
          sameOrNumbered(position.id, makeId(`${position.functie} ${position.organisatie}`)),
        ).toBe(true);
      }
      for (const interest of typeof person.financieleBelangen === 'string'
        ? []
        : person.financieleBelangen) {
        expect(sameOrNumbered(interest.id, makeId(interest.omschrijving, { maxLength: 60 }))).toBe(
          true,
        );
      }
    }
  });

  test('the importer gives a new record the id makeId gives its function and organisation', () => {
    const csv = [
      'persoonId;naam;opgave;id;organisatie;functie;bezoldiging;vergoedingBedrag;vergoedingPer;qq;tijdsbestedingUren;tijdsbestedingPer;van;tot;bevestigd;bron;reactie;ingetrokkenDatum;ingetrokkenReden',
      "umit-celik;Ümit Çelik;ingevuld;;Stichting 't Ødeveld & Ĳsselhoek B.V.;Lid raad van advies;onbezoldigd;;;nee;;;2026-10-01;;2026-11-01;;;;",
    ].join('\n');
    const plan = planImport(fixturePath('content-minimal'), readCsv('ids.csv', csv), TODAY);
    expect(plan.issues).toEqual([]);
    const added = plan.diffs.nevenfuncties.added.map((change) => change.record.sleutel);
    expect(added).toEqual([
      `umit-celik/${makeId("Lid raad van advies Stichting 't Ødeveld & Ĳsselhoek B.V.")}`,
    ]);
    expect(added).toEqual(['umit-celik/lid-raad-van-advies-stichting-t-odeveld-ijsselhoek-b-v']);
  });

  test('npm run persoon:nieuw names the file as the generator names a person', () => {
    const dir = path.join(work, 'content');
    cpSync(fixturePath('content-minimal'), dir, { recursive: true });
    const args = [
      '--voorletters',
      'Þ.Ĳ.',
      '--roepnaam',
      'Þórunn',
      '--tussenvoegsel',
      "van 't",
      '--achternaam',
      'Østby-d’Ancona',
      '--functie',
      'statenlid',
      '--fractie',
      'polderpartij',
      '--van',
      '2026-11-01',
      '--inhoud',
      dir,
    ];
    const run = spawnSync(process.execPath, ['scripts/persoon-nieuw.ts', ...args], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    const id = makeId(
      formatFullName({
        voorletters: 'Þ.Ĳ.',
        roepnaam: 'Þórunn',
        tussenvoegsel: "van 't",
        achternaam: 'Østby-d’Ancona',
      }),
    );
    expect(id).toBe('thorunn-van-t-ostby-dancona');
    expect(existsSync(path.join(dir, 'people', `${id}.md`))).toBe(true);
  });

  test('organisation addresses are makeId of the name, with "B.V." as "bv" and "&" as "en" so that spellings meet', () => {
    const names = [
      "Stichting 't Ødeveld",
      'Coöperatie Windpark Hoge Veld',
      'Ærø Fiskeri',
      'Ĳsselhoek',
      'Yıldız Bouw',
      'Zorggroep Łódź',
    ];
    const { idByName } = resolveOrganisations(
      [...names, 'Ødemark Advies B.V.', 'Dijk & Zee'],
      undefined,
    );
    for (const name of names) expect(idByName.get(name)).toBe(makeId(name, { maxLength: 80 }));
    // A record's id keeps a hyphen per letter of "B.V."; the organisation's address does not,
    // because "Ødemark Advies B.V." and "Ødemark Advies BV" are one organisation.
    expect(idByName.get('Ødemark Advies B.V.')).toBe('odemark-advies-bv');
    expect(idByName.get('Dijk & Zee')).toBe('dijk-en-zee');
  });

  test('report headings are anchored at makeId of their text, of any length', () => {
    const headings = [
      'Eed en belofte',
      'Meldingen, onderzoeken en gesprekken',
      "Østby's ĳverige Œuvre & Co",
      'Сводка',
      `Een kop van ${'heel '.repeat(20)}lang`,
    ];
    const body = headings.map((text) => `## ${text}`).join('\n\n');
    const result = parseReportBody('content/reports/2024.md', body, 1, {
      sections: new Set(),
      chartable: new Set(),
    });
    expect(result.ok).toBe(true);
    const ids = result.ok
      ? result.blocks.flatMap((block) => (block.type === 'heading' ? [block.id] : []))
      : [];
    expect(ids).toEqual(
      headings.map((text) =>
        makeId(text, { maxLength: Number.POSITIVE_INFINITY, fallback: 'kop' }),
      ),
    );
    expect(ids.slice(0, 4)).toEqual([
      'eed-en-belofte',
      'meldingen-onderzoeken-en-gesprekken',
      'ostbys-ijverige-oeuvre-co',
      'kop',
    ]);
  });

  test('every id they make is lower case a-z, 0-9 and single hyphens', () => {
    for (const text of ['Ümit Çelik', "'t Hart", 'B.V.', 'Газпром', '', '---'])
      expect(makeId(text)).toMatch(ID);
  });
});
