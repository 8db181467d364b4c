/**
 * Starts an update round: `npm run ronde -- [--uit <map>] [--datum JJJJ-MM-DD] [--adressen <bestand.csv>]`.
 * Writes, into ronde/<start of the round>/ (or --uit):
 * - opgaven.xlsx: per register a sheet with every current member's declarations under Dutch
 *   headings, drop-downs for every fixed choice, real date cells and a "Toelichting" sheet, to fill
 *   in as answers come in and read back with `npm run import`; a CSV per register (its slug:
 *   nevenfuncties.csv, financiele-belangen.csv) holds the same for who prefers CSV;
 * - per member <persoon-id>.md (the letter) and e-mails/<persoon-id>.eml (the same letter as an
 *   e-mail draft that any mail program opens), and samenvoegen.csv, a mail-merge list with
 *   address, salutation and deadline;
 * - checklist.md and checklist.csv (Dutch Excel: `;` and a byte order mark); checklist.md also
 *   lists whose income from side positions (neveninkomsten) is overdue, a year past 1 April.
 * Addresses are not content (the register publishes no contact details): --adressen names a CSV
 * with the columns persoon-id (or naam), e-mailadres and optionally aanhef.
 * A file a person may have edited is never overwritten: a run writes a file only when it is new
 * or still exactly as an earlier run wrote it (`.ronde-bestanden.json` keeps their fingerprints).
 * Reads content only; changes nothing in it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import {
  buildConfirmations,
  ROUND_REGISTERS,
  type Confirmation,
  type RoundRegister,
} from '../src/data/confirmations.ts';
import { loadContent } from '../src/data/load.ts';
import {
  buildPortal,
  type InterestView,
  type PersonView,
  type SidePositionView,
} from '../src/data/portal.ts';
import { formatDate, formatDateNl, isIsoDate } from '../src/lib/dates.ts';
import { compareDutchNames, findPeopleByTypedName } from '../src/lib/dutch-names.ts';
import { formatEuro } from '../src/lib/format.ts';
import { getBodyDefinition, type BodyIdentity } from '../src/bodies/index.ts';
import type { Dictionary } from '../src/i18n/nl.ts';
import { REGISTERS } from '../src/registers/index.ts';
import { officeRole } from '../src/schemas/body.ts';
import { getCurrentRound } from '../src/lib/rounds.ts';
import { getLateIncomeYears } from '../src/lib/side-income.ts';
import { contentDir, getDutchWords, run, today, UsageError } from './lib/cli.ts';
import { contentLabel } from './lib/content-writer.ts';
import {
  columnLetter,
  getImportRegister,
  ROUND_COLUMNS,
  SHEET_NAMES,
  type ColumnDef,
} from './lib/round-columns.ts';

const USAGE =
  'Gebruik: npm run ronde -- [--uit <map>] [--datum JJJJ-MM-DD] [--adressen <bestand.csv>] [--inhoud <map>]';

type Cell = string | number | Date | null;

/** A member's address for the letters, from --adressen. */
interface Address {
  email: string;
  salutation?: string | undefined;
}

// A whole date is a real date cell; a month or a year stays text as the site shows it ("maart
// 2015"), which the import reads back as the same month: never a day nobody stated.
const dateCell = (value: string | undefined): Date | string | null =>
  value === undefined
    ? null
    : isIsoDate(value)
      ? new Date(`${value}T00:00:00Z`)
      : formatDate(value, 'nl');
const dmy = (iso: string | undefined): string =>
  iso === undefined
    ? ''
    : `${Number(iso.slice(8, 10))}-${Number(iso.slice(5, 7))}-${iso.slice(0, 4)}`;

function positionLine(p: SidePositionView, nl: Dictionary): string {
  const pay = `${nl.labels.payment[p.bezoldiging].toLowerCase()}${p.vergoeding ? `, ${formatEuro(p.vergoeding.bedrag)} ${nl.labels.per[p.vergoeding.per]}` : ''}`;
  const period = p.van ? `, sinds ${formatDateNl(p.van)}` : '';
  return `- ${p.functie}, ${p.organisatie} (${pay}${p.qq ? ', q.q.' : ''}${period}); registratie-id ${p.id}${p.bevestigd ? `, laatst bevestigd ${formatDateNl(p.bevestigd)}` : ''}`;
}

