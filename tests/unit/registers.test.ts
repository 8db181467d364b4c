/**
 * Every register is one definition (src/registers/) with every part, and the rest of the code
 * reads registers from the list instead of naming them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/data/load.ts';
import { buildPortal } from '../../src/data/portal.ts';
import {
  describeColumns,
  buildJsonSchema,
  getDatasets,
} from '../../src/data/open-data/datasets.ts';
import { BODY_DEFINITIONS, getBodyDefinition } from '../../src/bodies/index.ts';
import { BODY_KINDS, OFFICE_ROLES, OFFICES, type BodyKind } from '../../src/schemas/body.ts';
import { LOCALES } from '../../src/lib/locales.ts';
import { nl } from './dictionaries.ts';
import { REGISTER_INDEXES } from '../../src/lib/search-options.ts';
import {
  getRegisterDefinition,
  getRegisterList,
  getRegisters,
  REGISTER_DEFINITIONS,
  registerFromSlug,
} from '../../src/registers/index.ts';
import { REGISTER_KEYS, SiteConfigSchema } from '../../src/schemas/site.ts';
import { TODAY } from './content-fixtures.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const content = loadContent(path.join(ROOT, 'content'), { today: TODAY });
const portal = buildPortal(content, TODAY);
const body = getBodyDefinition(content.site.soort);

describe('the list of registers', () => {
  test('has one definition per key, in the order of REGISTER_KEYS', () => {
    expect(REGISTER_DEFINITIONS.map((d) => d.key)).toEqual([...REGISTER_KEYS]);
    for (const key of REGISTER_KEYS) expect(getRegisterDefinition(key).key).toBe(key);
  });

  test('gives every register a slug of its own, that leads back to it', () => {
    const slugs = REGISTER_DEFINITIONS.map((d) => d.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const d of REGISTER_DEFINITIONS) {
      expect(d.slug).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(registerFromSlug(d.slug)).toBe(d.key);
    }
  });
});

describe.each(REGISTER_DEFINITIONS.map((d) => [d.key, d] as const))(
  'register %s',
  (key, definition) => {
    test.each(BODY_KINDS)(
      'has its texts for a %s in Dutch and English, each filled in and different where the language differs',
      (kind) => {
        for (const locale of LOCALES) {
          const texts = getRegisters(locale, kind)[key];
          for (const field of ['title', 'summary', 'basis', 'who'] as const)
            expect(texts[field].trim().length, `${locale}.${field}`).toBeGreaterThan(3);
          expect(texts.title).toBe(definition.title[locale]);
        }
        const { nl: dutch, en: english } = definition.texts(getBodyDefinition(kind));
        expect(english.summary).not.toBe(dutch.summary);
        expect(getRegisterList('en', kind).find((r) => r.key === key)?.path).toBe(
          `/en/registers/${definition.slug}/`,
        );
      },
    );

    test('has a configuration in site.yaml that the schema requires', () => {
      const site = { ...content.site, registers: { ...content.site.registers } } as Record<
        string,
        unknown
      > & { registers: Record<string, unknown> };
      delete site.registers[key];
      expect(SiteConfigSchema.safeParse(site).success).toBe(false);
    });

    test('builds its demo records for editions, each with only the fields an edition compares, described in words and with a permalink', () => {
      const records = definition.editions.buildRecords(content);
      expect(records.length, 'the demo holds records of every register').toBeGreaterThan(0);
      const allowed = new Set([...definition.editions.fields, 'inkomsten', 'functie', 'afdeling']);
      const keys = new Set<string>();
      for (const record of records) {
        expect(keys.has(record.sleutel), record.sleutel).toBe(false);
        keys.add(record.sleutel);
        for (const field of Object.keys(record.velden))
          expect(allowed.has(field), `${record.sleutel}: ${field}`).toBe(true);
        expect(definition.editions.describe(record.velden).trim(), record.sleutel).not.toBe('');
        expect(definition.editions.recordPath(record)).toMatch(/^\/[a-z-]+\/[^#]*#[a-z0-9-]+$/);
      }
    });

    test('names the content file a disappeared record lived in, and says what to do instead', () => {
      const [record] = definition.editions.buildRecords(content);
      if (!record) throw new Error(`${key} has no demo records`);
      const file = definition.editions.recordFile(record, {
        ...content,
        label: 'content',
        giftFiles: [...new Set(content.gifts.map((g) => g.file))],
      });
      expect(file).toMatch(/^content\/(people|gifts|officials)\/[^/]+\.(md|yaml)$/);
      expect(definition.editions.keepAdvice.nl).not.toBe(definition.editions.keepAdvice.en);
    });

    test('publishes its open data: one dataset, whose rows the row schema accepts', () => {
      const datasets = getDatasets(body.kind).filter((d) => d.register === key);
      expect(datasets.map((d) => d.slug)).toEqual([definition.slug]);
      const rows = definition.dataset.buildRows(portal, 'https://integriteit.example');
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows)
        expect(definition.dataset.schema(body).safeParse(row).success, JSON.stringify(row)).toBe(
          true,
        );
      for (const column of definition.dataset.amountColumns)
        expect(Object.keys(rows[0] ?? {})).toContain(column);
    });

    test('counts its records for the home page and knows when its next update is due', () => {
      expect(definition.count(portal)).toBeGreaterThan(0);
      expect(definition.nextDue('2026-03-25', 'jaar')).toMatch(/^2027-\d{2}-\d{2}$/);
    });

    test('has its search index, when it has one, among the indexes the search page knows', () => {
      if (definition.search === undefined) return;
      expect(Object.keys(REGISTER_INDEXES)).toContain(definition.search.index);
      expect([...definition.search.records(portal, nl)].length).toBe(
        definition.dataset.buildRows(portal, 'https://integriteit.example').length,
      );
    });
  },
);

/**
 * The words of a kind of body that no other kind's texts may hold: what it is ("provincie",
 * "water board"), its organs, its offices in words and as the data's values, and its act.
 * Matched in lower case anywhere in a text, so "gemeente" also finds "Gemeentewet" and
 * "gemeenteraad". The short forms ("PS", "Raad", "Council") are left out: they are parts of
 * other words and of other kinds' names ("Provincial Council").
 */
