/**
 * Reads and validates everything in `content/`. Every problem in every file is collected, so
 * an editor sees the whole list at once; any problem stops the build before a page is written.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { ContentValidationError, fromZodIssues, type ContentIssue } from '../lib/content-errors.ts';
import { decodeContentBytes } from '../lib/content-text.ts';
import { earliestDay, latestDay, todayIso } from '../lib/dates.ts';
import { formatEuro } from '../lib/format.ts';
import { formatGiftValue, isAboveThreshold, type GiftValueWords } from '../lib/gift-value.ts';
import { describePeriodIso, periodsCertainlyOverlap, periodsOverlap } from '../lib/periods.ts';
import { carriesIncomeDuty } from '../lib/side-income.ts';
import { checkOrganisationsFile, collectOrganisationNames } from '../lib/organisations.ts';
import { parseFrontMatterFile, parseYaml, type ParseResult } from '../lib/parse-content.ts';
import { FractiesFileSchema, type Fractie } from '../schemas/fractie.ts';
import { GiftsFileSchema } from '../schemas/gift.ts';
import { OfficialsFileSchema } from '../schemas/official.ts';
import { OrganisationsFileSchema, type OrganisationsFile } from '../schemas/organisation.ts';
import { PersonIdSchema, PersonSchema, type Role } from '../schemas/person.ts';
import { SiteConfigSchema, type SiteConfig } from '../schemas/site.ts';
import {
  OFFICE_ROLES,
  officeKind,
  officeRole,
  PROPERTY_DESTINATION,
  PROPERTY_DESTINATIONS,
} from '../schemas/body.ts';
import { bodyName, getBodyDefinition } from '../bodies/index.ts';
import type { GiftRecord, OfficialRecord, PersonRecord } from '../schemas/records.ts';
import { ThemeFileSchema, type ThemeFile } from '../schemas/theme.ts';
import { checkReports, REPORT_FILE, validateReportFile, type ReportRecord } from './reports.ts';
import { EditionFileSchema, ManifestSchema, type Manifest } from '../schemas/edition.ts';
import { checkConfirmations, checkEditions, type LoadedEdition } from './editions.ts';

/** A content file as text, with its path relative to the content folder (`people/x.md`). */
export interface ContentFile {
  path: string;
  source: string;
  /** Why the file's bytes could not be read as UTF-8 text; `source` is then empty. */
  unreadable?: { line: number; nl: string; en: string } | undefined;
}

export type { GiftRecord, OfficialRecord, PersonRecord } from '../schemas/records.ts';

/** All content, validated but not yet resolved or sorted. */
export interface Content {
  site: SiteConfig;
  /** The province's house style (content/thema.yaml); absent when there is no such file. */
  thema?: ThemeFile | undefined;
  fracties: Fractie[];
  people: PersonRecord[];
  gifts: GiftRecord[];
  officials: OfficialRecord[];
  /** Editors' organisation aliases (content/organisaties.yaml); absent when there is no such file. */
  organisaties?: OrganisationsFile | undefined;
  /** Annual integrity reports (content/reports/*.md); empty when there are none. */
  reports?: ReportRecord[] | undefined;
  /** Published editions of the registers (content/edities/<register>/*.json); empty when there are none. */
  editions?: LoadedEdition[] | undefined;
  /** The list of published editions with their hashes (content/edities/manifest.json). */
  editionManifest?: Manifest | undefined;
}

/** Options for validation. */
export interface ValidateOptions {
  /** "Today" as JJJJ-MM-DD, for checks on future dates; defaults to the real date. */
  today?: string | undefined;
  /** How messages name the content folder; `content` by default. */
  label?: string | undefined;
}

/**
 * How an editor's message words a stated gift value. Messages to editors are written in both
 * languages beside the check that makes them (src/lib/content-errors.ts); the site's own words are
 * in the dictionaries.
 */
const MESSAGE_VALUE_WORDS: { nl: GiftValueWords; en: GiftValueWords } = {
  nl: { ongeveer: 'ca.', 'minder-dan': 'minder dan', 'meer-dan': 'meer dan', onbekend: 'onbekend' },
  en: {
    ongeveer: 'approx.',
    'minder-dan': 'less than',
    'meer-dan': 'more than',
    onbekend: 'unknown',
  },
};