function interestLine(i: InterestView, nl: Dictionary): string {
  return `- ${i.omschrijving} (${nl.labels.interestNature[i.aard].toLowerCase()}${i.organisatie ? `, ${i.organisatie}` : ''}${i.van ? `, sinds ${formatDateNl(i.van)}` : ''}); registratie-id ${i.id}${i.bevestigd ? `, laatst bevestigd ${formatDateNl(i.bevestigd)}` : ''}`;
}

/** How the letter lists a member's current entries in each register of the round, one line each. */
const LETTER_LINES: {
  readonly [R in RoundRegister]: (person: PersonView, nl: Dictionary) => string[];
} = {
  nevenfuncties: (person, nl) =>
    person.sidePositions.entries.filter((p) => !p.ended).map((p) => positionLine(p, nl)),
  financieleBelangen: (person, nl) =>
    person.interests.entries.filter((i) => !i.ended).map((i) => interestLine(i, nl)),
};

/** The last deadline of a member's registers in the round: one letter answers them all. */
function lastDeadline(confirmations: Record<RoundRegister, Confirmation>): string | undefined {
  return ROUND_REGISTERS.map((r) => confirmations[r].round.deadline)
    .sort()
    .at(-1);
}

function declarationBlock(
  title: string,
  status: PersonView['sidePositions']['status'],
  lines: string[],
  confirmation: Confirmation,
  nl: Dictionary,
): string[] {
  const last = confirmation.lastConfirmed
    ? `Laatst bevestigd op ${formatDateNl(confirmation.lastConfirmed)}.`
    : 'Nog nooit bevestigd.';
  if (status !== 'ingevuld')
    return [
      title.toUpperCase(),
      '',
      `Uw opgave: ${nl.labels.declaration[status].toLowerCase()}. ${last}`,
      '',
    ];
  return [
    title.toUpperCase(),
    '',
    last,
    '',
    ...(lines.length > 0 ? lines : ['Geen lopende registraties.']),
    '',
  ];
}

/** The salutation: from the address list, else the member's name. */
function salutation(person: PersonView, address: Address | undefined): string {
  return address?.salutation ?? `Geachte ${person.fullName}`;
}

/** The body in a sentence: "de provincie Zilverland", "de gemeente Testdorp", "het hoogheemraadschap X". */
function bodyInSentence(body: BodyIdentity): string {
  const words = getBodyDefinition(body.soort).words.nl;
  return `${words.theKind.replace(words.kind, body.benaming ?? words.kind)} ${body.naam}`;
}

/** The letter one member receives, as plain text that reads well in a mail program. */
function memberLetter(
  person: PersonView,
  confirmations: Record<RoundRegister, Confirmation>,
  body: BodyIdentity,
  contact: { naam: string; email: string },
  address: Address | undefined,
  nl: Dictionary,
): string {
  const deadline = lastDeadline(confirmations) ?? '';
  const words = getBodyDefinition(body.soort).words.nl;
  const office = words.offices[officeRole(person.latestRole.functie)].one;
  const fractie = person.latestRole.fractieInfo ? ` (${person.latestRole.fractieInfo.naam})` : '';
  return [
    `${salutation(person, address)},`,
    '',
    `Als ${office}${fractie} van ${bodyInSentence(body)} staan uw nevenfuncties en financiële belangen in een openbaar register. Hieronder staat wat daar nu staat. Wilt u uiterlijk ${formatDateNl(deadline)} aan ${words.clerk} (${contact.email}) laten weten:`,
    '',
    '1. dat alles klopt (dan noteren wij de datum van uw bevestiging), of',
    '2. wat er moet veranderen: een nieuwe functie of belang (met de begindatum, de bezoldiging en het bedrag), een functie die is beëindigd (met de einddatum), of een wijziging.',
    '',
    'Heeft u niets (meer) te melden, schrijf dan "geen" en de datum waarop uw laatste functie of belang eindigde. Beëindigde functies blijven met hun einddatum zichtbaar; niets wordt zonder reden verwijderd. U mag bij elke registratie een korte reactie geven; die staat op de site naast de registratie.',
    '',
    ...ROUND_REGISTERS.flatMap((r) =>
      declarationBlock(
        REGISTERS[r].title,
        getImportRegister(r).declaration.resolved(person).status,
        LETTER_LINES[r](person, nl),
        confirmations[r],
        nl,
      ),
    ),
    'Met vriendelijke groet,',
    '',
    contact.naam,
  ].join('\n');
}

