/**
 * Editions in the data layer: the records of a register as an edition publishes them (used by
 * `npm run editie` to write one and by the build to compare), the checks that keep published
 * editions frozen and the register from losing entries, and the edition index pages read.
 */
import { createHash } from 'node:crypto';
import type { ContentIssue } from '../lib/content-errors.ts';
import { formatDateNl } from '../lib/dates.ts';
import { compareDutchText } from '../lib/dutch-names.ts';
import {
  buildRecordHistory,
  canonicalJson,
  countChanges,
  diffEditions,
  findDisappeared,
  groupChangesByOwner,
  listChanges,
  type ChangeCounts,
  type EditionDiff,
  type OwnerChanges,
  type RecordChange,
  type RecordSeen,
} from '../lib/editions.ts';
import type { EditionFile, EditionRecord, Manifest, ManifestEntry } from '../schemas/edition.ts';
import { REGISTER_KEYS, type RegisterKey, type SiteConfig } from '../schemas/site.ts';
import {
  describeRecord,
  editionFileName,
  editionPath,
  getRegisterDefinition,
} from '../registers/index.ts';
import type { RegisterContent } from '../registers/types.ts';
import type { PersonRecord } from './load.ts';

/** An edition file as loaded, with its path for messages. */
export type LoadedEdition = EditionFile & { file: string };

/** The parts of the content an edition is built from. */
export type { RegisterContent } from '../registers/types.ts';

const byKey = (a: EditionRecord, b: EditionRecord): number =>
  a.sleutel < b.sleutel ? -1 : a.sleutel > b.sleutel ? 1 : 0;

/** The records of one register as an edition would publish them now, sorted by key. */
export function buildEditionRecords(
  content: RegisterContent,
  register: RegisterKey,
): EditionRecord[] {
  return getRegisterDefinition(register).editions.buildRecords(content).sort(byKey);
}

/** The hash the manifest keeps of an edition: sha256 over its canonical JSON. */
export function hashEdition(
  edition: Pick<EditionFile, 'register' | 'datum' | 'registraties'>,
): string {
  const body = canonicalJson({
    register: edition.register,
    datum: edition.datum,
    registraties: edition.registraties,
  });
  return `sha256-${createHash('sha256').update(body).digest('hex')}`;
}

/** An edition file's text as `npm run editie` writes it: one record per line, so git diffs read well. */
export function serializeEdition(edition: EditionFile): string {
  const lines = edition.registraties.map((r) => `    ${JSON.stringify(r)}`);
  return `{\n  "register": ${JSON.stringify(edition.register)},\n  "datum": ${JSON.stringify(edition.datum)},\n  "registraties": [\n${lines.join(',\n')}${lines.length ? '\n' : ''}  ]\n}\n`;
}

/** The manifest's text. */
export function serializeManifest(manifest: Manifest): string {
  return `{\n  "edities": [\n${manifest.edities.map((e) => `    ${JSON.stringify(e)}`).join(',\n')}${manifest.edities.length ? '\n' : ''}  ]\n}\n`;
}

/** Adds a new edition to the manifest, chained to the register's previous one. */
export function appendToManifest(manifest: Manifest, edition: EditionFile): Manifest {
  const previous = manifest.edities.filter((e) => e.register === edition.register).at(-1);
  const entry: ManifestEntry = {
    register: edition.register,
    datum: edition.datum,
    bestand: editionFileName(edition.register, edition.datum),
    aantal: edition.registraties.length,
    hash: hashEdition(edition),
    vorige: previous?.hash ?? null,
  };
  return { edities: [...manifest.edities, entry] };
}

/** Everything the edition checks need. */
export interface EditionCheckInput extends RegisterContent {
  site: SiteConfig;
  editions: readonly LoadedEdition[];
  manifest: Manifest | undefined;
  today: string;
  /** How messages name the content folder (`content`). */
  label: string;
  /** Run the disappearing-record check (only on otherwise valid content). */
  checkRecords: boolean;
  /** The gift files in the content, to name the one a removed gift was in. */
  giftFiles: readonly string[];
}

