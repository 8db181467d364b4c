/**
 * Organisations named in the registers: the place of a nevenfunctie, a financial interest, the
 * giver of a gift. Members type the same organisation differently ("Stichting Het Utrechts
 * Landschap", "Utrechts Landschap"). Names are resolved to one organisation only when that is
 * certain: an editor listed the spelling in content/organisaties.yaml, or the names differ only
 * in case, accents, punctuation or spaces. Names that merely look alike are reported, never merged.
 */
import type { ContentIssue } from './content-errors.ts';
import { compareDutchText, foldDiacritics } from './dutch-names.ts';
import { makeId, makeUniqueId, type IdOptions } from './ids.ts';
import type { OrganisationsFile } from '../schemas/organisation.ts';

/** One organisation as the site shows it. */
export interface ResolvedOrganisation {
  /** Permalink id: from organisaties.yaml, or derived from the normalised name. */
  id: string;
  /** The name shown: the editor's, or the spelling members use most. */
  naam: string;
  /** Every spelling used in the registers, in Dutch order. */
  spellings: string[];
  /** True when an editor listed the organisation in organisaties.yaml. */
  confirmed: boolean;
  /** How many records name it. */
  uses: number;
}

/** The organisations and, per spelling as written, the id it resolves to. */
export interface OrganisationIndex {
  organisations: ResolvedOrganisation[];
  idByName: ReadonlyMap<string, string>;
}

/** What a person record needs for this module: the names in its registers. */
/** An official's function as the organisation index reads it. */
export interface OfficialOrganisationSource {
  nevenwerkzaamheden: readonly { organisatie?: string | undefined }[] | string;
}

export interface OrganisationSource {
  nevenfuncties: readonly { organisatie: string }[] | string;
  financieleBelangen: readonly { organisatie?: string | undefined }[] | string;
}

/**
 * Every organisation name in the registers, once per record: side positions, interests, gift
 * givers and the organisations where officials hold side activities.
 */
export function collectOrganisationNames(
  people: readonly OrganisationSource[],
  gifts: readonly { gever: string }[],
  officials: readonly OfficialOrganisationSource[] = [],
): string[] {
  const names: string[] = [];
  for (const person of people) {
    if (typeof person.nevenfuncties !== 'string')
      for (const position of person.nevenfuncties) names.push(position.organisatie);
    if (typeof person.financieleBelangen !== 'string') {
      for (const interest of person.financieleBelangen)
        if (interest.organisatie !== undefined) names.push(interest.organisatie);
    }
  }
  for (const gift of gifts) names.push(gift.gever);
  for (const official of officials) {
    if (typeof official.nevenwerkzaamheden !== 'string')
      for (const activity of official.nevenwerkzaamheden)
        if (activity.organisatie !== undefined) names.push(activity.organisatie);
  }
  return names;
}

/**
 * Strips accents from Latin letters only ("Café" is "Cafe"). In other scripts a mark can be part
 * of the letter (Devanagari vowel signs, Cyrillic "й"), so there it stays: two names are one
 * organisation only when they really are the same name.
 */
function foldLatinAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/(\P{M})(\p{M}+)/gu, (_, base: string, marks: string) =>
      /\p{L}/u.test(base) && !/\p{Script=Latin}/u.test(base) ? base + marks : base,
    )
    .normalize('NFC')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O'))
    .replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'))
    .replace(/ı/g, 'i');
}

/**
 * The key under which spellings count as the same name: lower case, no accents on Latin letters,
 * "&" as "en", dots and apostrophes dropped ("B.V." is "bv"), other punctuation and runs of spaces
 * as one space. Letters and digits of every script are kept ("Газпром" is "газпром", not nothing).
 * A name without any letter or digit (emoji only) is its own key, spaces tidied.
 */
