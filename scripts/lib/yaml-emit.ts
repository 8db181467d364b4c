/**
 * A small YAML writer for generated content: plain maps, lists, strings, numbers and booleans,
 * in the block style of `yaml`'s stringify (two-space indent, lists indented under their key).
 * It exists for speed: at benchmark sizes the general stringifier dominated generation time.
 * Anything the YAML 1.2 core schema would not read back as the same string is double-quoted.
 */

type Scalar = string | number | boolean;

// Characters that may not start a plain scalar, and sequences that may not appear in one.
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const UNSAFE_INSIDE = /: |:$| #|[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]|\s$/u;
// Plain scalars the core schema would read as null, a boolean or a number.
const CORE_NON_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

function scalar(value: Scalar): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as YAML`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (
    value !== '' &&
    !INDICATOR_START.test(value) &&
    !UNSAFE_INSIDE.test(value) &&
    !CORE_NON_STRING.test(value)
  )
    return value;
  // A JSON string is a valid YAML double-quoted scalar.
  return JSON.stringify(value);
}

function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function writeMap(map: object, indent: number, out: string[], firstPrefix?: string): void {
  const pad = ' '.repeat(indent);
  let first = true;
  for (const [key, value] of Object.entries(map)) {
    if (value === undefined) continue;
    const prefix = first && firstPrefix !== undefined ? firstPrefix : pad;
    first = false;
    writeEntry(`${prefix}${scalar(key)}:`, value, indent, out);
  }
  if (first) throw new Error('cannot write an empty map');
}

function writeEntry(head: string, value: unknown, indent: number, out: string[]): void {
  if (isScalar(value)) out.push(`${head} ${scalar(value)}\n`);
  else if (Array.isArray(value)) {
    out.push(`${head}\n`);
    writeList(value, indent + 2, out);
  } else if (typeof value === 'object' && value !== null) {
    out.push(`${head}\n`);
    writeMap(value, indent + 2, out);
  } else throw new Error(`cannot write ${String(value)} as YAML`);
}

function writeList(list: readonly unknown[], indent: number, out: string[]): void {
  if (list.length === 0) throw new Error('cannot write an empty list');
  const pad = ' '.repeat(indent);
  for (const item of list) {
    if (isScalar(item)) out.push(`${pad}- ${scalar(item)}\n`);
    else if (Array.isArray(item)) throw new Error('nested lists are not used in content');
    else if (typeof item === 'object' && item !== null) writeMap(item, indent + 2, out, `${pad}- `);
    else throw new Error(`cannot write ${String(item)} as YAML`);
  }
}

/** Writes a plain object as a YAML document (no anchors, tags or flow style). */
export function emitYaml(document: object): string {
  const out: string[] = [];
  writeMap(document, 0, out);
  return out.join('');
}
