/**
 * Publishes an edition: `npm run editie -- <register|alle> [--datum JJJJ-MM-DD] [--kwartaal-loopt-nog]`.
 * Says per register what changed since its last edition and how many members confirmed. `alle`
 * publishes only registers with something new (a change, or a member's confirmation); a register
 * named on its own is published also without changes (the clerk reviewed it). An edition of a
 * register entered per quarter (gifts: `editions.waitsForQuarterEnd`) covers a quarter that has
 * ended: while the quarter after the last edition still runs, records may still come in, so it
 * waits unless --kwartaal-loopt-nog says otherwise. Every register of src/registers/ is named by
 * its slug.
 * Writes content/edities/<register>/<datum>.json with the register's records as they are now and
 * adds it to content/edities/manifest.json with its hash, chained to the previous edition. The
 * latest edition is the register's last update (a `bijgewerkt` in site.yaml is removed). Nothing is
 * written unless the content, with the new edition, passes every check of the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  appendToManifest,
  buildEditionRecords,
  serializeEdition,
  serializeManifest,
} from '../src/data/editions.ts';
import { loadContent, type ContentFile } from '../src/data/load.ts';
import { formatDateNl } from '../src/lib/dates.ts';
import { formatChangeCounts } from '../src/lib/edition-labels.ts';
import { countChanges, diffEditions } from '../src/lib/editions.ts';
import {
  editionFileName,
  getRegisterDefinition,
  REGISTER_DEFINITIONS,
  REGISTERS,
  registerFromSlug,
} from '../src/registers/index.ts';
import type { Manifest } from '../src/schemas/edition.ts';
import { REGISTER_KEYS, type RegisterKey } from '../src/schemas/site.ts';
import type { PersonRecord } from '../src/data/load.ts';
import type { RoundRegister } from '../src/data/confirmations.ts';
import { getCurrentRound } from '../src/lib/rounds.ts';
import { contentDir, getDutchWords, run, today, UsageError } from './lib/cli.ts';
import { contentLabel, editYaml, validateChanges, writeChanges } from './lib/content-writer.ts';

const USAGE = `Gebruik: npm run editie -- <${[...REGISTER_DEFINITIONS.map((d) => d.slug), 'alle'].join('|')}> [--datum JJJJ-MM-DD] [--kwartaal-loopt-nog] [--inhoud <map>]`;

/** The first day of the quarter `day` is in. */
function quarterStart(day: string): string {
  const month = Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1;
  return `${day.slice(0, 4)}-${String(month).padStart(2, '0')}-01`;
}

