/**
 * What an editor's file says, read as the editor meant it: the bytes are UTF-8, the text holds
 * no invisible characters, and a number means what a Dutch reader of the file takes it to mean.
 * Anything else is refused with the line and what to type instead; nothing is repaired silently.
 */
import type { Message } from './content-errors.ts';
import { formatNumber } from './format.ts';
import { parseAmount } from './spreadsheet-cells.ts';

/** How a number is written in content files: digits, optionally a point and decimals. */
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
/** `1.250` or `12.500.000`: a Dutch reader sees a thousands separator, YAML a decimal point. */
const DUTCH_THOUSANDS = /^-?[1-9]\d{0,2}(?:\.\d{3})+$/;

/**
 * Why a number as written in YAML (`source`) may not mean what the editor meant, or undefined
 * when it is a plain decimal such as `1250`, `75.5` or `0.29`.
 */
export function numberProblem(source: string): Message | undefined {
  const written = source.trim();
  if (PLAIN_NUMBER.test(written)) {
    if (!DUTCH_THOUSANDS.test(written)) return undefined;
    const whole = written.replace(/\./g, '');
    return {
      nl: `"${written}" is dubbelzinnig: hier betekent een punt een decimaalteken, dus dit leest als ${formatNumber(Number(written))}. Schrijf getallen zonder duizendtalpunt: ${whole} voor ${formatNumber(Number(whole))}, of ${Number(written)} als u ${formatNumber(Number(written))} bedoelt`,
      en: `"${written}" is ambiguous: a point is the decimal separator here, so this reads as ${Number(written)}, while a Dutch reader sees ${whole}. Write numbers without a thousands separator: ${whole}, or ${Number(written)} if that is what you mean`,
    };
  }
  const hint = numberHint(written);
  return {
    nl: `"${written}" is geen gewoon getal (${hint.nl}); schrijf alleen cijfers, met een punt voor decimalen, zoals 1250 of 75.50`,
    en: `"${written}" is not a plain number (${hint.en}); write digits only, with a point for decimals, like 1250 or 75.50`,
  };
}

function numberHint(written: string): Message {
  if (/^[-+]?\.(?:inf|nan)$/i.test(written))
    return {
      nl: 'YAML leest dit als oneindig of "geen getal"',
      en: 'YAML reads this as infinity or not-a-number',
    };
  if (/^0[xo]/i.test(written))
    return {
      nl: 'YAML leest dit als een hexadecimaal of octaal getal',
      en: 'YAML reads this as a hexadecimal or octal number',
    };
  if (/e/i.test(written))
    return {
      nl: 'YAML leest de e als een macht van tien',
      en: 'YAML reads the e as a power of ten',
    };
  if (written.startsWith('+'))
    return { nl: 'laat het plusteken weg', en: 'leave out the plus sign' };
  if (/^-?0\d/.test(written))
    return { nl: 'laat de voorloopnul weg', en: 'leave out the leading zero' };
  return { nl: 'een punt hoort tussen cijfers', en: 'a point belongs between digits' };
}

/**
 * What a string typed where a number belongs (`"€ 1.250,-"`, `"75,50"`, `"1250"`) most likely
 * means, read as the import reads a spreadsheet cell, for a message that tells the editor what
 * to write; undefined when it cannot be read without guessing (`"1,250"` is 1.25 to a Dutch
 * reader and 1250 to an English one).
 */
export function suggestNumber(text: string): number | undefined {
  const read = parseAmount(text);
  return read.ok ? read.value : undefined;
}

/** A character found where it should not be, with where it is and what to do. */
export interface SuspectCharacter extends Message {
  /** 1-based line in the text. */
  line: number;
  /** 1-based column. */
  column: number;
  /** True for a tab, which callers may report once for many lines. */
  isTab: boolean;
}

/** Characters that look like nothing, or like a space, with a name editors can search for. */
const NAMED: Record<string, Message> = {
  '\u00a0': { nl: 'een vaste spatie', en: 'a non-breaking space' },
  '\u00ad': { nl: 'een zacht afbreekstreepje', en: 'a soft hyphen' },
  '\u200b': { nl: 'een onzichtbare spatie (zero-width space)', en: 'a zero-width space' },
  '\u200c': {
    nl: 'een onzichtbaar verbindingsteken (zero-width non-joiner)',
    en: 'a zero-width non-joiner',
  },
  '\u200d': {
    nl: 'een onzichtbaar verbindingsteken (zero-width joiner)',
    en: 'a zero-width joiner',
  },
  '\u200e': { nl: 'een onzichtbaar richtingsteken', en: 'an invisible direction mark' },
  '\u200f': { nl: 'een onzichtbaar richtingsteken', en: 'an invisible direction mark' },
  '\u2060': { nl: 'een onzichtbare woordverbinder', en: 'a word joiner' },
  '\u202f': { nl: 'een smalle vaste spatie', en: 'a narrow non-breaking space' },
  '\ufeff': {
    nl: 'een onzichtbaar BOM-teken midden in de tekst',
    en: 'a byte order mark inside the text',
  },
  '\ufffd': {
    nl: 'het vervangingsteken �, een spoor van een eerder verkeerd omgezet bestand',
    en: 'the replacement character �, left by an earlier wrong conversion',
  },
  '\t': { nl: 'een tab', en: 'a tab' },
};