function vocabulary(kind: BodyKind): string[] {
  const definition = BODY_DEFINITIONS[kind];
  const words = LOCALES.flatMap((locale) => {
    const w = definition.words[locale];
    return [
      w.kind,
      w.council.name,
      w.executive.name,
      w.chair.name,
      ...OFFICE_ROLES.flatMap((role) => [w.offices[role].one, w.offices[role].many]),
    ];
  });
  const all = [...words, ...Object.values(OFFICES[kind]), definition.act.name.nl];
  return [...new Set(all.map((word) => word.toLowerCase()))];
}

/** Every text the registers and the open data show for a kind of body, with where it is from. */
function textsOf(kind: BodyKind): [string, string][] {
  const definition = getBodyDefinition(kind);
  return [
    ...LOCALES.flatMap((locale) =>
      getRegisterList(locale, kind).flatMap((r) =>
        (['title', 'summary', 'basis', 'who'] as const).map((field): [string, string] => [
          `${r.key}.${locale}.${field}`,
          r[field],
        ]),
      ),
    ),
    ...REGISTER_DEFINITIONS.flatMap((d): [string, string][] => [
      [`${d.key}.dataset.description`, d.dataset.description(definition)],
      [`${d.key}.dataset.rowLabel`, d.dataset.rowLabel],
      ...(d.declaration?.columns ?? []).map((c): [string, string] => [
        `${d.key}.columns.${c.key}`,
        `${c.heading} ${c.explain}`,
      ]),
    ]),
    ...getDatasets(kind).flatMap((d): [string, string][] => [
      [`${d.slug}.description`, `${d.title} ${d.description} ${d.rowLabel}`],
      ...describeColumns(d).map((c): [string, string] => [
        `${d.slug}.${c.name}`,
        [c.description, ...(c.values ?? [])].join(' '),
      ]),
      [`${d.slug}.schema.json`, JSON.stringify(buildJsonSchema(d, 'x'))],
    ]),
  ];
}

describe.each(BODY_KINDS)('the texts of a %s', (kind) => {
  const texts = textsOf(kind);
  const forbidden = BODY_KINDS.filter((other) => other !== kind).flatMap(vocabulary);

  test('name no office, organ or act of another kind of body', () => {
    // The list is the other kinds' words, their acts among them: a test that checks nothing fails.
    expect(forbidden).toEqual(
      expect.arrayContaining(
        BODY_KINDS.filter((other) => other !== kind).map((other) =>
          BODY_DEFINITIONS[other].act.name.nl.toLowerCase(),
        ),
      ),
    );
    const found = texts.flatMap(([where, text]) =>
      forbidden
        .filter((word) => text.toLowerCase().includes(word))
        .map((word) => `${where}: ${word}`),
    );
    expect(found).toEqual([]);
  });

  test("name the body's own offices and cite its own law", () => {
    const definition = getBodyDefinition(kind);
    const all = texts.map(([, text]) => text).join('\n');
    for (const role of OFFICE_ROLES) {
      expect(all).toContain(definition.words.nl.offices[role].many);
      // There is one chair: in English only ever "the mayor", never "mayors".
      expect(all).toContain(definition.words.en.offices[role][role === 'chair' ? 'one' : 'many']);
      // The act is named once before its articles: "Provinciewet artikel 11 (…), 40b (…)".
      expect(all).toContain(definition.law.sidePositions[role].nl.split(' ').at(-1));
      expect(all).toContain(definition.offices[role]);
    }
    expect(all).toContain(definition.law.sidePositions.member.nl);
    expect(all).toContain(definition.law.codeOfConduct.nl);
    expect(all).toContain(definition.law.codeOfConduct.en);
    expect(all).not.toContain('CAP');
  });
});

/** Every .ts and .astro file under a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|astro)$/.test(name) ? [full] : [];
  });
}

describe('code outside the register modules', () => {
  test('never branches on a register by name', () => {
    const keys = REGISTER_KEYS.join('|');
    const branch = new RegExp(
      `(?:register|key)\\s*[!=]==?\\s*'(?:${keys})'|'(?:${keys})'\\s*[!=]==?\\s*(?:register|key)\\b`,
    );
    const offenders = ['src', 'scripts']
      .flatMap((folder) => sourceFiles(path.join(ROOT, folder)))
      .filter((file) => !file.startsWith(path.join(ROOT, 'src', 'registers') + path.sep))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            branch.test(line) ? [`${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [],
          ),
      );
    expect(offenders).toEqual([]);
  });
});
