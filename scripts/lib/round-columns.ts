/**
 * The columns of the round's spreadsheet, in one place: the Dutch heading `npm run ronde` writes,
 * the technical names the import also accepts (the open-data columns), how a cell is read and the
 * explanation on the "Toelichting" sheet. A register's own columns are part of its definition
 * (`declaration.columns`, src/registers/); the fixed choices and the fields a new entry needs are
 * read from its entry schema, so a new payment kind reaches the drop-downs by itself.
 */
import { z } from 'astro/zod';
import { ROUND_REGISTERS, type RoundRegister } from '../../src/data/confirmations.ts';
import { DECLARED_REGISTERS, type RegisterDefinition } from '../../src/registers/index.ts';
import type { ImportColumn, PersonDeclaration } from '../../src/registers/types.ts';

export type { ColumnKind } from '../../src/registers/types.ts';

/** The registers the import handles: the ones members declare per person (the round's registers). */
export type ImportRegister = RoundRegister;
export const IMPORT_REGISTERS: readonly ImportRegister[] = ROUND_REGISTERS;

/** A column as the import and `npm run ronde` use it: with its fixed choices, when it has any. */
export type ColumnDef = ImportColumn;

/** "ingevuld" is the import's word for "this row is an entry"; the schema knows only geen/niet-opgegeven. */
export const DECLARATION_CHOICES = ['ingevuld', 'geen', 'niet-opgegeven'] as const;
export type DeclarationChoice = (typeof DECLARATION_CHOICES)[number];

const PERSON_COLUMNS: readonly ColumnDef[] = [
  {
    key: 'persoonId',
    heading: 'Persoon-id',
    aliases: ['persoon'],
    kind: 'text',
    explain:
      'De naam van het persoonsbestand (content/people/<persoon-id>.md). Laat staan; voor een nieuwe regel mag u in plaats daarvan alleen de naam invullen.',
    width: 24,
  },
  {
    key: 'naam',
    heading: 'Naam',
    aliases: ['lid', 'naam lid'],
    kind: 'text',
    explain:
      'De naam van het lid. Wordt gebruikt als het persoon-id leeg is: "Jan van den Berg", "J. van den Berg" en "Berg, J. van den" worden alle herkend.',
    width: 28,
  },
  {
    key: 'opgave',
    heading: 'Opgave',
    kind: 'choice',
    choices: DECLARATION_CHOICES,
    explain:
      '"ingevuld" voor een registratie; "geen" als het lid niets (meer) te melden heeft: lopende registraties eindigen dan op de einddatum van die rij; "niet-opgegeven" als het lid niets heeft opgegeven.',
    width: 14,
  },
  {
    key: 'id',
    heading: 'Registratie-id',
    aliases: ['registratie'],
    kind: 'text',
    explain:
      'Het vaste kenmerk van een registratie. Niet wijzigen. Leeg voor een nieuwe registratie: het kenmerk wordt dan gemaakt.',
    width: 28,
  },
];

