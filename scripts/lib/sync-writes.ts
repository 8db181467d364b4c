/**
 * Astro writes every page with `await fs.promises.mkdir` and `await fs.promises.writeFile`, a
 * second time into its incremental cache, and copies an unchanged page in a rebuild with
 * `fs.promises.copyFile`. Each of these is a round trip through libuv's thread pool (open, write
 * and close are three), and while both pages in flight wait for one, the main thread idles: a
 * quarter of page generation at 5,000 people.
 *
 * While Astro builds (scripts/build.ts, and the benchmark's floor, scripts/floor-build.ts), these
 * three do the same work synchronously and settle on the next turn of the event loop. Settling at once (a resolved promise) was measured
 * too: the loop then seldom polled for I/O, pagefind's replies waited, and the register index,
 * which pagefind builds while Astro renders, finished three times later (docs/benchmarks.md,
 * sixth round). Any other form of call (a file handle, an AbortSignal, a stream) goes to Node's
 * own function.
 *
 * A copy is a hard link where the file system allows it: Astro copies only from its incremental
 * cache into the new output folder (an unchanged page in a rebuild), and linking skips reading and
 * writing 80,000 pages at national size (docs/benchmarks.md, seventh round). The two names then
 * share one file, so nothing may write into either in place: writeFile here replaces a file that
 * exists (a new file under the old name; the cache's copy of a changed page), and a copy onto an
 * existing file replaces it too. The published site is never changed by a later build.
 */
import fs from 'node:fs';

type Promises = typeof fs.promises;

/** Runs `work` now and settles with its result or error on the event loop's next turn. */
function settleNextTurn<T>(work: () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    let outcome: { ok: true; value: T } | { ok: false; error: unknown };
    try {
      outcome = { ok: true, value: work() };
    } catch (error) {
      outcome = { ok: false, error };
    }
    setImmediate(() => (outcome.ok ? resolve(outcome.value) : reject(outcome.error)));
  });
}

const isPath = (file: unknown): file is string | URL =>
  typeof file === 'string' || file instanceof URL;
const isPlainData = (data: unknown): data is string | NodeJS.ArrayBufferView =>
  typeof data === 'string' || ArrayBuffer.isView(data);
const isPlainOptions = (options: unknown): options is fs.WriteFileOptions | undefined =>
  options === undefined ||
  typeof options === 'string' ||
  (typeof options === 'object' && options !== null && !('signal' in options));
const errorCode = (error: unknown): unknown =>
  error instanceof Error && 'code' in error ? error.code : undefined;

/** Writes `data` as a new file, also where `file` exists (it may share its content with a hard link). */
function replaceFile(
  file: string | URL,
  data: string | NodeJS.ArrayBufferView,
  options: fs.WriteFileOptions | undefined,
): void {
  if (typeof options === 'object' && options !== null && options.flag !== undefined)
    return fs.writeFileSync(file, data, options);
  const base = typeof options === 'string' ? { encoding: options } : { ...options };
  try {
    fs.writeFileSync(file, data, { ...base, flag: 'wx' });
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
    fs.unlinkSync(file);
    fs.writeFileSync(file, data, { ...base, flag: 'wx' });
  }
}

/** Makes `destination` the same file as `source` by a hard link, or a copy where links are not possible; never writes into an existing file. */
export function linkOrCopy(source: fs.PathLike, destination: fs.PathLike): void {
  try {
    fs.linkSync(source, destination);
    return;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') throw error;
    if (errorCode(error) === 'EEXIST') {
      fs.unlinkSync(destination);
      return linkOrCopy(source, destination);
    }
  }
  // Another file system (EXDEV) or no links allowed: a copy.
  fs.copyFileSync(source, destination, fs.constants.COPYFILE_EXCL);
}

/**
 * Makes `fs.promises.writeFile`, `mkdir` and `copyFile` synchronous for this process, a copy a
 * hard link where possible and a write a new file (see above).
 * Returns a function that puts Node's own back (for tests).
 */
export function useSynchronousFileWrites(): () => void {
  const original: Pick<Promises, 'writeFile' | 'mkdir' | 'copyFile'> = {
    writeFile: fs.promises.writeFile,
    mkdir: fs.promises.mkdir,
    copyFile: fs.promises.copyFile,
  };
  const replacement = {
    writeFile(...args: Parameters<Promises['writeFile']>): Promise<void> {
      const [file, data, options] = args;
      if (isPath(file) && isPlainData(data) && isPlainOptions(options))
        return settleNextTurn(() => replaceFile(file, data, options));
      return original.writeFile(...args);
    },
    mkdir(
      file: fs.PathLike,
      options?: fs.MakeDirectoryOptions | fs.Mode | null,
    ): Promise<string | undefined> {
      return settleNextTurn(() => fs.mkdirSync(file, options));
    },
    copyFile(source: fs.PathLike, destination: fs.PathLike, mode?: number): Promise<void> {
      // A mode asks for copy semantics of its own (fail if it exists, clone): Node's copy.
      return settleNextTurn(() =>
        mode === undefined || mode === 0
          ? linkOrCopy(source, destination)
          : fs.copyFileSync(source, destination, mode),
      );
    },
  };
  Object.assign(fs.promises, replacement);
  return () => Object.assign(fs.promises, original);
}
