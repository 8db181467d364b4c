/**
 * Content errors for editors: every problem names the file, the field and what was expected,
 * in Dutch first and English after, e.g.
 * `content/people/jan-van-den-berg.md › nevenfuncties[2].van: verwacht een datum JJJJ-MM-DD,
 * kreeg "maart 2024" (expected a date YYYY-MM-DD, got "maart 2024")`.
 */
import type { core } from 'zod';
import { suggestNumber } from './content-text.ts';
import { formatNumber } from './format.ts';

/** A bilingual message: Dutch for the griffie, English for everyone else. */
export interface Message {
  nl: string;
  en: string;
}

/** One problem in one content file. */
export interface ContentIssue extends Message {
  /** Path of the file relative to the project, with forward slashes. */
  file: string;
  /** Field path inside the file; empty for the file as a whole. */
  path: readonly PropertyKey[];
  /** 1-based line in the file, when the parser knows it. */
  line?: number | undefined;
}

/** Thrown when content does not validate; carries every issue found, not just the first. */
export class ContentValidationError extends Error {
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    super(formatIssueReport(issues));
    this.name = 'ContentValidationError';
    this.issues = issues;
  }
}

/** `['nevenfuncties', 2, 'van']` becomes `nevenfuncties[2].van`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** One line per issue: `file › field: Dutch (English)`. */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  const field = formatFieldPath(issue.path);
  return `${where}${field ? ` › ${field}` : ''}: ${issue.nl} (${issue.en})`;
}

/** The report printed when validation fails. */
export function formatIssueReport(issues: readonly ContentIssue[]): string {
  const count = issues.length;
  const head =
    count === 1
      ? '1 fout in de inhoud; er is niets gepubliceerd (1 content error; nothing was published):'
      : `${count} fouten in de inhoud; er is niets gepubliceerd (${count} content errors; nothing was published):`;
  return [head, ...issues.map((issue) => `  - ${formatIssue(issue)}`)].join('\n');
}

/** Short, safe rendering of what the editor wrote. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'niets';
  if (value === null) return 'leeg (null)';
  if (Array.isArray(value)) return 'een lijst';
  if (typeof value === 'object') return 'een groep velden';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

function describeValueEn(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return describeValue(value);
}

const TYPE_NAMES: Record<string, Message> = {
  string: { nl: 'tekst', en: 'text' },
  number: { nl: 'een getal', en: 'a number' },
  boolean: { nl: 'true (ja) of false (nee)', en: 'true or false' },
  object: { nl: 'een groep velden', en: 'a group of fields' },
  array: { nl: 'een lijst', en: 'a list' },
  int: { nl: 'een geheel getal', en: 'a whole number' },
};

function typeName(expected: string): Message {
  return TYPE_NAMES[expected] ?? { nl: expected, en: expected };
}

/** Marks a zod issue message that carries both languages (see bilingualError). */
const BILINGUAL = 'bilingual:';

/**
 * A bilingual message for a schema's `error` option, where zod allows only a string: the
 * message is carried as JSON and unpacked by describeZodIssue.
 */
export function bilingualError(nl: string, en: string): string {
  return `${BILINGUAL}${JSON.stringify({ nl, en })}`;
}

function unpackBilingual(text: string): Message | undefined {
  if (!text.startsWith(BILINGUAL)) return undefined;
  const parsed: unknown = JSON.parse(text.slice(BILINGUAL.length));
  return isMessageParams(parsed) ? { nl: parsed.nl, en: parsed.en } : undefined;
}

/**
 * A number typed as text (`"€ 1.250,-"`): the number to write when it can be read without
 * guessing, else how to write one.
 */
