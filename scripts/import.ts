/**
 * Imports the griffie's spreadsheet (XLSX or CSV): `npm run import -- <bestand> [--schrijf]`.
 * Shows what would change (added, ended, withdrawn, changed field by field, confirmed) and writes
 * the person files only with --schrijf, and only when the result is valid content. Never deletes.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeRecord, CHANGE_KIND_LABELS, formatFieldName, formatFieldValue } from '../src/lib/edition-labels.ts';
import { listChanges } from '../src/lib/editions.ts';
import { REGISTERS } from '../src/lib/registers.ts';
import { contentDir, run, today, UsageError } from './lib/cli.ts';
import { contentLabel, writeChanges } from './lib/content-writer.ts';
import { planImport } from './lib/import-plan.ts';
import { readSpreadsheet } from './lib/spreadsheet.ts';

const USAGE = 'Gebruik: npm run import -- <bestand.xlsx|bestand.csv> [--schrijf] [--inhoud <map>] [--datum JJJJ-MM-DD]';

await run(USAGE, async () => {
  const { values, positionals } = parseArgs({ options: { schrijf: { type: 'boolean' }, inhoud: { type: 'string' }, datum: { type: 'string' } }, allowPositionals: true, strict: true });
  const file = positionals[0];
  if (file === undefined) throw new UsageError('Geef het bestand op dat u wilt importeren. (Name the file to import.)');
  const dir = contentDir(values.inhoud);
  const day = today(values.datum);
  const sheets = await readSpreadsheet(path.resolve(file));
  if (sheets.length === 0) throw new UsageError(`${file}: geen blad met de kolommen van nevenfuncties of financiële belangen gevonden (no sheet with the columns of a register found); zie de README`);
  const plan = planImport(dir, sheets, day, contentLabel(dir));
  if (plan.issues.length > 0) {
    console.error(`Het bestand heeft ${plan.issues.length} ${plan.issues.length === 1 ? 'probleem' : 'problemen'}; er is niets geschreven (the file has problems; nothing was written):`);
    for (const issue of plan.issues) console.error(`  - ${issue.sheet}, rij ${issue.row}, kolom ${issue.column}: ${issue.nl}\n    (${issue.en})`);
    process.exitCode = 1;
    return;
  }
  console.log(`${values.schrijf ? 'Import' : 'Voorbeeld van de import'} uit ${path.basename(file)} (${sheets.map((s) => `${s.rows.length} rijen ${REGISTERS[s.register].title.toLowerCase()}`).join(', ')}):`);
  for (const register of ['nevenfuncties', 'financieleBelangen'] as const) {
    const changes = listChanges(plan.diffs[register]);
    if (changes.length === 0) continue;
    console.log(`\n${REGISTERS[register].title}`);
    for (const change of changes) {
      console.log(`  ${CHANGE_KIND_LABELS[change.kind].padEnd(11)} ${change.record.naam}: ${describeRecord(register, change.record.velden)} [${change.record.sleutel}]`);
      for (const f of change.fields) console.log(`              ${formatFieldName(f.field)}: ${formatFieldValue(f.field, f.before)} → ${formatFieldValue(f.field, f.after)}`);
    }
  }
  for (const d of plan.declarations) console.log(`  Opgave     ${d.personId}, ${REGISTERS[d.register].title.toLowerCase()}: ${d.before} → ${d.after}`);
  const count = (kind: 'added' | 'ended' | 'withdrawn' | 'changed'): number => plan.diffs.nevenfuncties[kind].length + plan.diffs.financieleBelangen[kind].length;
  console.log(`\nSamenvatting: ${count('added')} toegevoegd, ${count('ended')} beëindigd, ${count('withdrawn')} ingetrokken, ${count('changed')} gewijzigd, ${plan.confirmed} bevestigd; ${plan.changed.length} ${plan.changed.length === 1 ? 'persoonsbestand' : 'persoonsbestanden'}.`);
  if (plan.notInFile.length > 0) console.log(`${plan.notInFile.length} registraties van deze personen staan niet in het bestand; die blijven ongewijzigd (niets wordt verwijderd): ${plan.notInFile.slice(0, 8).map((r) => r.key).join(', ')}${plan.notInFile.length > 8 ? ', …' : ''}`);
  if (!values.schrijf) {
    console.log(`\nEr is nog niets geschreven. Schrijf de wijzigingen met: npm run import -- ${file} --schrijf`);
    return;
  }
  writeChanges(dir, plan.changed);
  console.log(`\nGeschreven: ${plan.changed.map((f) => `${contentLabel(dir)}/${f.path}`).join(', ') || 'niets (geen wijzigingen)'}. Publiceer de ronde met: npm run editie -- alle`);
});