const LAYOUT = {
  site: 'site.yaml',
  thema: 'thema.yaml',
  fracties: 'fracties.yaml',
  people: /^people\/[^/]+\.md$/,
  gifts: /^gifts\/[^/]+\.yaml$/,
  officials: /^officials\/[^/]+\.yaml$/,
  organisaties: 'organisaties.yaml',
  reports: REPORT_FILE,
  editions: /^edities\/[a-z-]+\/[^/]+\.json$/,
  manifest: 'edities/manifest.json',
};

/** Parses a JSON file of content/edities/; editions are written by a script, so JSON, not YAML. */
function parseJson(file: string, source: string): ParseResult {
  try {
    return { ok: true, data: JSON.parse(source) as unknown, body: '' };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [
        {
          file,
          path: [],
          nl: `geen geldige JSON (${reason}); edities worden door "npm run editie" geschreven en niet met de hand bewerkt`,
          en: `not valid JSON (${reason}); editions are written by "npm run editie", not edited by hand`,
        },
      ],
    };
  }
}

/** Reads one content file as UTF-8 text; a file in another encoding is marked unreadable. */
export function readContentFile(full: string, relPath: string): ContentFile {
  // Read even oversized files as text; the parser refuses them with a clear message.
  if (statSync(full).size > 20_000_000) return { path: relPath, source: 'x'.repeat(2_000_000) };
  const decoded = decodeContentBytes(readFileSync(full));
  return decoded.ok
    ? { path: relPath, source: decoded.text }
    : { path: relPath, source: '', unreadable: decoded };
}

/** Reads every file under `dir` (the content folder) as text. */
export function readContentFiles(dir: string): ContentFile[] {
  const files: ContentFile[] = [];
  const walk = (folder: string, rel: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = path.join(folder, entry.name);
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(full, relPath);
      else if (entry.isFile()) {
        files.push(readContentFile(full, relPath));
      }
    }
  };
  walk(dir, '');
  return files;
}

function validateWith<S extends z.ZodType>(
  file: string,
  parsed: ParseResult,
  schema: S,
  issues: ContentIssue[],
): z.output<S> | undefined {
  if (!parsed.ok) {
    issues.push(...parsed.issues);
    return undefined;
  }
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) {
    issues.push(...fromZodIssues(file, result.error.issues));
    return undefined;
  }
  return result.data;
}

function issue(
  file: string,
  fieldPath: readonly PropertyKey[],
  nl: string,
  en: string,
): ContentIssue {
  return { file, path: fieldPath, nl, en };
}

