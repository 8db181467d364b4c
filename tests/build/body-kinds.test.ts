/**
 * One portal for every kind of body (issue #30): the demo of each kind (the province's dist/, the
 * municipality's and the water board's shared sites, tests/build/demos.ts) speaks only its own
 * kind's vocabulary, has its organs' pages at its own addresses, names itself on its home page,
 * and publishes its own organs and name in the open data. Records in = records out on every demo
 * is tests/build/records.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { BODY_DEFINITIONS } from '../../src/bodies/index.ts';
import { LOCALES } from '../../src/lib/locales.ts';
import { OFFICE_ROLES, type BodyKind } from '../../src/schemas/body.ts';
import { DEMO_KINDS, getDemo, type Demo } from './demos.ts';
import { listFiles, readPage } from './site.ts';

/** What each demo is called, and its organs as its open data names them. */
const EXPECTED: Record<
  BodyKind,
  { name: string; nameEn: string; council: string; executive: string; publisherType: string }
> = {
  provincie: {
    name: 'Provincie Zilverland',
    nameEn: 'Province of Zilverland',
    council: 'Provinciale Staten van Zilverland',
    executive: 'Gedeputeerde Staten van Zilverland',
    publisherType: 'RegionalAuthority',
  },
  gemeente: {
    name: 'Gemeente Ravensmeer',
    nameEn: 'Municipality of Ravensmeer',
    council: 'Gemeenteraad van Ravensmeer',
    executive: 'College van burgemeester en wethouders van Ravensmeer',
    publisherType: 'LocalAuthority',
  },
  waterschap: {
    name: 'Hoogheemraadschap Zilverwaard',
    nameEn: 'Hoogheemraadschap Zilverwaard',
    council: 'Algemeen bestuur van Hoogheemraadschap Zilverwaard',
    executive: 'Dagelijks bestuur van Hoogheemraadschap Zilverwaard',
    publisherType: 'RegionalAuthority',
  },
};

/** "de gemeenteraad" → "gemeenteraad": the article is not part of the term. */
const withoutArticle = (term: string): string => term.replace(/^(?:de|het|the)\s+/i, '');
/** Curly apostrophes as straight ones, so that "King’s" and "King's" are one word. */
const normalise = (text: string): string => text.replace(/[\u2018\u2019]/g, "'");

/**
 * The words a kind of body calls its organs, offices, act and senior official, in Dutch and
 * English: its organs' names, its offices one and many (and as a title), its act, its secretary.
 */
function vocabularyOf(kind: BodyKind): string[] {
  const definition = BODY_DEFINITIONS[kind];
  const terms = LOCALES.flatMap((locale) => {
    const words = definition.words[locale];
    return [
      ...[words.council, words.executive, words.chair].flatMap((organ) => [
        organ.name,
        organ.inSentence,
      ]),
      ...OFFICE_ROLES.flatMap((role) => {
        const office = words.offices[role];
        return [office.one, office.many, office.title];
      }),
      words.secretary,
      definition.act.name[locale],
    ];
  });
  const unique = new Map(terms.map((t) => [normalise(withoutArticle(t)).toLowerCase(), t]));
  return [...unique.keys()];
}

const escape = (term: string): string =>
  term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
/**
 * Matches any of `terms` as whole words (a letter, digit or hyphen on neither side: an id such as
 * `lid-gemeenteraad-kranswijk` is not a word a reader sees), ignoring case.
 */
const wordsPattern = (terms: readonly string[]): RegExp =>
  new RegExp(
    `(?<![\\p{L}\\p{N}-])(?:${[...terms]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})(?![\\p{L}\\p{N}-])`,
    'giu',
  );

/**
 * The words of the other kinds that a site of `kind` must not show: every term of another kind's
 * vocabulary, less those that occur in its own (a word two kinds share is not another kind's).
 */
function forbiddenWords(kind: BodyKind): string[] {
  const own = vocabularyOf(kind);
  return [
    ...new Set(
      DEMO_KINDS.filter((other) => other !== kind).flatMap((other) => vocabularyOf(other)),
    ),
  ].filter((term) => !own.some((word) => wordsPattern([term]).test(word)));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** The text of a file as a reader sees it: character references decoded. */
const decode = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X'))
      return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)));
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });

/** Every text file of a content folder (the editions last: they repeat the records), to say whether a word on the site came from the content. */
function readContentTexts(content: string): { file: string; lines: string[] }[] {
  return listFiles(content)
    .filter((file) => /\.(?:md|ya?ml|json)$/.test(file))
    .sort((a, b) => Number(a.startsWith('edities/')) - Number(b.startsWith('edities/')))
    .map((file) => ({
      file,
      lines: normalise(readFileSync(path.join(content, file), 'utf8')).split('\n'),
    }));
}

