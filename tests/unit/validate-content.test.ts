import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  loadContent,
  readContentFile,
  validateContent,
  type ContentFile,
} from '../../src/data/load.ts';
import {
  TODAY,
  fixturePath,
  getIssues,
  getValidationError,
  readFixtureContent,
  withFile,
  withoutFile,
} from './content-fixtures.ts';

const minimal = readFixtureContent('content-minimal');

/**
 * Where a fixture from tests/fixtures/invalid/ (or valid/) goes in the content folder:
 * `site/*.yaml` and `fracties/*.yaml` replace site.yaml and fracties.yaml; every other fixture
 * is added under its own path, next to the minimal content.
 */
function contentPathOf(fixture: string): string {
  if (fixture.startsWith('site/')) return 'site.yaml';
  if (fixture.startsWith('fracties/')) return 'fracties.yaml';
  return fixture;
}

/** The minimal content with one fixture file put in. */
function minimalWith(folder: 'invalid' | 'valid', fixture: string): ContentFile[] {
  // Read as the build reads files, so a fixture in another encoding than UTF-8 is refused as such.
  return withFile(minimal, readContentFile(fixturePath(folder, fixture), contentPathOf(fixture)));
}

function listFixtures(folder: string): string[] {
  const root = fixturePath(folder);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
}

describe('loadContent', () => {
  test('loads the minimal fixture without issues', () => {
    const content = loadContent(fixturePath('content-minimal'), { today: TODAY });
    expect(content.site).toMatchObject({ soort: 'provincie', naam: 'Testland' });
    expect(content.fracties.map((f) => f.id)).toEqual(['polderpartij', 'vrij-testland']);
    expect(content.people.map((p) => p.id).sort()).toEqual([
      'karel-de-wit',
      'noelle-van-der-linde',
      'umit-celik',
    ]);
    expect(content.gifts).toHaveLength(4);
    expect(content.officials.map((o) => o.id)).toEqual([
      'directeur-mobiliteit',
      'concerncontroller',
    ]);
  });

  test('keeps tussenvoegsel and diacritics as written', () => {
    const content = loadContent(fixturePath('content-minimal'), { today: TODAY });
    const noelle = content.people.find((p) => p.id === 'noelle-van-der-linde');
    expect(noelle?.naam).toEqual({
      voorletters: 'N.E.',
      roepnaam: 'Noëlle',
      tussenvoegsel: 'van der',
      achternaam: 'Linde',
    });
    expect(content.people.find((p) => p.id === 'umit-celik')?.naam.achternaam).toBe('Çelik');
  });

  test('keeps a member who left mid-term, with "geen" and "niet-opgegeven" declarations', () => {
    const content = loadContent(fixturePath('content-minimal'), { today: TODAY });
    const karel = content.people.find((p) => p.id === 'karel-de-wit');
    expect(karel?.rollen).toEqual([
      { functie: 'statenlid', fractie: 'vrij-testland', van: '2023-03-30', tot: '2025-05-31' },
    ]);
    expect(karel?.nevenfuncties).toBe('geen');
    expect(karel?.financieleBelangen).toBe('niet-opgegeven');
  });

  test('names files relative to the working directory', () => {
    const content = loadContent(fixturePath('content-minimal'), { today: TODAY });
    expect(content.people.find((p) => p.id === 'karel-de-wit')?.file).toBe(
      'tests/fixtures/content-minimal/people/karel-de-wit.md',
    );
  });

  test('loads registers in the shape real ones are published: partial dates, unknowns, estimates', () => {
    const content = loadContent(fixturePath('content-real-registers'), { today: TODAY });
    const gifts = Object.fromEntries(content.gifts.map((g) => [g.id, g]));
    // Kept at "ca. € 60": the threshold (€ 50) cannot decide it, so it is published as stated.
    expect(gifts['2017-001']).toMatchObject({
      datum: '2017-12',
      waarde: { ongeveer: 60 },
      bestemming: 'behouden',
    });
    expect(gifts['2018-001']?.datum).toBe('2018');
    const reinout = content.people.find((p) => p.id === 'reinout-bakhuys');
    // A paid position without start that ended "in 2019" may overlap a GS term from June 2019:
    // no amount is demanded, since nobody declared one.
    expect(
      Array.isArray(reinout?.nevenfuncties) &&
        reinout.nevenfuncties.find((p) => p.id === 'adviseur-adviesbureau'),
    ).toMatchObject({ bezoldiging: 'bezoldigd', tot: '2019' });
    expect(reinout?.rollen[0]).toMatchObject({ van: '2019-06', portefeuille: 'onbekend' });
  });

  test('reads a year typed without quotes (van: 2012) as the year 2012', () => {
    const content = loadContent(fixturePath('content-real-registers'), { today: TODAY });
    const wendelmoet = content.people.find((p) => p.id === 'wendelmoet-van-oordt');
    expect(
      Array.isArray(wendelmoet?.nevenfuncties) &&
        wendelmoet.nevenfuncties.find((p) => p.id === 'bestuurslid-sportclub')?.van,
    ).toBe('2012');
  });

  test('loads empty registers: no gifts and no officials', () => {
    const content = loadContent(fixturePath('content-empty-registers'), { today: TODAY });
    expect(content.gifts).toEqual([]);
    expect(content.officials).toEqual([]);
    expect(content.people.map((p) => p.id).sort()).toEqual(['fenna-bosma', 'jeroen-van-t-hof']);
  });
});