/** Spaces other than the ordinary one: they look the same, but names and search differ. */
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;
/**
 * Invisible format characters (Unicode category Cf: zero-width spaces, joiners, direction marks,
 * soft hyphens), controls other than line breaks and tabs (C0, DEL and C1, the latter typical of
 * text decoded in the wrong encoding), line separators and the replacement character.
 */
const INVISIBLE = /[\p{Cf}\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufffd]/u;

function describeCharacter(char: string): Message {
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  const named = NAMED[char];
  if (named) return { nl: `${named.nl} (${code})`, en: `${named.en} (${code})` };
  if (ODD_SPACE.test(char))
    return { nl: `een bijzondere spatie (${code})`, en: `an unusual space (${code})` };
  return { nl: `een onzichtbaar teken (${code})`, en: `an invisible character (${code})` };
}

/**
 * Every character in `text` that would be published as something other than what the editor
 * sees: invisible characters always; with `spaces`, non-breaking and other unusual spaces; with
 * `tabs`, tabs (YAML does not indent with tabs, and a tab inside a value is invisible on the page).
 * One finding per line, so a pasted paragraph does not bury the list. A byte order mark at the
 * very start of a file is how some editors mark UTF-8 and is allowed.
 */
export function findSuspectCharacters(
  text: string,
  rules: { tabs: boolean; spaces: boolean },
): SuspectCharacter[] {
  const found: SuspectCharacter[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = index === 0 ? raw.replace(/^\ufeff/, '') : raw;
    const offset = raw.length - line.length;
    for (let column = 0; column < line.length; column++) {
      const char = line[column] ?? '';
      if (char === '\r' && column === line.length - 1) continue;
      const suspect =
        INVISIBLE.test(char) ||
        (rules.spaces && ODD_SPACE.test(char)) ||
        (rules.tabs && char === '\t');
      if (!suspect) continue;
      const what = describeCharacter(char);
      const fix =
        char === '\t'
          ? { nl: 'gebruik spaties', en: 'use spaces' }
          : ODD_SPACE.test(char)
            ? { nl: 'vervang die door een gewone spatie', en: 'replace it with an ordinary space' }
            : {
                nl: 'haal het weg (kopieer de tekst eventueel opnieuw, als platte tekst)',
                en: 'remove it (or copy the text again as plain text)',
              };
      found.push({
        line: index + 1,
        column: column + offset + 1,
        isTab: char === '\t',
        nl: `in kolom ${column + offset + 1} staat ${what.nl}; ${fix.nl}`,
        en: `column ${column + offset + 1} holds ${what.en}; ${fix.en}`,
      });
      break;
    }
  });
  return found;
}

/** The text of a file, or why its bytes are not UTF-8 text. */
export type DecodedFile =
  { ok: true; text: string } | { ok: false; line: number; nl: string; en: string };

/**
 * Decodes a file's bytes as UTF-8, refusing anything else: a file saved as UTF-16 or in a legacy
 * encoding (Windows-1252) would otherwise be published with replacement characters.
 */
export function decodeContentBytes(bytes: Uint8Array): DecodedFile {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      line: 1,
      nl: 'het bestand is opgeslagen als UTF-16; sla het op als UTF-8 (in Kladblok: Opslaan als › Codering: UTF-8)',
      en: 'the file is saved as UTF-16; save it as UTF-8 (in Notepad: Save as › Encoding: UTF-8)',
    };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // The lossy decoding marks the first byte that is not UTF-8 with U+FFFD.
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const at = lossy.indexOf('\ufffd');
    const line = lossy.slice(0, Math.max(at, 0)).split('\n').length;
    return {
      ok: false,
      line,
      nl: `het bestand is niet als UTF-8 opgeslagen: regel ${line} bevat een teken in een andere codering (waarschijnlijk Windows-1252, bijvoorbeeld een é of ë). Sla het bestand op als UTF-8 (in Kladblok: Opslaan als › Codering: UTF-8) en controleer de letters met accenten`,
      en: `the file is not saved as UTF-8: line ${line} holds a character in another encoding (probably Windows-1252, such as é or ë). Save the file as UTF-8 (in Notepad: Save as › Encoding: UTF-8) and check the accented letters`,
    };
  }
}
