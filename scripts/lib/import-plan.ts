/**
 * The import of the griffie's spreadsheet: rows in, changed person files out, and a preview of
 * what would change (added, ended, withdrawn, changed field by field, confirmed) computed exactly
 * as editions compute it. Rows only add or change: an empty cell leaves a value as it is, and a
 * record missing from the spreadsheet stays unchanged (it is listed, never removed).
 */
import { buildEditionRecords } from '../../src/data/editions.ts';
import { readContentFiles, validateContent, type Content, type ContentFile } from '../../src/data/load.ts';
import { formatFullName } from '../../src/lib/dutch-names.ts';
import { diffEditions, type EditionDiff } from '../../src/lib/editions.ts';
import { cleanText, parseAmount, parseBoolean, parseChoice, parseDate, parseNumber, type CellResult, type CellValue } from '../../src/lib/spreadsheet-cells.ts';
import { editFrontMatter, withChanges, type Plain } from './content-writer.ts';
import type { ImportRegister, Sheet, SheetRow } from './spreadsheet.ts';

/** A problem in a cell: the sheet, the row and the column, in Dutch and English. */
export interface ImportIssue {
  sheet: string;
  row: number;
  column: string;
  nl: string;
  en: string;
}

/** What an import would do. */
export interface ImportPlan {
  /** Person files with the changes, to write. */
  changed: ContentFile[];
  /** The content after the import (validated), when there were no problems. */
  after?: Content | undefined;
  /** Per register, the change against the current content. */
  diffs: Record<ImportRegister, EditionDiff>;
  /** Entries and declarations whose confirmation date moved forward. */
  confirmed: number;
  /** Declarations that change state ("niet-opgegeven" to "geen" and back). */
  declarations: { personId: string; register: ImportRegister; before: string; after: string }[];
  /** Records of people in the spreadsheet that the spreadsheet does not mention: left unchanged. */
  notInFile: { register: ImportRegister; key: string }[];
  /** Problems in the spreadsheet; nothing may be written while there are any. */
  issues: ImportIssue[];
}

