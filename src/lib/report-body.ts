/**
 * The narrative of an annual report: a small, safe subset of Markdown parsed into blocks that
 * components render with ordinary escaping. Nothing in a body is ever passed on as HTML or code.
 *
 * Allowed: paragraphs, `##`-`####` headings, `-` and `1.` lists, `**bold**`, `*italic*`,
 * `[links](https://…)`, and three components:
 *   ::figuur vertrouwenspersonen    a section of the front matter as chart and table
 *   ::tabel zaken                   a section of the front matter as table only
 *   :::noot Optional title          a note, closed by a line with `:::`
 *
 * Refused with file and line: HTML (`<script>`, `<img onerror=…>`), MDX `import`/`export`,
 * expressions in braces, code blocks, `javascript:` links, a `#` heading (the title is the h1).
 */
import type { ContentIssue } from './content-errors.ts';
import { makeUniqueId, type IdOptions } from './ids.ts';

/** Inline content of a paragraph, heading or list item. */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

/** A block of the narrative. */
export type Block =
  | { type: 'heading'; level: 2 | 3 | 4; id: string; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'note'; title?: string | undefined; blocks: Block[] }
  | { type: 'section'; section: string; chart: boolean; line: number };

/** What the body may refer to. */
export interface BodyOptions {
  /** Sections present in the front matter. */
  sections: ReadonlySet<string>;
  /** Sections that have a chart (others can only be placed with `::tabel`). */
  chartable: ReadonlySet<string>;
}

export type BodyResult = { ok: true; blocks: Block[] } | { ok: false; issues: ContentIssue[] };

const HTML = /<\s*[a-zA-Z!/?]|&#?[a-zA-Z0-9]+;/;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;
const COMPONENTS_HINT = 'gebruik Markdown en de onderdelen ::figuur, ::tabel en :::noot';
const COMPONENTS_HINT_EN = 'use Markdown and the components ::figuur, ::tabel and :::noot';

/** The line in the file where the body starts (1-based), for messages that name a line. */
export function bodyStartLine(source: string, body: string): number {
  const lines = (text: string): number => text.replace(/\r\n/g, '\n').split('\n').length;
  return lines(source) - lines(body) + 1;
}

