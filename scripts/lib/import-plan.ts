/**
 * The import of a returned spreadsheet: rows in, changed person files out, and a preview of what
 * would change, computed exactly as editions compute it. The import is the one door through which
 * a member's answer becomes a public record, so:
 * - every cell is used or named in a message (unread columns, title rows and notes are reported);
 * - a member's answer is their whole declaration: "geen" ends their current records (with the
 *   end date on that row) and is never read as a confirmation of them, and current records an
 *   answering member does not mention are a decision for the clerk, not left silently current;
 * - importing the same file again changes nothing: a row without an id that matches a record made
 *   from it earlier updates that record instead of adding it again;
 * - every problem, also one found by the content checks after the change, points at the sheet,
 *   row and column the clerk typed in.
 */
import { parse as parseYaml } from 'yaml';
import { buildEditionRecords } from '../../src/data/editions.ts';
import {
  readContentFiles,
  validateContent,
  type Content,
  type ContentFile,
  type PersonRecord,
} from '../../src/data/load.ts';
import { ContentValidationError } from '../../src/lib/content-errors.ts';
import {
  findPeopleByTypedName,
  foldDiacritics,
  formatFullName,
} from '../../src/lib/dutch-names.ts';
// New record ids follow the one id rule of the portal (issue #27), under this module's old name.
import { makeId as toId } from '../../src/lib/ids.ts';
import { describeRecord } from '../../src/registers/index.ts';
import { diffEditions, type EditionDiff } from '../../src/lib/editions.ts';
import { getCurrentRound } from '../../src/lib/rounds.ts';
import {
  cleanText,
  parseAmount,
  parseBoolean,
  parseChoice,
  parseDate,
  parseNumber,
  parsePartialDate,
  type CellResult,
  type CellValue,
} from '../../src/lib/spreadsheet-cells.ts';
import { editFrontMatter, withChanges, type Plain } from './content-writer.ts';
import {
  DECLARATION_CHOICES,
  getColumn,
  getFieldColumns,
  getImportRegister,
  getRequiredFields,
  IMPORT_REGISTERS,
  isImportRegister,
  perImportRegister,
  type ColumnDef,
  type DeclarationChoice,
  type ImportRegister,
} from './round-columns.ts';
import type { ImportMessage, Sheet, SheetRow, SpreadsheetRead } from './spreadsheet.ts';

export type { ImportMessage } from './spreadsheet.ts';

/** Where a record's values came from: the row, and per field the column letters. */
export interface RecordOrigin {
  sheet: string;
  row: number;
  fields: Record<string, string[]>;
  /** The sheet's columns, to point at an empty cell a problem is about. */
  columns: ReadonlyMap<string, { letter: string; heading: string }>;
}

/** A record that a "geen" answer ends. */
export interface EndedByNone {
  register: ImportRegister;
  key: string;
  tot: string;
  sheet: string;
  row: number;
}

/** What an import would do. */
export interface ImportPlan {
  /** Person files with the changes, to write. */
  changed: ContentFile[];
  /** The content after the import (validated), when there were no problems. */
  after?: Content | undefined;
  /** Per register, the change against the current content. */
  diffs: Record<ImportRegister, EditionDiff>;
  /** Per record key (`<register>:<persoon>/<id>`), the row its values came from. */
  origins: Map<string, RecordOrigin>;
  /** Entries and declarations whose confirmation date moved forward. */
  confirmed: number;
  /** Per register, the members whose answer this file holds (a confirmation, "geen" or a change). */
  answered: Record<ImportRegister, string[]>;
  /** Declarations that change state ("niet-opgegeven" to "geen" and back). */
  declarations: { personId: string; register: ImportRegister; before: string; after: string }[];
  /** Records a "geen" answer ends, each with its end date. */
  endedByNone: EndedByNone[];
  /** Problems; nothing may be written while there are any. */
  issues: ImportMessage[];
  /** Cells and rows left out on purpose (notes, titles, other sheets) and other things to know. */
  notices: ImportMessage[];
  /** Cells whose value the import used, as `cellKey` gives them. */
  used: Set<string>;
}

