/**
 * The parse cache of a build (scripts/lib/build-cache.ts, handed to src/lib/parse-content.ts with
 * `useParseCache`; scripts/build.ts opens it before the content is read and saves it after): a
 * file parsed once is not parsed again while the cache is in use, only the files a build used are
 * stored for the next one, a file with a problem is never stored, and saving empties the cache,
 * so that the parsed files are not kept in memory through the rest of the build.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deserialize } from 'node:v8';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { openParseCache } from '../../scripts/lib/build-cache.ts';
import { parseFrontMatterFile, parseYaml, useParseCache } from '../../src/lib/parse-content.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'parse-cache-'));
const storedKeys = (file: string): string[] =>
  (deserialize(readFileSync(file)) as { entries: [string, unknown][] }).entries.map(([key]) => key);

afterEach(() => useParseCache(undefined));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the parse cache', () => {
  test('in use, the same text is parsed once; saving stores only what this build parsed, and no file with a problem', () => {
    const file = path.join(dir, 'first.bin');
    const cache = openParseCache(file);
    useParseCache(cache);
    const first = parseYaml('a.yaml', 'naam: Een\n');
    expect(first.ok).toBe(true);
    expect(parseYaml('kopie.yaml', 'naam: Een\n')).toBe(first);
    expect(parseFrontMatterFile('p.md', '---\nnaam: Twee\n---\n').ok).toBe(true);
    expect(parseYaml('kapot.yaml', 'naam: [\n').ok).toBe(false);
    useParseCache(undefined);
    cache.save();
    expect(storedKeys(file)).toHaveLength(2);

    // The next build reads one of the two files: only that one is stored again.
    const next = openParseCache(file);
    useParseCache(next);
    expect(parseYaml('a.yaml', 'naam: Een\n')).toMatchObject({ ok: true });
    useParseCache(undefined);
    next.save();
    expect(storedKeys(file)).toHaveLength(1);
    expect(storedKeys(file)[0]).toMatch(/^yaml:/);
  });

  test('a stored file is not parsed again by the next build', () => {
    const file = path.join(dir, 'stored.bin');
    const cache = openParseCache(file);
    useParseCache(cache);
    parseYaml('a.yaml', 'naam: Drie\n');
    cache.save();
    const [key = ''] = storedKeys(file);
    const next = openParseCache(file);
    const stored = next.get(key);
    expect(stored).toMatchObject({ ok: true, data: { naam: 'Drie' } });
    useParseCache(next);
    expect(parseYaml('b.yaml', 'naam: Drie\n')).toBe(stored);
  });

  test('saving empties the cache: what it held is on disk, not in memory', () => {
    const file = path.join(dir, 'second.bin');
    const cache = openParseCache(file);
    useParseCache(cache);
    const cached = parseYaml('a.yaml', 'naam: Vier\n');
    expect(parseYaml('a.yaml', 'naam: Vier\n')).toBe(cached);
    useParseCache(undefined);
    cache.save();
    const [key = ''] = storedKeys(file);
    expect(cache.get(key)).toBeUndefined();
    const after = parseYaml('a.yaml', 'naam: Vier\n');
    expect(after).toEqual(cached);
    expect(after).not.toBe(cached);
    expect(parseYaml('a.yaml', 'naam: Vier\n')).not.toBe(after);
  });

  test('a damaged cache file is ignored: everything is parsed again', () => {
    const file = path.join(dir, 'damaged.bin');
    writeFileSync(file, 'geen cache');
    const cache = openParseCache(file);
    useParseCache(cache);
    expect(parseYaml('a.yaml', 'naam: Vijf\n').ok).toBe(true);
    cache.save();
    expect(storedKeys(file)).toHaveLength(1);
  });
});
