/**
 * Starts an update round: `npm run ronde -- [--uit <map>] [--datum JJJJ-MM-DD]`.
 * Writes, into ronde/<start of the round>/ (or --uit):
 * - per current member <persoon-id>.md: their current declarations to confirm or correct, ready to mail;
 * - checklist.md and checklist.csv: every member and whether they confirmed in this round;
 * - opgaven.xlsx, nevenfuncties.csv and financiele-belangen.csv: the declarations in the import's
 *   columns, to correct and confirm (column "bevestigd") and read back with `npm run import`.
 * Reads content only; changes nothing in it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { buildConfirmations, ROUND_REGISTERS, type Confirmation } from '../src/data/confirmations.ts';
import { loadContent } from '../src/data/load.ts';
import { buildPortal, type InterestView, type PersonView, type SidePositionView } from '../src/data/portal.ts';
import { formatDateNl } from '../src/lib/dates.ts';
import { compareDutchNames } from '../src/lib/dutch-names.ts';
import { formatEuro } from '../src/lib/format.ts';
import { DECLARATION_LABELS, INTEREST_NATURE_LABELS, OFFICE_LABELS, PAYMENT_LABELS, PER_LABELS } from '../src/lib/labels.ts';
import { REGISTERS } from '../src/lib/registers.ts';
import { CONFIRMATION_LABELS, getCurrentRound } from '../src/lib/rounds.ts';
import { contentDir, run, today } from './lib/cli.ts';
import { contentLabel } from './lib/content-writer.ts';
import { IMPORT_COLUMNS } from './lib/spreadsheet.ts';

const USAGE = 'Gebruik: npm run ronde -- [--uit <map>] [--datum JJJJ-MM-DD] [--inhoud <map>]';

function positionLine(p: SidePositionView): string {
  const pay = `${PAYMENT_LABELS[p.bezoldiging].toLowerCase()}${p.vergoeding ? `, ${formatEuro(p.vergoeding.bedrag)} ${PER_LABELS[p.vergoeding.per]}` : ''}`;
  const period = p.van ? `, sinds ${formatDateNl(p.van)}` : '';
  return `- **${p.functie}**, ${p.organisatie} (${pay}${p.qq ? ', q.q.' : ''}${period}) — id \`${p.id}\`${p.bevestigd ? `, laatst bevestigd ${formatDateNl(p.bevestigd)}` : ''}`;
}

function interestLine(i: InterestView): string {
  return `- **${i.omschrijving}** (${INTEREST_NATURE_LABELS[i.aard].toLowerCase()}${i.organisatie ? `, ${i.organisatie}` : ''}${i.van ? `, sinds ${formatDateNl(i.van)}` : ''}) — id \`${i.id}\`${i.bevestigd ? `, laatst bevestigd ${formatDateNl(i.bevestigd)}` : ''}`;
}

function declarationBlock(title: string, status: PersonView['sidePositions']['status'], lines: string[], confirmation: Confirmation): string[] {
  const last = confirmation.lastConfirmed ? `Laatst bevestigd op ${formatDateNl(confirmation.lastConfirmed)}.` : 'Nog nooit bevestigd.';
  if (status !== 'ingevuld') return [`## ${title}`, '', `Uw opgave: ${DECLARATION_LABELS[status].toLowerCase()}. ${last}`, ''];
  return [`## ${title}`, '', last, '', ...(lines.length > 0 ? lines : ['Geen lopende registraties.']), ''];
}

/** The summary one member receives. */
function memberLetter(person: PersonView, confirmations: Record<'nevenfuncties' | 'financieleBelangen', Confirmation>, provincie: string, deadline: string, contact: string): string {
  const positions = person.sidePositions.entries.filter((p) => !p.ended);
  const interests = person.interests.entries.filter((i) => !i.ended);
  return [
    `# Opgave nevenfuncties en financiële belangen: ${person.fullName}`,
    '',
    `${OFFICE_LABELS[person.latestRole.functie]}${person.latestRole.fractieInfo ? `, ${person.latestRole.fractieInfo.naam}` : ''}. Provincie ${provincie}.`,
    '',
    `Hieronder staat wat nu in de openbare registers staat. Wilt u uiterlijk **${formatDateNl(deadline)}** aan de griffie (${contact}) laten weten:`,
    '',
    '1. dat alles klopt (dan noteren wij de datum van uw bevestiging), of',
    '2. wat er moet veranderen: een nieuwe functie of belang, een functie die is beëindigd (met de einddatum), of een wijziging (zoals de bezoldiging of het bedrag).',
    '',
    'Beëindigde functies blijven met hun einddatum zichtbaar; niets wordt zonder reden verwijderd. U mag bij elke registratie een korte reactie geven; die staat op de site naast de registratie.',
    '',
    ...declarationBlock('Nevenfuncties', person.sidePositions.status, positions.map(positionLine), confirmations.nevenfuncties),
    ...declarationBlock('Financiële belangen', person.interests.status, interests.map(interestLine), confirmations.financieleBelangen),
  ].join('\n');
}