/** Up to `width` characters either side of `index` in `text`, on one line. */
const around = (text: string, index: number, length: number, width = 60): string =>
  `…${text.slice(Math.max(0, index - width), index + length + width).replace(/\s+/g, ' ')}…`;

/**
 * What an editor or the generator wrote in the content folder, as the site shows it: the value of
 * every line (after its key), quotes removed. A province's Statenlid may well be "Lid algemeen
 * bestuur" of a joint arrangement, or get a gift from a burgemeester: such words are the content's,
 * not the interface's, and are masked before the interface's words are checked.
 */
function contentValues(contentTexts: readonly { lines: string[] }[]): string[] {
  const values = new Set<string>();
  for (const { lines } of contentTexts)
    for (const line of lines) {
      const value = line
        .replace(/^\s*(?:- )?(?:[\w-]+|"[^"]*"):\s*/, '')
        .replace(/^(["'])(.*)\1$/, '$2')
        .trim();
      if (value.length >= 3) values.add(value);
    }
  return [...values];
}

/**
 * The other kinds' words in `files` of the built site, one line per word: which word, on how many
 * files, the first few with a snippet. What the content says is masked first (contentValues), so
 * what remains is the interface's: a template's, a label's or a script's.
 */
function findForeignWords(demo: Demo, files: readonly string[]): string[] {
  const pattern = wordsPattern(forbiddenWords(demo.kind));
  const has = (text: string): boolean => {
    pattern.lastIndex = 0;
    const found = pattern.test(text);
    pattern.lastIndex = 0;
    return found;
  };
  // Only the content's values that hold a forbidden word need masking; the longest first, so a
  // sentence is masked whole before a phrase inside it.
  const masks = contentValues(readContentTexts(demo.content))
    .filter(has)
    .sort((a, b) => b.length - a.length);
  const found = new Map<string, string[]>();
  for (const file of files) {
    let text = normalise(decode(readFileSync(path.join(demo.site, file), 'utf8')));
    if (has(text)) for (const mask of masks) text = text.split(mask).join(' ');
    const seen = new Set<string>();
    for (const match of text.matchAll(pattern)) {
      const term = match[0].toLowerCase().replace(/\s+/g, ' ');
      if (seen.has(term)) continue;
      seen.add(term);
      const places = found.get(term) ?? [];
      places.push(`${file}: ${around(text, match.index, match[0].length)}`);
      found.set(term, places);
    }
  }
  return [...found].map(
    ([term, places]) =>
      `"${term}" on ${places.length} file(s), not from the content, e.g. ${places.slice(0, 3).join(' | ')}`,
  );
}

describe('the vocabulary of each kind', () => {
  test('another kind’s organs, offices and act are forbidden words, its bare kind noun is not', () => {
    expect(forbiddenWords('gemeente')).toEqual(
      expect.arrayContaining([
        'provinciale staten',
        'gedeputeerde staten',
        'statenlid',
        'gedeputeerde',
        'commissaris van de koning',
        'provinciewet',
        'algemeen bestuur',
        'dagelijks bestuur',
        'dijkgraaf',
        'waterschapswet',
      ]),
    );
    expect(forbiddenWords('provincie')).toEqual(
      expect.arrayContaining([
        'gemeenteraad',
        'raadslid',
        'wethouder',
        'burgemeester',
        'gemeentewet',
        'mayor',
      ]),
    );
    for (const kind of DEMO_KINDS) {
      expect(forbiddenWords(kind), kind).not.toContain(BODY_DEFINITIONS[kind].words.nl.kind);
      for (const other of DEMO_KINDS)
        expect(forbiddenWords(kind), kind).not.toContain(BODY_DEFINITIONS[other].words.nl.kind);
      // A kind's own words are never forbidden on its own site.
      for (const word of vocabularyOf(kind)) expect(forbiddenWords(kind), kind).not.toContain(word);
    }
  });
});

describe.each(DEMO_KINDS)('the demo of a %s', (kind) => {
  let demo: Demo;
  let files: string[];
  const definition = BODY_DEFINITIONS[kind];

  beforeAll(async () => {
    demo = await getDemo(kind);
    files = listFiles(demo.site);
  });

  describe('speaks only its own kind’s words', () => {
    test('the check finds an interface word of another kind that the content does not hold', () => {
      // A copy of the home page with another kind's council in a sentence no content file has.
      const foreign = DEMO_KINDS.find((k) => k !== kind) ?? kind;
      const word = BODY_DEFINITIONS[foreign].words.nl.council.name;
      const work = mkdtempSync(path.join(tmpdir(), 'body-kinds-'));
      try {
        const page = readFileSync(path.join(demo.site, 'index.html'), 'utf8');
        writeFileSync(
          path.join(work, 'index.html'),
          page.replace('</main>', `<p>Vergadering van ${word} en zo.</p></main>`),
        );
        expect(findForeignWords({ ...demo, site: work }, ['index.html']).join('\n')).toContain(
          `"${word.toLowerCase()}"`,
        );
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });

    test('on every page', () => {
      const pages = files.filter((f) => f.endsWith('.html'));
      expect(pages.length).toBeGreaterThan(demo.portal.people.length);
      expect(findForeignWords(demo, pages)).toEqual([]);
    });

    test('in the open data (CSV, JSON, Popolo, the DCAT catalogue, the JSON Schemas)', () => {
      const data = files.filter(
        (f) => /^(?:data|open-data)\//.test(f) && /\.(?:csv|json|jsonld|html)$/.test(f),
      );
      expect(data).toEqual(
        expect.arrayContaining(['data/popolo.json', 'data/catalogus.jsonld', 'data/personen.csv']),
      );
      expect(findForeignWords(demo, data)).toEqual([]);
    });

    test('in the feed of changes', () => {
      const feeds = files.filter((f) => f.endsWith('.xml') && !/sitemap/.test(f));
      expect(feeds).toContain('wijzigingen/feed.xml');
      expect(findForeignWords(demo, feeds)).toEqual([]);
    });
  });

  describe('has its own organs and its own name', () => {
    test('the organ pages are at the kind’s addresses, in Dutch and English, headed by the organ’s name', () => {
      const organs = { member: 'council', executive: 'executive', chair: 'chair' } as const;
      for (const role of OFFICE_ROLES) {
        const slug = definition.slugs[role];
        for (const locale of LOCALES) {
          const urlPath = `${locale === 'nl' ? '' : `/${locale}`}/${slug}/`;
          const h1 = readPage(urlPath, demo.site).querySelector('h1')?.text ?? '';
          expect(normalise(h1), urlPath).toContain(
            normalise(definition.words[locale][organs[role]].name),
          );
        }
      }
      // And no page at another kind's address.
      for (const other of DEMO_KINDS.filter((k) => k !== kind))
        for (const slug of Object.values(BODY_DEFINITIONS[other].slugs))
          if (!Object.values(definition.slugs).includes(slug))
            expect(files, slug).not.toContain(`${slug}/index.html`);
    });

    test('the home page’s heading names the body, in Dutch and English', () => {
      expect(readPage('/', demo.site).querySelector('h1')?.text).toContain(EXPECTED[kind].name);
      expect(readPage('/en/', demo.site).querySelector('h1')?.text).toContain(
        EXPECTED[kind].nameEn,
      );
    });

    test('Popolo names the body’s council and executive, and every membership by its office', () => {
      const popolo = JSON.parse(readFileSync(path.join(demo.site, 'data/popolo.json'), 'utf8')) as {
        organizations: { id: string; name: string; classification: string; parent_id?: string }[];
        memberships: { organization_id: string; role: string }[];
      };
      const organs = popolo.organizations.filter((o) => o.classification !== 'party');
      expect(organs.map((o) => [o.classification, o.name])).toEqual([
        ['legislature', EXPECTED[kind].council],
        ['executive', EXPECTED[kind].executive],
      ]);
      const ids = new Set(organs.map((o) => o.id));
      for (const party of popolo.organizations.filter((o) => o.classification === 'party'))
        expect(popolo.organizations.find((o) => o.id === party.parent_id)?.classification).toBe(
          'legislature',
        );
      const titles = OFFICE_ROLES.map((role) => definition.words.nl.offices[role].title);
      expect(popolo.memberships.length).toBeGreaterThan(0);
      for (const membership of popolo.memberships) {
        expect(ids.has(membership.organization_id), membership.organization_id).toBe(true);
        expect(titles).toContain(membership.role);
      }
    });

    test('the DCAT catalogue and every dataset have the body as publisher, of its type', () => {
      const text = readFileSync(path.join(demo.site, 'data/catalogus.jsonld'), 'utf8');
      const publishers: unknown[] = [];
      JSON.parse(text, (key, value: unknown) => {
        if (key === 'dct:publisher') publishers.push(value);
        return value;
      });
      expect(publishers.length).toBeGreaterThan(1);
      for (const publisher of publishers)
        expect(publisher).toMatchObject({
          'foaf:name': EXPECTED[kind].name,
          'dct:type': {
            '@id': `http://purl.org/adms/publishertype/${EXPECTED[kind].publisherType}`,
          },
        });
    });
  });
});