/** Refusals that apply to any line of a body; undefined when the line is fine. */
function checkLine(line: string): { nl: string; en: string } | undefined {
  if (/^\s*(import|export)\b/.test(line)) {
    return {
      nl: `"import" en "export" zijn niet toegestaan: een jaarverslag voert geen code uit; ${COMPONENTS_HINT}`,
      en: `"import" and "export" are not allowed: an annual report runs no code; ${COMPONENTS_HINT_EN}`,
    };
  }
  if (/<\s*script/i.test(line)) {
    return {
      nl: `<script> is niet toegestaan; ${COMPONENTS_HINT}`,
      en: `<script> is not allowed; ${COMPONENTS_HINT_EN}`,
    };
  }
  if (/\bon[a-z]+\s*=/i.test(line) && HTML.test(line)) {
    return {
      nl: `HTML met gebeurtenissen (zoals onclick= of onerror=) is niet toegestaan; ${COMPONENTS_HINT}`,
      en: `HTML with event handlers (such as onclick= or onerror=) is not allowed; ${COMPONENTS_HINT_EN}`,
    };
  }
  if (HTML.test(line)) {
    return {
      nl: `HTML is niet toegestaan in een jaarverslag; ${COMPONENTS_HINT}`,
      en: `HTML is not allowed in an annual report; ${COMPONENTS_HINT_EN}`,
    };
  }
  if (/[{}]/.test(line)) {
    return {
      nl: `accolades { } zijn niet toegestaan: ze zouden in MDX code uitvoeren; ${COMPONENTS_HINT}`,
      en: `braces { } are not allowed: in MDX they would run code; ${COMPONENTS_HINT_EN}`,
    };
  }
  if (/^\s*(```|~~~)/.test(line)) {
    return {
      nl: `codeblokken zijn niet toegestaan; ${COMPONENTS_HINT}`,
      en: `code blocks are not allowed; ${COMPONENTS_HINT_EN}`,
    };
  }
  if (CONTROL.test(line)) {
    return {
      nl: 'onzichtbare stuurtekens zijn niet toegestaan',
      en: 'invisible control characters are not allowed',
    };
  }
  return undefined;
}

/**
 * How a heading's anchor is made (src/lib/ids.ts): of any length, as anchors always were (a
 * published anchor must not change), and `kop` for a heading without Latin letters.
 */
const HEADING_ID: IdOptions = { maxLength: Number.POSITIVE_INFINITY, fallback: 'kop' };

/** Plain text of inline content, e.g. for heading anchors. */
export function inlineText(nodes: readonly Inline[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : inlineText(n.children))).join('');
}

function isSafeHref(href: string): boolean {
  return (
    /^https?:\/\/[^\s]+$/i.test(href) ||
    /^\/(?!\/)[^\s]*$/.test(href) ||
    /^#[\w-]+$/.test(href) ||
    /^mailto:[^\s@]+@[^\s@]+$/i.test(href)
  );
}

/**
 * Parses inline Markdown: `**strong**`, `*em*` and `[text](href)`. Unmatched markers stay text.
 * `onBadLink` is told about links whose address is not allowed.
 */
export function parseInline(text: string, onBadLink: (href: string) => void = () => {}): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  const flush = (): void => {
    if (buffer) out.push({ type: 'text', value: buffer });
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('**', i)) {
      const end = text.indexOf('**', i + 2);
      if (end > i + 2) {
        flush();
        out.push({ type: 'strong', children: parseInline(text.slice(i + 2, end), onBadLink) });
        i = end + 2;
        continue;
      }
    } else if (text[i] === '*' && text[i + 1] !== ' ') {
      const end = text.indexOf('*', i + 1);
      if (end > i + 1 && text[end - 1] !== ' ') {
        flush();
        out.push({ type: 'em', children: parseInline(text.slice(i + 1, end), onBadLink) });
        i = end + 1;
        continue;
      }
    } else if (text[i] === '[') {
      const match = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(text.slice(i));
      if (match?.[1] !== undefined && match[2] !== undefined) {
        flush();
        if (isSafeHref(match[2]))
          out.push({ type: 'link', href: match[2], children: parseInline(match[1], onBadLink) });
        else {
          onBadLink(match[2]);
          out.push({ type: 'text', value: match[1] });
        }
        i += match[0].length;
        continue;
      }
    }
    buffer += text[i];
    i++;
  }
  flush();
  return out;
}

const LIST_ITEM = /^\s{0,3}(?:([-*+])|(\d{1,3})[.)])\s+(.*)$/;

/**
 * Parses a report body. `file` and `firstLine` (the file line where the body starts) go into
 * every message; `options` says which front-matter sections `::figuur` and `::tabel` may place.
 */
export function parseReportBody(
  file: string,
  body: string,
  firstLine: number,
  options: BodyOptions,
): BodyResult {
  const issues: ContentIssue[] = [];
  const lines = body.replace(/\r\n/g, '\n').split('\n');
  const fail = (index: number, nl: string, en: string): void => {
    issues.push({ file, path: [], line: firstLine + index, nl, en });
  };
  const placed = new Set<string>();
  const headingIds = new Set<string>();
  const root: Block[] = [];
  let target = root;
  let note: { block: Extract<Block, { type: 'note' }>; line: number } | undefined;
  let paragraph: string[] = [];
  let paragraphLine = 0;
  let list: { ordered: boolean; items: string[]; lines: number[] } | undefined;

  const inline = (text: string, index: number): Inline[] =>
    parseInline(text.trim().replace(/\s+/g, ' '), (href) =>
      fail(
        index,
        `dit linkadres is niet toegestaan: "${href}"; gebruik een adres dat begint met https:// of /`,
        `this link address is not allowed: "${href}"; use an address starting with https:// or /`,
      ),
    );
  const closeParagraph = (): void => {
    if (paragraph.length > 0)
      target.push({ type: 'paragraph', children: inline(paragraph.join(' '), paragraphLine) });
    paragraph = [];
  };
  const closeList = (): void => {
    if (list)
      target.push({
        type: 'list',
        ordered: list.ordered,
        items: list.items.map((item, k) => inline(item, list?.lines[k] ?? 0)),
      });
    list = undefined;
  };
  const closeAll = (): void => {
    closeParagraph();
    closeList();
  };

  lines.forEach((line, index) => {
    const problem = checkLine(line);
    if (problem) {
      fail(index, problem.nl, problem.en);
      return;
    }
    const trimmed = line.trim();
    if (trimmed === '') {
      closeAll();
      return;
    }
    // Container: `:::noot [title]` … `:::`.
    const container = /^:::\s*([a-z]*)\s*(.*)$/.exec(trimmed);
    if (container) {
      closeAll();
      const [, name = '', rest = ''] = container;
      if (name === '' && rest === '') {
        if (!note)
          fail(
            index,
            'een ":::" sluit een noot af, maar er is geen noot geopend met ":::noot"',
            'a ":::" closes a note, but no note was opened with ":::noot"',
          );
        target = root;
        note = undefined;
      } else if (name === 'noot') {
        if (note)
          fail(
            index,
            'een noot kan geen noot bevatten; sluit de vorige eerst af met ":::"',
            'a note cannot contain a note; close the previous one with ":::" first',
          );
        const block: Extract<Block, { type: 'note' }> = {
          type: 'note',
          title: rest.trim() || undefined,
          blocks: [],
        };
        root.push(block);
        target = block.blocks;
        note = { block, line: index };
      } else {
        fail(
          index,
          `onbekend onderdeel ":::${name}"; toegestaan is ":::noot"`,
          `unknown component ":::${name}"; allowed is ":::noot"`,
        );
      }
      return;
    }
    // Leaf: `::figuur <section>` or `::tabel <section>`.
    const leaf = /^::\s*([a-z]*)\s*(.*)$/.exec(trimmed);
    if (leaf) {
      closeAll();
      const [, name = '', arg = ''] = leaf;
      const section = arg.trim();
      if (name !== 'figuur' && name !== 'tabel') {
        fail(
          index,
          `onbekend onderdeel "::${name}"; toegestaan zijn "::figuur <onderdeel>" en "::tabel <onderdeel>"`,
          `unknown component "::${name}"; allowed are "::figuur <section>" and "::tabel <section>"`,
        );
      } else if (note) {
        fail(
          index,
          `"::${name}" kan niet in een noot staan; sluit de noot eerst af met ":::"`,
          `"::${name}" cannot be inside a note; close the note with ":::" first`,
        );
      } else if (!options.sections.has(section)) {
        const known = [...options.sections].join(', ') || 'geen';
        fail(
          index,
          `"::${name} ${section}": dit onderdeel staat niet in de front matter van dit verslag (aanwezig: ${known})`,
          `"::${name} ${section}": this section is not in this report's front matter (present: ${known})`,
        );
      } else if (name === 'figuur' && !options.chartable.has(section)) {
        fail(
          index,
          `"${section}" heeft geen grafiek; gebruik "::tabel ${section}"`,
          `"${section}" has no chart; use "::tabel ${section}"`,
        );
      } else if (placed.has(section)) {
        fail(
          index,
          `"${section}" staat al eerder in de tekst; plaats elk onderdeel één keer`,
          `"${section}" is already placed earlier in the text; place each section once`,
        );
      } else {
        placed.add(section);
        root.push({ type: 'section', section, chart: name === 'figuur', line: firstLine + index });
      }
      return;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(trimmed);
    if (heading) {
      closeAll();
      const level = heading[1]?.length ?? 1;
      if (level === 1) {
        fail(
          index,
          'de titel van het verslag is de enige kop van niveau 1; begin koppen in de tekst met "##"',
          'the report title is the only level-1 heading; start headings in the text with "##"',
        );
      } else if (level > 4) {
        fail(
          index,
          'gebruik koppen van "##" tot en met "####"',
          'use headings from "##" to "####"',
        );
      } else if (note) {
        fail(
          index,
          'een noot kan geen kop bevatten; gebruik de titel na ":::noot"',
          'a note cannot contain a heading; use the title after ":::noot"',
        );
      } else {
        const children = inline(heading[2] ?? '', index);
        const id = makeUniqueId(inlineText(children), headingIds, HEADING_ID);
        root.push({ type: 'heading', level: level as 2 | 3 | 4, id, children });
      }
      return;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      closeParagraph();
      const ordered = item[2] !== undefined;
      if (list && list.ordered !== ordered) closeList();
      list ??= { ordered, items: [], lines: [] };
      list.items.push(item[3] ?? '');
      list.lines.push(index);
      return;
    }
    if (list && /^\s+\S/.test(line)) {
      // A continuation line of the last list item.
      list.items[list.items.length - 1] += ` ${trimmed}`;
      return;
    }
    closeList();
    if (paragraph.length === 0) paragraphLine = index;
    paragraph.push(trimmed);
  });
  closeAll();
  if (note)
    fail(
      note.line,
      'deze noot wordt niet afgesloten; zet een regel ":::" onder de tekst van de noot',
      'this note is not closed; put a line ":::" below the text of the note',
    );
  return issues.length > 0 ? { ok: false, issues } : { ok: true, blocks: root };
}