/** Validates content files held in memory; throws ContentValidationError listing every problem. */
export function validateContent(
  files: readonly ContentFile[],
  options: ValidateOptions = {},
): Content {
  const today = options.today ?? todayIso();
  const issues: ContentIssue[] = [];
  let site: SiteConfig | undefined;
  let thema: ThemeFile | undefined;
  let fracties: Fractie[] | undefined;
  const people: PersonRecord[] = [];
  const gifts: GiftRecord[] = [];
  const officials: OfficialRecord[] = [];
  let organisaties: OrganisationsFile | undefined;
  const reports: ReportRecord[] = [];
  const editions: LoadedEdition[] = [];
  let editionManifest: Manifest | undefined;
  // Ids of every person file, valid or not: a gift to someone whose file has an error should
  // not also be reported as a gift to an unknown person.
  const personFileIds = new Set<string>();

  const label = options.label ?? 'content';
  const siteFile = `${label}/${LAYOUT.site}`;
  const fractiesFile = `${label}/${LAYOUT.fracties}`;
  for (const file of files) {
    const name = `${label}/${file.path}`;
    if (file.unreadable) {
      issues.push({
        file: name,
        path: [],
        line: file.unreadable.line,
        nl: file.unreadable.nl,
        en: file.unreadable.en,
      });
      if (LAYOUT.people.test(file.path)) personFileIds.add(path.posix.basename(name, '.md'));
      continue;
    }
    if (file.path === LAYOUT.site) {
      site = validateWith(name, parseYaml(name, file.source), SiteConfigSchema, issues);
    } else if (file.path === LAYOUT.thema) {
      thema = validateWith(name, parseYaml(name, file.source), ThemeFileSchema, issues);
    } else if (file.path === LAYOUT.fracties) {
      fracties = validateWith(
        name,
        parseYaml(name, file.source),
        FractiesFileSchema,
        issues,
      )?.fracties;
    } else if (LAYOUT.people.test(file.path)) {
      const id = path.posix.basename(name, '.md');
      if (!PersonIdSchema.safeParse(id).success) {
        issues.push(
          issue(
            name,
            [],
            `de bestandsnaam is het id van de persoon en mag alleen kleine letters, cijfers en streepjes bevatten (zoals "jan-van-den-berg.md")`,
            `the file name is the person's id and may only contain lower-case letters, digits and hyphens (like "jan-van-den-berg.md")`,
          ),
        );
        continue;
      }
      personFileIds.add(id);
      const parsed = parseFrontMatterFile(name, file.source);
      if (parsed.ok && parsed.body.trim() !== '') {
        issues.push(
          issue(
            name,
            [],
            'een persoonsbestand bevat alleen front matter; tekst onder de tweede "---" wordt niet gepubliceerd, dus haal die weg',
            'a person file holds front matter only; text below the second "---" would not be published, so remove it',
          ),
        );
      }
      const person = validateWith(name, parsed, PersonSchema, issues);
      if (person) people.push({ ...person, id, file: name });
    } else if (LAYOUT.gifts.test(file.path)) {
      const list = validateWith(
        name,
        parseYaml(name, file.source),
        GiftsFileSchema,
        issues,
      )?.geschenken;
      for (const gift of list ?? []) gifts.push({ ...gift, file: name });
    } else if (LAYOUT.reports.test(file.path)) {
      const report = validateReportFile(name, file.source, issues);
      if (report) reports.push(report);
    } else if (file.path === LAYOUT.manifest) {
      editionManifest = validateWith(name, parseJson(name, file.source), ManifestSchema, issues);
    } else if (LAYOUT.editions.test(file.path)) {
      const edition = validateWith(name, parseJson(name, file.source), EditionFileSchema, issues);
      if (edition) editions.push({ ...edition, file: name });
    } else if (file.path === LAYOUT.organisaties) {
      organisaties = validateWith(
        name,
        parseYaml(name, file.source),
        OrganisationsFileSchema,
        issues,
      );
    } else if (LAYOUT.officials.test(file.path)) {
      const list = validateWith(
        name,
        parseYaml(name, file.source),
        OfficialsFileSchema,
        issues,
      )?.functies;
      for (const fn of list ?? []) officials.push({ ...fn, file: name });
    } else {
      issues.push(
        issue(
          name,
          [],
          'onbekend bestand: de inhoud hoort in site.yaml, thema.yaml, fracties.yaml, people/*.md, gifts/*.yaml, officials/*.yaml of reports/*.md',
          'unknown file: content belongs in site.yaml, thema.yaml, fracties.yaml, people/*.md, gifts/*.yaml, officials/*.yaml or reports/*.md',
        ),
      );
    }
  }
  if (!files.some((f) => f.path === LAYOUT.site)) {
    issues.push(issue(siteFile, [], 'dit bestand ontbreekt', 'this file is missing'));
  }
  if (!files.some((f) => f.path === LAYOUT.fracties)) {
    issues.push(issue(fractiesFile, [], 'dit bestand ontbreekt', 'this file is missing'));
  }

  if (site && fracties) {
    issues.push(
      ...checkReferences({ site, fracties, people, gifts, officials }, today, label, personFileIds),
    );
  }
  // Checked only on otherwise valid content: a person file with an error would make its
  // organisations look unused and add misleading messages.
  if (organisaties && issues.length === 0) {
    issues.push(
      ...checkOrganisationsFile(
        organisaties,
        collectOrganisationNames(people, gifts, officials),
        `${label}/${LAYOUT.organisaties}`,
      ),
    );
  }
  if (site) issues.push(...checkReports(reports, bodyName(site, 'nl')));
  issues.push(...checkConfirmations(people, today));
  // The disappearing-record check runs on otherwise valid content only: a person file with an
  // error would make all its records look removed.
  if (site)
    issues.push(
      ...checkEditions({
        site,
        people,
        gifts,
        officials,
        editions,
        manifest: editionManifest,
        today,
        label,
        checkRecords: issues.length === 0,
        giftFiles: files.filter((f) => LAYOUT.gifts.test(f.path)).map((f) => `${label}/${f.path}`),
      }),
    );
  if (issues.length > 0 || !site || !fracties) throw new ContentValidationError(issues);
  return {
    site,
    thema,
    fracties,
    people,
    gifts,
    officials,
    organisaties,
    reports,
    editions,
    editionManifest,
  };
}

function findDuplicates<T>(items: readonly T[], key: (item: T) => string): Set<string> {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) dupes.add(k);
    seen.add(k);
  }
  return dupes;
}

