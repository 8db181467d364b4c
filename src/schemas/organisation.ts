/**
 * Organisations (`content/organisaties.yaml`, optional): where editors say that names typed
 * differently by different members are one organisation. Organisations are never merged on a
 * guess: names that only look alike are listed by `npm run organisaties` for an editor to decide.
 */
import { z } from 'astro/zod';
import { slug, text } from './common.ts';

export const OrganisationAliasSchema = z.strictObject({
  /** Stable id: the permalink /organisaties/<id>/. Do not change it once published. */
  id: slug,
  /** The name the site shows, e.g. "Stichting Het Utrechts Landschap". */
  naam: text(200),
  /** Other spellings in the registers that mean this organisation, e.g. "Utrechts Landschap". */
  schrijfwijzen: z.array(text(200)).min(1).optional(),
});
export type OrganisationAlias = z.output<typeof OrganisationAliasSchema>;

/** Names an editor checked and found to be different organisations, so the report stops listing them. */
export const DistinctNamesSchema = z.strictObject({
  /** Two or more names exactly as the registers spell them. */
  namen: z.array(text(200)).min(2),
  /** Why they differ, for the next editor. */
  toelichting: text(300).optional(),
});
export type DistinctNames = z.output<typeof DistinctNamesSchema>;

export const OrganisationsFileSchema = z.strictObject({
  organisaties: z.array(OrganisationAliasSchema).default([]),
  verschillend: z.array(DistinctNamesSchema).default([]),
});
export type OrganisationsFile = z.output<typeof OrganisationsFileSchema>;