function issue(
  file: string,
  fieldPath: readonly PropertyKey[],
  nl: string,
  en: string,
): ContentIssue {
  return { file, path: fieldPath, nl, en };
}

/**
 * The edition checks: the manifest and the edition files agree (nothing altered, added or
 * removed), each register's editions are a chain in date order, `bijgewerkt` is not kept twice,
 * and every record of a register's latest edition is still in the content.
 */
export function checkEditions(input: EditionCheckInput): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const manifestFile = `${input.label}/edities/manifest.json`;
  const editionByFile = new Map(input.editions.map((e) => [e.file, e]));
  const listed = new Set<string>();
  const entries = input.manifest?.edities ?? [];
  if (input.manifest === undefined && input.editions.length > 0) {
    issues.push(
      issue(
        manifestFile,
        [],
        'dit bestand ontbreekt terwijl er edities zijn; edities worden alleen met "npm run editie" gepubliceerd',
        'this file is missing while there are editions; editions are published with "npm run editie" only',
      ),
    );
  }
  entries.forEach((entry, i) => {
    const file = `${input.label}/edities/${entry.bestand}`;
    listed.add(file);
    const edition = editionByFile.get(file);
    if (entry.bestand !== editionFileName(entry.register, entry.datum)) {
      issues.push(
        issue(
          manifestFile,
          ['edities', i, 'bestand'],
          `verwacht "${editionFileName(entry.register, entry.datum)}" bij register ${entry.register} en datum ${entry.datum}, kreeg "${entry.bestand}"`,
          `expected "${editionFileName(entry.register, entry.datum)}" for register ${entry.register} and date ${entry.datum}, got "${entry.bestand}"`,
        ),
      );
      return;
    }
    if (!edition) {
      issues.push(
        issue(
          file,
          [],
          `de gepubliceerde editie van ${formatDateNl(entry.datum)} ontbreekt; een gepubliceerde editie mag niet worden verwijderd (zet het bestand terug uit git)`,
          `the published edition of ${entry.datum} is missing; a published edition may not be removed (restore the file from git)`,
        ),
      );
      return;
    }
    if (edition.register !== entry.register || edition.datum !== entry.datum) {
      issues.push(
        issue(
          file,
          ['register'],
          `het bestand hoort bij register ${entry.register} en datum ${entry.datum}, maar bevat ${edition.register} van ${edition.datum}`,
          `the file belongs to register ${entry.register} and date ${entry.datum}, but holds ${edition.register} of ${edition.datum}`,
        ),
      );
    }
    if (hashEdition(edition) !== entry.hash) {
      issues.push(
        issue(
          file,
          [],
          `deze gepubliceerde editie (${formatDateNl(entry.datum)}) is gewijzigd na publicatie: de inhoud klopt niet meer met de hash in edities/manifest.json. Een editie verandert nooit; zet het bestand terug uit git en publiceer wijzigingen in een nieuwe editie`,
          `this published edition (${entry.datum}) was altered after publication: its content no longer matches the hash in edities/manifest.json. An edition never changes; restore the file from git and publish changes in a new edition`,
        ),
      );
    }
    if (edition.registraties.length !== entry.aantal) {
      issues.push(
        issue(
          file,
          ['registraties'],
          `de editie bevat ${edition.registraties.length} registraties, het manifest noemt er ${entry.aantal}`,
          `the edition holds ${edition.registraties.length} records, the manifest says ${entry.aantal}`,
        ),
      );
    }
    if (entry.datum > input.today) {
      issues.push(
        issue(
          manifestFile,
          ['edities', i, 'datum'],
          `de datum ${entry.datum} ligt in de toekomst`,
          `the date ${entry.datum} is in the future`,
        ),
      );
    }
  });
  for (const edition of input.editions) {
    if (!listed.has(edition.file)) {
      issues.push(
        issue(
          edition.file,
          [],
          'deze editie staat niet in edities/manifest.json; publiceer edities alleen met "npm run editie"',
          'this edition is not in edities/manifest.json; publish editions with "npm run editie" only',
        ),
      );
    }
  }
  for (const register of REGISTER_KEYS) {
    const chain = entries
      .map((entry, i) => ({ entry, i }))
      .filter(({ entry }) => entry.register === register);
    chain.forEach(({ entry, i }, n) => {
      const previous = chain[n - 1]?.entry;
      if (previous && previous.datum >= entry.datum) {
        issues.push(
          issue(
            manifestFile,
            ['edities', i, 'datum'],
            `de edities van ${register} staan niet op datumvolgorde: ${entry.datum} na ${previous.datum}`,
            `the editions of ${register} are not in date order: ${entry.datum} after ${previous.datum}`,
          ),
        );
      }
      const expected = previous?.hash ?? null;
      if (entry.vorige !== expected) {
        issues.push(
          issue(
            manifestFile,
            ['edities', i, 'vorige'],
            `de keten van edities van ${register} is verbroken bij ${entry.datum}: "vorige" hoort de hash van de editie daarvoor te zijn (${expected ?? 'null'})`,
            `the chain of editions of ${register} is broken at ${entry.datum}: "vorige" must be the hash of the edition before (${expected ?? 'null'})`,
          ),
        );
      }
    });
    const config = input.site.registers[register];
    const siteFile = `${input.label}/site.yaml`;
    if (chain.length > 0 && config.bijgewerkt !== undefined) {
      issues.push(
        issue(
          siteFile,
          ['registers', register, 'bijgewerkt'],
          `dit register heeft edities; de laatste editie (${chain.at(-1)?.entry.datum}) is de datum van de laatste update. Haal "bijgewerkt" weg, zodat er één bron is`,
          `this register has editions; the latest edition (${chain.at(-1)?.entry.datum}) is the date of the last update. Remove "bijgewerkt" so there is one source`,
        ),
      );
    }
    if (chain.length === 0 && config.bijgewerkt === undefined) {
      issues.push(
        issue(
          siteFile,
          ['registers', register, 'bijgewerkt'],
          'dit register heeft nog geen edities; vul de datum van de laatste update in (JJJJ-MM-DD) of publiceer een editie met "npm run editie"',
          'this register has no editions yet; fill in the date of the last update (YYYY-MM-DD) or publish an edition with "npm run editie"',
        ),
      );
    }
    const latestEntry = chain.at(-1)?.entry;
    const latest =
      latestEntry && editionByFile.get(`${input.label}/edities/${latestEntry.bestand}`);
    if (input.checkRecords && latest) {
      const current = buildEditionRecords(input, register);
      for (const record of findDisappeared(latest.registraties, current)) {
        const what = describeRecord(register, record.velden);
        issues.push(
          issue(
            getRegisterDefinition(register).editions.recordFile(record, input),
            [],
            `de registratie "${record.sleutel}" (${record.naam}: ${what}) stond in de editie van ${formatDateNl(latest.datum)} (${latest.file}) en ontbreekt nu. Een registratie verdwijnt niet: ${getRegisterDefinition(register).editions.keepAdvice.nl}`,
            `the record "${record.sleutel}" (${record.naam}: ${what}) was in the edition of ${latest.datum} (${latest.file}) and is now missing. A record never disappears: ${getRegisterDefinition(register).editions.keepAdvice.en}`,
          ),
        );
      }
    }
  }
  return issues;
}

