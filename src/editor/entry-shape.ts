/**
 * The browser editor's shape of an entry beside the file's shape. Sveltia CMS has no field for "a
 * list, or the word `geen`" or for "a number, or `{ ongeveer: 50 }`": the schemas' unions. The
 * editor's configuration (scripts/lib/editor-config.ts) shows each union as an object with
 * variable types, the type held under `vorm`; these functions turn a file's value into that
 * object when the editor reads a file, and back when it writes one, driven by the configuration
 * alone. Pure: used in the browser (src/editor/formats.ts) and by the tests.
 */

/** A field of the editor's configuration, as far as these functions read it. */
export interface EditorField {
  name: string;
  label?: string;
  widget?: string;
  required?: boolean;
  fields?: EditorField[];
  field?: EditorField;
  types?: EditorType[];
  typeKey?: string;
  [option: string]: unknown;
}

/** One variable type of an object or list field. */
export interface EditorType {
  name: string;
  label?: string;
  widget?: 'object';
  fields?: EditorField[];
}

/** The key under which a union's object holds which form the value takes (`vorm`: form). */
export const UNION_KEY = 'vorm';
/** The union form of a list (a declaration's entries): the file holds the list itself. */
export const LIST_FORM = 'lijst';
/** The union form of a bare amount (a gift's value): the file holds the number itself. */
export const AMOUNT_FORM = 'bedrag';
/**
 * The form of a value that fits no form of its union (a file the build would refuse anyway): the
 * editor keeps it as it was, as JSON under `ruw`, and writes it back unchanged.
 */
export const UNREADABLE_FORM = 'onleesbaar';
const RAW_KEY = 'ruw';

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `field` is a union shown as an object with variable types. */
export function isUnionField(field: EditorField): boolean {
  return field.widget === 'object' && Array.isArray(field.types) && field.typeKey === UNION_KEY;
}

/** The fields of a list item or object with variable types: those of the type it names. */
function typeFields(field: EditorField, value: Plain): EditorField[] | undefined {
  const name = value[field.typeKey ?? 'type'];
  return field.types?.find((type) => type.name === name)?.fields;
}

/** The one field a union form holds, named like the form (`lijst`, `bedrag`, `ongeveer` …). */
function formField(type: EditorType): EditorField | undefined {
  const [only, ...rest] = type.fields ?? [];
  return only !== undefined && rest.length === 0 && only.name === type.name ? only : undefined;
}

function mapObject(
  fields: readonly EditorField[],
  value: Plain,
  map: (field: EditorField, value: unknown) => unknown,
): Plain {
  // A copy in the file's key order; keys the configuration does not know are kept as they are.
  const out: Plain = { ...value };
  for (const field of fields)
    if (field.name in value) out[field.name] = map(field, value[field.name]);
  return out;
}

function mapNested(
  field: EditorField,
  value: unknown,
  map: (field: EditorField, value: unknown) => unknown,
): unknown {
  if (field.widget === 'object' && field.fields && isPlain(value))
    return mapObject(field.fields, value, map);
  if (field.widget === 'list' && Array.isArray(value)) {
    return value.map((item: unknown) => {
      if (!isPlain(item)) return item;
      const fields = field.fields ?? typeFields(field, item);
      return fields ? mapObject(fields, item, map) : item;
    });
  }
  return value;
}

/** A file's value as the editor holds it. */
function toEditorValue(field: EditorField, value: unknown): unknown {
  if (value === undefined || value === null) return value;
  if (!isUnionField(field)) return mapNested(field, value, toEditorValue);
  const types = field.types ?? [];
  const form = (name: string): EditorType | undefined => types.find((type) => type.name === name);
  const wrap = (name: string, inner: unknown): Plain => {
    const type = form(name);
    const only = type && formField(type);
    return only
      ? { [UNION_KEY]: name, [name]: toEditorValue(only, inner) }
      : { [UNION_KEY]: UNREADABLE_FORM, [RAW_KEY]: JSON.stringify(value) };
  };
  if (typeof value === 'string') {
    const type = form(value);
    if (type && !type.fields?.length) return { [UNION_KEY]: value };
  } else if (Array.isArray(value)) {
    return wrap(LIST_FORM, value);
  } else if (typeof value === 'number') {
    return wrap(AMOUNT_FORM, value);
  } else if (isPlain(value)) {
    const [key, ...more] = Object.keys(value);
    if (key !== undefined && more.length === 0 && key !== LIST_FORM && key !== AMOUNT_FORM)
      return wrap(key, value[key]);
  }
  return { [UNION_KEY]: UNREADABLE_FORM, [RAW_KEY]: JSON.stringify(value) };
}

/** The editor's value as the file holds it. */
function toFileValue(field: EditorField, value: unknown): unknown {
  if (!isUnionField(field)) return mapNested(field, value, toFileValue);
  if (!isPlain(value)) return value;
  const name = value[UNION_KEY];
  if (name === UNREADABLE_FORM && typeof value[RAW_KEY] === 'string')
    return JSON.parse(value[RAW_KEY]) as unknown;
  const type = field.types?.find((t) => t.name === name);
  if (type === undefined || typeof name !== 'string') return value;
  if (!type.fields?.length) return name;
  const only = formField(type);
  if (only === undefined) return value;
  const inner = toFileValue(only, value[name]);
  return name === LIST_FORM || name === AMOUNT_FORM ? inner : { [name]: inner };
}

/** A file's data (a whole file) as the editor holds it, for the fields of its collection. */
export function toEditorData(fields: readonly EditorField[], data: Plain): Plain {
  return mapObject(fields, data, toEditorValue);
}

/** The editor's data as the file holds it: the inverse of {@link toEditorData}. */
export function toFileData(fields: readonly EditorField[], data: Plain): Plain {
  return mapObject(fields, data, toFileValue);
}
