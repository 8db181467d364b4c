/**
 * The build's guards on editions: a published edition cannot change silently, and a record of
 * the latest edition cannot disappear from the content.
 */
import { describe, expect, test } from 'vitest';
import {
  appendToManifest,
  buildEditionIndex,
  buildEditionRecords,
  serializeEdition,
  serializeManifest,
} from '../../src/data/editions.ts';
import { validateContent, type ContentFile } from '../../src/data/load.ts';
import { editionFileName } from '../../src/registers/index.ts';
import type { EditionFile, Manifest } from '../../src/schemas/edition.ts';
import { FinancialInterestSchema } from '../../src/schemas/financial-interest.ts';
import { GiftSchema } from '../../src/schemas/gift.ts';
import { SideActivitySchema } from '../../src/schemas/official.ts';
import { SidePositionSchema } from '../../src/schemas/side-position.ts';
import { REGISTER_KEYS } from '../../src/schemas/site.ts';
import { getIssues, readFixtureContent, TODAY, withFile, withoutFile } from './content-fixtures.ts';

const base = readFixtureContent('content-minimal');

/** The fixture with one published edition of every register (dated 2026-10-01) and no `bijgewerkt`. */
function published(files: readonly ContentFile[] = base): ContentFile[] {
  const content = validateContent(files, { today: TODAY });
  let manifest: Manifest = { edities: [] };
  const out: ContentFile[] = [];
  for (const register of REGISTER_KEYS) {
    const edition: EditionFile = {
      register,
      datum: '2026-10-01',
      registraties: buildEditionRecords(content, register),
    };
    manifest = appendToManifest(manifest, edition);
    out.push({
      path: `edities/${editionFileName(register, '2026-10-01')}`,
      source: serializeEdition(edition),
    });
  }
  const site = files.find((f) => f.path === 'site.yaml')?.source ?? '';
  return [
    ...withFile(files, { path: 'site.yaml', source: site.replace(/,\s*bijgewerkt: [0-9-]+/g, '') }),
    ...out,
    { path: 'edities/manifest.json', source: serializeManifest(manifest) },
  ];
}

const edited = (
  files: readonly ContentFile[],
  file: string,
  edit: (source: string) => string,
): ContentFile[] => {
  const found = files.find((f) => f.path === file);
  if (!found) throw new Error(`no ${file}`);
  return withFile(files, { path: file, source: edit(found.source) });
};

describe('published editions', () => {
  test('the fixture with its editions is valid, and the latest edition is the last update', () => {
    const content = validateContent(published(), { today: TODAY });
    expect(content.editions).toHaveLength(REGISTER_KEYS.length);
    const index = buildEditionIndex(content.editions ?? []);
    expect(index.latestDate.nevenfuncties).toBe('2026-10-01');
  });

  test('an edition altered after publication fails, naming the edition file', () => {
    const files = edited(published(), 'edities/nevenfuncties/2026-10-01.json', (s) =>
      s.replace('"Voorzitter"', '"Erevoorzitter"'),
    );
    const issues = getIssues(files);
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: 'content/edities/nevenfuncties/2026-10-01.json',
        nl: expect.stringContaining('is gewijzigd na publicatie'),
        en: expect.stringContaining('was altered after publication'),
      }),
    );
  });

  test('a removed edition fails, and so does one added by hand', () => {
    expect(
      getIssues(withoutFile(published(), 'edities/geschenken/2026-10-01.json')),
    ).toContainEqual(
      expect.objectContaining({
        file: 'content/edities/geschenken/2026-10-01.json',
        nl: expect.stringContaining('mag niet worden verwijderd'),
      }),
    );
    const extra = published().find((f) => f.path === 'edities/geschenken/2026-10-01.json');
    const added = withFile(published(), {
      path: 'edities/geschenken/2026-10-02.json',
      source: (extra?.source ?? '').replace('2026-10-01', '2026-10-02'),
    });
    expect(getIssues(added)).toContainEqual(
      expect.objectContaining({
        file: 'content/edities/geschenken/2026-10-02.json',
        nl: expect.stringContaining('staat niet in edities/manifest.json'),
      }),
    );
  });

  test('a broken chain in the manifest fails', () => {
    const files = edited(published(), 'edities/manifest.json', (s) =>
      s.replace(/"vorige":null/, `"vorige":"sha256-${'0'.repeat(64)}"`),
    );
    expect(getIssues(files)).toContainEqual(
      expect.objectContaining({
        file: 'content/edities/manifest.json',
        field: 'edities[0].vorige',
        nl: expect.stringContaining('keten van edities'),
      }),
    );
  });

  test('"bijgewerkt" next to editions is refused: one source of truth', () => {
    const files = edited(published(), 'site.yaml', (s) =>
      s.replace(
        /nevenfuncties: \{ cadans: halfjaar \}/,
        'nevenfuncties: { cadans: halfjaar, bijgewerkt: 2026-10-01 }',
      ),
    );
    expect(getIssues(files)).toContainEqual(
      expect.objectContaining({
        file: 'content/site.yaml',
        field: 'registers.nevenfuncties.bijgewerkt',
        nl: expect.stringContaining('Haal "bijgewerkt" weg'),
      }),
    );
  });
});

