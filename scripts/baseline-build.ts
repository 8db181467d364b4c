/**
 * The benchmark's yardstick (scripts/bench.ts): the least a build of this site can cost. It reads
 * the same content files, validates them with the same schemas and resolves them with the same
 * query layer (src/data/load.ts, src/data/portal.ts), lays the registers out in the same pages
 * (src/lib/register-pages.ts), and writes equivalent HTML for every page that carries records
 * with plain template strings: no framework, no bundler, no search index.
 *
 *   PORTAL_CONTENT_DIR=<dir> PORTAL_OUT_DIR=<dir> node scripts/baseline-build.ts
 *
 * Not a site to publish: the real build (scripts/build.ts) is the product.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getToday } from '../src/data/index.ts';
import { loadContent } from '../src/data/load.ts';
import { buildConfirmations, ROUND_REGISTERS } from '../src/data/confirmations.ts';
import { buildPortal, type GiftView, type InterestView, type PersonRef, type PersonView, type RoleView, type SidePositionView } from '../src/data/portal.ts';
import { formatDateNl } from '../src/lib/dates.ts';
import { compareDutchNames } from '../src/lib/dutch-names.ts';
import { formatEuro, toDataValue } from '../src/lib/format.ts';
import { formatGiftValue } from '../src/lib/gift-value.ts';
import { DESTINATION_LABELS, GIFT_KIND_LABELS, INTEREST_NATURE_LABELS, OFFICE_LABELS, PAYMENT_LABELS } from '../src/lib/labels.ts';
import { splitEnded } from '../src/lib/records.ts';
import { personPageGifts } from '../src/lib/gifts.ts';
import { formatPartCaption, getRegisterPagePath, layoutGiftRegister, paginateLetters, paginateSections, REGISTER_PAGE_SIZE, type PagePart } from '../src/lib/register-pages.ts';
import { organisationPath, personGiftsPath, personPath } from '../src/lib/paths.ts';
import { REGISTER_LIST, REGISTERS } from '../src/registers/index.ts';
import { startStepTimings } from './lib/step-timings.ts';

const root = path.resolve(import.meta.dirname, '..');
const contentDir = path.resolve(process.env['PORTAL_CONTENT_DIR'] ?? path.join(root, 'content'));
const outDir = path.resolve(process.env['PORTAL_OUT_DIR'] ?? path.join(root, 'dist-baseline'));
const today = getToday();
const steps = startStepTimings();

const portal = buildPortal(loadContent(contentDir, { today }), today);
steps.end('content');
// Written next to the output and swapped in at the end, as the real build does.
const tmpDir = `${outDir}.tmp`;
rmSync(tmpDir, { recursive: true, force: true });

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
const date = (iso: string): string => `<time datetime="${iso}">${esc(formatDateNl(iso))}</time>`;
const money = (amount: number): string => `<data value="${toDataValue(amount)}">${esc(formatEuro(amount))}</data>`;
const period = (van: string | undefined, tot: string | undefined, ended: boolean): string =>
  `<td>${van ? `vanaf ${date(van)}` : ''}${tot ? ` tot ${date(tot)}` : ''}${ended ? '<span class="tp-tag tp-tag--ended">beëindigd</span>' : ''}</td>`;
const orgLink = (name: string): string => {
  const id = portal.organisationIdByName.get(name);
  return id === undefined ? esc(name) : `<a href="${organisationPath(id)}">${esc(name)}</a>`;
};
// The fractie of the record's own role, at the record's date (src/lib/record-role.ts), as PersonCells shows it.
const personCells = (person: PersonRef, role: RoleView, anchor: string): string =>
  `<th scope="row"><a href="${personPath(person.id)}#${anchor}">${esc(person.sortName)}</a></th><td>${esc(role.fractieInfo?.naam ?? '–')}</td>`;

function table(caption: string, columns: readonly string[], rows: string, foot = ''): string {
  return `<section class="tp-table-wrap" aria-label="${esc(caption)}" tabindex="0"><table class="tp-table"><caption>${esc(caption)}</caption><thead><tr>${columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody>${foot}</table></section>`;
}

function layout(title: string, urlPath: string, main: string, lang: 'nl' | 'en'): string {
  const nav: readonly (readonly [string, string])[] = [['/', 'Home'], ['/provinciale-staten/', 'Provinciale Staten'], ['/gedeputeerde-staten/', 'Gedeputeerde Staten'], ['/personen/', 'Personen A-Z'], ['/organisaties/', 'Organisaties A-Z'], ['/open-data/', 'Open data']];
  const links = (items: readonly (readonly [string, string])[]): string => items.map(([href, label]) => `<li><a class="tp-nav__link" href="${href}"${urlPath === href ? ' aria-current="page"' : ''}>${esc(label)}</a></li>`).join('');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)} – Integriteitsportaal ${esc(portal.site.provincie)}</title><link rel="stylesheet" href="/style.css"></head><body><a class="tp-skip-link" href="#inhoud">Naar de inhoud</a><header class="tp-header"><a class="tp-header__title" href="/">Integriteitsportaal Provincie ${esc(portal.site.provincie)}</a><form role="search" action="/zoeken/"><label for="q">Zoeken</label><input id="q" name="q" type="search"><button>Zoek</button></form><nav aria-label="Hoofdmenu"><ul>${links(nav)}</ul></nav><nav aria-label="Registers"><ul>${links(REGISTER_LIST.map((r) => [r.path, r.title] as const))}</ul></nav></header><main id="inhoud" tabindex="-1">${main}</main><footer class="tp-footer"><p>Vragen? Mail de ${esc(portal.site.contact.naam)}: <a href="mailto:${esc(portal.site.contact.email)}">${esc(portal.site.contact.email)}</a>.</p></footer></body></html>`;
}

let pages = 0;
/** Writes a page, and its English twin under /en/ as the real site does (src/pages/[...lang]). */
function writePage(urlPath: string, title: string, main: string): void {
  for (const lang of ['nl', 'en'] as const) {
    const dir = path.join(tmpDir, ...(lang === 'en' ? ['en'] : []), ...urlPath.split('/').filter(Boolean));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), layout(title, urlPath, main, lang));
    pages++;
  }
}