export function normaliseOrganisationName(name: string): string {
  const key = foldLatinAccents(name)
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/[.'’‘`´]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
  return key !== '' ? key : name.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Legal forms and articles that members add or leave out; dropped before comparing names. */
export const NOISE_WORDS: ReadonlySet<string> = new Set([
  'stichting',
  'vereniging',
  'cooperatie',
  'cooperatieve',
  'bv',
  'nv',
  'ua',
  'wa',
  'ba',
  'vof',
  'cv',
  'de',
  'het',
  'een',
  't',
]);

/**
 * The core of a name for duplicate detection: normalised, legal forms and articles dropped, spaces
 * removed. "Stichting Het Utrechts Landschap" and "Utrechts Landschap" share "utrechtslandschap".
 */
export function getOrganisationCore(name: string): string {
  const words = normaliseOrganisationName(name).split(' ').filter(Boolean);
  const core = words.filter((w) => !NOISE_WORDS.has(w));
  return (core.length > 0 ? core : words).join('');
}

/**
 * How an organisation's permalink id is made from its name key (src/lib/ids.ts), so that
 * "Ødemark Advies B.V." is `odemark-advies-bv` whichever way it is spelled: at most 80
 * characters, and a name not written in Latin letters and digits alone keeps its Latin words, if
 * any, and gets a short hash of its whole key: "Газпром Nederland" is `nederland-…`, never
 * `nederland`, so it cannot take the address of the organisation "Nederland", and two Cyrillic
 * names never share one. The hash depends only on the name, so the id is the same on every build.
 */
const ORGANISATION_ID: IdOptions = { maxLength: 80, hashPrefix: 'organisatie' };

/** The letter an organisation is filed under in the A-Z index: "Ødemark" under O, "'t Gooi" under G. */
export function getOrganisationLetter(name: string): string {
  const letter = foldDiacritics(name)
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/^'?t\s+/i, '')
    .charAt(0)
    .toUpperCase();
  return /[A-Z]/.test(letter) ? letter : '#';
}

function mostUsed(counts: ReadonlyMap<string, number>): string {
  return (
    [...counts.entries()].sort(
      ([a, ca], [b, cb]) => cb - ca || compareDutchText(a, b) || (a < b ? -1 : 1),
    )[0]?.[0] ?? ''
  );
}

/**
 * Resolves every name in the registers to an organisation. `names` holds one entry per record
 * (repeats count how often a spelling is used). Ids are stable: they come from organisaties.yaml
 * or from the normalised name, never from the order of the content.
 */
export function resolveOrganisations(
  names: readonly string[],
  file: OrganisationsFile | undefined,
): OrganisationIndex {
  const aliasByKey = new Map<string, OrganisationsFile['organisaties'][number]>();
  for (const alias of file?.organisaties ?? []) {
    for (const spelling of [alias.naam, ...(alias.schrijfwijzen ?? [])]) {
      const key = normaliseOrganisationName(spelling);
      if (!aliasByKey.has(key)) aliasByKey.set(key, alias);
    }
  }

  // Group spellings: by alias id when listed, else by normalised key.
  const groups = new Map<
    string,
    {
      alias?: OrganisationsFile['organisaties'][number] | undefined;
      key: string;
      counts: Map<string, number>;
    }
  >();
  for (const name of names) {
    const key = normaliseOrganisationName(name);
    const alias = aliasByKey.get(key);
    const groupKey = alias ? `alias:${alias.id}` : `key:${key}`;
    const group = groups.get(groupKey) ?? { alias, key, counts: new Map<string, number>() };
    group.counts.set(name, (group.counts.get(name) ?? 0) + 1);
    groups.set(groupKey, group);
  }

  const taken = new Set<string>();
  for (const group of groups.values()) if (group.alias) taken.add(group.alias.id);
  const organisations: ResolvedOrganisation[] = [];
  const idByName = new Map<string, string>();
  // Derived ids are handed out in key order, so a clash resolves the same way on every build.
  const ordered = [...groups.values()].sort(
    (a, b) =>
      Number(Boolean(b.alias)) - Number(Boolean(a.alias)) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  for (const group of ordered) {
    let id: string;
    if (group.alias) id = group.alias.id;
    else {
      id = makeUniqueId(group.key, taken, ORGANISATION_ID);
    }
    const spellings = [...group.counts.keys()].sort(
      (a, b) => compareDutchText(a, b) || (a < b ? -1 : a > b ? 1 : 0),
    );
    for (const spelling of spellings) idByName.set(spelling, id);
    organisations.push({
      id,
      naam: group.alias?.naam ?? mostUsed(group.counts),
      spellings,
      confirmed: group.alias !== undefined,
      uses: [...group.counts.values()].reduce((a, b) => a + b, 0),
    });
  }
  organisations.sort((a, b) => compareDutchText(a.naam, b.naam) || a.id.localeCompare(b.id));
  return { organisations, idByName };
}

function issue(file: string, path: readonly PropertyKey[], nl: string, en: string): ContentIssue {
  return { file, path, nl, en };
}

/**
 * Checks organisaties.yaml against the names in the registers: unique ids, every spelling listed
 * once, every listed spelling actually used (a typo would otherwise match nothing, silently), no
 * id that is already the address of another organisation, and no "different" names that an
 * editor also listed as one organisation.
 */
export function checkOrganisationsFile(
  file: OrganisationsFile,
  names: readonly string[],
  fileLabel: string,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const usedKeys = new Set(names.map(normaliseOrganisationName));
  const seenIds = new Map<string, number>();
  const ownerByKey = new Map<string, string>();

  file.organisaties.forEach((alias, i) => {
    if (seenIds.has(alias.id)) {
      issues.push(
        issue(
          fileLabel,
          ['organisaties', i, 'id'],
          `het id "${alias.id}" komt meer dan eens voor`,
          `the id "${alias.id}" appears more than once`,
        ),
      );
    }
    seenIds.set(alias.id, i);
    const spellings: [string, PropertyKey[]][] = [
      [alias.naam, ['organisaties', i, 'naam']],
      ...(alias.schrijfwijzen ?? []).map((s, j): [string, PropertyKey[]] => [
        s,
        ['organisaties', i, 'schrijfwijzen', j],
      ]),
    ];
    for (const [spelling, path] of spellings) {
      const key = normaliseOrganisationName(spelling);
      const owner = ownerByKey.get(key);
      if (owner !== undefined && owner !== alias.id) {
        issues.push(
          issue(
            fileLabel,
            path,
            `"${spelling}" staat ook bij de organisatie "${owner}"; een schrijfwijze hoort bij één organisatie`,
            `"${spelling}" is also listed under the organisation "${owner}"; a spelling belongs to one organisation`,
          ),
        );
      }
      ownerByKey.set(key, alias.id);
    }
    (alias.schrijfwijzen ?? []).forEach((spelling, j) => {
      if (!usedKeys.has(normaliseOrganisationName(spelling))) {
        issues.push(
          issue(
            fileLabel,
            ['organisaties', i, 'schrijfwijzen', j],
            `"${spelling}" komt in geen enkel register voor; controleer de spelling`,
            `"${spelling}" does not appear in any register; check the spelling`,
          ),
        );
      }
    });
    if (!spellings.some(([spelling]) => usedKeys.has(normaliseOrganisationName(spelling)))) {
      issues.push(
        issue(
          fileLabel,
          ['organisaties', i],
          `de organisatie "${alias.naam}" komt in geen enkel register voor`,
          `the organisation "${alias.naam}" does not appear in any register`,
        ),
      );
    }
  });

  // An editor's id must not take the address another organisation already has.
  const derived = new Map<string, string>();
  for (const name of names) {
    const key = normaliseOrganisationName(name);
    if (!ownerByKey.has(key)) derived.set(makeId(key, ORGANISATION_ID), name);
  }
  file.organisaties.forEach((alias, i) => {
    const other = derived.get(alias.id);
    if (other !== undefined) {
      issues.push(
        issue(
          fileLabel,
          ['organisaties', i, 'id'],
          `het id "${alias.id}" is al het adres van de organisatie "${other}"; kies een ander id of voeg "${other}" toe aan de schrijfwijzen`,
          `the id "${alias.id}" is already the address of the organisation "${other}"; choose another id or add "${other}" to the spellings`,
        ),
      );
    }
  });

  file.verschillend.forEach((entry, i) => {
    entry.namen.forEach((name, j) => {
      if (!usedKeys.has(normaliseOrganisationName(name))) {
        issues.push(
          issue(
            fileLabel,
            ['verschillend', i, 'namen', j],
            `"${name}" komt in geen enkel register voor; controleer de spelling`,
            `"${name}" does not appear in any register; check the spelling`,
          ),
        );
      }
    });
    const owners = entry.namen.map(
      (name) =>
        ownerByKey.get(normaliseOrganisationName(name)) ?? `key:${normaliseOrganisationName(name)}`,
    );
    if (new Set(owners).size < owners.length) {
      issues.push(
        issue(
          fileLabel,
          ['verschillend', i, 'namen'],
          'deze namen zijn volgens dit bestand dezelfde organisatie; ze kunnen niet ook verschillend zijn',
          'this file says these names are the same organisation; they cannot also be different',
        ),
      );
    }
  });
  return issues;
}

/**
 * The edit distance between two strings (insertions, deletions, substitutions), or `max + 1`
 * as soon as it is certain to exceed `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** How far apart two cores may be to count as a likely typo: none for short names. */
export function allowedDistance(core: string): number {
  if (core.length >= 14) return 2;
  if (core.length >= 7) return 1;
  return 0;
}

/** Two organisations an editor should look at. */
export interface LikelyDuplicate {
  a: ResolvedOrganisation;
  b: ResolvedOrganisation;
  /** The spellings that matched. */
  spellingA: string;
  spellingB: string;
  /** `zelfde-kern`: equal without legal form, articles and spaces; `tikfout`: a small edit distance. */
  reason: 'zelfde-kern' | 'tikfout';
  distance: number;
}

/**
 * Pairs of organisations whose names are probably the same organisation: equal once legal forms
 * (stichting, B.V. …), articles and spaces are dropped, or a small edit distance apart. Pairs an
 * editor marked as different are left out. Only names sharing a word or their first three letters
 * are compared, so the report stays fast on large registers.
 */
export function findLikelyDuplicates(
  index: OrganisationIndex,
  distinct: OrganisationsFile['verschillend'] = [],
): LikelyDuplicate[] {
  const differentPairs = new Set<string>();
  for (const entry of distinct) {
    const ids = entry.namen
      .map((n) => index.idByName.get(n))
      .filter((id): id is string => id !== undefined);
    for (const x of ids) for (const y of ids) if (x !== y) differentPairs.add(`${x}\u0000${y}`);
  }

  interface Spelling {
    org: ResolvedOrganisation;
    spelling: string;
    core: string;
  }
  const spellings: Spelling[] = index.organisations.flatMap((org) =>
    org.spellings.map((spelling) => ({ org, spelling, core: getOrganisationCore(spelling) })),
  );
  const buckets = new Map<string, number[]>();
  spellings.forEach((s, i) => {
    const words = normaliseOrganisationName(s.spelling)
      .split(' ')
      .filter((w) => w.length >= 4 && !NOISE_WORDS.has(w));
    for (const block of new Set([`^${s.core.slice(0, 3)}`, ...words])) {
      const list = buckets.get(block) ?? [];
      list.push(i);
      buckets.set(block, list);
    }
  });

  const best = new Map<string, LikelyDuplicate>();
  const consider = (x: Spelling, y: Spelling): void => {
    if (x.org.id === y.org.id || differentPairs.has(`${x.org.id}\u0000${y.org.id}`)) return;
    const max = Math.min(allowedDistance(x.core), allowedDistance(y.core));
    const distance = x.core === y.core ? 0 : editDistance(x.core, y.core, max);
    if (distance > max) return;
    const [first, second] = compareDutchText(x.org.naam, y.org.naam) <= 0 ? [x, y] : [y, x];
    const pairKey = `${first.org.id}\u0000${second.org.id}`;
    const found: LikelyDuplicate = {
      a: first.org,
      b: second.org,
      spellingA: first.spelling,
      spellingB: second.spelling,
      reason: distance === 0 ? 'zelfde-kern' : 'tikfout',
      distance,
    };
    const previous = best.get(pairKey);
    if (!previous || found.distance < previous.distance) best.set(pairKey, found);
  };
  for (const members of buckets.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const x = spellings[members[i] ?? -1];
        const y = spellings[members[j] ?? -1];
        if (x && y) consider(x, y);
      }
    }
  }
  return [...best.values()].sort(
    (p, q) =>
      p.distance - q.distance ||
      compareDutchText(p.a.naam, q.a.naam) ||
      compareDutchText(p.b.naam, q.b.naam),
  );
}

function yamlString(value: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} .()&-]*$/u.test(value) && !/[:#]/.test(value)
    ? value
    : JSON.stringify(value);
}

