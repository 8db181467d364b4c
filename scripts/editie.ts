/**
 * Publishes an edition: `npm run editie -- <register|alle> [--datum JJJJ-MM-DD]`.
 * Writes content/edities/<register>/<datum>.json with the register's records as they are now and
 * adds it to content/edities/manifest.json with its hash, chained to the previous edition. The
 * latest edition is the register's last update (a `bijgewerkt` in site.yaml is removed). Nothing is
 * written unless the content, with the new edition, passes every check of the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { appendToManifest, buildEditionRecords, serializeEdition, serializeManifest } from '../src/data/editions.ts';
import { loadContent, type ContentFile } from '../src/data/load.ts';
import { formatDateNl } from '../src/lib/dates.ts';
import { editionFileName, formatChangeCounts, registerFromSlug } from '../src/lib/edition-labels.ts';
import { countChanges, diffEditions } from '../src/lib/editions.ts';
import { REGISTER_DOWNLOADS, REGISTERS } from '../src/lib/registers.ts';
import type { Manifest } from '../src/schemas/edition.ts';
import { REGISTER_KEYS, type RegisterKey } from '../src/schemas/site.ts';
import { contentDir, run, today, UsageError } from './lib/cli.ts';
import { contentLabel, editYaml, validateChanges, writeChanges } from './lib/content-writer.ts';

const USAGE = `Gebruik: npm run editie -- <${[...Object.values(REGISTER_DOWNLOADS), 'alle'].join('|')}> [--datum JJJJ-MM-DD] [--inhoud <map>]`;

await run(USAGE, () => {
  const { values, positionals } = parseArgs({ options: { datum: { type: 'string' }, inhoud: { type: 'string' } }, allowPositionals: true, strict: true });
  const which = positionals[0];
  if (which === undefined) throw new UsageError('Geef het register op, of "alle". (Name the register, or "alle" for all.)');
  const registers: RegisterKey[] = which === 'alle' ? [...REGISTER_KEYS] : [registerFromSlug(which) ?? (REGISTER_KEYS as readonly string[]).find((k) => k === which) as RegisterKey].filter(Boolean);
  if (registers.length === 0) throw new UsageError(`Onbekend register "${which}". (Unknown register.)`);
  const dir = contentDir(values.inhoud);
  const datum = today(values.datum);
  const realToday = today(undefined);
  if (datum > realToday) throw new UsageError(`De datum ${datum} ligt in de toekomst; een editie wordt gepubliceerd op of na de dag zelf. (The date is in the future.)`);
  const content = loadContent(dir, { today: realToday, label: contentLabel(dir) });
  const manifestPath = path.join(dir, 'edities', 'manifest.json');
  let manifest: Manifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest) : { edities: [] };
  const changed: ContentFile[] = [];
  const report: string[] = [];
  let siteSource = readFileSync(path.join(dir, 'site.yaml'), 'utf8');
  for (const register of registers) {
    const previous = (content.editions ?? []).filter((e) => e.register === register).sort((a, b) => a.datum.localeCompare(b.datum)).at(-1);
    if (previous && previous.datum >= datum) throw new UsageError(`${REGISTERS[register].title}: er is al een editie van ${formatDateNl(previous.datum)}; een nieuwe editie komt daarna. (An edition of that date or later exists.)`);
    const edition = { register, datum, registraties: buildEditionRecords(content, register) };
    manifest = appendToManifest(manifest, edition);
    changed.push({ path: `edities/${editionFileName(register, datum)}`, source: serializeEdition(edition) });
    siteSource = editYaml(siteSource, (site) => {
      const entry = (site['registers'] as Record<string, Record<string, unknown>> | undefined)?.[register];
      if (entry) delete entry['bijgewerkt'];
    });
    const counts = countChanges(diffEditions(previous?.registraties ?? [], edition.registraties));
    report.push(`  ${REGISTERS[register].title}: ${edition.registraties.length} registraties; ${previous ? `${formatChangeCounts(counts)} sinds ${formatDateNl(previous.datum)}` : 'eerste editie'}.`);
  }
  changed.push({ path: 'edities/manifest.json', source: serializeManifest(manifest) });
  changed.push({ path: 'site.yaml', source: siteSource });
  validateChanges(dir, changed, realToday);
  writeChanges(dir, changed);
  console.log(`Editie van ${formatDateNl(datum)} gepubliceerd (edition published):`);
  for (const line of report) console.log(line);
  console.log('Een gepubliceerde editie verandert niet meer; de build controleert dat. Bouw de site met: npm run build');
});