/** An e-mail draft (RFC 5322, UTF-8) that Outlook, Thunderbird and Apple Mail open ready to send. */
function emlDraft(to: string | undefined, from: string, subject: string, body: string): string {
  const encoded = Buffer.from(`${body}\n`, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');
  return [
    ...(to ? [`To: ${to}`] : []),
    `From: ${from}`,
    `Subject: =?UTF-8?B?${Buffer.from(subject, 'utf8').toString('base64')}?=`,
    // Outlook opens a message with this header as a draft to send, not as a received message.
    'X-Unsent: 1',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    encoded,
    '',
  ].join('\r\n');
}

/** A cell of the sheet for what an entry holds in a column: dates as dates, yes/no as "ja"/"nee". */
function entryCell(column: ColumnDef & { field: string }, entry: object): Cell {
  const field = (entry as Readonly<Record<string, unknown>>)[column.field];
  const value =
    column.part === undefined
      ? field
      : typeof field === 'object' && field !== null
        ? (field as Readonly<Record<string, unknown>>)[column.part]
        : undefined;
  if (column.kind === 'date' || column.kind === 'partialDate')
    return dateCell(typeof value === 'string' ? value : undefined);
  if (column.kind === 'boolean') return value === true ? 'ja' : value === false ? 'nee' : null;
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

/** The rows of a register's sheet: per member a row per current entry, or one with their "geen" or "niet-opgegeven". */
function opgaveRows(
  people: readonly PersonView[],
  register: RoundRegister,
): Record<string, Cell>[] {
  const rows: Record<string, Cell>[] = [];
  const columns = ROUND_COLUMNS[register].filter(
    (c): c is ColumnDef & { field: string } => c.field !== undefined,
  );
  for (const person of people) {
    const declaration = getImportRegister(register).declaration.resolved(person);
    const base = { persoonId: person.id, naam: person.fullName };
    const current = declaration.entries.filter((e) => !e.ended);
    if (declaration.status !== 'ingevuld' || current.length === 0) {
      rows.push({
        ...base,
        opgave: declaration.status === 'ingevuld' ? 'geen' : declaration.status,
      });
      continue;
    }
    // "Bevestigd op" stays empty: the clerk fills it in as the member answers.
    for (const entry of current)
      rows.push({
        ...base,
        opgave: 'ingevuld',
        id: entry.id,
        bevestigd: null,
        ...Object.fromEntries(columns.map((c) => [c.key, entryCell(c, entry)])),
      });
  }
  return rows;
}

/** Room for answers typed in below the members' rows, with the same drop-downs. */
const EXTRA_ROWS = 300;

function choicesOf(column: ColumnDef): readonly string[] | undefined {
  return column.kind === 'boolean' ? ['ja', 'nee'] : column.choices;
}

function addRegisterSheet(
  workbook: ExcelJS.Workbook,
  register: RoundRegister,
  rows: readonly Record<string, Cell>[],
): void {
  const columns = ROUND_COLUMNS[register];
  const sheet = workbook.addWorksheet(SHEET_NAMES[register], {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }],
  });
  sheet.columns = columns.map((c) => ({ header: c.heading, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => row[c.key] ?? null));
  const last = rows.length + 1 + EXTRA_ROWS;
  columns.forEach((column, i) => {
    const letter = columnLetter(i + 1);
    const choices = choicesOf(column);
    for (let r = 2; r <= last; r++) {
      if (column.kind === 'date' || column.kind === 'partialDate')
        sheet.getCell(`${letter}${r}`).numFmt = 'd-m-yyyy';
      if (column.kind === 'amount') sheet.getCell(`${letter}${r}`).numFmt = '#,##0.00';
    }
    // One range per column: ExcelJS's per-cell validations come out as overlapping ranges,
    // which Excel offers to "repair".
    const range = `${letter}2:${letter}${last}`;
    // exceljs has this API at runtime (lib/doc/data-validations.js) but not in its type definitions.
    const validations = (
      sheet as unknown as {
        dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
      }
    ).dataValidations;
    if (choices) {
      validations.add(range, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${choices.join(',')}"`],
        showErrorMessage: true,
        errorTitle: column.heading,
        error: `Kies een van: ${choices.join(', ')}`,
      });
    } else if (column.kind === 'date') {
      validations.add(range, {
        type: 'date',
        operator: 'greaterThan',
        allowBlank: true,
        formulae: [new Date('1950-01-01T00:00:00Z')],
        showErrorMessage: true,
        errorTitle: column.heading,
        error: 'Vul een datum in, zoals 1-10-2026.',
      });
    }
  });
}