interface InvalidCase {
  /** What the test checks, as a sentence. */
  title: string;
  /** The fixture under tests/fixtures/invalid/. */
  fixture: string;
  /** The file the issue names. */
  file: string;
  /** The field the issue names, as messages write it; empty for the file as a whole. */
  field: string;
  /** Fragments of the Dutch and the English message. */
  nl: string;
  en: string;
  /** The line the issue names, where the parser knows it. */
  line?: number;
}

const INVALID_CASES: InvalidCase[] = [
  // Parsing: only plain YAML data is accepted.
  {
    title: 'refuses broken YAML (a quote never closed)',
    fixture: 'people/broken-yaml.md',
    file: 'content/people/broken-yaml.md',
    field: '',
    nl: 'ongeldige YAML',
    en: 'invalid YAML',
  },
  {
    title: 'refuses a YAML anchor, with its line',
    fixture: 'people/yaml-anchor-alias.md',
    file: 'content/people/yaml-anchor-alias.md',
    field: '',
    nl: 'YAML-anker &kring is niet toegestaan',
    en: 'YAML anchor &kring is not allowed',
    line: 13,
  },
  {
    title: 'refuses a YAML alias, with its line',
    fixture: 'people/yaml-anchor-alias.md',
    file: 'content/people/yaml-anchor-alias.md',
    field: '',
    nl: 'YAML-verwijzingen (*kring) zijn niet toegestaan',
    en: 'YAML aliases (*kring) are not allowed',
    line: 18,
  },
  {
    title: 'refuses an alias bomb ("billion laughs") without expanding it',
    fixture: 'gifts/alias-bomb.yaml',
    file: 'content/gifts/alias-bomb.yaml',
    field: '',
    nl: 'YAML-verwijzingen (*a) zijn niet toegestaan',
    en: 'YAML aliases (*a) are not allowed',
    line: 3,
  },
  {
    title: 'refuses ---js front matter',
    fixture: 'people/front-matter-js.md',
    file: 'content/people/front-matter-js.md',
    field: '',
    nl: 'alleen YAML front matter is toegestaan',
    en: 'only YAML front matter is allowed',
    line: 1,
  },
  {
    title: 'refuses ---json front matter',
    fixture: 'people/front-matter-json.md',
    file: 'content/people/front-matter-json.md',
    field: '',
    nl: 'niet "---json"',
    en: 'not "---json"',
    line: 1,
  },
  {
    title: 'refuses the custom tag !!js/function',
    fixture: 'people/custom-tag-js-function.md',
    file: 'content/people/custom-tag-js-function.md',
    field: '',
    nl: 'YAML-tag !!js/function is niet toegestaan',
    en: 'YAML tag !!js/function is not allowed',
    line: 14,
  },
  {
    title: 'refuses the custom tag !foo',
    fixture: 'officials/custom-tag.yaml',
    file: 'content/officials/custom-tag.yaml',
    field: '',
    nl: 'YAML-tag !foo is niet toegestaan',
    en: 'YAML tag !foo is not allowed',
    line: 10,
  },
  {
    title: 'refuses a duplicate key, with the line of the second one',
    fixture: 'people/duplicate-key.md',
    file: 'content/people/duplicate-key.md',
    field: '',
    nl: 'een veld staat hier twee keer',
    en: 'a field appears twice here',
    line: 7,
  },
  {
    title: 'refuses front matter without the closing ---',
    fixture: 'people/unclosed-front-matter.md',
    file: 'content/people/unclosed-front-matter.md',
    field: '',
    nl: 'niet afgesloten met "---"',
    en: 'not closed with "---"',
  },
  {
    title: 'refuses an empty file',
    fixture: 'people/empty.md',
    file: 'content/people/empty.md',
    field: '',
    nl: 'bestand is leeg',
    en: 'file is empty',
  },
  {
    title: 'refuses text below the front matter of a person',
    fixture: 'people/body-below-front-matter.md',
    file: 'content/people/body-below-front-matter.md',
    field: '',
    nl: 'bevat alleen front matter',
    en: 'holds front matter only',
  },

  // Field names and types.
  {
    title: 'refuses the typo "organsatie" as an unknown field',
    fixture: 'people/unknown-key-typo.md',
    file: 'content/people/unknown-key-typo.md',
    field: 'nevenfuncties[0].organsatie',
    nl: 'onbekend veld "organsatie"; controleer de spelling',
    en: 'unknown field "organsatie"; check the spelling',
  },
  {
    title: 'reports the field the typo left empty',
    fixture: 'people/unknown-key-typo.md',
    file: 'content/people/unknown-key-typo.md',
    field: 'nevenfuncties[0].organisatie',
    nl: 'dit veld ontbreekt',
    en: 'this field is missing',
  },
  {
    title: 'refuses a number where text is expected',
    fixture: 'people/number-as-text.md',
    file: 'content/people/number-as-text.md',
    field: 'nevenfuncties[0].organisatie',
    nl: 'verwacht tekst, kreeg 1899',
    en: 'expected text, got 1899',
  },
  {
    title: 'refuses "ja" where true or false is expected, and says to write true or false',
    fixture: 'people/text-as-boolean.md',
    file: 'content/people/text-as-boolean.md',
    field: 'nevenfuncties[0].qq',
    nl: 'verwacht true (ja) of false (nee), kreeg "ja"; schrijf true of false',
    en: 'expected true or false, got "ja"; write true or false',
  },
  {
    title: 'refuses a declaration state other than "geen" or "niet-opgegeven"',
    fixture: 'people/unknown-register-state.md',
    file: 'content/people/unknown-register-state.md',
    field: 'financieleBelangen',
    nl: 'verwacht een lijst of een van "geen", "niet-opgegeven"; kreeg "nee"',
    en: 'expected a list or one of "geen", "niet-opgegeven"; got "nee"',
  },
  {
    title: 'refuses an empty list nevenfuncties: [] and asks for "geen"',
    fixture: 'people/empty-side-positions-list.md',
    file: 'content/people/empty-side-positions-list.md',
    field: 'nevenfuncties',
    nl: 'een lege lijst: schrijf "geen"',
    en: 'an empty list: write "geen"',
  },
  {
    title: 'refuses initials without dots',
    fixture: 'people/initials-without-dots.md',
    file: 'content/people/initials-without-dots.md',
    field: 'naam.voorletters',
    nl: 'verwacht voorletters met punten',
    en: 'expected initials with dots',
  },
  {
    title: 'refuses a site.yaml without the contact e-mail address',
    fixture: 'site/missing-contact-email.yaml',
    file: 'content/site.yaml',
    field: 'contact.email',
    nl: 'dit veld ontbreekt',
    en: 'this field is missing',
  },

  // Dates and periods.
  {
    title: 'refuses 30 February in nevenfuncties[0].van',
    fixture: 'people/impossible-date.md',
    file: 'content/people/impossible-date.md',
    field: 'nevenfuncties[0].van',
    nl: 'verwacht een datum JJJJ-MM-DD, kreeg "2024-02-30"',
    en: 'expected a date YYYY-MM-DD, got "2024-02-30"',
  },
  {
    title: 'refuses the date "maart 2024" written in words, and says to write 2024-03',
    fixture: 'people/date-as-text.md',
    file: 'content/people/date-as-text.md',
    field: 'nevenfuncties[0].van',
    nl: 'verwacht een datum JJJJ-MM-DD, kreeg "maart 2024"; bedoelt u 2024-03? Schrijf dan 2024-03',
    en: 'expected a date YYYY-MM-DD, got "maart 2024"; if you mean 2024-03, write 2024-03',
  },
  {
    title: 'refuses a side position that ends before it starts',
    fixture: 'people/side-position-ends-before-start.md',
    file: 'content/people/side-position-ends-before-start.md',
    field: 'nevenfuncties[0].tot',
    nl: 'de einddatum 2023-12-31 ligt vóór de begindatum 2024-01-01',
    en: 'the end date 2023-12-31 is before the start date 2024-01-01',
  },
  {
    title: 'refuses a term that ends before it starts',
    fixture: 'people/role-ends-before-start.md',
    file: 'content/people/role-ends-before-start.md',
    field: 'rollen[0].tot',
    nl: 'de einddatum 2023-03-29 ligt vóór de begindatum 2023-03-30',
    en: 'the end date 2023-03-29 is before the start date 2023-03-30',
  },
  {
    title: 'refuses a gift received after today',
    fixture: 'gifts/future-date.yaml',
    file: 'content/gifts/future-date.yaml',
    field: 'geschenken[0].datum',
    nl: 'de ontvangstdatum 2026-12-01 ligt in de toekomst',
    en: 'the date received 2026-12-01 is in the future',
  },
  {
    title: 'refuses a decision on a gift before it was received',
    fixture: 'gifts/decision-before-receipt.yaml',
    file: 'content/gifts/decision-before-receipt.yaml',
    field: 'geschenken[0].besluitdatum',
    nl: 'ligt vóór de ontvangstdatum',
    en: 'is before the date received',
  },

  // Amounts and the gift threshold.
  {
    title: 'refuses the gift value "€ 75,-" written as text, and says to write 75',
    fixture: 'gifts/value-as-text.yaml',
    file: 'content/gifts/value-as-text.yaml',
    field: 'geschenken[0].waarde',
    nl: 'verwacht een getal, kreeg "€ 75,-"; schrijf 75 ',
    en: 'expected a number, got "€ 75,-" (text); write 75 ',
  },
  {
    title: 'refuses a value with three decimals',
    fixture: 'gifts/value-three-decimals.yaml',
    file: 'content/gifts/value-three-decimals.yaml',
    field: 'geschenken[0].waarde',
    nl: 'hoogstens twee decimalen, kreeg 0.125',
    en: 'at most two decimals, got 0.125',
  },
  {
    title:
      'refuses keeping a gift one cent above the threshold, with amounts written the Dutch way',
    fixture: 'gifts/kept-above-threshold.yaml',
    file: 'content/gifts/kept-above-threshold.yaml',
    field: 'geschenken[0].bestemming',
    nl: 'een geschenk van meer dan €\u00a050 mag niet worden behouden (waarde €\u00a050,01)',
    en: 'a gift worth more than €50 may not be kept (value €50.01)',
  },
  // What the editor typed is read as meant, or refused: numbers, encodings, invisible characters.
  {
    title: 'refuses an amount with a thousands point (9.250), which YAML would read as 9.25',
    fixture: 'people/thousands-point.md',
    file: 'content/people/thousands-point.md',
    field: 'nevenfuncties[0].vergoeding.bedrag',
    nl: '"9.250" is dubbelzinnig',
    en: '"9.250" is ambiguous',
    line: 15,
  },
  {
    title: 'refuses an invisible character inside a name, with its line',
    fixture: 'people/invisible-character.md',
    file: 'content/people/invisible-character.md',
    field: '',
    nl: 'onzichtbare spatie (zero-width space) (U+200B)',
    en: 'a zero-width space (U+200B)',
    line: 5,
  },
  {
    title: 'refuses a file saved in Windows-1252, naming the line',
    fixture: 'people/windows-1252.md',
    file: 'content/people/windows-1252.md',
    field: '',
    nl: 'niet als UTF-8 opgeslagen',
    en: 'not saved as UTF-8',
    line: 2,
  },
  {
    title: 'refuses tabs with one message listing the lines',
    fixture: 'people/tab-indentation.md',
    file: 'content/people/tab-indentation.md',
    field: '',
    nl: 'tabs op regel 4, 5: YAML springt alleen in met spaties',
    en: 'tabs on line 4, 5',
    line: 4,
  },
  {
    title: 'refuses a year alone where a date is expected, saying how to write the date',
    fixture: 'people/year-as-date.md',
    file: 'content/people/year-as-date.md',
    field: 'bevestigd.nevenfuncties',
    nl: 'alleen een jaar (2026) is geen datum; schrijf de hele datum als JJJJ-MM-DD',
    en: 'a year alone (2026) is not a date',
  },
  {
    title: 'refuses an empty date as empty, not as "expected text"',
    fixture: 'people/empty-date.md',
    file: 'content/people/empty-date.md',
    field: 'rollen[0].van',
    nl: 'de datum is leeg',
    en: 'the date is empty',
  },
  // Relations between records that must hold.
  {
    title: 'refuses one person holding the same office twice at once',
    fixture: 'people/same-office-twice.md',
    file: 'content/people/same-office-twice.md',
    field: 'rollen[1]',
    nl: 'Eén persoon is niet twee keer tegelijk statenlid',
    en: 'One person does not hold one office twice at once',
  },
  {
    title: 'refuses a side position that ended before the member took office',
    fixture: 'people/record-outside-terms.md',
    file: 'content/people/record-outside-terms.md',
    field: 'nevenfuncties[0]',
    nl: 'valt buiten elke termijn van deze persoon',
    en: 'falls outside every term of this person',
  },
  {
    title: 'refuses a confirmation dated before the record started',
    fixture: 'people/confirmed-before-start.md',
    file: 'content/people/confirmed-before-start.md',
    field: 'financieleBelangen[0].bevestigd',
    nl: 'bevestigd op 2025-03-12, vóór het begin van deze registratie (2025-06-01)',
    en: 'confirmed on 2025-03-12, before this record started (2025-06-01)',
  },
  {
    title: 'refuses a withdrawal dated in the future',
    fixture: 'people/withdrawn-in-future.md',
    file: 'content/people/withdrawn-in-future.md',
    field: 'nevenfuncties[0].ingetrokken.datum',
    nl: 'de datum 2027-01-15 ligt in de toekomst',
    en: 'the date 2027-01-15 is in the future',
  },
  {
    title: 'refuses a register updated on a date in the future',
    fixture: 'site/updated-in-future.yaml',
    file: 'content/site.yaml',
    field: 'registers.geschenken.bijgewerkt',
    nl: 'de datum 2027-01-15 ligt in de toekomst',
    en: 'the date 2027-01-15 is in the future',
  },
  // Partial dates and stated values: a rule refuses only what is certain, and asks for precision.
  {
    title: 'refuses terms by year only that may overlap, asking for whole dates where they meet',
    fixture: 'people/same-office-may-overlap.md',
    file: 'content/people/same-office-may-overlap.md',
    field: 'rollen[1]',
    nl: 'overlapt mogelijk met een andere termijn in hetzelfde ambt',
    en: 'may overlap another term in the same office',
  },
  {
    title: 'refuses keeping a gift stated as "meer dan € 50"',
    fixture: 'gifts/kept-more-than-threshold.yaml',
    file: 'content/gifts/kept-more-than-threshold.yaml',
    field: 'geschenken[0].bestemming',
    nl: '(waarde meer dan €\u00a050)',
    en: '(value more than €50)',
  },
  {
    title: 'refuses a declaration of no gifts for a period in which a gift is registered',
    fixture: 'people/noelle-van-der-linde.md',
    file: 'content/people/noelle-van-der-linde.md',
    field: 'geenGeschenken[0]',
    nl: 'verklaard geen geschenken te hebben ontvangen van 2026-01-01 tot en met 2026-03-31, maar content/gifts/2026.yaml registreert geschenk',
    en: 'declared no gifts from 2026-01-01 to 2026-03-31',
  },
  {
    title: 'refuses a gift dated after the recipient left',
    fixture: 'gifts/after-term-ended.yaml',
    file: 'content/gifts/after-term-ended.yaml',
    field: 'geschenken[0].datum',
    nl: 'ontvangen op 2025-09-02, buiten elke termijn van karel-de-wit',
    en: 'received on 2025-09-02, outside every term of karel-de-wit',
  },
  {
    title: 'refuses "bijgewoond" as the destination of a gift',
    fixture: 'gifts/event-destination-on-gift.yaml',
    file: 'content/gifts/event-destination-on-gift.yaml',
    field: 'geschenken[0].bestemming',
    nl: '"bijgewoond" past bij een uitnodiging of reis',
    en: '"bijgewoond" fits an invitation or trip',
  },
  {
    title: 'refuses a remuneration on an unpaid side position',
    fixture: 'people/unpaid-with-remuneration.md',
    file: 'content/people/unpaid-with-remuneration.md',
    field: 'nevenfuncties[0].vergoeding',
    nl: 'een onbezoldigde nevenfunctie heeft geen vergoeding',
    en: 'an unpaid side position has no remuneration',
  },
  {
    title: 'refuses a paid side position of a gedeputeerde without vergoeding',
    fixture: 'people/paid-without-remuneration.md',
    file: 'content/people/paid-without-remuneration.md',
    field: 'nevenfuncties[0].vergoeding',
    nl: 'gedeputeerden en de commissaris van de Koning vermelden bij een bezoldigde nevenfunctie het bedrag',
    en: "members of the Provincial Executive and the King's Commissioner state the amount and period of a paid side position",
  },

  // Ids and references.
  {
    title: 'refuses the same gift id in two files, naming both',
    fixture: 'gifts/duplicate-id.yaml',
    file: 'content/gifts/2026.yaml',
    field: 'geschenken',
    nl: 'het id "2026-002" komt meer dan eens voor (in content/gifts/2026.yaml, content/gifts/duplicate-id.yaml)',
    en: 'the id "2026-002" appears more than once (in content/gifts/2026.yaml, content/gifts/duplicate-id.yaml)',
  },
  {
    title: 'refuses the same nevenfunctie id twice within a person',
    fixture: 'people/duplicate-side-position-id.md',
    file: 'content/people/duplicate-side-position-id.md',
    field: 'nevenfuncties',
    nl: 'het id "secretaris-historische-kring" komt meer dan eens voor',
    en: 'the id "secretaris-historische-kring" appears more than once',
  },
  {
    title: 'refuses the same fractie id twice',
    fixture: 'fracties/duplicate-id.yaml',
    file: 'content/fracties.yaml',
    field: 'fracties',
    nl: 'het id "polderpartij" komt meer dan eens voor',
    en: 'the id "polderpartij" appears more than once',
  },
  {
    title: 'refuses a gift to an unknown person',
    fixture: 'gifts/unknown-recipient.yaml',
    file: 'content/gifts/unknown-recipient.yaml',
    field: 'geschenken[0].ontvanger.persoon',
    nl: 'onbekende persoon "jan-onbekend": er is geen content/people/jan-onbekend.md',
    en: 'unknown person "jan-onbekend": there is no content/people/jan-onbekend.md',
  },
  {
    title: 'refuses a gift recipient with both persoon and functie',
    fixture: 'gifts/person-and-function.yaml',
    file: 'content/gifts/person-and-function.yaml',
    field: 'geschenken[0].ontvanger',
    nl: 'vul precies één van "persoon" of "functie" in',
    en: 'fill in exactly one of "persoon" or "functie"',
  },
  {
    title: 'refuses a role in an unknown fractie',
    fixture: 'people/unknown-fractie.md',
    file: 'content/people/unknown-fractie.md',
    field: 'rollen[0].fractie',
    nl: 'onbekende fractie "groen-links-testland"; bekend zijn: polderpartij, vrij-testland',
    en: 'unknown fractie "groen-links-testland"; known are: polderpartij, vrij-testland',
  },
  {
    title: 'refuses a Statenlid without fractie',
    fixture: 'people/statenlid-without-fractie.md',
    file: 'content/people/statenlid-without-fractie.md',
    field: 'rollen[0].fractie',
    nl: 'een statenlid hoort bij een fractie',
    en: 'a statenlid belongs to a fractie',
  },
  {
    title: 'refuses a portefeuille for a Statenlid',
    fixture: 'people/portfolio-for-statenlid.md',
    file: 'content/people/portfolio-for-statenlid.md',
    field: 'rollen[0].portefeuille',
    nl: 'alleen een lid van het bestuur (zoals een gedeputeerde of wethouder) heeft een portefeuille, niet een statenlid',
    en: 'only a member of the executive (such as a gedeputeerde or wethouder) has a portfolio, not a statenlid',
  },

  // Privacy: only what the law asks to be public.
  {
    title: 'refuses the name of an official and asks for the functienaam',
    fixture: 'officials/name-field.yaml',
    file: 'content/officials/name-field.yaml',
    field: 'functies[0].naam',
    nl: 'ambtenaren worden alleen met hun functienaam gepubliceerd; verwijder "naam"',
    en: 'officials are published by function title only; remove "naam"',
  },
  {
    title: 'refuses an official below the scale threshold',
    fixture: 'officials/below-scale-threshold.yaml',
    file: 'content/officials/below-scale-threshold.yaml',
    field: 'functies[0].schaal',
    nl: 'alleen functies vanaf schaal 14 worden gepubliceerd; kreeg schaal 10',
    en: 'only functions from scale 14 up are published; got scale 10',
  },
  {
    title: 'refuses an address (adres) as an unknown field',
    fixture: 'people/address-field.md',
    file: 'content/people/address-field.md',
    field: 'adres',
    nl: 'onbekend veld "adres"',
    en: 'unknown field "adres"',
  },
  {
    title: 'refuses a partner as an unknown field',
    fixture: 'people/partner-field.md',
    file: 'content/people/partner-field.md',
    field: 'partner',
    nl: 'onbekend veld "partner"',
    en: 'unknown field "partner"',
  },
  {
    title: 'refuses a bsn in the name as an unknown field',
    fixture: 'people/bsn-field.md',
    file: 'content/people/bsn-field.md',
    field: 'naam.bsn',
    nl: 'onbekend veld "bsn"',
    en: 'unknown field "bsn"',
  },

  // Markup and script.
  {
    title: 'refuses <script> in a text field',
    fixture: 'people/html-script.md',
    file: 'content/people/html-script.md',
    field: 'nevenfuncties[0].functie',
    nl: 'HTML of code is niet toegestaan in tekst, kreeg "<script>alert(1)</script>"',
    en: 'HTML or code is not allowed in text, got "<script>alert(1)</script>"',
  },
  {
    title: 'refuses <img onerror> in organisatie',
    fixture: 'people/html-img-onerror.md',
    file: 'content/people/html-img-onerror.md',
    field: 'nevenfuncties[0].organisatie',
    nl: 'HTML of code is niet toegestaan in tekst',
    en: 'HTML or code is not allowed in text',
  },
  {
    title: 'refuses a javascript: address as bron',
    fixture: 'people/javascript-url.md',
    file: 'content/people/javascript-url.md',
    field: 'nevenfuncties[0].bron',
    nl: 'verwacht een webadres dat begint met https://, kreeg "javascript:alert(1)"',
    en: 'expected a web address starting with https://, got "javascript:alert(1)"',
  },

  // The layout of the content folder.
  {
    title: 'refuses an unknown file in the content folder',
    fixture: 'people/notes.txt',
    file: 'content/people/notes.txt',
    field: '',
    nl: 'onbekend bestand',
    en: 'unknown file',
  },
  {
    title: 'refuses a person file name with capitals and a space',
    fixture: 'people/Kees Jansen.md',
    file: 'content/people/Kees Jansen.md',
    field: '',
    nl: 'de bestandsnaam is het id van de persoon en mag alleen kleine letters, cijfers en streepjes bevatten',
    en: "the file name is the person's id and may only contain lower-case letters, digits and hyphens",
  },
];