function pager(base: string, n: number, count: number): string {
  return count <= 1 ? '' : `<nav aria-label="Pagina's"><ul>${n > 1 ? `<li><a rel="prev" href="${getRegisterPagePath(base, n - 1)}">Vorige pagina</a></li>` : ''}${n < count ? `<li><a rel="next" href="${getRegisterPagePath(base, n + 1)}">Volgende pagina</a></li>` : ''}</ul></nav>`;
}

/** An A-Z list over pages as the site lays it out (src/lib/register-pages.ts, paginateLetters). */
function writeLetterList<T extends { letter: string }>(base: string, title: string, entries: readonly T[], item: (entry: T) => string): void {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const group = groups.get(entry.letter) ?? [];
    group.push(entry);
    groups.set(entry.letter, group);
  }
  const sorted = [...groups].sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b))).map(([letter, items]) => ({ letter, items }));
  const { pages: listPages, startPage } = paginateLetters(sorted);
  for (const page of listPages) {
    const letters = [...startPage].map(([letter, n]) => `<li><a href="${n === page.number ? '' : getRegisterPagePath(base, n)}#letter-${letter}">${letter}</a></li>`).join('');
    const blocks = page.blocks.map((b) => `<section><h2${b.continued ? '' : ` id="letter-${b.letter}"`}>${b.letter}</h2><ul>${b.items.map(item).join('')}</ul></section>`).join('');
    writePage(getRegisterPagePath(base, page.number), title, `<h1>${title}</h1><nav><ul>${letters}</ul></nav>${pager(base, page.number, page.count)}${blocks}`);
  }
}

const sidePositionRows = (entries: readonly SidePositionView[], showPerson: boolean): string =>
  entries
    .map(
      (e) =>
        `<tr${showPerson ? '' : ` id="${e.anchor}"`} data-record="nevenfunctie" data-key="${esc(e.key)}"${e.ended ? ' class="tp-row--ended"' : ''}>${showPerson ? personCells(e.person, e.role, e.anchor) : ''}<td>${orgLink(e.organisatie)}</td><td>${esc(e.functie)}</td><td>${esc(PAYMENT_LABELS[e.bezoldiging])}${e.vergoeding ? ` <span class="tp-detail">${money(e.vergoeding.bedrag)}</span>` : ''}</td>${period(e.van, e.tot, e.ended)}${showPerson ? '' : `<td>${e.bevestigd ? date(e.bevestigd) : '–'}</td>`}</tr>`,
    )
    .join('');
