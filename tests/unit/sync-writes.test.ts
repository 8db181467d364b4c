import fs, { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { useSynchronousFileWrites } from '../../scripts/lib/sync-writes.ts';

/** Node's own functions, taken before any test replaces them. */
const NODE_OWN = {
  writeFile: fs.promises.writeFile,
  mkdir: fs.promises.mkdir,
  copyFile: fs.promises.copyFile,
};

let dir: string;
let restore: () => void;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sync-writes-'));
  restore = useSynchronousFileWrites();
});

afterEach(() => {
  restore();
  rmSync(dir, { recursive: true, force: true });
});

describe('useSynchronousFileWrites', () => {
  test('writes, makes folders and copies as Node does, with strings, bytes and URLs', async () => {
    const folder = path.join(dir, 'a', 'b');
    await expect(fs.promises.mkdir(folder, { recursive: true })).resolves.toBe(path.join(dir, 'a'));
    await fs.promises.writeFile(path.join(folder, 'page.html'), '<p>één</p>');
    await fs.promises.writeFile(
      new URL(`file://${path.join(folder, 'data.bin')}`),
      new Uint8Array([1, 2, 3]),
    );
    await fs.promises.copyFile(path.join(folder, 'page.html'), path.join(dir, 'copy.html'));
    expect(readFileSync(path.join(folder, 'page.html'), 'utf8')).toBe('<p>één</p>');
    expect([...readFileSync(path.join(folder, 'data.bin'))]).toEqual([1, 2, 3]);
    expect(readFileSync(path.join(dir, 'copy.html'), 'utf8')).toBe('<p>één</p>');
  });

  test('a failure is a rejected promise, never an exception at the call', async () => {
    const missing = path.join(dir, 'no-such-folder', 'page.html');
    let call: Promise<void> | undefined;
    expect(() => {
      call = fs.promises.writeFile(missing, 'x');
    }).not.toThrow();
    await expect(call).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(fs.promises.copyFile(missing, path.join(dir, 'x'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
    await expect(fs.promises.mkdir(path.join(dir, 'x', 'y'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });

  test('settles on the next turn of the event loop, so I/O (pagefind’s replies) is read between pages', async () => {
    let turned = false;
    setImmediate(() => {
      turned = true;
    });
    await fs.promises.writeFile(path.join(dir, 'page.html'), 'x');
    expect(turned).toBe(true);
  });

  test('other forms of call go to Node’s own writeFile', async () => {
    const controller = new AbortController();
    await fs.promises.writeFile(path.join(dir, 'signal.txt'), 'met signaal', {
      signal: controller.signal,
    });
    const handle = await fs.promises.open(path.join(dir, 'handle.txt'), 'w');
    await fs.promises.writeFile(handle, 'via handle');
    await handle.close();
    expect(readFileSync(path.join(dir, 'signal.txt'), 'utf8')).toBe('met signaal');
    expect(readFileSync(path.join(dir, 'handle.txt'), 'utf8')).toBe('via handle');
  });

  test('a copy is a hard link: one file under two names, nothing read or written', async () => {
    const cached = path.join(dir, 'cached.html');
    writeFileSync(cached, '<p>ongewijzigd</p>');
    await fs.promises.copyFile(cached, path.join(dir, 'page.html'));
    expect(statSync(path.join(dir, 'page.html')).ino).toBe(statSync(cached).ino);
    expect(statSync(cached).nlink).toBe(2);
    expect(readFileSync(path.join(dir, 'page.html'), 'utf8')).toBe('<p>ongewijzigd</p>');
  });

  test('a write onto a linked file makes a new file: the other name keeps what it had', async () => {
    const published = path.join(dir, 'published.html');
    const cached = path.join(dir, 'cached.html');
    writeFileSync(cached, '<p>oud</p>');
    await fs.promises.copyFile(cached, published);
    await fs.promises.writeFile(cached, '<p>nieuw</p>');
    await fs.promises.writeFile(cached, '<p>nieuwer</p>', 'utf8');
    expect(readFileSync(cached, 'utf8')).toBe('<p>nieuwer</p>');
    expect(readFileSync(published, 'utf8')).toBe('<p>oud</p>');
    expect(statSync(published).ino).not.toBe(statSync(cached).ino);
  });

  test('a copy onto an existing file replaces it, and leaves the file’s other names alone', async () => {
    const first = path.join(dir, 'first.html');
    const second = path.join(dir, 'second.html');
    const target = path.join(dir, 'target.html');
    writeFileSync(first, 'een');
    writeFileSync(second, 'twee');
    await fs.promises.copyFile(first, target);
    await fs.promises.copyFile(second, target);
    expect(readFileSync(target, 'utf8')).toBe('twee');
    expect(readFileSync(first, 'utf8')).toBe('een');
  });

  test('a copy with a mode, or a write with a flag, is Node’s own', async () => {
    const source = path.join(dir, 'source.txt');
    writeFileSync(source, 'bron');
    await fs.promises.copyFile(source, path.join(dir, 'excl.txt'), fs.constants.COPYFILE_EXCL);
    expect(statSync(path.join(dir, 'excl.txt')).ino).not.toBe(statSync(source).ino);
    await expect(
      fs.promises.copyFile(source, path.join(dir, 'excl.txt'), fs.constants.COPYFILE_EXCL),
    ).rejects.toMatchObject({ code: 'EEXIST' });
    await fs.promises.writeFile(source, ' en meer', { flag: 'a' });
    expect(readFileSync(source, 'utf8')).toBe('bron en meer');
  });

  test('the returned function puts Node’s own functions back', () => {
    expect(fs.promises.writeFile).not.toBe(NODE_OWN.writeFile);
    restore();
    expect({
      writeFile: fs.promises.writeFile,
      mkdir: fs.promises.mkdir,
      copyFile: fs.promises.copyFile,
    }).toEqual(NODE_OWN);
    restore = useSynchronousFileWrites();
  });
});