const RECORD_END_COLUMNS: readonly ColumnDef[] = [
  {
    key: 'van',
    heading: 'Begindatum',
    aliases: ['vanaf', 'sinds', 'datum begin'],
    kind: 'partialDate',
    field: 'van',
    explain:
      'De eerste dag, als datum (1-10-2026); is alleen de maand of het jaar bekend, schrijf dan "maart 2015" of "2015".',
    width: 13,
  },
  {
    key: 'tot',
    heading: 'Einddatum',
    aliases: ['tot en met', 'datum einde'],
    kind: 'partialDate',
    field: 'tot',
    explain:
      'De laatste dag (of alleen de maand of het jaar, zoals bij de begindatum). Vul alleen in als de registratie is beëindigd; ze blijft dan met die datum zichtbaar.',
    width: 13,
  },
  {
    key: 'bevestigd',
    heading: 'Bevestigd op',
    aliases: ['datum bevestigd', 'bevestiging'],
    kind: 'date',
    explain:
      'De dag waarop het lid deze regel heeft bevestigd of opgegeven. Zonder datum telt de regel niet als antwoord in deze ronde.',
    width: 13,
  },
  {
    key: 'bron',
    heading: 'Bron (link)',
    aliases: ['link'],
    kind: 'text',
    field: 'bron',
    explain: 'Een link naar de ondertekende opgave, als die openbaar is (https://…).',
    width: 20,
  },
  {
    key: 'reactie',
    heading: 'Reactie van het lid',
    aliases: ['reactie lid'],
    kind: 'text',
    field: 'reactie',
    explain: 'Een korte reactie van het lid; die staat op de site naast de registratie.',
    width: 30,
  },
  {
    key: 'ingetrokkenDatum',
    heading: 'Ingetrokken op',
    aliases: ['datum ingetrokken'],
    kind: 'date',
    field: 'ingetrokken',
    part: 'datum',
    incomplete: {
      nl: 'intrekken vraagt een datum én een reden',
      en: 'a withdrawal needs both a date and a reason',
    },
    explain:
      'Alleen bij een registratie die ten onrechte is opgegeven: de datum van intrekking, samen met de reden.',
    width: 13,
  },
  {
    key: 'ingetrokkenReden',
    heading: 'Reden intrekking',
    aliases: ['reden ingetrokken'],
    kind: 'text',
    field: 'ingetrokken',
    part: 'reden',
    explain: 'Waarom de registratie is ingetrokken, in een zin die iedereen mag lezen.',
    width: 30,
  },
];

/**
 * Fields of an entry that no cell fills as a value, and why. `id` and `bevestigd` have a column,
 * but it is read for the row as a whole: which record the row is, and the day of the answer.
 */
export const NOT_READ_AS_VALUE: Readonly<Record<string, string>> = {
  id: 'the "Registratie-id" column says which record a row is; empty for a new one, whose id is made',
  bevestigd:
    'the "Bevestigd op" column is the day of the answer, for the row (or a "geen" declaration) as a whole',
  toelichting:
    "the griffie's own note, not the member's answer: the griffie writes it in the person file",
};

interface JsonSchemaNode {
  type?: string;
  enum?: readonly unknown[];
  required?: readonly string[];
  properties?: Readonly<Record<string, JsonSchemaNode>>;
}

