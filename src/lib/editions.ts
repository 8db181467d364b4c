/**
 * Editions of a register and what changed between them: pure functions over the records of two
 * editions (src/schemas/edition.ts), tested without Astro. Kinds of change, in Dutch as the site
 * shows them: toegevoegd (added), beëindigd (ended: got an end date), ingetrokken (withdrawn with
 * a reason), gewijzigd (changed, field by field) and verdwenen (gone without either; the build
 * refuses that for the latest edition, so it only shows in editions from before the check).
 */
import type { EditionRecord } from '../schemas/edition.ts';
import { compareDutchNames, compareDutchText, type NameParts } from './dutch-names.ts';

/** A JSON value as editions store it. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The kinds of change between two editions. */
export type ChangeKind = 'toegevoegd' | 'beeindigd' | 'ingetrokken' | 'gewijzigd' | 'verdwenen';

/** The order the site lists kinds in. */
export const CHANGE_KINDS: readonly ChangeKind[] = [
  'toegevoegd',
  'beeindigd',
  'ingetrokken',
  'gewijzigd',
  'verdwenen',
];

/** One field that differs; `undefined` means the field was (or is) not filled in. */
export interface FieldChange {
  field: string;
  before: JsonValue | undefined;
  after: JsonValue | undefined;
}

/** One record that differs between two editions. */
export interface RecordChange {
  kind: ChangeKind;
  /** The record in the newer edition (for `verdwenen`: the last one it was in). */
  record: EditionRecord;
  /** Every field that differs (empty for added and gone records). */
  fields: FieldChange[];
}

/** Everything that differs between two editions, and what did not. */
export interface EditionDiff {
  added: RecordChange[];
  ended: RecordChange[];
  withdrawn: RecordChange[];
  changed: RecordChange[];
  removed: RecordChange[];
  unchanged: EditionRecord[];
}

/** Counts per kind, for lists and the feed. */
export type ChangeCounts = Record<ChangeKind, number>;

/** Copies the fields an edition publishes from a record, leaving out empty ones. */
export function pickFields(source: object, fields: readonly string[]): Record<string, JsonValue> {
  const values = source as Record<string, unknown>;
  const out: Record<string, JsonValue> = {};
  for (const field of fields) {
    const value = values[field];
    if (value !== undefined) out[field] = JSON.parse(JSON.stringify(value)) as JsonValue;
  }
  return out;
}

/** JSON with object keys sorted, so equal values always give equal text (and equal hashes). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The fields that differ between two versions of a record, in a stable order. */
export function diffFields(
  before: Readonly<Record<string, JsonValue>>,
  after: Readonly<Record<string, JsonValue>>,
): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const a = before[field];
    const b = after[field];
    if (canonicalJson(a) !== canonicalJson(b)) changes.push({ field, before: a, after: b });
  }
  return changes;
}

/**
 * Compares two editions of one register by record key. `previous` is empty for a register's
 * first edition, where every record counts as added.
 */
export function diffEditions(
  previous: readonly EditionRecord[],
  next: readonly EditionRecord[],
): EditionDiff {
  const before = new Map(previous.map((r) => [r.sleutel, r]));
  const diff: EditionDiff = {
    added: [],
    ended: [],
    withdrawn: [],
    changed: [],
    removed: [],
    unchanged: [],
  };
  const seen = new Set<string>();
  for (const record of next) {
    seen.add(record.sleutel);
    const old = before.get(record.sleutel);
    if (!old) {
      diff.added.push({ kind: 'toegevoegd', record, fields: [] });
      continue;
    }
    const fields = diffFields(old.velden, record.velden);
    if (fields.length === 0) diff.unchanged.push(record);
    else if (old.velden['ingetrokken'] === undefined && record.velden['ingetrokken'] !== undefined)
      diff.withdrawn.push({ kind: 'ingetrokken', record, fields });
    else if (old.velden['tot'] === undefined && record.velden['tot'] !== undefined)
      diff.ended.push({ kind: 'beeindigd', record, fields });
    else diff.changed.push({ kind: 'gewijzigd', record, fields });
  }
  for (const record of previous) {
    if (!seen.has(record.sleutel)) diff.removed.push({ kind: 'verdwenen', record, fields: [] });
  }
  const byKey = (a: RecordChange, b: RecordChange): number =>
    a.record.sleutel.localeCompare(b.record.sleutel);
  for (const list of [diff.added, diff.ended, diff.withdrawn, diff.changed, diff.removed])
    list.sort(byKey);
  return diff;
}