describe('the disappearing-record check', () => {
  test('a record of the latest edition removed from the content fails, naming record, edition and file', () => {
    const files = edited(published(), 'people/noelle-van-der-linde.md', (s) =>
      s.replace(/ {2}- id: voorzitter-imkers-zuidhoek\n(?: {4}.*\n)+/, ''),
    );
    const issues = getIssues(files);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      file: 'content/people/noelle-van-der-linde.md',
      nl: expect.stringContaining('"noelle-van-der-linde/voorzitter-imkers-zuidhoek"'),
      en: expect.stringContaining(
        'was in the edition of 2026-10-01 (content/edities/nevenfuncties/2026-10-01.json) and is now missing',
      ),
    });
    expect(issues[0]?.nl).toContain(
      'geef een einddatum ("tot"), of trek haar in met een datum en een reden',
    );
  });

  // Per register: how to remove one record from the fixture, and the schema of its records, so the
  // advice can be checked against the fields that record type really has.
  const REMOVALS = [
    {
      register: 'nevenfuncties',
      file: 'people/noelle-van-der-linde.md',
      schema: SidePositionSchema,
      remove: (s: string) => s.replace(/ {2}- id: voorzitter-imkers-zuidhoek\n(?: {4}.*\n)+/, ''),
    },
    {
      register: 'financieleBelangen',
      file: 'people/noelle-van-der-linde.md',
      schema: FinancialInterestSchema,
      remove: (s: string) =>
        s.replace(/financieleBelangen:\n(?: {2}.*\n)+/, 'financieleBelangen: geen\n'),
    },
    {
      register: 'geschenken',
      file: 'gifts/2026.yaml',
      schema: GiftSchema,
      remove: () => 'geschenken: []\n',
    },
    {
      register: 'nevenwerkzaamheden',
      file: 'officials/2026.yaml',
      schema: SideActivitySchema,
      remove: (s: string) =>
        s.replace(/ {4}nevenwerkzaamheden:\n(?: {6}.*\n)+/, '    nevenwerkzaamheden: geen\n'),
    },
  ] as const;

  test.each(REMOVALS.map((r) => [r.register, r] as const))(
    '%s: a removed record names the file it was in and advises only fields its type has',
    (_name, removal) => {
      const files = edited(published(), removal.file, removal.remove);
      const issues = getIssues(files).filter((i) => i.nl.includes('ontbreekt nu'));
      expect(issues.length).toBeGreaterThan(0);
      const fields = Object.keys(removal.schema.shape);
      for (const issue of issues) {
        expect(issue.file).toBe(`content/${removal.file}`);
        for (const advised of [...issue.nl.matchAll(/\("(\w+)/g)].map((m) => m[1] ?? ''))
          expect(fields).toContain(advised);
        expect(issue.nl).toContain('"ingetrokken');
      }
    },
  );

  test('ending a record or withdrawing it with a reason keeps the content valid', () => {
    const ended = edited(published(), 'people/noelle-van-der-linde.md', (s) =>
      s.replace('    van: 2019-01-01\n', '    van: 2019-01-01\n    tot: 2026-11-01\n'),
    );
    expect(() => validateContent(ended, { today: TODAY })).not.toThrow();
    const withdrawn = edited(published(), 'people/noelle-van-der-linde.md', (s) =>
      s.replace(
        '    van: 2019-01-01\n',
        '    van: 2019-01-01\n    ingetrokken: { datum: 2026-11-02, reden: Ten onrechte opgegeven }\n',
      ),
    );
    const content = validateContent(withdrawn, { today: TODAY });
    const entry = content.people.find((p) => p.id === 'noelle-van-der-linde')?.nevenfuncties;
    expect(
      Array.isArray(entry) && entry.find((e) => e.id === 'voorzitter-imkers-zuidhoek')?.ingetrokken,
    ).toEqual({ datum: '2026-11-02', reden: 'Ten onrechte opgegeven' });
  });

  test('a withdrawal without a reason is refused', () => {
    const files = edited(published(), 'people/noelle-van-der-linde.md', (s) =>
      s.replace(
        '    van: 2019-01-01\n',
        '    van: 2019-01-01\n    ingetrokken: { datum: 2026-11-02 }\n',
      ),
    );
    expect(getIssues(files)).toContainEqual(
      expect.objectContaining({
        file: 'content/people/noelle-van-der-linde.md',
        field: 'nevenfuncties[0].ingetrokken.reden',
      }),
    );
  });
});