const interestRows = (entries: readonly InterestView[], showPerson: boolean): string =>
  entries
    .map(
      (e) =>
        `<tr${showPerson ? '' : ` id="${e.anchor}"`} data-record="financieel-belang" data-key="${esc(e.key)}"${e.ended ? ' class="tp-row--ended"' : ''}>${showPerson ? personCells(e.person, e.role, e.anchor) : ''}<td>${esc(e.omschrijving)}</td><td>${esc(INTEREST_NATURE_LABELS[e.aard])}</td><td>${e.organisatie === undefined ? '' : orgLink(e.organisatie)}${esc(e.sector ?? '')}</td>${period(e.van, e.tot, e.ended)}${showPerson ? '' : `<td>${e.bevestigd ? date(e.bevestigd) : '–'}</td>`}</tr>`,
    )
    .join('');
const giftRows = (gifts: readonly GiftView[], showRecipient: boolean): string =>
  gifts
    .map(
      (g) =>
        `<tr${showRecipient ? ` id="${g.anchor}"` : ''} data-record="geschenk" data-key="${esc(g.id)}"><td>${date(g.datum)}</td>${showRecipient ? `<td>${g.person ? `<a href="${personPath(g.person.id)}">${esc(g.person.sortName)}</a>` : `${esc(g.recipientLabel)} (ambtenaar)`}</td>` : ''}<td>${esc(GIFT_KIND_LABELS[g.soort])}</td><td>${esc(g.omschrijving)}</td><td>${orgLink(g.gever)} <span class="tp-detail">${esc(g.gelegenheid)}</span></td><td class="tp-table__cell--numeric">${esc(formatGiftValue(g.waarde))}</td><td>${esc(DESTINATION_LABELS[g.bestemming])}</td></tr>`,
    )
    .join('');

const POSITION_COLUMNS = ['Organisatie', 'Functie', 'Bezoldiging', 'Periode', 'Bevestigd'];
const INTEREST_COLUMNS = ['Omschrijving', 'Aard', 'Organisatie of sector', 'Periode', 'Bevestigd'];
const GIFT_COLUMNS = ['Datum', 'Soort', 'Omschrijving', 'Gever en gelegenheid', 'Geschatte waarde', 'Bestemming'];
const withPerson = (columns: readonly string[]): string[] => ['Naam', 'Fractie', ...columns.slice(0, -1)];

function personMain(person: PersonView): string {
  const positions = splitEnded(person.sidePositions.entries);
  const interests = splitEnded(person.interests.entries);
  const gifts = personPageGifts(person.gifts);
  const roles = person.roles
    .map((r) => `<tr data-record="rol"><th scope="row">${esc(OFFICE_LABELS[r.functie])}</th><td>${esc(r.fractieInfo?.naam ?? '–')}</td><td>${esc(r.portefeuille ?? '–')}</td>${period(r.van, r.tot, !r.current && r.tot !== undefined)}</tr>`)
    .join('');
  const declared = (status: string, subject: string): string => (status === 'ingevuld' ? '' : `<p data-declaration="${status}">${status === 'geen' ? `Geen ${subject} gemeld.` : `${subject} niet opgegeven.`}</p>`);
  return [
    `<nav class="tp-breadcrumb" aria-label="Kruimelpad"><a href="/personen/">Personen</a> › ${esc(person.sortName)}</nav><h1>${esc(person.fullName)}</h1>`,
    `<p class="tp-lead">${person.current ? 'Nu' : 'Voormalig'} ${esc(OFFICE_LABELS[person.latestRole.functie].toLowerCase())}.</p>`,
    `<section aria-labelledby="rollen"><h2 id="rollen">Functies</h2>${table(`Functies van ${person.fullName}`, ['Functie', 'Fractie of partij', 'Portefeuille', 'Periode'], roles)}</section>`,
    `<section aria-labelledby="nevenfuncties"><h2 id="nevenfuncties">Nevenfuncties</h2>${declared(person.sidePositions.status, 'nevenfuncties')}`,
    positions.current.length > 0 ? table('Huidige nevenfuncties', POSITION_COLUMNS, sidePositionRows(positions.current, false)) : '',
    positions.ended.length > 0 ? table('Beëindigde nevenfuncties', POSITION_COLUMNS, sidePositionRows(positions.ended, false)) : '',
    `</section><section aria-labelledby="financiele-belangen"><h2 id="financiele-belangen">Financiële belangen</h2>${declared(person.interests.status, 'financiële belangen')}`,
    interests.current.length > 0 ? table('Huidige financiële belangen', INTEREST_COLUMNS, interestRows(interests.current, false)) : '',
    interests.ended.length > 0 ? table('Beëindigde financiële belangen', INTEREST_COLUMNS, interestRows(interests.ended, false)) : '',
    `</section><section aria-labelledby="geschenken"><h2 id="geschenken">Geschenken en uitnodigingen</h2>`,
    gifts.hasGiftPage ? `<p>De ${gifts.shown.length} meest recente van ${person.gifts.length}. <a href="${personGiftsPath(person.id)}">Alle geschenken en uitnodigingen</a>.</p>` : '',
    person.gifts.length > 0 ? table(`Geschenken en uitnodigingen ontvangen door ${person.fullName}`, GIFT_COLUMNS, giftRows(gifts.shown, false)) : '<p data-declaration="geen">Er zijn geen geschenken of uitnodigingen geregistreerd.</p>',
    '</section>',
  ].join('');
}