function addExplanationSheet(
  workbook: ExcelJS.Workbook,
  roundStart: string,
  deadline: string,
): void {
  const sheet = workbook.addWorksheet('Toelichting');
  sheet.columns = [{ width: 28 }, { width: 22 }, { width: 90 }, { width: 40 }];
  sheet.addRow([
    `Updateronde van ${formatDateNl(roundStart)}; antwoorden uiterlijk ${formatDateNl(deadline)}.`,
  ]);
  sheet.addRow([
    'Per lid één rij per registratie. Vul bij elk antwoord "Bevestigd op" in; pas aan wat verandert; zet een nieuwe registratie op een nieuwe rij zonder registratie-id. Eigen aantekeningen in een kolom waarvan de kop begint met "Opmerking" of "Notitie": die wordt niet ingelezen. Lees het bestand in met: npm run import -- opgaven.xlsx',
  ]);
  sheet.addRow([]);
  const head = sheet.addRow(['Kolom', 'Blad', 'Uitleg', 'Keuzes']);
  head.font = { bold: true };
  const seen = new Map<string, string[]>();
  for (const register of ROUND_REGISTERS)
    for (const c of ROUND_COLUMNS[register])
      seen.set(c.key, [...(seen.get(c.key) ?? []), SHEET_NAMES[register]]);
  const done = new Set<string>();
  for (const register of ROUND_REGISTERS) {
    for (const c of ROUND_COLUMNS[register]) {
      if (done.has(c.key)) continue;
      done.add(c.key);
      const sheets = seen.get(c.key) ?? [];
      sheet.addRow([
        c.heading,
        sheets.length === ROUND_REGISTERS.length
          ? ROUND_REGISTERS.length === 2
            ? 'beide'
            : 'alle'
          : sheets.join(', '),
        c.explain,
        choicesOf(c)?.join(', ') ??
          (c.kind === 'date'
            ? 'een datum'
            : c.kind === 'partialDate'
              ? 'een datum, of maand en jaar, of een jaar'
              : c.kind === 'amount'
                ? "een bedrag in euro's"
                : ''),
      ]);
    }
  }
  sheet.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
}

/** Reads --adressen: persoon-id (or naam), e-mailadres, optional aanhef. */
async function readAddresses(
  file: string | undefined,
  people: readonly PersonView[],
): Promise<Map<string, Address>> {
  const addresses = new Map<string, Address>();
  if (file === undefined) return addresses;
  const { parse } = await import('csv-parse/sync');
  const source = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const records = parse(source, {
    columns: (h: string[]) =>
      h.map((x) =>
        x
          .normalize('NFD')
          .replace(/\p{M}/gu, '')
          .toLowerCase()
          .replace(/[^a-z]/g, ''),
      ),
    delimiter: firstLine.includes(';') ? ';' : ',',
    skip_empty_lines: true,
    trim: true,
  }) as Record<string, string>[];
  records.forEach((r, i) => {
    const email = r['emailadres'] ?? r['email'] ?? '';
    const id =
      r['persoonid'] ??
      (r['naam']
        ? findPeopleByTypedName(
            people.map((p) => ({ id: p.id, naam: p.name })),
            r['naam'],
          ).map((p) => p.id)
        : []
      ).join();
    if (!/^[^@\s]+@[^@\s]+$/.test(email) || !people.some((p) => p.id === id))
      throw new UsageError(
        `${file}, rij ${i + 2}: verwacht een bekend persoon-id (of een naam die bij één lid past) en een e-mailadres (expected a known person and an e-mail address)`,
      );
    addresses.set(id, { email, salutation: r['aanhef'] || undefined });
  });
  return addresses;
}

const STATE_FILE = '.ronde-bestanden.json';
const fingerprint = (data: string | Uint8Array): string =>
  createHash('sha256').update(data).digest('hex');