/** "statenlid 2019-03-28 – 2023-03-29 (rollen[0])", to name a term in a message. */
function describeRole(role: Role, index: number): { nl: string; en: string } {
  const period = describePeriodIso(role);
  return {
    nl: `${role.functie} ${period.nl} (rollen[${index}])`,
    en: `${role.functie} ${period.en} (rollen[${index}])`,
  };
}

/**
 * Relations between one person's records that the content can state and that must hold: one
 * office is held once at a time; every record of the person falls in one of their terms; an
 * entry is not confirmed before it started; nothing is withdrawn in the future.
 */
function checkPersonDates(person: PersonRecord, today: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  person.rollen.forEach((role, i) => {
    person.rollen.forEach((other, j) => {
      if (j <= i || other.functie !== role.functie || !periodsOverlap(role, other)) return;
      const [a, b] = [describeRole(role, i), describeRole(other, j)];
      if (periodsCertainlyOverlap(role, other)) {
        issues.push(
          issue(
            person.file,
            ['rollen', j],
            `deze termijn overlapt met een andere termijn in hetzelfde ambt: ${a.nl} en ${b.nl}. Eén persoon is niet twee keer tegelijk ${role.functie} (en telt anders dubbel mee); de einddatum ("tot") telt als laatste dag, dus laat een volgende termijn op de dag erna beginnen`,
            `this term overlaps another term in the same office: ${a.en} and ${b.en}. One person does not hold one office twice at once (and would be counted twice); the end date ("tot") is the last day, so start a following term on the day after`,
          ),
        );
      } else {
        // Partial dates ("2019", "2023-03") leave it open: ask for the precision the rule needs.
        issues.push(
          issue(
            person.file,
            ['rollen', j],
            `deze termijn overlapt mogelijk met een andere termijn in hetzelfde ambt: ${a.nl} en ${b.nl}. Vul bij het einde en het begin die op elkaar aansluiten een hele datum (JJJJ-MM-DD) in, zodat vaststaat dat de termijnen elkaar niet overlappen`,
            `this term may overlap another term in the same office: ${a.en} and ${b.en}. Give the end and start where they meet as whole dates (YYYY-MM-DD), so it is certain the terms do not overlap`,
          ),
        );
      }
    });
  });
  const terms = person.rollen.map((role, i) => describeRole(role, i));
  const termsNl = terms.map((t) => t.nl).join('; ');
  const termsEn = terms.map((t) => t.en).join('; ');
  for (const [register, entries] of [
    ['nevenfuncties', person.nevenfuncties],
    ['financieleBelangen', person.financieleBelangen],
  ] as const) {
    if (!Array.isArray(entries)) continue;
    entries.forEach(
      (
        entry: {
          van?: string | undefined;
          tot?: string | undefined;
          bevestigd?: string | undefined;
          ingetrokken?: { datum: string } | undefined;
        },
        i: number,
      ) => {
        if (!person.rollen.some((role) => periodsOverlap(role, entry))) {
          const period = describePeriodIso(entry);
          issues.push(
            issue(
              person.file,
              [register, i],
              `deze registratie (${period.nl}) valt buiten elke termijn van deze persoon (${termsNl}); het register bevat alleen wat tijdens het lidmaatschap gold. Controleer "van" en "tot", of de termijnen onder "rollen"`,
              `this record (${period.en}) falls outside every term of this person (${termsEn}); the register holds only what applied during membership. Check "van" and "tot", or the terms under "rollen"`,
            ),
          );
        }
        if (
          entry.bevestigd !== undefined &&
          entry.van !== undefined &&
          entry.bevestigd < earliestDay(entry.van)
        ) {
          issues.push(
            issue(
              person.file,
              [register, i, 'bevestigd'],
              `bevestigd op ${entry.bevestigd}, vóór het begin van deze registratie (${entry.van}); een opgave kan pas worden bevestigd als zij bestaat. Controleer "van" en "bevestigd"`,
              `confirmed on ${entry.bevestigd}, before this record started (${entry.van}); a declaration can only be confirmed once it exists. Check "van" and "bevestigd"`,
            ),
          );
        }
        if (entry.ingetrokken !== undefined && entry.ingetrokken.datum > today) {
          issues.push(
            issue(
              person.file,
              [register, i, 'ingetrokken', 'datum'],
              `de datum ${entry.ingetrokken.datum} ligt in de toekomst; trek een registratie in op de dag dat het besluit valt`,
              `the date ${entry.ingetrokken.datum} is in the future; withdraw a record on the day it is decided`,
            ),
          );
        }
      },
    );
  }
  return issues;
}