for (const person of portal.people) {
  writePage(personPath(person.id), person.fullName, personMain(person));
  if (personPageGifts(person.gifts).hasGiftPage) {
    const title = `Geschenken en uitnodigingen van ${person.fullName}`;
    writePage(personGiftsPath(person.id), title, `<h1>${esc(title)}</h1>${table(title, GIFT_COLUMNS, giftRows(person.gifts, false))}`);
  }
}
writeLetterList('/personen/', 'Personen A-Z', portal.people, (p) => `<li data-person="${p.id}"><a href="${personPath(p.id)}">${esc(p.sortName)}</a></li>`);

/** A table of one section's rows on one page, or nothing when the page has none of them. */
function partTable<T>(part: PagePart<T> | undefined, title: string, columns: readonly string[], rows: (items: T[]) => string): string {
  return part && part.total > 0 ? table(formatPartCaption(title, part), columns, rows(part.items)) : '';
}

// Split into pages of rows as the site does (src/data/register-pages.ts, getOrganisationPages).
for (const org of portal.organisations) {
  const positions = splitEnded(org.sidePositions);
  const interests = splitEnded(org.interests);
  const base = organisationPath(org.id);
  for (const page of paginateSections({ currentPositions: positions.current, endedPositions: positions.ended, currentInterests: interests.current, endedInterests: interests.ended, gifts: org.gifts })) {
    const { currentPositions, endedPositions, currentInterests, endedInterests, gifts } = page.parts;
    const rows = [
      partTable(currentPositions, `Huidige nevenfuncties bij ${org.name}`, withPerson(POSITION_COLUMNS), (items) => sidePositionRows(items, true)),
      partTable(endedPositions, `Beëindigde nevenfuncties bij ${org.name}`, withPerson(POSITION_COLUMNS), (items) => sidePositionRows(items, true)),
      partTable(currentInterests, `Huidige financiële belangen in ${org.name}`, withPerson(INTEREST_COLUMNS), (items) => interestRows(items, true)),
      partTable(endedInterests, `Beëindigde financiële belangen in ${org.name}`, withPerson(INTEREST_COLUMNS), (items) => interestRows(items, true)),
      partTable(gifts, `Geschenken en uitnodigingen van ${org.name}`, GIFT_COLUMNS, (items) => giftRows(items, false)),
    ].join('');
    writePage(getRegisterPagePath(base, page.number), org.name, `<nav class="tp-breadcrumb" aria-label="Kruimelpad"><a href="/organisaties/">Organisaties</a> › ${esc(org.name)}</nav><h1>${esc(org.name)}</h1>${pager(base, page.number, page.count)}${rows}`);
  }
}
writeLetterList('/organisaties/', 'Organisaties A-Z', portal.organisations, (o) => `<li><a href="${organisationPath(o.id)}">${esc(o.name)}</a> (${o.sidePositions.length + o.interests.length + o.gifts.length})</li>`);