export function numberAdvice(input: string): Message {
  const meant = suggestNumber(input);
  if (meant !== undefined) {
    return {
      nl: `verwacht een getal, kreeg ${describeValue(input)}; schrijf ${meant} (zonder aanhalingstekens, €-teken of duizendtalpunt, met een punt voor decimalen) als u ${formatNumber(meant)} bedoelt`,
      en: `expected a number, got ${describeValue(input)} (text); write ${meant} (no quotes, euro sign or thousands separator, a point for decimals) if you mean ${meant}`,
    };
  }
  return {
    nl: `verwacht een getal, kreeg ${describeValue(input)}; schrijf alleen cijfers met een punt voor decimalen, zoals 1250 of 75.50 (een komma kan zowel decimalen als duizendtallen betekenen)`,
    en: `expected a number, got ${describeValue(input)} (text); write digits with a point for decimals, like 1250 or 75.50 (a comma could mean decimals or thousands)`,
  };
}

/** What the editor can write instead, when a value has the wrong type. */
function typeAdvice(expected: string, input: unknown): Message | undefined {
  if (input === null) {
    return {
      nl: 'dit veld is leeg; vul het in, of haal de regel weg als het veld niet verplicht is',
      en: 'this field is empty; fill it in, or remove the line if the field is optional',
    };
  }
  if (expected === 'number' && typeof input === 'string') return numberAdvice(input);
  if (expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')) {
    return {
      nl: `verwacht tekst, kreeg ${describeValue(input)}; zet de waarde tussen aanhalingstekens, zoals "${String(input)}"`,
      en: `expected text, got ${describeValueEn(input)}; put the value in quotes, like "${String(input)}"`,
    };
  }
  if (
    expected === 'boolean' &&
    typeof input === 'string' &&
    /^(?:ja|nee|j|n|yes|no|waar|onwaar)$/i.test(input.trim())
  ) {
    return {
      nl: `verwacht true (ja) of false (nee), kreeg ${describeValue(input)}; schrijf true of false zonder aanhalingstekens`,
      en: `expected true or false, got ${describeValueEn(input)}; write true or false without quotes`,
    };
  }
  return undefined;
}

/** Parameters a schema attaches to a custom issue so the message can be bilingual. */
export interface MessageParams {
  nl: string;
  en: string;
}

function isMessageParams(value: unknown): value is MessageParams {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as MessageParams).nl === 'string' &&
    typeof (value as MessageParams).en === 'string'
  );
}

function describeTooSmallOrBig(issue: core.$ZodIssueTooSmall | core.$ZodIssueTooBig): Message {
  const small = issue.code === 'too_small';
  const limit = Number(
    small ? (issue as core.$ZodIssueTooSmall).minimum : (issue as core.$ZodIssueTooBig).maximum,
  );
  const got = describeValue(issue.input);
  switch (issue.origin) {
    case 'string':
      if (small && limit <= 1) return { nl: 'mag niet leeg zijn', en: 'must not be empty' };
      return small
        ? { nl: `te kort: minstens ${limit} tekens`, en: `too short: at least ${limit} characters` }
        : { nl: `te lang: hoogstens ${limit} tekens`, en: `too long: at most ${limit} characters` };
    case 'array':
    case 'set':
      return small
        ? { nl: `verwacht minstens ${limit} item(s)`, en: `expected at least ${limit} item(s)` }
        : { nl: `verwacht hoogstens ${limit} items`, en: `expected at most ${limit} items` };
    default:
      return small
        ? {
            nl: `verwacht ${issue.inclusive ? 'minstens' : 'meer dan'} ${limit}, kreeg ${got}`,
            en: `expected ${issue.inclusive ? 'at least' : 'more than'} ${limit}, got ${got}`,
          }
        : {
            nl: `verwacht ${issue.inclusive ? 'hoogstens' : 'minder dan'} ${limit}, kreeg ${got}`,
            en: `expected ${issue.inclusive ? 'at most' : 'less than'} ${limit}, got ${got}`,
          };
  }
}

