/**
 * Editions (`content/edities/`): each publication of a register, frozen. An edition file holds
 * the register's records as they were published; the manifest lists every edition with a hash of
 * its records and the hash of the register's previous edition, so an edition that is altered,
 * removed or added by hand fails the build. Written by `npm run editie`, never edited by hand.
 */
import { z } from 'astro/zod';
import { isoDate, slug } from './common.ts';
import { REGISTER_KEYS } from './site.ts';

export const RegisterKeySchema = z.enum(REGISTER_KEYS);

/** A JSON value as it is stored in an edition: the published fields of a record. */
export const EditionFieldsSchema = z.record(z.string(), z.json());

/** One record as published: its key, whose it is, and the fields that make up the register. */
export const EditionRecordSchema = z.strictObject({
  /** The record's key: `<persoon>/<id>`, a gift's id, or `<functie>/<id>` for officials. */
  sleutel: z.string().min(1).max(200),
  /** The person the record belongs to, when it belongs to a person. */
  persoon: slug.optional(),
  /** The person's full name or, for officials, the function title, as at publication. */
  naam: z.string().min(1).max(300),
  /** The published fields (without the id, the confirmation date and the source link). */
  velden: EditionFieldsSchema,
});
export type EditionRecord = z.output<typeof EditionRecordSchema>;

/** An edition file: `content/edities/<register>/<JJJJ-MM-DD>.json`. */
export const EditionFileSchema = z.strictObject({
  /** Which register: nevenfuncties, financieleBelangen, geschenken or nevenwerkzaamheden. */
  register: RegisterKeySchema,
  /** Publication date. */
  datum: isoDate,
  /** Every record in the register at publication, ended and withdrawn ones included, by key. */
  registraties: z.array(EditionRecordSchema),
});
export type EditionFile = z.output<typeof EditionFileSchema>;

const hash = z.string().regex(/^sha256-[0-9a-f]{64}$/);

/** One line of the manifest. */
export const ManifestEntrySchema = z.strictObject({
  register: RegisterKeySchema,
  datum: isoDate,
  /** The edition file, relative to `content/edities/`. */
  bestand: z.string().min(1).max(200),
  /** Number of records in the edition. */
  aantal: z.number().int().nonnegative(),
  /** sha256 of the edition's records in canonical JSON. */
  hash,
  /** The hash of the register's previous edition; null for its first edition. */
  vorige: hash.nullable(),
});
export type ManifestEntry = z.output<typeof ManifestEntrySchema>;

/** `content/edities/manifest.json`: every published edition, oldest first per register. */
export const ManifestSchema = z.strictObject({
  edities: z.array(ManifestEntrySchema),
});
export type Manifest = z.output<typeof ManifestSchema>;