// Current and former members, split into pages as the site does (src/data/register-pages.ts).
for (const [urlPath, title, office] of [['/provinciale-staten/', 'Provinciale Staten', 'statenlid'], ['/gedeputeerde-staten/', 'Gedeputeerde Staten', 'gedeputeerde'], ['/commissaris-van-de-koning/', 'Commissaris van de Koning', 'commissaris']] as const) {
  const current = portal.people.filter((p) => p.roles.some((r) => r.functie === office && r.current));
  const isCurrent = new Set(current);
  const former = portal.people.filter((p) => !isCurrent.has(p) && p.roles.some((r) => r.functie === office && r.tot !== undefined && r.tot < portal.today));
  const list = (part: PagePart<PersonView> | undefined, heading: string): string =>
    part ? `<section><h2>${esc(formatPartCaption(heading, part))}</h2><ul>${part.items.map((p) => `<li><a href="${personPath(p.id)}">${esc(p.fullName)}</a> ${esc(p.fractie?.naam ?? '')}</li>`).join('')}</ul></section>` : '';
  // The commissaris's page is never split.
  for (const page of paginateSections({ current, former }, office === 'commissaris' ? Number.MAX_SAFE_INTEGER : REGISTER_PAGE_SIZE)) {
    writePage(getRegisterPagePath(urlPath, page.number), title, `<h1>${title}</h1>${pager(urlPath, page.number, page.count)}${list(page.parts.current, 'Huidige leden')}${list(page.parts.former, 'Vertrokken')}`);
  }
}

const missingList = (part: PagePart<{ person: PersonView; status: string }>, title: string, section: string): string =>
  `<section><h2>${esc(formatPartCaption(title, part))}</h2><ul>${part.items.map(({ person, status }) => `<li data-declaration="${status}"><a href="${personPath(person.id)}#${section}">${esc(person.sortName)}</a></li>`).join('')}</ul></section>`;

const positions = splitEnded(portal.sidePositions);
for (const page of paginateSections({ current: positions.current, ended: positions.ended, missing: portal.people.filter((p) => p.sidePositions.status !== 'ingevuld').map((person) => ({ person, status: person.sidePositions.status })) })) {
  const { current, ended, missing } = page.parts;
  const base = REGISTERS.nevenfuncties.path;
  writePage(getRegisterPagePath(base, page.number), 'Register van nevenfuncties', `<h1>Register van nevenfuncties</h1>${pager(base, page.number, page.count)}${current ? table(formatPartCaption('Huidige nevenfuncties', current), withPerson(POSITION_COLUMNS), sidePositionRows(current.items, true)) : ''}${ended ? table(formatPartCaption('Beëindigde nevenfuncties', ended), withPerson(POSITION_COLUMNS), sidePositionRows(ended.items, true)) : ''}${missing ? missingList(missing, 'Zonder nevenfuncties of zonder opgave', 'nevenfuncties') : ''}`);
}
const interests = splitEnded(portal.interests);
for (const page of paginateSections({ current: interests.current, ended: interests.ended, missing: portal.people.filter((p) => p.interests.status !== 'ingevuld').map((person) => ({ person, status: person.interests.status })) })) {
  const { current, ended, missing } = page.parts;
  const base = REGISTERS.financieleBelangen.path;
  writePage(getRegisterPagePath(base, page.number), 'Register van financiële belangen', `<h1>Register van financiële belangen</h1>${pager(base, page.number, page.count)}${current ? table(formatPartCaption('Huidige financiële belangen', current), withPerson(INTEREST_COLUMNS), interestRows(current.items, true)) : ''}${ended ? table(formatPartCaption('Beëindigde financiële belangen', ended), withPerson(INTEREST_COLUMNS), interestRows(ended.items, true)) : ''}${missing ? missingList(missing, 'Zonder financiële belangen of zonder opgave', 'financiele-belangen') : ''}`);
}
const giftRegister = layoutGiftRegister(portal.gifts, REGISTERS.geschenken.path);
const giftColumns = ['Datum', 'Ontvanger', ...GIFT_COLUMNS.slice(1)];
if (giftRegister.paginated) {
  writePage(REGISTERS.geschenken.path, 'Register van geschenken', `<h1>Register van geschenken en uitnodigingen</h1>${table('Per kwartaal', ['Kwartaal', 'Registraties', 'Geschatte waarde'], giftRegister.quarters.map((q) => `<tr><th scope="row"><a href="${q.pages[0]?.path ?? ''}">${q.quarter}</a></th><td>${q.count}</td><td>${money(q.total.total)}</td></tr>`).join(''))}`);
  for (const quarter of giftRegister.quarters) {
    for (const page of quarter.pages) writePage(page.path, `Geschenken ${quarter.quarter}`, `<h1>Geschenken en uitnodigingen, ${quarter.quarter}</h1>${pager(quarter.pages[0]?.path ?? '', page.number, quarter.pages.length)}${table(quarter.quarter, giftColumns, giftRows(page.gifts, true))}`);
  }
} else {
  writePage(REGISTERS.geschenken.path, 'Register van geschenken', `<h1>Register van geschenken en uitnodigingen</h1>${giftRegister.quarters.map((q) => table(q.quarter, giftColumns, giftRows(q.pages[0]?.gifts ?? [], true), `<tfoot><tr><th scope="row" colspan="5">Totaal</th><td>${money(q.total.total)}</td><td></td></tr></tfoot>`)).join('')}`);
}
const checklist = portal.people
  .filter((person) => person.current)
  .map((person) => {
    const confirmations = buildConfirmations(person, portal.site, portal.today);
    return { person, confirmations, overdue: ROUND_REGISTERS.some((r) => confirmations[r].status === 'te-laat') };
  })
  .sort((a, b) => Number(b.overdue) - Number(a.overdue) || compareDutchNames(a.person.name, b.person.name));