/** The key of one cell in `ImportPlan.used`. */
export function cellKey(sheet: string, column: string, row: number): string {
  return `${sheet}!${column}${row}`;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fold(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** How a cell of each kind of column is read (text is only trimmed). */
const PARSERS: Record<
  Exclude<ColumnDef['kind'], 'text'>,
  (column: ColumnDef) => (cell: CellValue) => CellResult<unknown>
> = {
  date: () => parseDate,
  partialDate: () => parsePartialDate,
  amount: () => parseAmount,
  number: () => parseNumber,
  boolean: () => parseBoolean,
  choice: (column) => (cell) => parseChoice(cell, column.choices ?? []),
};

/** Per register, the columns that fill each field of an entry, and the fields a new entry needs. */
const FIELD_COLUMNS = new Map(IMPORT_REGISTERS.map((r) => [r, getFieldColumns(r)]));
const REQUIRED = new Map(IMPORT_REGISTERS.map((r) => [r, getRequiredFields(r)]));
const required = (register: ImportRegister): readonly string[] => REQUIRED.get(register) ?? [];

type Entry = Plain & { id: string };

/** One row, read. */
interface ReadRow {
  sheet: Sheet;
  row: SheetRow;
  personId: string;
  declaration: DeclarationChoice | undefined;
  confirmedOn: string | undefined;
  entryId: string | undefined;
  fields: Plain;
  /** Per field, the column letters it came from. */
  sources: Record<string, string[]>;
}

class PlanBuilder {
  readonly issues: ImportMessage[] = [];
  readonly notices: ImportMessage[] = [];
  readonly used = new Set<string>();

  readonly today: string;

  constructor(today: string) {
    this.today = today;
  }

  letter(sheet: Sheet, key: string): string | undefined {
    return sheet.columns.get(key)?.letter;
  }

  at(
    sheet: Sheet,
    row: SheetRow,
    key: string | undefined,
    nl: string,
    en: string,
    wholeRow = false,
  ): ImportMessage {
    const column = key === undefined ? undefined : sheet.columns.get(key);
    return {
      sheet: sheet.name,
      row: row.row,
      column: column?.letter,
      heading: column?.heading,
      nl,
      en,
      ...(wholeRow ? { wholeRow } : {}),
    };
  }

  problem(
    sheet: Sheet,
    row: SheetRow,
    key: string | undefined,
    nl: string,
    en: string,
    wholeRow = false,
  ): void {
    this.issues.push(this.at(sheet, row, key, nl, en, wholeRow));
  }

  notice(sheet: Sheet, row: SheetRow, key: string | undefined, nl: string, en: string): void {
    this.notices.push(this.at(sheet, row, key, nl, en));
  }

  /** A notice on cells given by their letters (a field can fill two columns). */
  noticeAt(sheet: Sheet, row: SheetRow, letters: readonly string[], nl: string, en: string): void {
    for (const letter of letters) {
      this.used.delete(cellKey(sheet.name, letter, row.row));
      this.notices.push({
        sheet: sheet.name,
        row: row.row,
        column: letter,
        heading: [...sheet.columns.values()].find((c) => c.letter === letter)?.heading,
        nl,
        en,
      });
    }
  }

  use(sheet: Sheet, row: SheetRow, key: string): void {
    const letter = this.letter(sheet, key);
    if (letter !== undefined && cleanText(row.cells[key]) !== undefined)
      this.used.add(cellKey(sheet.name, letter, row.row));
  }

  read<T>(
    sheet: Sheet,
    row: SheetRow,
    key: string,
    parser: (cell: CellValue) => CellResult<T>,
  ): T | undefined {
    const result = parser(row.cells[key]);
    if (!result.ok) {
      this.problem(sheet, row, key, result.nl, result.en);
      return undefined;
    }
    if (result.value !== undefined) this.use(sheet, row, key);
    return result.value;
  }

  /** The fields a row gives for an entry; only filled-in cells. */
  rowFields(
    sheet: Sheet,
    row: SheetRow,
    register: ImportRegister,
  ): { fields: Plain; sources: Record<string, string[]> } {
    const fields: Plain = {};
    const sources: Record<string, string[]> = {};
    const set = (field: string, value: unknown, keys: readonly string[] = [field]): void => {
      if (value === undefined) return;
      fields[field] = value;
      sources[field] = keys
        .map((k) => this.letter(sheet, k))
        .filter((l): l is string => l !== undefined);
    };
    const text = (key: string): string | undefined => {
      const value = cleanText(row.cells[key]);
      if (value !== undefined) this.use(sheet, row, key);
      return value;
    };
    const pair = <A, B>(
      field: string,
      [ka, kb]: readonly [string, string],
      a: A | undefined,
      b: B | undefined,
      make: (a: A, b: B) => Plain,
      what: { nl: string; en: string },
    ): void => {
      if (a !== undefined && b !== undefined) set(field, make(a, b), [ka, kb]);
      // Only when the other cell is empty: one that could not be read has its own message.
      else if (
        (a === undefined && cleanText(row.cells[ka]) === undefined) !==
        (b === undefined && cleanText(row.cells[kb]) === undefined)
      )
        this.problem(sheet, row, a === undefined ? ka : kb, what.nl, what.en);
    };
    const cell = (column: ColumnDef): unknown =>
      column.kind === 'text'
        ? text(column.key)
        : this.read(sheet, row, column.key, PARSERS[column.kind](column));
    // Every field in the order of its columns; a field of two columns (an amount and its period)
    // is an object of both. Starts and ends stay as precise as the member gave them: "maart 2015"
    // stays a month.
    for (const [field, columns] of FIELD_COLUMNS.get(register) ?? []) {
      const [first, second] = columns;
      if (!first) continue;
      if (second === undefined || first.part === undefined || second.part === undefined) {
        set(field, cell(first), [first.key]);
        continue;
      }
      const [a, b] = [first.part, second.part];
      pair(
        field,
        [first.key, second.key],
        cell(first),
        cell(second),
        (x, y) => ({ [a]: x, [b]: y }),
        first.incomplete ?? {
          nl: `vul "${first.heading}" én "${second.heading}" in`,
          en: `fill in both ${first.key} and ${second.key}`,
        },
      );
    }
    for (const date of ['van', 'tot'] as const) {
      const value = fields[date];
      if (typeof value === 'string' && value > this.today)
        this.problem(
          sheet,
          row,
          date,
          `de datum ${value} ligt na vandaag (${this.today}); vul de datum in zodra die voorbij is`,
          `the date ${value} is after today`,
        );
    }
    return { fields, sources };
  }
}

function laterDate(a: unknown, b: string | undefined): string | undefined {
  if (b === undefined) return undefined;
  return typeof a === 'string' && a >= b ? undefined : b;
}

function isCurrent(entry: Plain): boolean {
  return entry['tot'] === undefined && entry['ingetrokken'] === undefined;
}

function describe(register: ImportRegister, entry: Plain): string {
  return `"${describeRecord(register, entry as Parameters<typeof describeRecord>[1])}" (${entry['id'] as string})`;
}

/**
 * The same record, typed again: the fields that identify an entry of the register are the same
 * (position and organisation; description and organisation). An identifying field the schema
 * does not require, left empty on the row, matches any value.
 */
function sameRecord(register: ImportRegister, entry: Plain, fields: Plain): boolean {
  const eq = (key: string): boolean =>
    fold(String(entry[key] ?? '')) === fold(String(fields[key] ?? ''));
  return getImportRegister(register).declaration.identity.every(
    (key) => eq(key) || (fields[key] === undefined && !required(register).includes(key)),
  );
}

function newIdBase(register: ImportRegister, fields: Plain): string {
  return toId(getImportRegister(register).declaration.idText(fields));
}

function rowList(rows: readonly ReadRow[]): string {
  return [...new Set(rows.map((r) => r.row.row))].join(', ');
}

/**
 * Plans the import of what `read` holds into the content folder `dir` on `today`. Nothing is
 * written: the plan holds the changed files, the preview and every message.
 */
export function planImport(
  dir: string,
  read: SpreadsheetRead,
  today: string,
  label = 'content',
): ImportPlan {
  const files = readContentFiles(dir);
  const before = validateContent(files, { today, label });
  const b = new PlanBuilder(today);
  b.issues.push(...read.errors);
  b.notices.push(...read.notices);
  for (const cell of read.headingCells) b.used.add(cell);
  const people = new Map(before.people.map((p) => [p.id, p]));
  const edits = new Map<string, ((data: Plain) => void)[]>();
  const edit = (personId: string, fn: (data: Plain) => void): void => {
    edits.set(personId, [...(edits.get(personId) ?? []), fn]);
  };
  const origins = new Map<string, RecordOrigin>();
  const endedByNone: EndedByNone[] = [];
  const declarations: ImportPlan['declarations'] = [];
  const answered = perImportRegister((): string[] => []);
  let confirmed = 0;

  // 1. Every row: whose it is, and what it says.
  const groups = new Map<string, ReadRow[]>();
  for (const sheet of read.sheets) {
    for (const row of sheet.rows) {
      const person = resolvePerson(b, sheet, row, before.people);
      if (!person) continue;
      const declaration = b.read(sheet, row, 'opgave', (c) => parseChoice(c, DECLARATION_CHOICES));
      const confirmedOn = b.read(sheet, row, 'bevestigd', parseDate);
      if (confirmedOn !== undefined && confirmedOn > today)
        b.problem(
          sheet,
          row,
          'bevestigd',
          `de datum ${confirmedOn} ligt na vandaag (${today})`,
          `the date ${confirmedOn} is in the future`,
        );
      const entryId = cleanText(row.cells['id'])?.toLowerCase();
      if (entryId !== undefined && !SLUG.test(entryId)) {
        b.problem(
          sheet,
          row,
          'id',
          `verwacht een registratie-id van kleine letters, cijfers en streepjes, kreeg "${entryId}"; laat de cel leeg voor een nieuwe registratie`,
          `expected a record id of lower-case letters, digits and hyphens, got "${entryId}"; leave the cell empty for a new record`,
          true,
        );
        continue;
      }
      const { fields, sources } = b.rowFields(sheet, row, sheet.register);
      const key = `${sheet.register}:${person.id}`;
      groups.set(key, [
        ...(groups.get(key) ?? []),
        { sheet, row, personId: person.id, declaration, confirmedOn, entryId, fields, sources },
      ]);
    }
  }

  // 2. Per member and register: their answer as a whole.
  for (const [groupKey, rows] of groups) {
    const register = groupKey.slice(0, groupKey.indexOf(':')) as ImportRegister;
    const person = people.get(rows[0]?.personId ?? '') as PersonRecord;
    const personId = person.id;
    const name = formatFullName(person.naam);
    const declared = person[register];
    const existing: Entry[] = Array.isArray(declared) ? (declared as unknown as Entry[]) : [];
    const created = new Map<string, ReadRow>();
    const mentioned = new Set<string>();
    const none = rows.filter((r) => r.declaration === 'geen');
    const notGiven = rows.filter((r) => r.declaration === 'niet-opgegeven');
    const entries = rows.filter(
      (r) => r.declaration !== 'geen' && r.declaration !== 'niet-opgegeven',
    );
    let didAnswer = rows.some((r) => r.confirmedOn !== undefined);

    if (notGiven.length > 0) {
      for (const r of notGiven) {
        if (none.length > 0 || entries.length > 0) {
          b.problem(
            r.sheet,
            r.row,
            'opgave',
            `${name} staat hier op "niet-opgegeven", maar rij ${rowList([...none, ...entries])} geeft een opgave; kies één antwoord`,
            `${name} is "niet-opgegeven" here, but other rows give a declaration; choose one answer`,
          );
        } else if (existing.length > 0) {
          b.problem(
            r.sheet,
            r.row,
            'opgave',
            `${name} heeft ${existing.length} registraties in dit register; "niet-opgegeven" kan die niet vervangen. Heeft het lid niet geantwoord, laat de rijen dan zoals ze waren; heeft het lid niets meer, schrijf "geen" met een einddatum`,
            `${name} has ${existing.length} records; "niet-opgegeven" cannot replace them`,
          );
        } else {
          b.use(r.sheet, r.row, 'opgave');
          for (const letters of Object.values(r.sources))
            b.noticeAt(
              r.sheet,
              r.row,
              letters,
              'niet ingelezen: de opgave van deze rij is "niet-opgegeven"',
              'not imported: the row says "niet-opgegeven"',
            );
          if (r.confirmedOn !== undefined)
            b.notice(
              r.sheet,
              r.row,
              'bevestigd',
              'niet ingelezen: wie niets heeft opgegeven, heeft niets bevestigd',
              'not imported: nothing was declared, so nothing is confirmed',
            );
          if (declared !== 'niet-opgegeven') {
            declarations.push({
              personId,
              register,
              before: String(declared),
              after: 'niet-opgegeven',
            });
            edit(personId, (data) => {
              data[register] = 'niet-opgegeven';
            });
          }
        }
      }
      continue;
    }

    // Rows that describe an entry: update a known record, or add a new one.
    const handled = new Set<string>();
    const endedByRow = new Set<string>();
    for (const r of entries) {
      const { sheet, row, fields, sources } = r;
      let target: Entry | undefined;
      if (r.entryId !== undefined) {
        target = existing.find((e) => e.id === r.entryId);
        b.use(sheet, row, 'id');
      } else if (required(register).every((k) => fields[k] !== undefined)) {
        // A row without an id that matches a record (for instance one an earlier import of this
        // file made) updates it: importing the same file twice must not add the record twice.
        const base = newIdBase(register, fields);
        let candidates = existing.filter((e) => e.id === base || sameRecord(register, e, fields));
        // A new term of a position that ended earlier is a new record.
        candidates = candidates.filter(
          (e) =>
            !(
              typeof e['tot'] === 'string' &&
              typeof fields['van'] === 'string' &&
              fields['van'] > e['tot']
            ),
        );
        if (candidates.length > 1 && fields['van'] !== undefined)
          candidates = candidates.filter((e) => e['van'] === fields['van']);
        if (candidates.length > 1) {
          b.problem(
            sheet,
            row,
            'id',
            `deze rij past bij ${candidates.length} registraties van ${name} (${candidates.map((e) => e.id).join(', ')}); vul het registratie-id in`,
            `this row fits ${candidates.length} records of ${name}; fill in the record id`,
            true,
          );
          continue;
        }
        target = candidates[0];
      }
      if (target) {
        const id = target.id;
        if (handled.has(id)) {
          b.problem(
            sheet,
            row,
            'id',
            `registratie ${id} van ${name} staat al eerder in het bestand; voeg de rijen samen`,
            `record ${id} of ${name} appears earlier in the file; merge the rows`,
            true,
          );
          continue;
        }
        handled.add(id);
        mentioned.add(id);
        if (fields['tot'] !== undefined || fields['ingetrokken'] !== undefined) endedByRow.add(id);
        if (
          fields['tot'] !== undefined ||
          fields['ingetrokken'] !== undefined ||
          Object.entries(fields).some(([k, v]) => JSON.stringify(target[k]) !== JSON.stringify(v))
        )
          didAnswer = true;
        origins.set(`${register}:${personId}/${id}`, {
          sheet: sheet.name,
          row: row.row,
          fields: sources,
          columns: sheet.columns,
        });
        const confirmedOn = r.confirmedOn;
        edit(personId, (data) => {
          const entry = (data[register] as Plain[]).find((e) => e['id'] === id);
          if (!entry) return;
          for (const [key, value] of Object.entries(fields)) {
            // `van: 2012` in the file is the year 2012, as "2012" from a cell is: leave it as typed.
            if (typeof entry[key] === 'number' && String(entry[key]) === value) continue;
            entry[key] = value;
          }
          // An unpaid position has no remuneration (SidePositionSchema); an old amount goes with it.
          if (fields['bezoldiging'] === 'onbezoldigd' && fields['vergoeding'] === undefined)
            delete entry['vergoeding'];
          // qq: false is the default; writing it out would only add noise to the file.
          if (entry['qq'] === false) delete entry['qq'];
          const later = laterDate(entry['bevestigd'], confirmedOn);
          if (later !== undefined) {
            entry['bevestigd'] = later;
            confirmed++;
          }
        });
        continue;
      }
      const missing = required(register).filter((k) => fields[k] === undefined);
      if (missing.length > 0) {
        const headings = missing.map((k) => `"${getColumn(register, k)?.heading ?? k}"`).join(', ');
        b.problem(
          sheet,
          row,
          missing[0],
          `een nieuwe registratie${r.entryId ? ` ("${r.entryId}" is geen registratie van ${name})` : ''} mist ${headings}`,
          `a new record${r.entryId ? ` ("${r.entryId}" is not a record of ${name})` : ''} lacks ${missing.join(', ')}`,
          true,
        );
        continue;
      }
      const base = r.entryId ?? newIdBase(register, fields);
      let newId = base;
      for (let n = 2; existing.some((e) => e.id === newId) || created.has(newId); n++)
        newId = `${base}-${n}`;
      const earlier = [...created.values()].find((c) => sameRecord(register, c.fields, fields));
      if (earlier) {
        b.problem(
          sheet,
          row,
          undefined,
          `deze nieuwe registratie staat al op rij ${earlier.row.row}; voeg de rijen samen`,
          `this new record is already on row ${earlier.row.row}; merge the rows`,
          true,
        );
        continue;
      }
      created.set(newId, r);
      mentioned.add(newId);
      didAnswer = true;
      origins.set(`${register}:${personId}/${newId}`, {
        sheet: sheet.name,
        row: row.row,
        fields: sources,
        columns: sheet.columns,
      });
      edit(personId, (data) => {
        const entry: Plain = { id: newId, ...fields };
        if (entry['qq'] === false) delete entry['qq'];
        if (r.confirmedOn !== undefined) entry['bevestigd'] = r.confirmedOn;
        data[register] = Array.isArray(data[register])
          ? [...(data[register] as Plain[]), entry]
          : [entry];
      });
    }

    // "geen": the member has nothing (any more). Current records end on the row's end date.
    if (none.length > 0) {
      // The round's sheet lists "geen" for members who had nothing; only a confirmation, an end
      // date or a change of the declaration makes such a row an answer.
      if (
        none.some((r) => r.confirmedOn !== undefined || r.fields['tot'] !== undefined) ||
        (!Array.isArray(declared) && declared !== 'geen')
      )
        didAnswer = true;
      const ends = [
        ...new Set(
          none.map((r) => r.fields['tot']).filter((t): t is string => typeof t === 'string'),
        ),
      ];
      for (const r of none) {
        b.use(r.sheet, r.row, 'opgave');
        if (r.entryId !== undefined) {
          if (existing.some((e) => e.id === r.entryId)) b.use(r.sheet, r.row, 'id');
          else
            b.problem(
              r.sheet,
              r.row,
              'id',
              `"${r.entryId}" is geen registratie van ${name}`,
              `"${r.entryId}" is not a record of ${name}`,
            );
        }
        for (const [field, letters] of Object.entries(r.sources))
          if (field !== 'tot')
            b.noticeAt(
              r.sheet,
              r.row,
              letters,
              'niet ingelezen: de opgave van deze rij is "geen"',
              'not imported: the row says "geen" (nothing to declare)',
            );
      }
      const confirmingEntries = entries.filter(
        (r) =>
          r.confirmedOn !== undefined &&
          r.fields['tot'] === undefined &&
          r.fields['ingetrokken'] === undefined,
      );
      for (const r of confirmingEntries) {
        b.problem(
          r.sheet,
          r.row,
          'bevestigd',
          `deze rij bevestigt een lopende registratie van ${name}, maar rij ${rowList(none)} zegt "geen"; kies één antwoord: geef deze registratie een einddatum, of zet de opgave op "ingevuld"`,
          `this row confirms a current record of ${name}, but another row says "geen"; choose one answer`,
        );
      }
      const toEnd = existing.filter((e) => isCurrent(e) && !endedByRow.has(e.id));
      const first = none[0] as ReadRow;
      if (ends.length > 1) {
        b.problem(
          first.sheet,
          first.row,
          'tot',
          `de rijen met "geen" van ${name} hebben verschillende einddatums (${ends.join(', ')}); vul één einddatum in`,
          `the "geen" rows of ${name} have different end dates`,
        );
      } else if (toEnd.length > 0 && ends.length === 0) {
        b.problem(
          first.sheet,
          first.row,
          'tot',
          `${name} heeft "geen" opgegeven maar heeft nog ${toEnd.length} lopende ${toEnd.length === 1 ? 'registratie' : 'registraties'}: ${toEnd.map((e) => describe(register, e)).join('; ')}. "Geen" beëindigt die; vul in de kolom "Einddatum" van deze rij de laatste dag in (of zet elke registratie op een eigen rij met een eigen einddatum). Een registratie die ten onrechte is opgegeven, trekt u in met "Ingetrokken op" en "Reden intrekking"`,
          `${name} answered "geen" but has ${toEnd.length} current record(s); "geen" ends them: fill in the end date ("Einddatum") on this row, or put each record on its own row with its end date`,
        );
      } else {
        const end = ends[0];
        const endRow = none.find((r) => r.fields['tot'] === end) ?? first;
        if (end !== undefined && (toEnd.length > 0 || existing.some((e) => e['tot'] === end)))
          b.use(endRow.sheet, endRow.row, 'tot');
        else if (end !== undefined)
          b.notice(
            endRow.sheet,
            endRow.row,
            'tot',
            `niet gebruikt: ${name} heeft geen lopende registraties om te beëindigen`,
            `not used: ${name} has no current records to end`,
          );
        for (const e of toEnd) {
          const key = `${personId}/${e.id}`;
          endedByNone.push({
            register,
            key,
            tot: end ?? '',
            sheet: endRow.sheet.name,
            row: endRow.row.row,
          });
          origins.set(`${register}:${key}`, {
            sheet: endRow.sheet.name,
            row: endRow.row.row,
            fields: { tot: [endRow.sheet.columns.get('tot')?.letter ?? ''] },
            columns: endRow.sheet.columns,
          });
          mentioned.add(e.id);
        }
        const confirmedOn = none
          .map((r) => r.confirmedOn)
          .filter((d): d is string => d !== undefined)
          .sort()
          .at(-1);
        if (!Array.isArray(declared) && declared !== 'geen')
          declarations.push({ personId, register, before: String(declared), after: 'geen' });
        edit(personId, (data) => {
          if (Array.isArray(data[register])) {
            for (const entry of data[register] as Plain[])
              if (toEnd.some((e) => e.id === entry['id'])) entry['tot'] = end;
          } else if (created.size === 0) data[register] = 'geen';
          // The confirmation is of the declaration as a whole ("geen"), never of the records it ends.
          const later = laterDate(
            (data['bevestigd'] as Plain | undefined)?.[register],
            confirmedOn,
          );
          if (later !== undefined) {
            data['bevestigd'] = {
              ...((data['bevestigd'] as Plain | undefined) ?? {}),
              [register]: later,
            };
            confirmed++;
          }
        });
      }
    }

    // An answer is the whole declaration: current records it does not mention, and that were not
    // confirmed earlier in this round, need the clerk's decision.
    if (didAnswer && none.length === 0) {
      answered[register].push(personId);
      const roundStart = getCurrentRound(before.site.registers[register].cadans, today).start;
      const open = existing.filter(
        (e) =>
          isCurrent(e) &&
          !mentioned.has(e.id) &&
          !(typeof e['bevestigd'] === 'string' && e['bevestigd'] >= roundStart),
      );
      if (open.length > 0) {
        const first = rows[0] as ReadRow;
        b.issues.push({
          sheet: first.sheet.name,
          row: first.row.row,
          nl: `${name} heeft geantwoord (rij ${rowList(rows)}), maar ${open.length === 1 ? 'deze lopende registratie staat' : `deze ${open.length} lopende registraties staan`} niet in het antwoord: ${open.map((e) => describe(register, e)).join('; ')}. Beslis per registratie en zet haar op een rij met het registratie-id: beëindigd (vul de einddatum in), loopt nog (vul "Bevestigd op" in) of ingetrokken (vul "Ingetrokken op" en de reden in)`,
          en: `${name} answered, but ${open.length} current record(s) are not in the answer: ${open.map((e) => e.id).join(', ')}. Decide per record on a row with its id: ended (end date), still held (confirmation date) or withdrawn (date and reason)`,
        });
      }
    }
  }

  // 3. The changed files, checked as a whole exactly as the build checks them.
  const changed: ContentFile[] = [];
  const afterData = new Map<string, Plain>();
  for (const [personId, fns] of edits) {
    const file = files.find((f) => f.path === `people/${personId}.md`);
    if (!file) continue;
    const source = editFrontMatter(file.source, (data) => fns.forEach((fn) => fn(data)));
    if (source !== file.source) {
      changed.push({ path: file.path, source });
      afterData.set(
        personId,
        parseYaml(/^---\r?\n([\s\S]*?)^---\s*$/m.exec(source)?.[1] ?? '') as Plain,
      );
    }
  }
  const empty: EditionDiff = {
    added: [],
    ended: [],
    withdrawn: [],
    changed: [],
    removed: [],
    unchanged: [],
  };
  const diffs = perImportRegister(() => empty);
  const plan: ImportPlan = {
    changed,
    diffs,
    origins,
    confirmed,
    answered,
    declarations,
    endedByNone,
    issues: b.issues,
    notices: b.notices,
    used: b.used,
  };
  // Checked also when the file has other problems, so the clerk sees every problem at once.
  let after: Content;
  try {
    after = validateContent(withChanges(files, changed), { today, label });
  } catch (error) {
    if (!(error instanceof ContentValidationError)) throw error;
    plan.issues.push(
      ...error.issues.map((issue) => placeContentIssue(issue, afterData, origins, label)),
    );
    return plan;
  }
  if (plan.issues.length > 0) return plan;
  plan.after = after;
  for (const register of IMPORT_REGISTERS) {
    plan.diffs[register] = diffEditions(
      buildEditionRecords(before, register),
      buildEditionRecords(after, register),
    );
  }
  return plan;
}

/** Finds the member a row is about: by id, or by their name as typed. */
function resolvePerson(
  b: PlanBuilder,
  sheet: Sheet,
  row: SheetRow,
  people: readonly PersonRecord[],
): PersonRecord | undefined {
  const id = cleanText(row.cells['persoonId'])?.toLowerCase();
  const typed = cleanText(row.cells['naam']);
  const byName = typed === undefined ? [] : findPeopleByTypedName(people, typed);
  const list = (found: readonly PersonRecord[]): string =>
    found.map((p) => `${formatFullName(p.naam)} (${p.id})`).join(' en ');
  if (id !== undefined) {
    const person = people.find((p) => p.id === id);
    if (!person) {
      const hint = byName.length === 1 ? ` (bedoelt u ${list(byName)}?)` : '';
      b.problem(
        sheet,
        row,
        'persoonId',
        `onbekende persoon "${id}": er is geen content/people/${id}.md${hint}. Een nieuw lid voegt u eerst toe met "npm run persoon:nieuw"`,
        `unknown person "${id}"; add a new member first with "npm run persoon:nieuw"`,
        true,
      );
      return undefined;
    }
    b.use(sheet, row, 'persoonId');
    if (typed !== undefined) {
      if (!byName.includes(person)) {
        b.problem(
          sheet,
          row,
          'naam',
          `de naam "${typed}" hoort niet bij persoon-id ${id} (${formatFullName(person.naam)}); verbeter de naam of het persoon-id`,
          `the name "${typed}" does not belong to person id ${id}`,
          true,
        );
        return undefined;
      }
      b.use(sheet, row, 'naam');
    }
    return person;
  }
  if (typed === undefined) {
    b.problem(
      sheet,
      row,
      'persoonId',
      'vul het persoon-id of de naam van het lid in',
      "fill in the person id or the member's name",
      true,
    );
    return undefined;
  }
  if (byName.length !== 1) {
    b.problem(
      sheet,
      row,
      'naam',
      byName.length === 0
        ? `onbekende persoon "${typed}": geen lid heet zo; controleer de spelling of vul het persoon-id in`
        : `"${typed}" past bij meer dan één lid: ${list(byName)}; vul het persoon-id in`,
      byName.length === 0
        ? `unknown person "${typed}"`
        : `"${typed}" fits more than one member: ${byName.map((p) => p.id).join(', ')}; fill in the person id`,
      true,
    );
    return undefined;
  }
  b.use(sheet, row, 'naam');
  return byName[0];
}

/** A problem the content checks found in a changed person file, pointed back at the row and column. */
function placeContentIssue(
  issue: ContentValidationError['issues'][number],
  afterData: ReadonlyMap<string, Plain>,
  origins: ReadonlyMap<string, RecordOrigin>,
  label: string,
): ImportMessage {
  const personId = /people\/([^/]+)\.md$/.exec(issue.file)?.[1];
  const [register, index, field, sub] = issue.path;
  if (personId !== undefined && isImportRegister(register) && typeof index === 'number') {
    const entry = (afterData.get(personId)?.[register] as Plain[] | undefined)?.[index];
    const origin = entry
      ? origins.get(`${register}:${personId}/${String(entry['id'])}`)
      : undefined;
    if (origin) {
      const fieldName = typeof field === 'string' ? field : undefined;
      const columns =
        fieldName === undefined ? [] : (FIELD_COLUMNS.get(register)?.get(fieldName) ?? []);
      const keys =
        fieldName === undefined ? [] : columns.length > 0 ? columns.map((c) => c.key) : [fieldName];
      const subIndex = typeof sub === 'string' ? columns.findIndex((c) => c.part === sub) : -1;
      const key = keys[subIndex >= 0 ? subIndex : 0];
      const letter =
        (fieldName === undefined
          ? undefined
          : origin.fields[fieldName]?.[subIndex >= 0 ? subIndex : 0]) ??
        (key === undefined ? undefined : origin.columns.get(key)?.letter);
      const heading = [...origin.columns.values()].find((c) => c.letter === letter)?.heading;
      return {
        sheet: origin.sheet,
        row: origin.row,
        column: letter,
        heading,
        nl: issue.nl,
        en: issue.en,
      };
    }
  }
  return {
    sheet: issue.file.startsWith(label) ? issue.file : `${label}/${issue.file}`,
    nl: issue.nl,
    en: issue.en,
  };
}
