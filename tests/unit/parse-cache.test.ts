/**
 * The parse cache of a build (src/lib/parse-content.ts; scripts/build.ts opens it before the
 * content is read and saves it after): a file parsed once is not parsed again while the cache is
 * open, only the files a build used are stored for the next one, a file with a problem is never
 * stored, and saving closes the cache, so that the parsed files are not kept in memory through the
 * rest of the build.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deserialize } from 'node:v8';
import { afterAll, describe, expect, test } from 'vitest';
import { openParseCache, parseFrontMatterFile, parseYaml, saveParseCache } from '../../src/lib/parse-content.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'parse-cache-'));
const storedKeys = (file: string): string[] => (deserialize(readFileSync(file)) as { entries: [string, unknown][] }).entries.map(([key]) => key);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the parse cache', () => {
  test('while open, the same text is parsed once; saving stores only what this build parsed, and no file with a problem', () => {
    const file = path.join(dir, 'first.bin');
    openParseCache(file);
    const first = parseYaml('a.yaml', 'naam: Een\n');
    expect(first.ok).toBe(true);
    expect(parseYaml('kopie.yaml', 'naam: Een\n')).toBe(first);
    expect(parseFrontMatterFile('p.md', '---\nnaam: Twee\n---\n').ok).toBe(true);
    expect(parseYaml('kapot.yaml', 'naam: [\n').ok).toBe(false);
    saveParseCache();
    expect(storedKeys(file)).toHaveLength(2);

    // The next build reads one of the two files: only that one is stored again.
    openParseCache(file);
    expect(parseYaml('a.yaml', 'naam: Een\n')).toMatchObject({ ok: true });
    saveParseCache();
    expect(storedKeys(file)).toHaveLength(1);
    expect(storedKeys(file)[0]).toMatch(/^yaml:/);
  });

  test('saving closes the cache: afterwards every parse is a parse of its own', () => {
    openParseCache(path.join(dir, 'second.bin'));
    const cached = parseYaml('a.yaml', 'naam: Drie\n');
    expect(parseYaml('a.yaml', 'naam: Drie\n')).toBe(cached);
    saveParseCache();
    const after = parseYaml('a.yaml', 'naam: Drie\n');
    expect(after).toEqual(cached);
    expect(after).not.toBe(cached);
    expect(parseYaml('a.yaml', 'naam: Drie\n')).not.toBe(after);
  });
});
