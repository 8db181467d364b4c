/** Small pure helpers over register records. */

/** Splits records into current and ended, keeping their order. */
export function splitEnded<T extends { ended: boolean }>(
  records: readonly T[],
): { current: T[]; ended: T[] } {
  return { current: records.filter((r) => !r.ended), ended: records.filter((r) => r.ended) };
}

/** The latest `bevestigd` date among records, if any. */
export function getLastConfirmed(
  records: readonly { bevestigd?: string | undefined }[],
): string | undefined {
  let latest: string | undefined;
  for (const record of records) {
    if (record.bevestigd !== undefined && (latest === undefined || record.bevestigd > latest))
      latest = record.bevestigd;
  }
  return latest;
}