await run(USAGE, async () => {
  const { values } = parseArgs({
    options: {
      uit: { type: 'string' },
      datum: { type: 'string' },
      inhoud: { type: 'string' },
      adressen: { type: 'string' },
    },
    strict: true,
  });
  const dir = contentDir(values.inhoud);
  const day = today(values.datum);
  const content = loadContent(dir, { today: day, label: contentLabel(dir) });
  const portal = buildPortal(content, day);
  const nl = getDutchWords(content.site);
  const round = getCurrentRound(content.site.registers.nevenfuncties.cadans, day);
  const out = path.resolve(values.uit ?? path.join('ronde', round.start));
  const members = portal.people
    .filter((p) => p.current)
    .sort((a, b) => compareDutchNames(a.name, b.name));
  const addresses = await readAddresses(values.adressen, members);
  const checklist = members.map((person) => ({
    person,
    confirmations: buildConfirmations(person, content.site, day),
  }));
  const deadlineOf = (c: Record<RoundRegister, Confirmation>): string =>
    lastDeadline(c) ?? round.deadline;

  // Every file is written through here: never over a file someone may have edited.
  mkdirSync(path.join(out, 'e-mails'), { recursive: true });
  const statePath = path.join(out, STATE_FILE);
  const state = (
    existsSync(statePath) ? JSON.parse(readFileSync(statePath, 'utf8')) : {}
  ) as Record<string, string>;
  const kept: string[] = [];
  const write = (name: string, data: string | Uint8Array): void => {
    const target = path.join(out, name);
    if (existsSync(target)) {
      const now = fingerprint(readFileSync(target));
      if (now === fingerprint(data)) return;
      if (state[name] !== now) {
        kept.push(name);
        return;
      }
    }
    writeFileSync(target, data);
    state[name] = fingerprint(data);
  };

  const merge: string[][] = [];
  for (const { person, confirmations } of checklist) {
    const address = addresses.get(person.id);
    const letter = memberLetter(
      person,
      confirmations,
      content.site,
      content.site.contact,
      address,
      nl,
    );
    const subject = `Opgave nevenfuncties en financiële belangen: graag uiterlijk ${formatDateNl(deadlineOf(confirmations))} bevestigen`;
    write(`${person.id}.md`, `${letter}\n`);
    write(
      `e-mails/${person.id}.eml`,
      emlDraft(address?.email, content.site.contact.email, subject, letter),
    );
    merge.push([
      address?.email ?? '',
      salutation(person, address),
      person.fullName,
      person.id,
      dmy(deadlineOf(confirmations)),
      subject,
      `e-mails/${person.id}.eml`,
    ]);
  }
  // Dutch Excel and Word's mail merge read `;` with a byte order mark as columns, accents intact.
  const excelCsv = (rows: string[][]): string =>
    `\uFEFF${stringify(rows, { delimiter: ';', record_delimiter: 'windows' })}`;
  write(
    'samenvoegen.csv',
    excelCsv([
      ['E-mailadres', 'Aanhef', 'Naam', 'Persoon-id', 'Uiterlijk', 'Onderwerp', 'Bestand'],
      ...merge,
    ]),
  );

  const header = [
    'Persoon-id',
    'Naam',
    'Uiterlijk',
    ...ROUND_REGISTERS.flatMap((r) => [
      REGISTERS[r].title,
      `${REGISTERS[r].title} laatst bevestigd`,
    ]),
  ];
  const checklistRows = checklist.map(({ person, confirmations }) => [
    person.id,
    person.fullName,
    dmy(deadlineOf(confirmations)),
    ...ROUND_REGISTERS.flatMap((r) => [
      nl.confirmation.labels[confirmations[r].status],
      dmy(confirmations[r].lastConfirmed),
    ]),
  ]);
  write('checklist.csv', excelCsv([header, ...checklistRows]));
  const open = checklist.filter(({ confirmations }) =>
    ROUND_REGISTERS.some((r) => confirmations[r].status !== 'bevestigd'),
  );
  // Income from side positions is not part of the round, but the griffie chases it at the same time.
  const lateIncome = getLateIncomeYears(
    [...portal.people].sort((a, b) => compareDutchNames(a.name, b.name)),
  );
  write(
    'checklist.md',
    [
      `# Checklist updateronde van ${formatDateNl(round.start)}`,
      '',
      `Bevestigen uiterlijk ${formatDateNl(round.deadline)} (wie later lid werd: een maand na de eerste dag). ${checklist.length} huidige leden; ${open.length} nog niet (volledig) bevestigd.`,
      '',
      `| Naam | Uiterlijk | ${ROUND_REGISTERS.map((r) => REGISTERS[r].title).join(' | ')} |`,
      `| --- | --- | ${ROUND_REGISTERS.map(() => '---').join(' | ')} |`,
      ...checklist.map(
        ({ person, confirmations }) =>
          `| ${person.sortName} | ${formatDateNl(deadlineOf(confirmations))} | ${ROUND_REGISTERS.map((r) => `${nl.confirmation.labels[confirmations[r].status]}${confirmations[r].lastConfirmed ? ` (${formatDateNl(confirmations[r].lastConfirmed ?? '')})` : ''}`).join(' | ')} |`,
      ),
      '',
      ...(lateIncome.length === 0
        ? []
        : [
            `## ${REGISTERS.neveninkomsten.title}: te laat`,
            '',
            `Geen deel van de ronde, wel na te vragen: van deze ${lateIncome.length === 1 ? 'persoon' : `${lateIncome.length} personen`} ontbreken de inkomsten uit nevenfuncties over een jaar waarvan 1 april van het jaar erna voorbij is.`,
            '',
            '| Naam | Jaar (uiterlijk) |',
            '| --- | --- |',
            ...lateIncome.map(
              ({ person, years }) =>
                `| ${person.sortName}${person.current ? '' : ' (vertrokken)'} | ${years.map((y) => `${y.jaar} (${formatDateNl(y.due)})`).join(', ')} |`,
            ),
            '',
          ]),
    ].join('\n'),
  );

  const workbook = new ExcelJS.Workbook();
  workbook.creator = content.site.contact.naam;
  // Fixed dates keep the file the same for the same content, so an unedited copy is recognised.
  workbook.created = workbook.modified = new Date(`${day}T00:00:00Z`);
  for (const register of ROUND_REGISTERS) {
    const rows = opgaveRows(members, register);
    addRegisterSheet(workbook, register, rows);
    const columns = ROUND_COLUMNS[register];
    write(
      `${getImportRegister(register).slug}.csv`,
      excelCsv([
        columns.map((c) => c.heading),
        ...rows.map((r) =>
          columns.map((c) => {
            const v = r[c.key];
            return v instanceof Date
              ? dmy(v.toISOString().slice(0, 10))
              : v === null || v === undefined
                ? ''
                : String(v).replace('.', c.kind === 'amount' || c.kind === 'number' ? ',' : '.');
          }),
        ),
      ]),
    );
  }
  addExplanationSheet(workbook, round.start, round.deadline);
  const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
  // An untouched copy from an earlier run is refreshed; one the clerk saved is kept (see write).
  write('opgaven.xlsx', xlsx);
  writeFileSync(statePath, `${JSON.stringify(state, null, 2)}\n`);

  const rel = path.relative(process.cwd(), out) || '.';
  console.log(
    `Updateronde van ${formatDateNl(round.start)} gestart (round started); bevestigen uiterlijk ${formatDateNl(round.deadline)}.`,
  );
  console.log(
    `  opgaven om in te vullen:         ${rel}/opgaven.xlsx (of ${ROUND_REGISTERS.map((r) => `${getImportRegister(r).slug}.csv`).join(', ')})`,
  );
  console.log(
    `  brieven per lid:                 ${rel}/e-mails/<persoon-id>.eml (open en verstuur), ${rel}/<persoon-id>.md`,
  );
  console.log(
    `  lijst voor samenvoegen (Word):   ${rel}/samenvoegen.csv${addresses.size === 0 ? ' (zonder e-mailadressen: geef ze met --adressen <bestand.csv>)' : ` (${addresses.size} e-mailadressen)`}`,
  );
  console.log(
    `  checklist:                       ${rel}/checklist.md en checklist.csv (${open.length} van ${members.length} nog niet bevestigd)`,
  );
  if (kept.length > 0) {
    console.log(
      `\nNiet overschreven, want ze zijn na het vorige maken gewijzigd (kept, edited since written): ${kept.join(', ')}.`,
    );
    console.log(
      `Werk in die bestanden verder. Wilt u toch verse exemplaren, geef dan een andere map op met --uit, of hernoem de bestanden eerst.`,
    );
  }
  console.log(
    '\nVul per antwoord "Bevestigd op" in (en pas aan wat verandert), en lees het bestand in met: npm run import -- <bestand>',
  );
});