const PAYMENTS = ['bezoldigd', 'onbezoldigd', 'onkostenvergoeding'] as const;
const PER_AMOUNT = ['maand', 'jaar', 'vergadering', 'eenmalig'] as const;
const PER_TIME = ['week', 'maand', 'jaar'] as const;
const NATURES = ['aandelen', 'obligaties', 'opties', 'onroerend-goed', 'eigen-onderneming', 'lening', 'overig'] as const;
const DECLARATIONS = ['ingevuld', 'geen', 'niet-opgegeven'] as const;

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** An id from free text, as the generator makes them: "Voorzitter Stichting X" → "voorzitter-stichting-x". */
export function toId(text: string): string {
  return fold(text).replace(/'/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 72).replace(/-+$/, '') || 'item';
}

interface RowContext {
  sheet: Sheet;
  row: SheetRow;
  issues: ImportIssue[];
}

function read<T>(ctx: RowContext, column: string, parser: (cell: CellValue) => CellResult<T>): T | undefined {
  const result = parser(ctx.row.cells[column]);
  if (result.ok) return result.value;
  ctx.issues.push({ sheet: ctx.sheet.name, row: ctx.row.row, column, nl: result.nl, en: result.en });
  return undefined;
}

function problem(ctx: RowContext, column: string, nl: string, en: string): void {
  ctx.issues.push({ sheet: ctx.sheet.name, row: ctx.row.row, column, nl, en });
}

/** The fields a row gives for an entry; only filled-in cells. */
function rowFields(ctx: RowContext, register: ImportRegister): Plain {
  const fields: Plain = {};
  const set = (key: string, value: unknown): void => {
    if (value !== undefined) fields[key] = value;
  };
  if (register === 'nevenfuncties') {
    set('organisatie', cleanText(ctx.row.cells['organisatie']));
    set('functie', cleanText(ctx.row.cells['functie']));
    set('bezoldiging', read(ctx, 'bezoldiging', (c) => parseChoice(c, PAYMENTS)));
    const bedrag = read(ctx, 'vergoedingBedrag', parseAmount);
    const per = read(ctx, 'vergoedingPer', (c) => parseChoice(c, PER_AMOUNT));
    if (bedrag !== undefined && per === undefined) problem(ctx, 'vergoedingPer', 'een bedrag hoort bij een periode: vul maand, jaar, vergadering of eenmalig in', 'an amount needs its period: fill in maand, jaar, vergadering or eenmalig');
    if (bedrag !== undefined && per !== undefined) fields['vergoeding'] = { bedrag, per };
    set('qq', read(ctx, 'qq', parseBoolean));
    const uren = read(ctx, 'tijdsbestedingUren', parseNumber);
    const perTime = read(ctx, 'tijdsbestedingPer', (c) => parseChoice(c, PER_TIME));
    if (uren !== undefined && perTime !== undefined) fields['tijdsbesteding'] = { uren, per: perTime };
  } else {
    set('omschrijving', cleanText(ctx.row.cells['omschrijving']));
    set('aard', read(ctx, 'aard', (c) => parseChoice(c, NATURES)));
    set('organisatie', cleanText(ctx.row.cells['organisatie']));
    set('sector', cleanText(ctx.row.cells['sector']));
  }
  set('van', read(ctx, 'van', parseDate));
  set('tot', read(ctx, 'tot', parseDate));
  set('bron', cleanText(ctx.row.cells['bron']));
  set('reactie', cleanText(ctx.row.cells['reactie']));
  const withdrawnOn = read(ctx, 'ingetrokkenDatum', parseDate);
  const reason = cleanText(ctx.row.cells['ingetrokkenReden']);
  if ((withdrawnOn === undefined) !== (reason === undefined)) problem(ctx, withdrawnOn === undefined ? 'ingetrokkenDatum' : 'ingetrokkenReden', 'intrekken vraagt een datum én een reden', 'a withdrawal needs both a date and a reason');
  if (withdrawnOn !== undefined && reason !== undefined) fields['ingetrokken'] = { datum: withdrawnOn, reden: reason };
  return fields;
}

const REQUIRED: Record<ImportRegister, readonly string[]> = {
  nevenfuncties: ['organisatie', 'functie', 'bezoldiging'],
  financieleBelangen: ['omschrijving', 'aard'],
};

function laterDate(a: unknown, b: string | undefined): string | undefined {
  if (b === undefined) return undefined;
  return typeof a === 'string' && a >= b ? undefined : b;
}

/**
 * Plans the import of `sheets` into the content folder `dir` on `today`. Nothing is written:
 * the plan holds the changed files and the preview.
 */
export function planImport(dir: string, sheets: readonly Sheet[], today: string, label = 'content'): ImportPlan {
  const files = readContentFiles(dir);
  const before = validateContent(files, { today, label });
  const issues: ImportIssue[] = [];
  const people = new Map(before.people.map((p) => [p.id, p]));
  const byName = new Map<string, string[]>();
  for (const p of before.people) byName.set(fold(formatFullName(p.naam)), [...(byName.get(fold(formatFullName(p.naam))) ?? []), p.id]);
  // Edits per person file, applied in one go so a person in several rows is written once.
  const edits = new Map<string, ((data: Plain) => void)[]>();
  const mentioned = new Set<string>();
  let confirmed = 0;
  const declarations: ImportPlan['declarations'] = [];
  const edit = (personId: string, fn: (data: Plain) => void): void => {
    edits.set(personId, [...(edits.get(personId) ?? []), fn]);
  };

  for (const sheet of sheets) {
    const register = sheet.register;
    const usedIds = new Map<string, Set<string>>();
    for (const row of sheet.rows) {
      const ctx: RowContext = { sheet, row, issues };
      let personId = cleanText(row.cells['persoonId']);
      if (personId === undefined) {
        const name = cleanText(row.cells['naam']);
        const matches = name === undefined ? [] : (byName.get(fold(name)) ?? []);
        if (matches.length === 1) personId = matches[0];
        else {
          problem(ctx, name === undefined ? 'persoonId' : 'naam', name === undefined ? 'vul "persoonId" in (de bestandsnaam in content/people/ zonder .md)' : `${matches.length === 0 ? 'onbekende' : 'meer dan één'} persoon "${name}"; vul "persoonId" in`, name === undefined ? 'fill in "persoonId" (the file name in content/people/ without .md)' : `${matches.length === 0 ? 'unknown' : 'more than one'} person "${name}"; fill in "persoonId"`);
          continue;
        }
      }
      const person = personId === undefined ? undefined : people.get(personId);
      if (!person || personId === undefined) {
        problem(ctx, 'persoonId', `onbekende persoon "${personId}": er is geen content/people/${personId}.md; voeg de persoon eerst toe met "npm run persoon:nieuw"`, `unknown person "${personId}": there is no content/people/${personId}.md; add the person first with "npm run persoon:nieuw"`);
        continue;
      }
      const id = personId;
      const declaration = read(ctx, 'opgave', (c) => parseChoice(c, DECLARATIONS));
      const confirmedOn = read(ctx, 'bevestigd', parseDate);
      if (confirmedOn !== undefined && confirmedOn > today) problem(ctx, 'bevestigd', `de datum ${confirmedOn} ligt in de toekomst`, `the date ${confirmedOn} is in the future`);
      const entryId = cleanText(row.cells['id']);
      const isDeclarationRow = (declaration === 'geen' || declaration === 'niet-opgegeven') && entryId === undefined && REQUIRED[register].every((c) => cleanText(row.cells[c]) === undefined);
      if (isDeclarationRow) {
        const current = person[register];
        if (Array.isArray(current)) {
          problem(ctx, 'opgave', `${formatFullName(person.naam)} heeft ${current.length} registraties in dit register; die verdwijnen niet door "${declaration}": geef ze een einddatum ("tot")`, `${formatFullName(person.naam)} has ${current.length} records in this register; "${declaration}" does not remove them: give them an end date ("tot")`);
          continue;
        }
        if (current !== declaration) declarations.push({ personId: id, register, before: current, after: declaration });
        edit(id, (data) => {
          data[register] = declaration;
          const later = laterDate((data['bevestigd'] as Plain | undefined)?.[register], confirmedOn);
          if (later !== undefined) {
            data['bevestigd'] = { ...((data['bevestigd'] as Plain | undefined) ?? {}), [register]: later };
            confirmed++;
          }
        });
        continue;
      }
      const fields = rowFields(ctx, register);
      const existing = Array.isArray(person[register]) ? (person[register] as readonly { id: string }[]) : [];
      const ids = usedIds.get(id) ?? new Set(existing.map((e) => e.id));
      usedIds.set(id, ids);
      if (entryId !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(entryId)) {
        problem(ctx, 'id', `verwacht een id van kleine letters, cijfers en streepjes, kreeg "${entryId}"; laat de cel leeg voor een nieuwe registratie`, `expected an id of lower-case letters, digits and hyphens, got "${entryId}"; leave the cell empty for a new record`);
        continue;
      }
      const found = entryId === undefined ? undefined : existing.find((e) => e.id === entryId);
      if (found) {
        mentioned.add(`${register}:${id}/${found.id}`);
        edit(id, (data) => {
          const list = data[register] as Plain[];
          const entry = list.find((e) => e['id'] === found.id);
          if (!entry) return;
          Object.assign(entry, fields);
          // An unpaid position has no remuneration (Provinciewet); drop an old amount with it.
          if (fields['bezoldiging'] === 'onbezoldigd' && fields['vergoeding'] === undefined) delete entry['vergoeding'];
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
      const missing = REQUIRED[register].filter((c) => fields[c] === undefined);
      if (missing.length > 0) {
        problem(ctx, missing[0] ?? '', `een nieuwe registratie${entryId ? ` ("${entryId}")` : ''} mist ${missing.map((c) => `"${c}"`).join(', ')}`, `a new record${entryId ? ` ("${entryId}")` : ''} lacks ${missing.map((c) => `"${c}"`).join(', ')}`);
        continue;
      }
      let newId = entryId ?? toId(register === 'nevenfuncties' ? `${String(fields['functie'])} ${String(fields['organisatie'])}` : String(fields['omschrijving']));
      for (let n = 2; entryId === undefined && ids.has(newId); n++) newId = `${toId(register === 'nevenfuncties' ? `${String(fields['functie'])} ${String(fields['organisatie'])}` : String(fields['omschrijving']))}-${n}`;
      if (ids.has(newId)) {
        problem(ctx, 'id', `het id "${newId}" staat al eerder in het bestand`, `the id "${newId}" appears earlier in the file`);
        continue;
      }
      ids.add(newId);
      mentioned.add(`${register}:${id}/${newId}`);
      edit(id, (data) => {
        const entry: Plain = { id: newId, ...fields };
        if (entry['qq'] === false) delete entry['qq'];
        if (confirmedOn !== undefined) entry['bevestigd'] = confirmedOn;
        data[register] = Array.isArray(data[register]) ? [...(data[register] as Plain[]), entry] : [entry];
      });
    }
  }

  const changed: ContentFile[] = [];
  for (const [personId, fns] of edits) {
    const file = files.find((f) => f.path === `people/${personId}.md`);
    if (!file) continue;
    const source = editFrontMatter(file.source, (data) => fns.forEach((fn) => fn(data)));
    if (source !== file.source) changed.push({ path: file.path, source });
  }
  const sheetRegisters = new Set(sheets.map((s) => s.register));
  const touched = new Set(edits.keys());
  const notInFile: ImportPlan['notInFile'] = [];
  for (const register of sheetRegisters) {
    for (const personId of touched) {
      const list = people.get(personId)?.[register];
      if (!Array.isArray(list)) continue;
      for (const entry of list as readonly { id: string }[]) if (!mentioned.has(`${register}:${personId}/${entry.id}`)) notInFile.push({ register, key: `${personId}/${entry.id}` });
    }
  }
  const empty: EditionDiff = { added: [], ended: [], withdrawn: [], changed: [], removed: [], unchanged: [] };
  const plan: ImportPlan = { changed, diffs: { nevenfuncties: empty, financieleBelangen: empty }, confirmed, declarations, notInFile, issues };
  if (issues.length > 0) return plan;
  // Validated as a whole, exactly as the build would; a ContentValidationError propagates.
  const after = validateContent(withChanges(files, changed), { today, label });
  plan.after = after;
  for (const register of ['nevenfuncties', 'financieleBelangen'] as const) {
    const diff = diffEditions(buildEditionRecords(before, register), buildEditionRecords(after, register));
    plan.diffs[register] = diff;
  }
  return plan;
}