/** Checks the person-level confirmation dates: not in the future. */
export function checkConfirmations(people: readonly PersonRecord[], today: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const person of people) {
    for (const [register, date] of Object.entries(person.bevestigd ?? {})) {
      if (date !== undefined && date > today)
        issues.push(
          issue(
            person.file,
            ['bevestigd', register],
            `de datum ${date} ligt in de toekomst`,
            `the date ${date} is in the future`,
          ),
        );
    }
  }
  return issues;
}

/** One edition as the pages show it. */
export interface EditionView {
  register: RegisterKey;
  datum: string;
  path: string;
  /** Records in the edition. */
  count: number;
  /** The register's edition before this one; undefined for its first. */
  previous?: { datum: string; path: string } | undefined;
  next?: { datum: string; path: string } | undefined;
  /** True for the register's first edition: it has no changes, only its records. */
  first: boolean;
  latest: boolean;
  diff: EditionDiff;
  counts: ChangeCounts;
  /** Changes grouped per person (or function), Dutch order. */
  groups: OwnerChanges[];
}

/** A change of one person's record, with the edition it was published in. */
export interface PersonHistoryEntry {
  edition: EditionView;
  change: RecordChange;
}

/** Every edition, resolved once per build. */
export interface EditionIndex {
  /** Per register, oldest first. */
  byRegister: Record<RegisterKey, EditionView[]>;
  /** All editions, newest first (same date: in register order). */
  all: EditionView[];
  /** First and last edition of each record, by `<register>:<key>`. */
  seen: ReadonlyMap<string, RecordSeen>;
  /** Per person id, their changes in every edition, newest first. */
  personHistory: ReadonlyMap<string, PersonHistoryEntry[]>;
  /** A register's latest edition date, if it has editions. */
  latestDate: Partial<Record<RegisterKey, string>>;
}

