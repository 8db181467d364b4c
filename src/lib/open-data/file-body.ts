/**
 * What a download's builder hands to the endpoint (src/pages/data/[...pad].ts): text, bytes, or
 * text in pieces. A national-size download (the 62 MB side-positions JSON) as one string took two
 * bytes per character and copies as it grew: 600 MB of memory for a moment. In pieces, it is
 * encoded a piece at a time while Astro writes it.
 */

/** Text made a piece at a time when read; `pieces` may be read more than once. */
export interface TextPieces {
  pieces(): Iterable<string>;
}

export type FileBody = string | Uint8Array<ArrayBuffer> | TextPieces;

/** Array items per piece of jsonArrayPieces. */
const JSON_BATCH = 1000;

/**
 * `items` as published JSON (two-space indent, a final newline, as toJson in catalogue.ts
 * writes it), a thousand items per piece: the same text, never as one string.
 */
export function* jsonArrayPieces(items: readonly unknown[]): Generator<string> {
  if (items.length === 0) {
    yield '[]\n';
    return;
  }
  yield '[\n';
  for (let start = 0; start < items.length; start += JSON_BATCH) {
    const end = Math.min(start + JSON_BATCH, items.length);
    let piece = '';
    for (let i = start; i < end; i++) {
      // An item's own lines move two spaces in, as JSON.stringify indents an array's items; JSON
      // text has no line break inside a string, so every \n starts a line of the item.
      // An undefined item is null in an array, as JSON.stringify writes it.
      piece += `  ${JSON.stringify(items[i] ?? null, null, 2).replaceAll('\n', '\n  ')}${i < items.length - 1 ? ',' : ''}\n`;
    }
    yield piece;
  }
  yield ']\n';
}

/** The body as a stream of UTF-8 bytes, pieces encoded one at a time as the stream is read. */
export function bodyStream(
  body: FileBody,
): string | Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array> {
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  const encoder = new TextEncoder();
  const pieces = body.pieces()[Symbol.iterator]();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}

/** The body as UTF-8 bytes, all at once (tests compare them with the built file). */
export function bodyBytes(body: FileBody): Uint8Array {
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (body instanceof Uint8Array) return body;
  return new TextEncoder().encode([...body.pieces()].join(''));
}