/** The report editors read: each likely duplicate, and the lines that would make it one organisation. */
export function formatDuplicateReport(
  duplicates: readonly LikelyDuplicate[],
  fileLabel = 'content/organisaties.yaml',
): string {
  if (duplicates.length === 0) {
    return 'Geen waarschijnlijk dubbele organisaties gevonden. (No likely duplicate organisations found.)';
  }
  const lines = [
    `${duplicates.length} ${duplicates.length === 1 ? 'paar organisaties lijkt' : 'paren organisaties lijken'} dezelfde organisatie te zijn. Niets is samengevoegd; beslis per paar.`,
    `(${duplicates.length} likely duplicate pair(s). Nothing was merged; decide per pair.)`,
    '',
  ];
  duplicates.forEach((d, i) => {
    const why =
      d.reason === 'zelfde-kern'
        ? 'gelijk zonder rechtsvorm, lidwoorden en spaties'
        : `${d.distance} ${d.distance === 1 ? 'letter' : 'letters'} verschil`;
    lines.push(
      `${i + 1}. "${d.spellingA}" (/organisaties/${d.a.id}/, ${d.a.uses}×) ~ "${d.spellingB}" (/organisaties/${d.b.id}/, ${d.b.uses}×): ${why}`,
    );
  });
  lines.push(
    '',
    `Dezelfde organisatie? Zet de andere schrijfwijze in ${fileLabel}, bijvoorbeeld:`,
    '',
    'organisaties:',
    `  - id: ${duplicates[0]?.a.id ?? 'organisatie-id'}`,
    `    naam: ${yamlString(duplicates[0]?.a.naam ?? 'Naam')}`,
    '    schrijfwijzen:',
    `      - ${yamlString(duplicates[0]?.spellingB ?? 'Andere schrijfwijze')}`,
    '',
    'Verschillende organisaties? Zet ze onder "verschillend", dan verschijnen ze niet meer in dit overzicht:',
    '',
    'verschillend:',
    `  - namen: [${yamlString(duplicates[0]?.spellingA ?? 'Naam A')}, ${yamlString(duplicates[0]?.spellingB ?? 'Naam B')}]`,
  );
  return lines.join('\n');
}