for (const page of paginateSections({ rows: checklist })) {
  const base = '/registers/actualiteit/';
  const part = page.parts.rows ?? { items: [], from: 1, total: 0 };
  const rows = part.items
    .map(({ person, confirmations }) => `<tr data-checklist="${person.id}"><th scope="row"><a href="${personPath(person.id)}">${esc(person.sortName)}</a></th>${ROUND_REGISTERS.map((r) => `<td>${confirmations[r].status}<span class="tp-detail">${confirmations[r].lastConfirmed ? `laatst ${formatDateNl(confirmations[r].lastConfirmed)}` : 'nooit bevestigd'}</span></td>`).join('')}</tr>`)
    .join('');
  writePage(getRegisterPagePath(base, page.number), 'Actualiteit van de registers', `<h1>Actualiteit van de registers</h1>${pager(base, page.number, page.count)}${table(formatPartCaption('Bevestiging van de opgaven per huidig lid, te laat eerst', part), ['Naam', ...ROUND_REGISTERS.map((r) => REGISTERS[r].title)], rows)}`);
}
const officialRows = portal.officials
  .map((o) => `<tr id="${o.anchor}" data-record="functie"><th scope="row">${esc(o.functie)}</th><td>${esc(o.afdeling ?? 'niet vermeld')}</td><td>${o.schaal ?? 'niet vermeld'}</td><td>${o.activities.entries.map((a) => `<span id="${a.anchor}">${esc(a.omschrijving)}</span>`).join('<br>') || esc(o.activities.status)}</td></tr>`)
  .join('');
writePage(REGISTERS.nevenwerkzaamheden.path, 'Nevenwerkzaamheden ambtenaren', `<h1>Nevenwerkzaamheden ambtenaren</h1>${table('Functies', ['Functie', 'Afdeling', 'Schaal', 'Nevenwerkzaamheden'], officialRows)}`);
writePage('/', 'Home', `<h1>Integriteitsportaal</h1><ul>${REGISTER_LIST.map((r) => `<li><a href="${r.path}">${esc(r.title)}</a>: ${esc(r.summary)}</li>`).join('')}</ul><p>${portal.people.length} personen, ${portal.sidePositions.length} nevenfuncties, ${portal.gifts.length} geschenken.</p>`);
steps.end('pages');
rmSync(outDir, { recursive: true, force: true });
renameSync(tmpDir, outDir);
steps.end('publish');

steps.write();
if (!process.env['PORTAL_QUIET']) console.log(`Basislijn: ${pages} pagina's in ${path.relative(process.cwd(), outDir) || '.'} (baseline written).`);
