import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { validateContent } from '../../src/data/load.ts';
import { buildEditionIndex } from '../../src/data/editions.ts';
import { nl } from './dictionaries.ts';
import { buildAtomFeed, escapeXml } from '../../src/lib/feed.ts';
import { describeRecord } from '../../src/registers/index.ts';
import { readContentFiles } from '../../src/data/load.ts';
import path from 'node:path';

// The demo content has editions of every register.
const content = validateContent(
  readContentFiles(path.resolve(import.meta.dirname, '../../content')),
  { today: '2026-11-22' },
);
const index = buildEditionIndex(content.editions ?? []);
const info = {
  site: 'https://example.test',
  title: 'Wijzigingen <test>',
  author: { name: 'Griffie', email: 'griffie@example.test' },
  path: '/wijzigingen/',
  selfPath: '/wijzigingen/feed.xml',
  locale: 'nl' as const,
  texts: nl,
  describeRecord,
};
const xml = buildAtomFeed(
  info,
  index.all.map((e) => ({ ...e, registerTitle: e.register })),
);
const feed = parse(xml, { lowerCaseTagName: false });

describe('buildAtomFeed', () => {
  test('one entry per edition, newest first, each linking to its page', () => {
    const entries = feed.querySelectorAll('entry');
    expect(entries).toHaveLength(index.all.length);
    expect(entries[0]?.querySelector('id')?.text).toBe(`https://example.test${index.all[0]?.path}`);
    expect(entries[0]?.querySelector('link')?.getAttribute('href')).toBe(
      `https://example.test${index.all[0]?.path}`,
    );
  });

  test("dates are the editions' own, never the build time, so the same content gives the same feed", () => {
    expect(feed.querySelector('feed > updated')?.text).toBe(`${index.all[0]?.datum}T00:00:00Z`);
    expect(
      buildAtomFeed(
        info,
        index.all.map((e) => ({ ...e, registerTitle: e.register })),
      ),
    ).toBe(xml);
  });

  test('has the elements Atom requires, and escapes text', () => {
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/,
    );
    for (const entry of feed.querySelectorAll('entry'))
      for (const tag of ['id', 'title', 'updated'])
        expect(entry.querySelector(tag)?.text, tag).not.toBe('');
    expect(xml).toContain('<title>Wijzigingen &lt;test&gt;</title>');
    expect(escapeXml('a & "b"')).toBe('a &amp; &quot;b&quot;');
  });

  test('an entry carries its changes per person', () => {
    const latest = index.byRegister.nevenfuncties.at(-1);
    const entry = feed
      .querySelectorAll('entry')
      .find((e) => e.querySelector('id')?.text.endsWith(latest?.path ?? '-'));
    expect(entry?.querySelector('content')?.text).toContain('Ingetrokken: ');
  });
});

describe('the HTML in an entry (issue 28)', () => {
  test("an apostrophe is escaped once: a reader shows 't Hoekje, not &apos;t Hoekje", () => {
    const edition = index.byRegister.nevenfuncties.at(-1);
    if (!edition) throw new Error('the demo has no nevenfuncties edition');
    const group = edition.groups[0];
    if (!group) throw new Error('the latest edition has no changes');
    const naam = "Café 't Hoekje & <Zn>";
    const one = buildAtomFeed(info, [
      { ...edition, registerTitle: 'Nevenfuncties', groups: [{ ...group, naam }] },
    ]);
    expect(one).not.toContain('&amp;apos;');
    // The feed reader unescapes the XML once, then reads the result as HTML.
    const html =
      parse(one, { lowerCaseTagName: false }).querySelector('entry > content')?.text ?? '';
    expect(parse(html).querySelector('h3')?.text).toBe(naam);
  });
});