/** Every change of a diff, in the site's order of kinds. */
export function listChanges(diff: EditionDiff): RecordChange[] {
  return [...diff.added, ...diff.ended, ...diff.withdrawn, ...diff.changed, ...diff.removed];
}

/** How many records of each kind. */
export function countChanges(diff: EditionDiff): ChangeCounts {
  return {
    toegevoegd: diff.added.length,
    beeindigd: diff.ended.length,
    ingetrokken: diff.withdrawn.length,
    gewijzigd: diff.changed.length,
    verdwenen: diff.removed.length,
  };
}

/** The changes of one person (or, for officials, one function). */
export interface OwnerChanges {
  /** The person id, or the function title for records without a person. */
  owner: string;
  persoon?: string | undefined;
  naam: string;
  changes: RecordChange[];
}

/** Groups changes per person (or function), in the order `compare` gives the names. */
export function groupChangesByOwner(
  changes: readonly RecordChange[],
  compare: (a: string, b: string) => number = (a, b) => a.localeCompare(b),
): OwnerChanges[] {
  const groups = new Map<string, OwnerChanges>();
  for (const change of changes) {
    const owner = change.record.persoon ?? change.record.naam;
    const group = groups.get(owner) ?? {
      owner,
      persoon: change.record.persoon,
      naam: change.record.naam,
      changes: [],
    };
    group.changes.push(change);
    groups.set(owner, group);
  }
  return [...groups.values()].sort(
    (a, b) => compare(a.naam, b.naam) || a.owner.localeCompare(b.owner),
  );
}

/**
 * Orders the groups of an edition the way every list of people on the site is ordered: by
 * surname ("van den Berg" under B), then initials (`nameOf` gives a person's name parts). Groups
 * without a known person (officials' functions) sort by their name as text, after the people.
 */
export function sortChangesByDutchName<G extends OwnerChanges>(
  groups: readonly G[],
  nameOf: (persoon: string) => NameParts | undefined,
): G[] {
  const parts = new Map(
    groups.map((g) => [g, g.persoon === undefined ? undefined : nameOf(g.persoon)]),
  );
  return [...groups].sort((a, b) => {
    const x = parts.get(a);
    const y = parts.get(b);
    if (x && y) return compareDutchNames(x, y) || a.owner.localeCompare(b.owner);
    if (x || y) return x ? -1 : 1;
    return compareDutchText(a.naam, b.naam) || a.owner.localeCompare(b.owner);
  });
}

/** The first and last edition (by date) a record appeared in. */
export interface RecordSeen {
  firstSeen: string;
  lastSeen: string;
}

/**
 * First and last edition of every record key, over a register's editions in any order. Built
 * once per build; pages look keys up instead of scanning editions.
 */
export function buildRecordHistory(
  editions: readonly { datum: string; registraties: readonly { sleutel: string }[] }[],
): Map<string, RecordSeen> {
  const history = new Map<string, RecordSeen>();
  for (const edition of [...editions].sort((a, b) => a.datum.localeCompare(b.datum))) {
    for (const { sleutel } of edition.registraties) {
      const seen = history.get(sleutel);
      if (seen) seen.lastSeen = edition.datum;
      else history.set(sleutel, { firstSeen: edition.datum, lastSeen: edition.datum });
    }
  }
  return history;
}

/** True when the record first appeared in the register's latest edition. */
export function isNewInLatest(seen: RecordSeen | undefined, latest: string | undefined): boolean {
  return seen !== undefined && latest !== undefined && seen.firstSeen === latest;
}

/**
 * The keys of `latest` that are missing from `current`: records that disappeared from the
 * content instead of ending or being withdrawn.
 */
export function findDisappeared(
  latest: readonly EditionRecord[],
  current: readonly { sleutel: string }[],
): EditionRecord[] {
  const keys = new Set(current.map((r) => r.sleutel));
  return latest.filter((r) => !keys.has(r.sleutel));
}