/** The key of a record across registers, for the `seen` index. */
export function seenKey(register: RegisterKey, sleutel: string): string {
  return `${register}:${sleutel}`;
}

/** Builds the edition index: diffs, groups and record history, each computed once. */
export function buildEditionIndex(editions: readonly EditionFile[]): EditionIndex {
  const byRegister = Object.fromEntries(REGISTER_KEYS.map((key) => [key, []])) as unknown as Record<
    RegisterKey,
    EditionView[]
  >;
  const seen = new Map<string, RecordSeen>();
  const latestDate: Partial<Record<RegisterKey, string>> = {};
  for (const register of REGISTER_KEYS) {
    const list = editions
      .filter((e) => e.register === register)
      .sort((a, b) => a.datum.localeCompare(b.datum));
    for (const [key, value] of buildRecordHistory(list)) seen.set(seenKey(register, key), value);
    const views = list.map((edition, i): EditionView => {
      const previous = list[i - 1];
      const next = list[i + 1];
      const diff = diffEditions(previous?.registraties ?? [], edition.registraties);
      return {
        register,
        datum: edition.datum,
        path: editionPath(register, edition.datum),
        count: edition.registraties.length,
        previous: previous && {
          datum: previous.datum,
          path: editionPath(register, previous.datum),
        },
        next: next && { datum: next.datum, path: editionPath(register, next.datum) },
        first: previous === undefined,
        latest: next === undefined,
        diff,
        counts: countChanges(diff),
        groups:
          previous === undefined ? [] : groupChangesByOwner(listChanges(diff), compareDutchText),
      };
    });
    byRegister[register] = views;
    const last = list.at(-1);
    if (last) latestDate[register] = last.datum;
  }
  const order = new Map(REGISTER_KEYS.map((k, i) => [k, i]));
  const all = REGISTER_KEYS.flatMap((k) => byRegister[k]).sort(
    (a, b) =>
      b.datum.localeCompare(a.datum) || (order.get(a.register) ?? 0) - (order.get(b.register) ?? 0),
  );
  const personHistory = new Map<string, PersonHistoryEntry[]>();
  for (const edition of all) {
    if (edition.first) continue;
    for (const change of listChanges(edition.diff)) {
      const persoon = change.record.persoon;
      if (persoon === undefined) continue;
      const list = personHistory.get(persoon) ?? [];
      list.push({ edition, change });
      personHistory.set(persoon, list);
    }
  }
  return { byRegister, all, seen, personHistory, latestDate };
}