/**
 * The income from side positions a person published (neveninkomsten): one declaration per year,
 * for a year that has ended and in which the person held an office that carries the duty, each
 * amount for a side position of theirs that ran that year, and published after the year ended.
 */
function checkSideIncome(person: PersonRecord, today: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const positions = new Map(
    Array.isArray(person.nevenfuncties) ? person.nevenfuncties.map((p) => [p.id, p]) : [],
  );
  const known =
    [...positions.keys()].join(', ') ||
    (Array.isArray(person.nevenfuncties)
      ? ''
      : `geen: nevenfuncties is "${String(person.nevenfuncties)}"`);
  const seen = new Set<number>();
  (person.neveninkomsten ?? []).forEach((year, i) => {
    const at = (...rest: PropertyKey[]): PropertyKey[] => ['neveninkomsten', i, ...rest];
    const span = { van: `${year.jaar}-01-01`, tot: `${year.jaar}-12-31` };
    if (seen.has(year.jaar)) {
      issues.push(
        issue(
          person.file,
          at('jaar'),
          `het jaar ${year.jaar} staat hier meer dan eens; zet alle inkomsten van dat jaar in één opgave`,
          `the year ${year.jaar} appears more than once; put all income of that year in one declaration`,
        ),
      );
    }
    seen.add(year.jaar);
    if (span.tot >= today) {
      issues.push(
        issue(
          person.file,
          at('jaar'),
          `het jaar ${year.jaar} is nog niet voorbij; de inkomsten van een jaar worden na afloop openbaar gemaakt (uiterlijk 1 april van het jaar erna)`,
          `the year ${year.jaar} has not ended; a year's income is published after it ends (by 1 April of the following year)`,
        ),
      );
    }
    if (!person.rollen.some((role) => carriesIncomeDuty(role) && periodsOverlap(role, span))) {
      issues.push(
        issue(
          person.file,
          at('jaar'),
          `in ${year.jaar} was deze persoon geen gedeputeerde die voltijds werkt en geen commissaris van de Koning; alleen zij maken hun neveninkomsten openbaar (Provinciewet art. 40b en 66). Controleer "jaar", de termijnen onder "rollen" of "deeltijd"`,
          `in ${year.jaar} this person was neither a full-time gedeputeerde nor the King's Commissioner; only they publish income from side positions. Check "jaar", the terms under "rollen" or "deeltijd"`,
        ),
      );
    }
    if (
      year.openbaargemaakt !== undefined &&
      (year.openbaargemaakt <= span.tot || year.openbaargemaakt > today)
    ) {
      issues.push(
        issue(
          person.file,
          at('openbaargemaakt'),
          `openbaar gemaakt op ${year.openbaargemaakt}: dat kan pas na afloop van ${year.jaar} en niet na vandaag`,
          `published on ${year.openbaargemaakt}: that can only be after ${year.jaar} ended and not after today`,
        ),
      );
    }
    if (year.inkomsten === 'geen') return;
    const used = new Set<string>();
    year.inkomsten.forEach((entry, j) => {
      const position = positions.get(entry.nevenfunctie);
      if (used.has(entry.nevenfunctie)) {
        issues.push(
          issue(
            person.file,
            at('inkomsten', j, 'nevenfunctie'),
            `de nevenfunctie "${entry.nevenfunctie}" staat in ${year.jaar} meer dan eens; tel de inkomsten op in één regel`,
            `the side position "${entry.nevenfunctie}" appears more than once in ${year.jaar}; add the income up in one line`,
          ),
        );
      }
      used.add(entry.nevenfunctie);
      if (!position) {
        issues.push(
          issue(
            person.file,
            at('inkomsten', j, 'nevenfunctie'),
            `onbekende nevenfunctie "${entry.nevenfunctie}"; vul het id in van een nevenfunctie van deze persoon (bekend: ${known})`,
            `unknown side position "${entry.nevenfunctie}"; fill in the id of one of this person's side positions (known: ${[...positions.keys()].join(', ')})`,
          ),
        );
      } else if (!periodsOverlap(position, span)) {
        issues.push(
          issue(
            person.file,
            at('inkomsten', j, 'nevenfunctie'),
            `de nevenfunctie "${entry.nevenfunctie}" liep niet in ${year.jaar} (${describePeriodIso(position).nl}); controleer het jaar of de nevenfunctie`,
            `the side position "${entry.nevenfunctie}" did not run in ${year.jaar} (${describePeriodIso(position).en}); check the year or the side position`,
          ),
        );
      }
    });
  });
  return issues;
}

