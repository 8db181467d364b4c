/**
 * Imports a returned spreadsheet (XLSX or CSV): `npm run import -- <bestand> [--schrijf]`.
 * Shows what would be published (every added and changed record with its values as the site will
 * show them, next to the sheet, row and column they came from), every problem and everything
 * left out, and writes the person files only with --schrijf, and only when there is no problem.
 * Importing a file again changes nothing. Never deletes.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Dictionary } from '../src/i18n/nl.ts';
import { formatFieldName, formatFieldValue } from '../src/lib/edition-labels.ts';
import { listChanges } from '../src/lib/editions.ts';
import { describeRecord, REGISTERS } from '../src/registers/index.ts';
import { contentDir, getDutchWords, run, today, UsageError } from './lib/cli.ts';
import { contentLabel, writeChanges } from './lib/content-writer.ts';
import { planImport, type ImportPlan, type RecordOrigin } from './lib/import-plan.ts';
import { describeImportRegisters, IMPORT_REGISTERS } from './lib/round-columns.ts';
import {
  formatPlace,
  readSpreadsheet,
  type ImportMessage,
  type SpreadsheetRead,
} from './lib/spreadsheet.ts';

const USAGE =
  'Gebruik: npm run import -- <bestand.xlsx|bestand.csv> [--schrijf] [--inhoud <map>] [--datum JJJJ-MM-DD]';

function message(m: ImportMessage): string {
  return `  - ${formatPlace(m)}: ${m.nl}\n    (${m.en})`;
}

function source(origin: RecordOrigin | undefined, field: string): string {
  const letters = origin?.fields[field] ?? [];
  return letters.length > 0 ? `  ← kolom ${letters.join(', ')}` : '';
}

/** The preview: per register every change with its values and where each came from, in `nl`, the words of the content's body. */
function printChanges(plan: ImportPlan, nl: Dictionary): void {
  for (const register of IMPORT_REGISTERS) {
    const changes = listChanges(plan.diffs[register]);
    if (changes.length === 0) continue;
    console.log(`\n${REGISTERS[register].title}`);
    for (const change of changes) {
      const origin = plan.origins.get(`${register}:${change.record.sleutel}`);
      const none = plan.endedByNone.find(
        (e) => e.register === register && e.key === change.record.sleutel,
      );
      console.log(
        `  ${nl.editions.changeKinds[change.kind].padEnd(11)} ${change.record.naam}: ${describeRecord(register, change.record.velden)} [${change.record.sleutel}]`,
      );
      if (origin)
        console.log(
          `              uit ${origin.sheet}, rij ${origin.row}${none ? ' (opgave "geen": het lid heeft niets meer te melden)' : ''}`,
        );
      if (change.kind === 'toegevoegd') {
        for (const [field, value] of Object.entries(change.record.velden))
          console.log(
            `              ${formatFieldName(field, nl.editions)}: ${formatFieldValue(field, value, nl, 'nl')}${source(origin, field)}`,
          );
      }
      for (const f of change.fields)
        console.log(
          `              ${formatFieldName(f.field, nl.editions)}: ${formatFieldValue(f.field, f.before, nl, 'nl')} → ${formatFieldValue(f.field, f.after, nl, 'nl')}${source(origin, f.field)}`,
        );
    }
  }
  for (const d of plan.declarations)
    console.log(
      `  Opgave     ${d.personId}, ${REGISTERS[d.register].title.toLowerCase()}: ${d.before} → ${d.after}`,
    );
}

function describeRead(read: SpreadsheetRead): string {
  return read.sheets
    .map(
      (s) =>
        `${s.name}: ${s.rows.length} ${s.rows.length === 1 ? 'rij' : 'rijen'} ${REGISTERS[s.register].title.toLowerCase()} (kolomkoppen op rij ${s.headerRow})`,
    )
    .join('; ');
}

await run(USAGE, async () => {
  const { values, positionals } = parseArgs({
    options: {
      schrijf: { type: 'boolean' },
      inhoud: { type: 'string' },
      datum: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const file = positionals[0];
  if (file === undefined)
    throw new UsageError('Geef het bestand op dat u wilt importeren. (Name the file to import.)');
  const dir = contentDir(values.inhoud);
  const day = today(values.datum);
  const read = await readSpreadsheet(path.resolve(file));
  if (read.sheets.length === 0 && read.errors.length === 0) {
    throw new UsageError(
      `${file}: geen blad met de kolommen van ${describeImportRegisters()} gevonden (no sheet with the columns of a register found); zie docs/griffie.md, "Kolommen van het spreadsheet"`,
    );
  }
  const plan = planImport(dir, read, day, contentLabel(dir));
  console.log(
    `${values.schrijf ? 'Import' : 'Voorbeeld van de import'} uit ${path.basename(file)}${read.sheets.length > 0 ? ` (${describeRead(read)})` : ''}:`,
  );
  if (plan.notices.length > 0) {
    console.log(
      `\nNiet ingelezen of niet gebruikt (${plan.notices.length}); controleer of dat klopt (not imported or not used; check):`,
    );
    for (const n of plan.notices) console.log(message(n));
  }
  if (plan.issues.length > 0) {
    console.error(
      `\nHet bestand heeft ${plan.issues.length} ${plan.issues.length === 1 ? 'probleem' : 'problemen'}; er is niets geschreven. Verbeter het bestand en lees het opnieuw in (the file has problems; nothing was written):`,
    );
    for (const issue of plan.issues) console.error(message(issue));
    process.exitCode = 1;
    return;
  }
  // Without problems the plan holds the content after the import, and with it its body's words.
  if (!plan.after) throw new Error('import: a plan without problems has the content after it');
  printChanges(plan, getDutchWords(plan.after.site));
  const count = (kind: 'added' | 'ended' | 'withdrawn' | 'changed'): number =>
    IMPORT_REGISTERS.reduce((sum, r) => sum + plan.diffs[r][kind].length, 0);
  const answered = IMPORT_REGISTERS.map(
    (r) => `${plan.answered[r].length} bij ${REGISTERS[r].title.toLowerCase()}`,
  ).join(', ');
  console.log(
    `\nSamenvatting: ${count('added')} toegevoegd, ${count('ended')} beëindigd, ${count('withdrawn')} ingetrokken, ${count('changed')} gewijzigd, ${plan.confirmed} bevestigd; leden die antwoordden: ${answered}; ${plan.changed.length} ${plan.changed.length === 1 ? 'persoonsbestand' : 'persoonsbestanden'}.`,
  );
  if (plan.changed.length === 0) {
    console.log(
      'Er verandert niets: dit bestand is al ingelezen, of het bevestigt alleen wat er al staat. (Nothing changes: the file was imported before, or confirms only what is there.)',
    );
    return;
  }
  if (!values.schrijf) {
    console.log(
      `\nEr is nog niets geschreven. Klopt alles hierboven, schrijf dan met: npm run import -- ${file} --schrijf`,
    );
    return;
  }
  writeChanges(dir, plan.changed);
  console.log(
    `\nGeschreven: ${plan.changed.map((f) => `${contentLabel(dir)}/${f.path}`).join(', ')}. Zijn alle antwoorden binnen, publiceer dan de ronde met: npm run editie -- alle`,
  );
});
