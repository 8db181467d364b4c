/** Number and money formatting for nl-NL. */

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const euroWhole = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});
const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** `1234.5` becomes `€ 1.234,50`; whole amounts drop the cents (`€ 50`). */
export function formatEuro(amount: number): string {
  return Number.isInteger(amount) ? euroWhole.format(amount) : euro.format(amount);
}

/** `1234` becomes `1.234`. */
export function formatInteger(value: number): string {
  return integer.format(value);
}

/** Machine-readable amount for `<data value>`: a plain decimal with a dot. */
export function toDataValue(amount: number): string {
  return String(Math.round(amount * 100) / 100);
}