/** Turns zod issues into content issues, expanding union failures into the branch that fits. */
export function fromZodIssues(
  file: string,
  issues: readonly core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): ContentIssue[] {
  const out: ContentIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // A union like "a list, or 'geen'": report the branch whose type matched the input.
      const candidates = issue.errors.filter(
        (branch) =>
          branch.length > 0 &&
          !branch.every((i) => i.code === 'invalid_type' && i.path.length === 0) &&
          !branch.every((i) => i.code === 'invalid_value' && i.path.length === 0),
      );
      // Among objects, the branch whose keys the editor used: `{ minderDan: "x" }` is about the
      // value of minderDan, not an unknown key of `{ ongeveer }`.
      const fitting =
        candidates.find(
          (branch) => !branch.some((i) => i.code === 'unrecognized_keys' && i.path.length === 0),
        ) ?? candidates[0];
      if (fitting) {
        out.push(...fromZodIssues(file, fitting, path));
        continue;
      }
    }
    if (issue.code === 'unrecognized_keys') {
      // One issue per unknown key, with the key in the field path, so the editor sees where.
      for (const key of issue.keys) {
        out.push({
          file,
          path: [...path, key],
          nl: `onbekend veld "${key}"; controleer de spelling of haal het weg`,
          en: `unknown field "${key}"; check the spelling or remove it`,
        });
      }
      continue;
    }
    out.push({ file, path, ...describeZodIssue(issue) });
  }
  return out;
}

/** A bilingual message for one zod issue. */
export function describeZodIssue(issue: core.$ZodIssue): Message {
  const got = describeValue(issue.input);
  const gotEn = describeValueEn(issue.input);
  const fromSchema = unpackBilingual(issue.message);
  if (fromSchema) return fromSchema;
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) {
        return { nl: 'dit veld ontbreekt', en: 'this field is missing' };
      }
      const advice = typeAdvice(issue.expected, issue.input);
      if (advice) return advice;
      const name = typeName(issue.expected);
      return { nl: `verwacht ${name.nl}, kreeg ${got}`, en: `expected ${name.en}, got ${gotEn}` };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return {
        nl: `onbekend veld ${keys}; controleer de spelling`,
        en: `unknown field ${keys}; check the spelling`,
      };
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return {
        nl: `verwacht een van: ${options}; kreeg ${got}`,
        en: `expected one of: ${options}; got ${gotEn}`,
      };
    }
    case 'too_small':
    case 'too_big':
      return describeTooSmallOrBig(issue);
    case 'invalid_format':
      return {
        nl: `ongeldig formaat (${issue.format}), kreeg ${got}`,
        en: `invalid format (${issue.format}), got ${gotEn}`,
      };
    case 'not_multiple_of':
      return {
        nl: `verwacht een veelvoud van ${String(issue.divisor)}, kreeg ${got}`,
        en: `expected a multiple of ${String(issue.divisor)}, got ${gotEn}`,
      };
    case 'invalid_union': {
      // Every branch failed at the root: list what each branch would have accepted.
      const nl: string[] = [];
      const en: string[] = [];
      for (const branch of issue.errors) {
        for (const inner of branch) {
          if (inner.path.length > 0) continue;
          if (inner.code === 'invalid_type') {
            nl.push(typeName(inner.expected).nl);
            en.push(typeName(inner.expected).en);
          } else if (inner.code === 'invalid_value') {
            const values = inner.values.map((v) => JSON.stringify(v)).join(', ');
            nl.push(`een van ${values}`);
            en.push(`one of ${values}`);
          }
        }
      }
      if (nl.length > 0 && issue.input === undefined) {
        return {
          nl: `dit veld ontbreekt; vul in: ${nl.join(' of ')}`,
          en: `this field is missing; fill in ${en.join(' or ')}`,
        };
      }
      if (nl.length > 0) {
        return {
          nl: `verwacht ${nl.join(' of ')}; kreeg ${got}`,
          en: `expected ${en.join(' or ')}; got ${gotEn}`,
        };
      }
      return {
        nl: `deze waarde past bij geen van de toegestane vormen; kreeg ${got}`,
        en: `this value fits none of the allowed forms; got ${gotEn}`,
      };
    }
    case 'custom': {
      const params: unknown = issue.params;
      if (isMessageParams(params)) {
        return { nl: params.nl.replace('{got}', got), en: params.en.replace('{got}', gotEn) };
      }
      return { nl: issue.message, en: issue.message };
    }
    default:
      return { nl: issue.message, en: issue.message };
  }
}
