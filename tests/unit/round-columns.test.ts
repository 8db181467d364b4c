/**
 * The columns of the round's spreadsheet (scripts/lib/round-columns.ts) against the entry schemas
 * of the registers members declare: every field of an entry reaches the sheet or is left out with
 * a reason, every column fills a field the schema has, and drop-downs and required fields are the
 * schema's own.
 */
import { describe, expect, test } from 'vitest';
import {
  columnJsonSchema,
  entryJsonSchema,
  getFieldColumns,
  getImportRegister,
  getRequiredFields,
  IMPORT_REGISTERS,
  NOT_READ_AS_VALUE,
  ROUND_COLUMNS,
  SHEET_NAMES,
} from '../../scripts/lib/round-columns.ts';
import { detectRegister } from '../../scripts/lib/spreadsheet.ts';
import { DECLARED_REGISTERS } from '../../src/registers/index.ts';
import { InterestNatureSchema } from '../../src/schemas/financial-interest.ts';
import {
  PaymentSchema,
  RemunerationSchema,
  TimeSpentSchema,
} from '../../src/schemas/side-position.ts';

describe('the registers of the import', () => {
  test('are the registers members declare in their own file, each with a sheet named after it', () => {
    expect(IMPORT_REGISTERS).toEqual(DECLARED_REGISTERS.map((d) => d.declaration.field));
    expect(SHEET_NAMES).toEqual({
      nevenfuncties: 'Nevenfuncties',
      financieleBelangen: 'Financiële belangen',
    });
  });
});

describe.each(IMPORT_REGISTERS)('the columns of %s', (register) => {
  const { declaration } = getImportRegister(register);
  const schema = entryJsonSchema(declaration);
  const columns = ROUND_COLUMNS[register];

  test('every field of an entry has a column, or is named with the reason no cell fills it', () => {
    const filled = new Set(columns.flatMap((c) => (c.field === undefined ? [] : [c.field])));
    const missing = Object.keys(schema.properties ?? {}).filter(
      (field) => !filled.has(field) && NOT_READ_AS_VALUE[field] === undefined,
    );
    expect(missing).toEqual([]);
  });

  test('every column fills a field the schema has, and no field is both filled and left out', () => {
    for (const column of columns.filter((c) => c.field !== undefined)) {
      expect(
        columnJsonSchema(schema, column),
        `${column.key} → ${column.field ?? ''}.${column.part ?? ''}`,
      ).toBeDefined();
      expect(NOT_READ_AS_VALUE[column.field ?? '']).toBeUndefined();
    }
  });

  test('a field that is an object is filled from one column per part, the first saying what is missing', () => {
    for (const [field, fieldColumns] of getFieldColumns(register)) {
      const parts = Object.keys(schema.properties?.[field]?.properties ?? {});
      if (parts.length === 0) {
        expect(
          fieldColumns.map((c) => c.part),
          field,
        ).toEqual([undefined]);
        continue;
      }
      expect(
        fieldColumns.map((c) => c.part),
        field,
      ).toEqual(parts);
      expect(parts).toHaveLength(2);
      expect(fieldColumns[0]?.incomplete, field).toBeDefined();
    }
  });

  test('a column is read as its field is typed: a choice from the schema, a number, yes or no, or text', () => {
    for (const column of columns.filter((c) => c.field !== undefined)) {
      const node = columnJsonSchema(schema, column);
      const kind = node?.enum
        ? 'choice'
        : node?.type === 'boolean'
          ? 'boolean'
          : node?.type === 'number'
            ? 'number'
            : 'text';
      const allowed = {
        choice: ['choice'],
        boolean: ['boolean'],
        number: ['amount', 'number'],
        text: ['text', 'date', 'partialDate'],
      }[kind];
      expect(allowed, column.key).toContain(column.kind);
      if (column.kind === 'choice') expect(column.choices, column.key).toEqual(node?.enum);
    }
  });

  test('the fields that identify an entry have columns', () => {
    const fields = getFieldColumns(register);
    expect(declaration.identity.filter((field) => !fields.has(field))).toEqual([]);
  });
});

describe('what the clerk sees stays the same', () => {
  test('the headings of each sheet, in order', () => {
    const shared = ['Persoon-id', 'Naam', 'Opgave', 'Registratie-id'];
    const end = [
      'Begindatum',
      'Einddatum',
      'Bevestigd op',
      'Bron (link)',
      'Reactie van het lid',
      'Ingetrokken op',
      'Reden intrekking',
    ];
    expect(ROUND_COLUMNS.nevenfuncties.map((c) => c.heading)).toEqual([
      ...shared,
      'Organisatie',
      'Functie',
      'Bezoldiging',
      'Bedrag vergoeding',
      'Vergoeding per',
      'Uit hoofde van het ambt (qq)',
      'Uren',
      'Uren per',
      ...end,
    ]);
    expect(ROUND_COLUMNS.financieleBelangen.map((c) => c.heading)).toEqual([
      ...shared,
      'Omschrijving',
      'Aard',
      'Organisatie',
      'Sector',
      ...end,
    ]);
  });

  test('the drop-downs offer the choices of the schemas', () => {
    const choices = (register: (typeof IMPORT_REGISTERS)[number], key: string) =>
      ROUND_COLUMNS[register].find((c) => c.key === key)?.choices;
    expect(choices('nevenfuncties', 'bezoldiging')).toEqual(PaymentSchema.options);
    expect(choices('nevenfuncties', 'vergoedingPer')).toEqual(RemunerationSchema.shape.per.options);
    expect(choices('nevenfuncties', 'tijdsbestedingPer')).toEqual(
      TimeSpentSchema.shape.per.options,
    );
    expect(choices('financieleBelangen', 'aard')).toEqual(InterestNatureSchema.options);
    expect(choices('nevenfuncties', 'opgave')).toEqual(['ingevuld', 'geen', 'niet-opgegeven']);
  });

  test('a new entry needs the fields its schema requires, without the id (the import makes it)', () => {
    expect(getRequiredFields('nevenfuncties')).toEqual(['organisatie', 'functie', 'bezoldiging']);
    expect(getRequiredFields('financieleBelangen')).toEqual(['omschrijving', 'aard']);
  });
});

describe('detectRegister', () => {
  test('a sheet belongs to the register with the most columns of its own', () => {
    expect(detectRegister(['persoonId', 'organisatie', 'functie', 'bezoldiging'])).toBe(
      'nevenfuncties',
    );
    expect(detectRegister(['persoonId', 'id', 'functie', 'organisatie', 'tot'])).toBe(
      'nevenfuncties',
    );
    expect(detectRegister(['persoonId', 'omschrijving', 'aard'])).toBe('financieleBelangen');
    expect(detectRegister(['persoonId', 'id', 'aard', 'sector', 'vergoedingBedrag'])).toBe(
      'financieleBelangen',
    );
  });

  test('columns shared by every register, or as many of one as of the other, name no register', () => {
    expect(detectRegister(['persoonId', 'organisatie', 'van', 'tot'])).toBeUndefined();
    expect(detectRegister(['persoonId', 'bezoldiging', 'aard'])).toBeUndefined();
  });
});