function dayBefore(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** The last day of the quarter `day` is in. */
function quarterEnd(day: string): string {
  const start = quarterStart(day);
  const month = Number(start.slice(5, 7)) + 3;
  return dayBefore(
    month > 12
      ? `${Number(start.slice(0, 4)) + 1}-01-01`
      : `${start.slice(0, 4)}-${String(month).padStart(2, '0')}-01`,
  );
}

/** Current members who confirmed their declaration in `register` after `since`. */
function countConfirmed(
  people: readonly PersonRecord[],
  register: RoundRegister,
  since: string,
  day: string,
): { confirmed: number; members: number } {
  const members = people.filter((p) =>
    p.rollen.some((r) => r.van <= day && (r.tot === undefined || r.tot >= day)),
  );
  const confirmed = members.filter((p) => {
    const declared = p[register];
    const dates = [
      p.bevestigd?.[register],
      ...(Array.isArray(declared)
        ? (declared as readonly { bevestigd?: string | undefined }[]).map((e) => e.bevestigd)
        : []),
    ];
    return dates.some((d) => d !== undefined && d > since && d <= day);
  });
  return { confirmed: confirmed.length, members: members.length };
}

await run(USAGE, () => {
  const { values, positionals } = parseArgs({
    options: {
      datum: { type: 'string' },
      inhoud: { type: 'string' },
      'kwartaal-loopt-nog': { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  const which = positionals[0];
  if (which === undefined)
    throw new UsageError(
      'Geef het register op, of "alle". (Name the register, or "alle" for all.)',
    );
  const registers: RegisterKey[] =
    which === 'alle'
      ? [...REGISTER_KEYS]
      : [
          registerFromSlug(which) ??
            ((REGISTER_KEYS as readonly string[]).find((k) => k === which) as RegisterKey),
        ].filter(Boolean);
  if (registers.length === 0)
    throw new UsageError(`Onbekend register "${which}". (Unknown register.)`);
  const dir = contentDir(values.inhoud);
  const datum = today(values.datum);
  const realToday = today(undefined);
  if (datum > realToday)
    throw new UsageError(
      `De datum ${datum} ligt in de toekomst; een editie wordt gepubliceerd op of na de dag zelf. (The date is in the future.)`,
    );
  const content = loadContent(dir, { today: realToday, label: contentLabel(dir) });
  const nl = getDutchWords(content.site);
  const manifestPath = path.join(dir, 'edities', 'manifest.json');
  let manifest: Manifest = existsSync(manifestPath)
    ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest)
    : { edities: [] };
  const changed: ContentFile[] = [];
  const report: string[] = [];
  let siteSource = readFileSync(path.join(dir, 'site.yaml'), 'utf8');
  const skipped: string[] = [];
  for (const register of registers) {
    const title = REGISTERS[register].title;
    const definition = getRegisterDefinition(register);
    const previous = (content.editions ?? [])
      .filter((e) => e.register === register)
      .sort((a, b) => a.datum.localeCompare(b.datum))
      .at(-1);
    if (previous && previous.datum >= datum)
      throw new UsageError(
        `${title}: er is al een editie van ${formatDateNl(previous.datum)}; een nieuwe editie komt daarna. (An edition of that date or later exists.)`,
      );
    const records = buildEditionRecords(content, register);
    const counts = countChanges(diffEditions(previous?.registraties ?? [], records));
    const changes = previous
      ? `${formatChangeCounts(counts, nl.editions)} sinds ${formatDateNl(previous.datum)}`
      : 'eerste editie';
    // Confirmations since the last edition (before the first one, those of the current round), in
    // a register members declare and confirm themselves.
    const since =
      previous?.datum ??
      dayBefore(getCurrentRound(content.site.registers[register].cadans, datum).start);
    const confirmation = definition.declaration
      ? countConfirmed(content.people, definition.declaration.field, since, datum)
      : undefined;
    const confirmed = confirmation
      ? `; ${confirmation.confirmed} van ${confirmation.members} leden bevestigden sinds ${formatDateNl(since)}`
      : '';
    // Records entered per quarter after it ends (gifts): the quarter after the last edition must be over.
    if (
      definition.editions.waitsForQuarterEnd &&
      previous &&
      previous.datum >= dayBefore(quarterStart(datum)) &&
      !values['kwartaal-loopt-nog']
    ) {
      const wait = `${title}: het kwartaal na de editie van ${formatDateNl(previous.datum)} loopt nog tot en met ${formatDateNl(quarterEnd(datum))}; registraties van dit kwartaal kunnen nog binnenkomen. Publiceer na afloop, of nu met --kwartaal-loopt-nog. (The quarter has not ended; publish after it, or now with --kwartaal-loopt-nog.)`;
      if (which !== 'alle') throw new UsageError(wait);
      skipped.push(`  ${wait}`);
      continue;
    }
    const nothingNew =
      previous !== undefined &&
      Object.values(counts).every((n) => n === 0) &&
      (confirmation === undefined || confirmation.confirmed === 0);
    if (nothingNew && which === 'alle') {
      skipped.push(
        `  ${title}: niets nieuw sinds ${formatDateNl(previous.datum)} (geen wijzigingen, geen bevestigingen); niet opnieuw gepubliceerd. (Nothing new; not published again.)`,
      );
      continue;
    }
    const edition = { register, datum, registraties: records };
    manifest = appendToManifest(manifest, edition);
    changed.push({
      path: `edities/${editionFileName(register, datum)}`,
      source: serializeEdition(edition),
    });
    siteSource = editYaml(siteSource, (site) => {
      const entry = (site['registers'] as Record<string, Record<string, unknown>> | undefined)?.[
        register
      ];
      if (entry) delete entry['bijgewerkt'];
    });
    report.push(
      `  ${title}: ${edition.registraties.length} registraties; ${changes}${confirmed}${nothingNew ? ' (gepubliceerd omdat u dit register noemde)' : ''}.`,
    );
  }
  if (report.length === 0) {
    console.log(`Geen editie gepubliceerd; er is niets nieuw (no edition published; nothing new):`);
    for (const line of skipped) console.log(line);
    return;
  }
  changed.push({ path: 'edities/manifest.json', source: serializeManifest(manifest) });
  changed.push({ path: 'site.yaml', source: siteSource });
  validateChanges(dir, changed, realToday);
  writeChanges(dir, changed);
  console.log(`Editie van ${formatDateNl(datum)} gepubliceerd (edition published):`);
  for (const line of report) console.log(line);
  if (skipped.length > 0) {
    console.log('Niet gepubliceerd (not published):');
    for (const line of skipped) console.log(line);
  }
  console.log(
    'Een gepubliceerde editie verandert niet meer; de build controleert dat. Bouw de site met: npm run build',
  );
});
