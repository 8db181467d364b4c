/**
 * Texts that travel to the browser as data (a dictionary's words in a data attribute) cannot be
 * functions: a value in them is written `{name}` and filled in where the text is shown.
 */

/** `fillText('voor “{term}”', { term: 'x' })` is `voor “x”`; a name without a value stays as written. */
export function fillText(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