/**
 * Checks that span files: references, unique ids, thresholds from site.yaml, dates in the future.
 * `personIds` are the ids gifts may refer to; by default the people in `content`.
 */
export function checkReferences(
  content: Content,
  today: string,
  label = 'content',
  personIds: ReadonlySet<string> = new Set(content.people.map((p) => p.id)),
): ContentIssue[] {
  const siteFile = `${label}/${LAYOUT.site}`;
  const fractiesFile = `${label}/${LAYOUT.fracties}`;
  const issues: ContentIssue[] = [];
  const { site, fracties, people, gifts, officials } = content;
  const fractieIds = new Set(fracties.map((f) => f.id));

  for (const [register, config] of Object.entries(site.registers)) {
    if (config.bijgewerkt !== undefined && config.bijgewerkt > today) {
      issues.push(
        issue(
          siteFile,
          ['registers', register, 'bijgewerkt'],
          `de datum ${config.bijgewerkt} ligt in de toekomst; vul de datum in waarop het register werkelijk is bijgewerkt`,
          `the date ${config.bijgewerkt} is in the future; fill in the date the register was actually updated`,
        ),
      );
    }
  }

  for (const dupe of findDuplicates(fracties, (f) => f.id)) {
    issues.push(
      issue(
        fractiesFile,
        ['fracties'],
        `het id "${dupe}" komt meer dan eens voor`,
        `the id "${dupe}" appears more than once`,
      ),
    );
  }

  const body = getBodyDefinition(site.soort);
  const offices = OFFICE_ROLES.map((role) => body.offices[role]);
  for (const person of people) {
    person.rollen.forEach((role, i) => {
      // A person file names the office in the body's own word: a wethouder in a province's
      // content is a mistake (or content copied from another body), not a gedeputeerde.
      if (officeKind(role.functie) !== site.soort) {
        issues.push(
          issue(
            person.file,
            ['rollen', i, 'functie'],
            `"${role.functie}" is geen functie bij een ${site.soort} (site.yaml: soort: ${site.soort}); kies uit ${offices.join(', ')}`,
            `"${role.functie}" is not an office of a ${site.soort} (site.yaml: soort: ${site.soort}); choose from ${offices.join(', ')}`,
          ),
        );
      }
      if (role.fractie !== undefined && !fractieIds.has(role.fractie)) {
        issues.push(
          issue(
            person.file,
            ['rollen', i, 'fractie'],
            `onbekende fractie "${role.fractie}"; bekend zijn: ${[...fractieIds].join(', ')}`,
            `unknown fractie "${role.fractie}"; known are: ${[...fractieIds].join(', ')}`,
          ),
        );
      }
    });
    issues.push(...checkPersonDates(person, today), ...checkSideIncome(person, today));
    const executiveRoles = person.rollen.filter((r) => officeRole(r.functie) !== 'member');
    for (const [register, entries] of [
      ['nevenfuncties', person.nevenfuncties],
      ['financieleBelangen', person.financieleBelangen],
    ] as const) {
      if (!Array.isArray(entries)) continue;
      for (const dupe of findDuplicates(entries, (e: { id: string }) => e.id)) {
        issues.push(
          issue(
            person.file,
            [register],
            `het id "${dupe}" komt meer dan eens voor; elk item heeft een eigen id`,
            `the id "${dupe}" appears more than once; each entry needs its own id`,
          ),
        );
      }
      entries.forEach((entry: { bevestigd?: string | undefined }, i: number) => {
        if (entry.bevestigd !== undefined && entry.bevestigd > today) {
          issues.push(
            issue(
              person.file,
              [register, i, 'bevestigd'],
              `de datum ${entry.bevestigd} ligt in de toekomst`,
              `the date ${entry.bevestigd} is in the future`,
            ),
          );
        }
      });
    }
    if (Array.isArray(person.nevenfuncties)) {
      person.nevenfuncties.forEach((position, i) => {
        // Members of the executive and the chair publish the income from side positions (the
        // articles per kind of body are in src/bodies/).
        // Only a certain overlap demands an amount: an unknown start must not demand what nobody declared.
        const duringExecutiveTerm = executiveRoles.some((role) =>
          periodsCertainlyOverlap(role, position),
        );
        if (
          duringExecutiveTerm &&
          position.bezoldiging === 'bezoldigd' &&
          position.vergoeding === undefined
        ) {
          issues.push(
            issue(
              person.file,
              ['nevenfuncties', i, 'vergoeding'],
              `${body.words.nl.offices.executive.many} en ${body.words.nl.chair.inSentence} vermelden bij een bezoldigde nevenfunctie het bedrag en de periode (vergoeding: { bedrag, per })`,
              `${body.words.en.offices.executive.many} and ${body.words.en.chair.inSentence} state the amount and period of a paid side position (vergoeding: { bedrag, per })`,
            ),
          );
        }
      });
    }
  }

  for (const dupe of findDuplicates(gifts, (g) => g.id)) {
    const files = gifts.filter((g) => g.id === dupe).map((g) => g.file);
    issues.push(
      issue(
        files[0] ?? 'content/gifts',
        ['geschenken'],
        `het id "${dupe}" komt meer dan eens voor (in ${[...new Set(files)].join(', ')})`,
        `the id "${dupe}" appears more than once (in ${[...new Set(files)].join(', ')})`,
      ),
    );
  }
  const peopleById = new Map(people.map((person) => [person.id, person]));
  // A declaration of no gifts for a period: it lies in the past, within a term, and no gift of the
  // member is dated inside it.
  for (const person of people) {
    (person.geenGeschenken ?? []).forEach((period, i) => {
      const at = ['geenGeschenken', i];
      if (period.tot > today || (period.bevestigd !== undefined && period.bevestigd < period.tot)) {
        issues.push(
          issue(
            person.file,
            [...at, 'tot'],
            `een verklaring "geen geschenken" gaat over een periode die voorbij is; ${period.tot} ligt na ${period.bevestigd === undefined ? 'vandaag' : `de verklaring (${period.bevestigd})`}`,
            `a declaration of no gifts covers a period that has passed; ${period.tot} is after ${period.bevestigd === undefined ? 'today' : `the declaration (${period.bevestigd})`}`,
          ),
        );
      }
      if (!person.rollen.some((role) => periodsOverlap(role, period))) {
        issues.push(
          issue(
            person.file,
            at,
            `deze periode (${period.van} – ${period.tot}) valt buiten elke termijn van deze persoon`,
            `this period (${period.van} – ${period.tot}) falls outside every term of this person`,
          ),
        );
      }
      for (const gift of gifts) {
        // Only a gift certainly inside the period contradicts it; "2026" alone might lie outside.
        if (
          gift.ontvanger.persoon === person.id &&
          !gift.ingetrokken &&
          earliestDay(gift.datum) >= period.van &&
          latestDay(gift.datum) <= period.tot
        ) {
          issues.push(
            issue(
              person.file,
              at,
              `verklaard geen geschenken te hebben ontvangen van ${period.van} tot en met ${period.tot}, maar ${gift.file} registreert geschenk ${gift.id} op ${gift.datum}. Controleer de verklaring of het geschenk`,
              `declared no gifts from ${period.van} to ${period.tot}, but ${gift.file} registers gift ${gift.id} on ${gift.datum}. Check the declaration or the gift`,
            ),
          );
        }
      }
    });
  }
  const giftIndex = new Map<string, number>();
  for (const gift of gifts) {
    const i = giftIndex.get(gift.file) ?? 0;
    giftIndex.set(gift.file, i + 1);
    const at = (field: string): PropertyKey[] => ['geschenken', i, field];
    if (gift.ontvanger.persoon !== undefined && !personIds.has(gift.ontvanger.persoon)) {
      issues.push(
        issue(
          gift.file,
          ['geschenken', i, 'ontvanger', 'persoon'],
          `onbekende persoon "${gift.ontvanger.persoon}": er is geen content/people/${gift.ontvanger.persoon}.md`,
          `unknown person "${gift.ontvanger.persoon}": there is no content/people/${gift.ontvanger.persoon}.md`,
        ),
      );
    }
    if (earliestDay(gift.datum) > today) {
      issues.push(
        issue(
          gift.file,
          at('datum'),
          `de ontvangstdatum ${gift.datum} ligt in de toekomst`,
          `the date received ${gift.datum} is in the future`,
        ),
      );
    }
    for (const [field, date] of [
      ['besluitdatum', gift.besluitdatum],
      ['ingetrokken', gift.ingetrokken?.datum],
    ] as const) {
      if (date !== undefined && date > today) {
        issues.push(
          issue(
            gift.file,
            field === 'ingetrokken' ? ['geschenken', i, 'ingetrokken', 'datum'] : at(field),
            `de datum ${date} ligt in de toekomst`,
            `the date ${date} is in the future`,
          ),
        );
      }
    }
    const recipient =
      gift.ontvanger.persoon === undefined ? undefined : peopleById.get(gift.ontvanger.persoon);
    if (
      recipient &&
      !recipient.rollen.some((role) => periodsOverlap(role, { van: gift.datum, tot: gift.datum }))
    ) {
      const terms = recipient.rollen.map((role, n) => describeRole(role, n));
      issues.push(
        issue(
          gift.file,
          at('datum'),
          `ontvangen op ${gift.datum}, buiten elke termijn van ${gift.ontvanger.persoon} (${terms.map((t) => t.nl).join('; ')}); het register bevat geschenken aan leden tijdens hun lidmaatschap. Controleer de datum of de ontvanger`,
          `received on ${gift.datum}, outside every term of ${gift.ontvanger.persoon} (${terms.map((t) => t.en).join('; ')}); the register holds gifts to members during their membership. Check the date or the recipient`,
        ),
      );
    }
    // A gift that became the property of another kind of body (a gemeente's gift marked
    // "provinciaal-eigendom") is content copied from elsewhere or a slip: name the right word.
    if (
      (PROPERTY_DESTINATIONS as readonly string[]).includes(gift.bestemming) &&
      gift.bestemming !== PROPERTY_DESTINATION[site.soort]
    ) {
      issues.push(
        issue(
          gift.file,
          at('bestemming'),
          `"${gift.bestemming}" hoort niet bij een ${site.soort} (site.yaml: soort: ${site.soort}); een geschenk dat eigendom wordt, heet hier "${PROPERTY_DESTINATION[site.soort]}"`,
          `"${gift.bestemming}" does not belong to a ${site.soort} (site.yaml: soort: ${site.soort}); a gift that becomes its property is "${PROPERTY_DESTINATION[site.soort]}" here`,
        ),
      );
    }
    // Only a value that decides it (an amount, or "meer dan" the threshold) can break the rule;
    // "ca. € 60" or "onbekend" cannot, and is published as stated.
    if (
      gift.bestemming === 'behouden' &&
      isAboveThreshold(gift.waarde, site.geschenkdrempel) === 'ja'
    ) {
      issues.push(
        issue(
          gift.file,
          at('bestemming'),
          `een geschenk van meer dan ${formatEuro(site.geschenkdrempel)} mag niet worden behouden (waarde ${formatGiftValue(gift.waarde, MESSAGE_VALUE_WORDS.nl, 'nl')}); kies bijvoorbeeld "ingeleverd" of "${PROPERTY_DESTINATION[site.soort]}"`,
          `a gift worth more than ${formatEuro(site.geschenkdrempel, 'en')} may not be kept (value ${formatGiftValue(gift.waarde, MESSAGE_VALUE_WORDS.en, 'en')}); choose e.g. "ingeleverd" or "${PROPERTY_DESTINATION[site.soort]}"`,
        ),
      );
    }
  }

  for (const dupe of findDuplicates(officials, (o) => o.id)) {
    const file = officials.find((o) => o.id === dupe)?.file ?? 'content/officials';
    issues.push(
      issue(
        file,
        ['functies'],
        `het id "${dupe}" komt meer dan eens voor`,
        `the id "${dupe}" appears more than once`,
      ),
    );
  }
  const officialIndex = new Map<string, number>();
  for (const official of officials) {
    const i = officialIndex.get(official.file) ?? 0;
    officialIndex.set(official.file, i + 1);
    if (official.schaal !== undefined && official.schaal < site.schaaldrempel) {
      issues.push(
        issue(
          official.file,
          ['functies', i, 'schaal'],
          `alleen functies vanaf schaal ${site.schaaldrempel} worden gepubliceerd; kreeg schaal ${official.schaal}`,
          `only functions from scale ${site.schaaldrempel} up are published; got scale ${official.schaal}`,
        ),
      );
    }
    if (Array.isArray(official.nevenwerkzaamheden)) {
      for (const dupe of findDuplicates(official.nevenwerkzaamheden, (a) => a.id)) {
        issues.push(
          issue(
            official.file,
            ['functies', i, 'nevenwerkzaamheden'],
            `het id "${dupe}" komt meer dan eens voor`,
            `the id "${dupe}" appears more than once`,
          ),
        );
      }
    }
  }
  return issues;
}

/** Reads and validates the content folder; throws ContentValidationError on any problem. */
export function loadContent(dir: string, options: ValidateOptions = {}): Content {
  const label =
    options.label ?? (path.relative(process.cwd(), dir).split(path.sep).join('/') || '.');
  return validateContent(readContentFiles(dir), { ...options, label });
}