function opgaveRows(people: readonly PersonView[], register: 'nevenfuncties' | 'financieleBelangen'): Record<string, string | number | boolean | null>[] {
  const rows: Record<string, string | number | boolean | null>[] = [];
  for (const person of people) {
    const declaration = register === 'nevenfuncties' ? person.sidePositions : person.interests;
    const base = { persoonId: person.id, naam: person.fullName };
    if (declaration.status !== 'ingevuld') {
      rows.push({ ...base, opgave: declaration.status });
      continue;
    }
    for (const entry of declaration.entries) {
      if (entry.ended) continue;
      if (register === 'nevenfuncties') {
        const p = entry as SidePositionView;
        rows.push({ ...base, opgave: 'ingevuld', id: p.id, organisatie: p.organisatie, functie: p.functie, bezoldiging: p.bezoldiging, vergoedingBedrag: p.vergoeding?.bedrag ?? null, vergoedingPer: p.vergoeding?.per ?? null, qq: p.qq ? 'ja' : 'nee', tijdsbestedingUren: p.tijdsbesteding?.uren ?? null, tijdsbestedingPer: p.tijdsbesteding?.per ?? null, van: p.van ?? null, tot: p.tot ?? null, bevestigd: null, bron: p.bron ?? null, reactie: p.reactie ?? null });
      } else {
        const i = entry as InterestView;
        rows.push({ ...base, opgave: 'ingevuld', id: i.id, omschrijving: i.omschrijving, aard: i.aard, organisatie: i.organisatie ?? null, sector: i.sector ?? null, van: i.van ?? null, tot: i.tot ?? null, bevestigd: null, bron: i.bron ?? null, reactie: i.reactie ?? null });
      }
    }
  }
  return rows;
}

await run(USAGE, async () => {
  const { values } = parseArgs({ options: { uit: { type: 'string' }, datum: { type: 'string' }, inhoud: { type: 'string' } }, strict: true });
  const dir = contentDir(values.inhoud);
  const day = today(values.datum);
  const content = loadContent(dir, { today: day, label: contentLabel(dir) });
  const portal = buildPortal(content, day);
  const round = getCurrentRound(content.site.registers.nevenfuncties.cadans, day);
  const out = path.resolve(values.uit ?? path.join('ronde', round.start));
  mkdirSync(out, { recursive: true });
  const members = portal.people.filter((p) => p.current).sort((a, b) => compareDutchNames(a.name, b.name));
  const checklist = members.map((person) => ({ person, confirmations: buildConfirmations(person, content.site, day) }));

  for (const { person, confirmations } of checklist) {
    writeFileSync(path.join(out, `${person.id}.md`), `${memberLetter(person, confirmations, content.site.provincie, round.deadline, content.site.contact.email)}\n`);
  }
  const header = ['persoonId', 'naam', ...ROUND_REGISTERS.flatMap((r) => [`${r} status`, `${r} laatst bevestigd`])];
  const checklistRows = checklist.map(({ person, confirmations }) => [person.id, person.fullName, ...ROUND_REGISTERS.flatMap((r) => [CONFIRMATION_LABELS[confirmations[r].status], confirmations[r].lastConfirmed ?? ''])]);
  writeFileSync(path.join(out, 'checklist.csv'), stringify([header, ...checklistRows]));
  const open = checklist.filter(({ confirmations }) => ROUND_REGISTERS.some((r) => confirmations[r].status !== 'bevestigd'));
  writeFileSync(
    path.join(out, 'checklist.md'),
    [
      `# Checklist updateronde van ${formatDateNl(round.start)}`,
      '',
      `Bevestigen uiterlijk ${formatDateNl(round.deadline)}. ${checklist.length} huidige leden; ${open.length} nog niet (volledig) bevestigd.`,
      '',
      `| Naam | ${ROUND_REGISTERS.map((r) => REGISTERS[r].title).join(' | ')} |`,
      `| --- | ${ROUND_REGISTERS.map(() => '---').join(' | ')} |`,
      ...checklist.map(({ person, confirmations }) => `| ${person.sortName} | ${ROUND_REGISTERS.map((r) => `${CONFIRMATION_LABELS[confirmations[r].status]}${confirmations[r].lastConfirmed ? ` (${formatDateNl(confirmations[r].lastConfirmed ?? '')})` : ''}`).join(' | ')} |`),
      '',
    ].join('\n'),
  );

  const workbook = new ExcelJS.Workbook();
  workbook.creator = content.site.contact.naam;
  for (const register of ROUND_REGISTERS) {
    const columns = [...IMPORT_COLUMNS[register]];
    const rows = opgaveRows(members, register);
    writeFileSync(path.join(out, `${register === 'nevenfuncties' ? 'nevenfuncties' : 'financiele-belangen'}.csv`), stringify([columns, ...rows.map((r) => columns.map((c) => r[c] ?? ''))]));
    const sheet = workbook.addWorksheet(register === 'nevenfuncties' ? 'nevenfuncties' : 'financiele-belangen', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((c) => ({ header: c, key: c, width: c === 'naam' || c === 'organisatie' || c === 'functie' || c === 'omschrijving' ? 30 : 14 }));
    sheet.getRow(1).font = { bold: true };
    for (const row of rows) sheet.addRow(columns.map((c) => row[c] ?? null));
  }
  writeFileSync(path.join(out, 'opgaven.xlsx'), new Uint8Array(await workbook.xlsx.writeBuffer()));

  const rel = path.relative(process.cwd(), out) || '.';
  console.log(`Updateronde van ${formatDateNl(round.start)} gestart (round started); bevestigen uiterlijk ${formatDateNl(round.deadline)}.`);
  console.log(`  ${members.length} samenvattingen per lid:   ${rel}/<persoon-id>.md`);
  console.log(`  checklist:                      ${rel}/checklist.md en checklist.csv (${open.length} van ${members.length} nog niet bevestigd)`);
  console.log(`  opgaven om bij te werken:       ${rel}/opgaven.xlsx (of nevenfuncties.csv, financiele-belangen.csv)`);
  console.log('Vul per regel de kolom "bevestigd" in (en pas aan wat verandert), en lees het bestand in met: npm run import -- <bestand>');
});
