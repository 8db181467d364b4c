/**
 * The Atom feed of editions (RFC 4287): one entry per published edition with its changes. Dates
 * are the editions' own dates, never the build time, so the same content gives the same feed.
 */
import { formatDateNl } from './dates.ts';
import type { ChangeKind, OwnerChanges } from './editions.ts';
import { CHANGE_KIND_LABELS, describeRecord, formatChangeCounts, formatFieldName, formatFieldValue } from './edition-labels.ts';
import type { RegisterKey } from '../schemas/site.ts';

/** What the feed needs of an edition. */
export interface FeedEdition {
  register: RegisterKey;
  registerTitle: string;
  datum: string;
  path: string;
  count: number;
  first: boolean;
  counts: Record<ChangeKind, number>;
  groups: readonly OwnerChanges[];
}

/** The feed's own details. */
export interface FeedInfo {
  site: URL | string;
  title: string;
  author: { name: string; email: string };
  /** The page the feed belongs to, e.g. `/wijzigingen/`. */
  path: string;
  /** The feed's own path, e.g. `/wijzigingen/feed.xml`. */
  selfPath: string;
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * Escapes text for the HTML inside an entry's `<content type="html">`. That HTML is escaped once
 * more as XML text, so an apostrophe escaped here would reach the reader as "&apos;" (the XML
 * escape of "&apos;" is "&amp;apos;"); text needs only `&`, `<` and `>` escaped.
 */
function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function timestamp(datum: string): string {
  return `${datum}T00:00:00Z`;
}

/** An edition's title: "Nevenfuncties: editie van 30 september 2026". */
export function editionTitle(registerTitle: string, datum: string): string {
  return `${registerTitle}: editie van ${formatDateNl(datum)}`;
}

/** The entry's HTML content (escaped into the feed): per person, each change and its fields. */
function entryHtml(edition: FeedEdition): string {
  if (edition.first) return `<p>Eerste editie van dit register, met ${edition.count} registraties.</p>`;
  const groups = edition.groups.map((group) => {
    const items = group.changes.map((change) => {
      const fields = change.fields.map((f) => `<li>${escapeHtmlText(formatFieldName(f.field))}: ${escapeHtmlText(formatFieldValue(f.field, f.before))} → ${escapeHtmlText(formatFieldValue(f.field, f.after))}</li>`).join('');
      return `<li>${escapeHtmlText(CHANGE_KIND_LABELS[change.kind])}: ${escapeHtmlText(describeRecord(edition.register, change.record.velden))}${fields ? `<ul>${fields}</ul>` : ''}</li>`;
    });
    return `<h3>${escapeHtmlText(group.naam)}</h3><ul>${items.join('')}</ul>`;
  });
  return `<p>${escapeHtmlText(formatChangeCounts(edition.counts))}; ${edition.count} registraties.</p>${groups.join('')}`;
}

/** The Atom feed of `editions` (newest first). */
export function buildAtomFeed(info: FeedInfo, editions: readonly FeedEdition[]): string {
  const url = (p: string): string => escapeXml(new URL(p, info.site).href);
  const updated = editions.reduce((latest, e) => (e.datum > latest ? e.datum : latest), '1970-01-01');
  const entries = editions.map((edition) =>
    [
      '  <entry>',
      `    <id>${url(edition.path)}</id>`,
      `    <title>${escapeXml(editionTitle(edition.registerTitle, edition.datum))}</title>`,
      `    <updated>${timestamp(edition.datum)}</updated>`,
      `    <published>${timestamp(edition.datum)}</published>`,
      `    <link rel="alternate" type="text/html" href="${url(edition.path)}"/>`,
      `    <category term="${escapeXml(edition.register)}" label="${escapeXml(edition.registerTitle)}"/>`,
      `    <summary>${escapeXml(edition.first ? `Eerste editie: ${edition.count} registraties.` : `${formatChangeCounts(edition.counts)}.`)}</summary>`,
      `    <content type="html">${escapeXml(entryHtml(edition))}</content>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
    `  <id>${url(info.path)}</id>`,
    `  <title>${escapeXml(info.title)}</title>`,
    `  <updated>${timestamp(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${url(info.selfPath)}"/>`,
    `  <link rel="alternate" type="text/html" href="${url(info.path)}"/>`,
    `  <author><name>${escapeXml(info.author.name)}</name><email>${escapeXml(info.author.email)}</email></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
