/**
 * The Atom feed of editions (RFC 4287): one entry per published edition with its changes. Dates
 * are the editions' own dates, never the build time, so the same content gives the same feed.
 * Its words are a dictionary's (the feed is in Dutch: src/pages/wijzigingen/feed.xml.ts passes nl).
 */
import { formatDate } from './dates.ts';
import type { ChangeKind, JsonValue, OwnerChanges } from './editions.ts';
import {
  formatChangeCounts,
  formatFieldName,
  formatFieldValue,
  type EditionWords,
  type FieldTexts,
} from './edition-labels.ts';
import type { Locale } from './locales.ts';
import type { RegisterKey } from '../schemas/site.ts';

/** The words of the feed: a dictionary's `lang`, `feed`, `editions`, `labels` and `giftValue`. */
export interface FeedTexts extends FieldTexts {
  lang: string;
  feed: {
    /** The entry of a register's first edition. */
    firstEdition: (entries: number) => string;
    /** Its summary. */
    firstSummary: (entries: number) => string;
    /** After the counts of changes: "; 12 registraties". */
    entries: (entries: number) => string;
  };
  editions: EditionWords & { title: (register: string, date: string) => string };
}

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
  /** The feed's language, and its words in that language. */
  locale: Locale;
  texts: FeedTexts;
  /** What a record is, in a few words (src/registers/index.ts, describeRecord). */
  describeRecord: (register: RegisterKey, velden: Readonly<Record<string, JsonValue>>) => string;
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
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

/** The entry's HTML content (escaped into the feed): per person, each change and its fields. */
function entryHtml(info: FeedInfo, edition: FeedEdition): string {
  const { texts, locale } = info;
  if (edition.first) return `<p>${escapeHtmlText(texts.feed.firstEdition(edition.count))}</p>`;
  const value = (field: string, v: JsonValue | undefined): string =>
    escapeHtmlText(formatFieldValue(field, v, texts, locale));
  const groups = edition.groups.map((group) => {
    const items = group.changes.map((change) => {
      const fields = change.fields
        .map(
          (f) =>
            `<li>${escapeHtmlText(formatFieldName(f.field, texts.editions))}: ${value(f.field, f.before)} → ${value(f.field, f.after)}</li>`,
        )
        .join('');
      return `<li>${escapeHtmlText(texts.editions.changeKinds[change.kind])}: ${escapeHtmlText(info.describeRecord(edition.register, change.record.velden))}${fields ? `<ul>${fields}</ul>` : ''}</li>`;
    });
    return `<h3>${escapeHtmlText(group.naam)}</h3><ul>${items.join('')}</ul>`;
  });
  return `<p>${escapeHtmlText(formatChangeCounts(edition.counts, texts.editions))}${escapeHtmlText(texts.feed.entries(edition.count))}</p>${groups.join('')}`;
}

/** The Atom feed of `editions` (newest first). */
export function buildAtomFeed(info: FeedInfo, editions: readonly FeedEdition[]): string {
  const url = (p: string): string => escapeXml(new URL(p, info.site).href);
  const updated = editions.reduce(
    (latest, e) => (e.datum > latest ? e.datum : latest),
    '1970-01-01',
  );
  const entries = editions.map((edition) =>
    [
      '  <entry>',
      `    <id>${url(edition.path)}</id>`,
      `    <title>${escapeXml(info.texts.editions.title(edition.registerTitle, formatDate(edition.datum, info.locale)))}</title>`,
      `    <updated>${timestamp(edition.datum)}</updated>`,
      `    <published>${timestamp(edition.datum)}</published>`,
      `    <link rel="alternate" type="text/html" href="${url(edition.path)}"/>`,
      `    <category term="${escapeXml(edition.register)}" label="${escapeXml(edition.registerTitle)}"/>`,
      `    <summary>${escapeXml(edition.first ? info.texts.feed.firstSummary(edition.count) : `${formatChangeCounts(edition.counts, info.texts.editions)}.`)}</summary>`,
      `    <content type="html">${escapeXml(entryHtml(info, edition))}</content>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(info.texts.lang)}">`,
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
