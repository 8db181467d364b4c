/**
 * The kind of body in site.yaml decides which words a content folder may use (issue #30): every
 * office and every gift destination of another kind is refused with a message that names the
 * file, the field and the words of the site's own kind. Checked for every kind against every other.
 */
import { describe, expect, test } from 'vitest';
import { validateContent, type ContentFile } from '../../src/data/load.ts';
import {
  BODY_KINDS,
  OFFICE_ROLES,
  OFFICES,
  PROPERTY_DESTINATION,
  type BodyKind,
} from '../../src/schemas/body.ts';
import { getIssues, readFixtureContent, TODAY, withFile } from './content-fixtures.ts';

const minimal = readFixtureContent('content-minimal');

/**
 * content-minimal as a body of `kind`: its site.yaml, its people's offices and its gifts'
 * destinations in that kind's words, and a chair (who took office this year, so no year of
 * income is due yet).
 */
function asKind(kind: BodyKind): ContentFile[] {
  const chair: ContentFile = {
    path: 'people/a-voorzitter.md',
    source: `---\nnaam:\n  voorletters: A.\n  achternaam: Voorzitter\nrollen:\n  - functie: ${OFFICES[kind].chair}\n    van: 2026-06-01\nnevenfuncties: geen\nfinancieleBelangen: geen\n---\n`,
  };
  return withFile(minimal, chair).map((file) => {
    if (file.path === 'site.yaml')
      return { ...file, source: file.source.replace(/^soort: provincie$/m, `soort: ${kind}`) };
    if (file.path.startsWith('gifts/'))
      return {
        ...file,
        source: file.source.replaceAll(
          `bestemming: ${PROPERTY_DESTINATION.provincie}`,
          `bestemming: ${PROPERTY_DESTINATION[kind]}`,
        ),
      };
    if (!file.path.startsWith('people/')) return file;
    let source = file.source;
    for (const role of OFFICE_ROLES)
      source = source.replace(
        new RegExp(`functie: ${OFFICES.provincie[role]}$`, 'gm'),
        `functie: ${OFFICES[kind][role]}`,
      );
    return { ...file, source };
  });
}

const personFile = (files: readonly ContentFile[], office: string): ContentFile => {
  const file = files.find(
    (f) => f.path.startsWith('people/') && f.source.includes(`functie: ${office}\n`),
  );
  if (!file) throw new Error(`no person with office ${office} in the fixture`);
  return file;
};

describe.each(BODY_KINDS)('the content of a %s', (kind) => {
  const files = asKind(kind);

  test('validates in its own words', () => {
    expect(() => validateContent(files, { today: TODAY })).not.toThrow();
  });

  test.each(BODY_KINDS.filter((other) => other !== kind))(
    'refuses the offices of a %s, naming its own three',
    (other) => {
      for (const role of OFFICE_ROLES) {
        const person = personFile(files, OFFICES[kind][role]);
        const wrong = {
          ...person,
          source: person.source.replace(
            `functie: ${OFFICES[kind][role]}\n`,
            `functie: ${OFFICES[other][role]}\n`,
          ),
        };
        const issues = getIssues(withFile(files, wrong));
        const own = OFFICE_ROLES.map((r) => OFFICES[kind][r]).join(', ');
        expect(issues).toContainEqual(
          expect.objectContaining({
            file: `content/${person.path}`,
            field: expect.stringMatching(/^rollen\[\d+\]\.functie$/),
            nl: expect.stringContaining(
              `"${OFFICES[other][role]}" is geen functie bij een ${kind}`,
            ),
            en: expect.stringContaining(`choose from ${own}`),
          }),
        );
      }
    },
  );

  test.each(BODY_KINDS.filter((other) => other !== kind))(
    'refuses a gift that became the property of a %s, naming its own word',
    (other) => {
      const gifts = files.find((f) => f.path.startsWith('gifts/'));
      if (!gifts) throw new Error('no gift file in the fixture');
      const wrong = {
        ...gifts,
        source: gifts.source.replace(
          /bestemming: \w+/,
          `bestemming: ${PROPERTY_DESTINATION[other]}`,
        ),
      };
      expect(getIssues(withFile(files, wrong))).toContainEqual(
        expect.objectContaining({
          file: `content/${gifts.path}`,
          field: expect.stringMatching(/\.bestemming$/),
          nl: expect.stringContaining(`heet hier "${PROPERTY_DESTINATION[kind]}"`),
        }),
      );
      const own = {
        ...gifts,
        source: gifts.source.replace(
          /bestemming: \w+/,
          `bestemming: ${PROPERTY_DESTINATION[kind]}`,
        ),
      };
      expect(() => validateContent(withFile(files, own), { today: TODAY })).not.toThrow();
    },
  );
});

test('only a water board has a benaming', () => {
  for (const kind of BODY_KINDS) {
    const files = asKind(kind).map((file) =>
      file.path === 'site.yaml'
        ? { ...file, source: `${file.source}benaming: hoogheemraadschap\n` }
        : file,
    );
    if (kind === 'waterschap') expect(() => validateContent(files, { today: TODAY })).not.toThrow();
    else
      expect(getIssues(files)).toContainEqual(
        expect.objectContaining({
          file: 'content/site.yaml',
          field: 'benaming',
          nl: expect.stringContaining('alleen een waterschap heeft een "benaming"'),
        }),
      );
  }
});