/** The JSON Schema of an entry, as a member's file gives it (defaults not yet filled in). */
export function entryJsonSchema(declaration: PersonDeclaration): JsonSchemaNode {
  return z.toJSONSchema(declaration.entrySchema, {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchemaNode;
}

/** The JSON Schema of what a column fills: a field, or a part of one. */
export function columnJsonSchema(
  schema: JsonSchemaNode,
  column: Pick<ColumnDef, 'field' | 'part'>,
): JsonSchemaNode | undefined {
  const field = column.field === undefined ? undefined : schema.properties?.[column.field];
  return column.part === undefined ? field : field?.properties?.[column.part];
}

const DECLARATIONS = new Map<
  ImportRegister,
  RegisterDefinition & { declaration: PersonDeclaration }
>(DECLARED_REGISTERS.map((d) => [d.declaration.field, d]));

/** The definition of a register the import handles. */
export function getImportRegister(
  register: ImportRegister,
): RegisterDefinition & { declaration: PersonDeclaration } {
  const definition = DECLARATIONS.get(register);
  if (!definition) throw new Error(`${register} is not a register members declare`);
  return definition;
}

/** Whether a field of a person file holds a register the import handles. */
export function isImportRegister(field: unknown): field is ImportRegister {
  return typeof field === 'string' && DECLARATIONS.has(field as ImportRegister);
}

/** A register's columns with the choices its schema allows. */
function columnsOf(
  definition: RegisterDefinition & { declaration: PersonDeclaration },
): ColumnDef[] {
  const schema = entryJsonSchema(definition.declaration);
  return [...PERSON_COLUMNS, ...definition.declaration.columns, ...RECORD_END_COLUMNS].map(
    (column) => {
      const choices = column.kind === 'choice' ? columnJsonSchema(schema, column)?.enum : undefined;
      return choices === undefined ? column : { ...column, choices: choices.map(String) };
    },
  );
}

/** A value for each register of the import. */
export function perImportRegister<T>(
  make: (register: ImportRegister) => T,
): Record<ImportRegister, T> {
  return Object.fromEntries(IMPORT_REGISTERS.map((r) => [r, make(r)])) as Record<ImportRegister, T>;
}

/** The columns of each register's sheet, in the order `npm run ronde` writes them. */
export const ROUND_COLUMNS: Readonly<Record<ImportRegister, readonly ColumnDef[]>> =
  perImportRegister((r) => columnsOf(getImportRegister(r)));

/** The sheet names `npm run ronde` gives: the register's title. The import finds a register by its columns, not by name. */
export const SHEET_NAMES: Readonly<Record<ImportRegister, string>> = perImportRegister(
  (r) => getImportRegister(r).title.nl,
);

/** The fields a new entry of a register needs: those its schema requires (the id is made). */
export function getRequiredFields(register: ImportRegister): readonly string[] {
  return (entryJsonSchema(getImportRegister(register).declaration).required ?? []).filter(
    (field) => field !== 'id',
  );
}

/** The columns that fill each field of an entry, in the order of the sheet. */
export function getFieldColumns(
  register: ImportRegister,
): ReadonlyMap<string, readonly ColumnDef[]> {
  const fields = new Map<string, ColumnDef[]>();
  for (const column of ROUND_COLUMNS[register])
    if (column.field !== undefined)
      fields.set(column.field, [...(fields.get(column.field) ?? []), column]);
  return fields;
}

/** A list in Dutch: "a", "a of b", "a, b of c" (with `word` "en": "a, b en c"). */
export function joinDutch(items: readonly string[], word: 'of' | 'en'): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1) ?? ''}`;
}

/** The registers the import reads, as a message names them: "nevenfuncties of financiële belangen". */
export function describeImportRegisters(
  registers: readonly ImportRegister[] = IMPORT_REGISTERS,
): string {
  return joinDutch(
    registers.map((r) => SHEET_NAMES[r].toLowerCase()),
    'of',
  );
}

/** Headings compared without case, spaces, punctuation or accents: "Persoon ID" is `persoonId`. */
export function normaliseHeading(heading: string): string {
  return heading
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Columns the clerk adds for their own notes; read by nobody, reported as not imported. */
export const NOTE_PREFIXES = ['notitie', 'notities', 'opmerking', 'aantekening'] as const;

export function isNoteHeading(heading: string): boolean {
  const n = normaliseHeading(heading);
  return NOTE_PREFIXES.some((p) => n.startsWith(p));
}

function namesOf(column: ColumnDef): string[] {
  return [column.key, column.heading, ...(column.aliases ?? [])].map(normaliseHeading);
}

const ALL_COLUMNS = IMPORT_REGISTERS.flatMap((r) => ROUND_COLUMNS[r]);
const BY_NAME = new Map<string, ColumnDef>(
  ALL_COLUMNS.flatMap((c) => namesOf(c).map((n) => [n, c] as const)),
);

/** The column a heading names (any register), or undefined. */
export function findColumn(heading: string): ColumnDef | undefined {
  return BY_NAME.get(normaliseHeading(heading));
}

/** The definition of a column of a register. */
export function getColumn(register: ImportRegister, key: string): ColumnDef | undefined {
  return ROUND_COLUMNS[register].find((c) => c.key === key);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known column whose heading is closest to `heading`, for "did you mean". */
export function suggestColumn(
  register: ImportRegister | undefined,
  heading: string,
): ColumnDef | undefined {
  const n = normaliseHeading(heading);
  let best: { column: ColumnDef; distance: number } | undefined;
  for (const column of register ? ROUND_COLUMNS[register] : ALL_COLUMNS) {
    for (const name of namesOf(column)) {
      const distance =
        name.startsWith(n) || n.startsWith(name)
          ? Math.abs(name.length - n.length) / 2
          : editDistance(n, name);
      if (!best || distance < best.distance) best = { column, distance };
    }
  }
  return best && best.distance <= Math.max(3, n.length / 2) ? best.column : undefined;
}

/** Excel's column letters: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
