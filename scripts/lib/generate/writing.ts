/** How generated values are written: templates filled in, a surname on its own, rounded amounts. */
import type { NameInput } from './inputs.ts';

/** Fills `{p}`-style placeholders of a word-list template; an unknown one stays as written. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w)\}/g, (match, key: string) => values[key] ?? match);
}

/** A surname as written without first name or initials: "Van den Berg", "'t Hart". */
export function standaloneSurname(name: NameInput): string {
  const tv = name.tussenvoegsel;
  if (tv === undefined) return name.achternaam;
  return `${tv.charAt(0).toUpperCase()}${tv.slice(1)} ${name.achternaam}`;
}

/** `value` rounded to a multiple of `step`, as people round amounts. */
export function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}