describe('validateContent', () => {
  test('accepts the minimal content', () => {
    expect(() => validateContent(minimal, { today: TODAY })).not.toThrow();
  });

  test.for(INVALID_CASES)('$title', ({ fixture, file, field, nl, en, line }) => {
    const issues = getIssues(minimalWith('invalid', fixture));
    const where = line === undefined ? {} : { line };
    expect(issues).toContainEqual(
      expect.objectContaining({
        file,
        field,
        nl: expect.stringContaining(nl),
        en: expect.stringContaining(en),
        ...where,
      }),
    );
  });

  test('has a case in the table for every fixture in tests/fixtures/invalid/', () => {
    expect(listFixtures('invalid')).toEqual(
      [...new Set(INVALID_CASES.map((c) => c.fixture))].sort(),
    );
  });

  test('keeps a gift worth exactly the threshold', () => {
    expect(() =>
      validateContent(minimalWith('valid', 'gifts/kept-at-threshold.yaml'), { today: TODAY }),
    ).not.toThrow();
  });

  test('accepts 0.29, a value with two decimals that floating point stores as 28.999… cents', () => {
    const content = validateContent(minimalWith('valid', 'gifts/two-decimals.yaml'), {
      today: TODAY,
    });
    expect(content.gifts.find((g) => g.file === 'content/gifts/two-decimals.yaml')?.waarde).toBe(
      0.29,
    );
  });

  test('judges future dates against the today option', () => {
    const files = minimalWith('invalid', 'gifts/future-date.yaml');
    expect(() => validateContent(files, { today: '2026-12-01' })).not.toThrow();
    expect(getIssues(files, { today: '2026-11-30' })).toHaveLength(1);
  });

  test('refuses a file over 1 MB before parsing it', () => {
    const huge = { path: 'people/huge.md', source: `---\n# ${'x'.repeat(1_000_001)}\n---\n` };
    expect(getIssues(withFile(minimal, huge))).toEqual([
      {
        file: 'content/people/huge.md',
        field: '',
        nl: expect.stringContaining('bestand is te groot'),
        en: expect.stringContaining('file is too large'),
        line: undefined,
      },
    ]);
  });

  test('refuses content without site.yaml', () => {
    expect(getIssues(withoutFile(minimal, 'site.yaml'))).toEqual([
      {
        file: 'content/site.yaml',
        field: '',
        nl: 'dit bestand ontbreekt',
        en: 'this file is missing',
        line: undefined,
      },
    ]);
  });

  test('refuses content without fracties.yaml', () => {
    expect(getIssues(withoutFile(minimal, 'fracties.yaml'))).toContainEqual({
      file: 'content/fracties.yaml',
      field: '',
      nl: 'dit bestand ontbreekt',
      en: 'this file is missing',
      line: undefined,
    });
  });

  test('reports a missing declaration as a missing field', () => {
    const umit = minimal.find((f) => f.path === 'people/umit-celik.md');
    const source = umit?.source.replace('financieleBelangen: geen\n', '') ?? '';
    expect(getIssues(withFile(minimal, { path: 'people/umit-celik.md', source }))).toContainEqual({
      file: 'content/people/umit-celik.md',
      field: 'financieleBelangen',
      nl: 'dit veld ontbreekt; vul in: een lijst of een van "geen", "niet-opgegeven"',
      en: 'this field is missing; fill in a list or one of "geen", "niet-opgegeven"',
      line: undefined,
    });
  });

  test('accepts files with Windows line endings', () => {
    const crlf = minimal.map((f) => ({ ...f, source: f.source.replace(/\n/g, '\r\n') }));
    const content = validateContent(crlf, { today: TODAY });
    expect(content.people.find((p) => p.id === 'umit-celik')?.financieleBelangen).toBe('geen');
  });

  test('collects the issues of every file, not just the first', () => {
    const files = withFile(minimalWith('invalid', 'people/impossible-date.md'), {
      path: 'gifts/value-as-text.yaml',
      source: readFileSync(fixturePath('invalid', 'gifts/value-as-text.yaml'), 'utf8'),
    });
    expect(getIssues(files).map((i) => i.file)).toEqual([
      'content/people/impossible-date.md',
      'content/gifts/value-as-text.yaml',
    ]);
  });

  test('does not call a person with an invalid file unknown where a gift refers to them', () => {
    const umit = minimal.find((f) => f.path === 'people/umit-celik.md');
    const source = umit?.source.replace('van: 2023-06-15', 'van: 2023-06-31') ?? '';
    expect(getIssues(withFile(minimal, { path: 'people/umit-celik.md', source }))).toEqual([
      {
        file: 'content/people/umit-celik.md',
        field: 'rollen[1].van',
        nl: expect.stringContaining('2023-06-31'),
        en: expect.stringContaining('2023-06-31'),
        line: undefined,
      },
    ]);
  });

  test('names the content folder with the label option', () => {
    const issues = getIssues(withoutFile(minimal, 'site.yaml'), { label: 'inhoud' });
    expect(issues.map((i) => i.file)).toEqual(['inhoud/site.yaml']);
  });

  test('lists every issue in the error message as "file › field: Dutch (English)"', () => {
    const error = getValidationError(minimalWith('invalid', 'people/impossible-date.md'));
    expect(error.message).toBe(
      [
        '1 fout in de inhoud; er is niets gepubliceerd (1 content error; nothing was published):',
        '  - content/people/impossible-date.md › nevenfuncties[0].van: verwacht een datum JJJJ-MM-DD, kreeg "2024-02-30" (of JJJJ-MM of JJJJ als de bron niet preciezer is, zoals 2015-03 voor maart 2015) (expected a date YYYY-MM-DD, got "2024-02-30" (or YYYY-MM or YYYY when the source is not more precise, like 2015-03 for March 2015))',
      ].join('\n'),
    );
  });
});

describe('loadContent from disk', () => {
  test('refuses a 10 MB file with a message naming it, without parsing it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'portal-big-'));
    try {
      cpSync(fixturePath('content-minimal'), dir, { recursive: true });
      writeFileSync(
        path.join(dir, 'gifts', 'enorm.yaml'),
        `geschenken:\n${'  # padding\n'.repeat(900_000)}`,
      );
      let message = '';
      try {
        loadContent(dir, { today: TODAY, label: 'content' });
      } catch (error) {
        message = error instanceof Error ? error.message : String(error);
      }
      expect(message).toContain(
        'content/gifts/enorm.yaml: bestand is te groot (10800012 bytes; hoogstens 1000000)',
      );
      expect(message).toContain('(file is too large');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
