/**
 * The columns of the round's spreadsheet, in one place: the Dutch heading `npm run ronde` writes,
 * the technical names the import also accepts (the open-data columns), how a cell is read, the
 * fixed choices (taken from the schemas, so a new payment kind reaches the drop-downs by itself)
 * and the explanation on the "Toelichting" sheet.
 */
import { InterestNatureSchema } from '../../src/schemas/financial-interest.ts';
import { PaymentSchema, RemunerationSchema, TimeSpentSchema } from '../../src/schemas/side-position.ts';

/** The registers the import handles: the ones members declare per person. */
export type ImportRegister = 'nevenfuncties' | 'financieleBelangen';

/** How a cell of a column is read. */
/** `partialDate`: a date cell, or a month or year as text ("maart 2015", "2015"), as precise as the member knows. */
export type ColumnKind = 'text' | 'date' | 'partialDate' | 'amount' | 'number' | 'boolean' | 'choice';

export interface ColumnDef {
  /** The technical name: the key the import works with, and an accepted heading. */
  key: string;
  /** The Dutch heading `npm run ronde` writes. */
  heading: string;
  /** Other headings read as this column. */
  aliases?: readonly string[];
  kind: ColumnKind;
  /** For `choice`: the values allowed (a drop-down in the sheet). */
  choices?: readonly string[];
  /** One or two sentences for the "Toelichting" sheet. */
  explain: string;
  width: number;
}

/** "ingevuld" is the import's word for "this row is an entry"; the schema knows only geen/niet-opgegeven. */
export const DECLARATION_CHOICES = ['ingevuld', 'geen', 'niet-opgegeven'] as const;
export type DeclarationChoice = (typeof DECLARATION_CHOICES)[number];

const PERSON_COLUMNS: readonly ColumnDef[] = [
  { key: 'persoonId', heading: 'Persoon-id', aliases: ['persoon'], kind: 'text', explain: 'De naam van het persoonsbestand (content/people/<persoon-id>.md). Laat staan; voor een nieuwe regel mag u in plaats daarvan alleen de naam invullen.', width: 24 },
  { key: 'naam', heading: 'Naam', aliases: ['lid', 'naam lid'], kind: 'text', explain: 'De naam van het lid. Wordt gebruikt als het persoon-id leeg is: "Jan van den Berg", "J. van den Berg" en "Berg, J. van den" worden alle herkend.', width: 28 },
  { key: 'opgave', heading: 'Opgave', kind: 'choice', choices: DECLARATION_CHOICES, explain: '"ingevuld" voor een registratie; "geen" als het lid niets (meer) te melden heeft: lopende registraties eindigen dan op de einddatum van die rij; "niet-opgegeven" als het lid niets heeft opgegeven.', width: 14 },
  { key: 'id', heading: 'Registratie-id', aliases: ['registratie'], kind: 'text', explain: 'Het vaste kenmerk van een registratie. Niet wijzigen. Leeg voor een nieuwe registratie: het kenmerk wordt dan gemaakt.', width: 28 },
];

const RECORD_END_COLUMNS: readonly ColumnDef[] = [
  { key: 'van', heading: 'Begindatum', aliases: ['vanaf', 'sinds', 'datum begin'], kind: 'partialDate', explain: 'De eerste dag, als datum (1-10-2026); is alleen de maand of het jaar bekend, schrijf dan "maart 2015" of "2015".', width: 13 },
  { key: 'tot', heading: 'Einddatum', aliases: ['tot en met', 'datum einde'], kind: 'partialDate', explain: 'De laatste dag (of alleen de maand of het jaar, zoals bij de begindatum). Vul alleen in als de registratie is beëindigd; ze blijft dan met die datum zichtbaar.', width: 13 },
  { key: 'bevestigd', heading: 'Bevestigd op', aliases: ['datum bevestigd', 'bevestiging'], kind: 'date', explain: 'De dag waarop het lid deze regel heeft bevestigd of opgegeven. Zonder datum telt de regel niet als antwoord in deze ronde.', width: 13 },
  { key: 'bron', heading: 'Bron (link)', aliases: ['link'], kind: 'text', explain: 'Een link naar de ondertekende opgave, als die openbaar is (https://…).', width: 20 },
  { key: 'reactie', heading: 'Reactie van het lid', aliases: ['reactie lid'], kind: 'text', explain: 'Een korte reactie van het lid; die staat op de site naast de registratie.', width: 30 },
  { key: 'ingetrokkenDatum', heading: 'Ingetrokken op', aliases: ['datum ingetrokken'], kind: 'date', explain: 'Alleen bij een registratie die ten onrechte is opgegeven: de datum van intrekking, samen met de reden.', width: 13 },
  { key: 'ingetrokkenReden', heading: 'Reden intrekking', aliases: ['reden ingetrokken'], kind: 'text', explain: 'Waarom de registratie is ingetrokken, in een zin die iedereen mag lezen.', width: 30 },
];

/** The columns of each register's sheet, in the order `npm run ronde` writes them. */
export const ROUND_COLUMNS: Record<ImportRegister, readonly ColumnDef[]> = {
  nevenfuncties: [
    ...PERSON_COLUMNS,
    { key: 'organisatie', heading: 'Organisatie', kind: 'text', explain: 'Waar de nevenfunctie wordt vervuld.', width: 30 },
    { key: 'functie', heading: 'Functie', kind: 'text', explain: 'De functie zelf, zoals "Voorzitter raad van toezicht".', width: 30 },
    { key: 'bezoldiging', heading: 'Bezoldiging', kind: 'choice', choices: PaymentSchema.options, explain: 'Bezoldigd, onbezoldigd of alleen een onkostenvergoeding (Provinciewet: altijd vermelden).', width: 18 },
    { key: 'vergoedingBedrag', heading: 'Bedrag vergoeding', aliases: ['vergoeding', 'bedrag'], kind: 'amount', explain: "Het bedrag in euro's, als getal (1200 of 1200,50). Niet bij een onbezoldigde functie.", width: 14 },
    { key: 'vergoedingPer', heading: 'Vergoeding per', kind: 'choice', choices: RemunerationSchema.shape.per.options, explain: 'Waarover het bedrag gaat.', width: 14 },
    { key: 'qq', heading: 'Uit hoofde van het ambt (qq)', aliases: ['qualitate qua', 'uit hoofde van ambt'], kind: 'boolean', explain: '"ja" als de functie bij het ambt hoort (bijvoorbeeld als gedeputeerde), anders "nee".', width: 12 },
    { key: 'tijdsbestedingUren', heading: 'Uren', aliases: ['tijdsbesteding'], kind: 'number', explain: 'De tijd die de functie kost, in uren.', width: 8 },
    { key: 'tijdsbestedingPer', heading: 'Uren per', kind: 'choice', choices: TimeSpentSchema.shape.per.options, explain: 'Waarover de uren gaan.', width: 10 },
    ...RECORD_END_COLUMNS,
  ],
  financieleBelangen: [
    ...PERSON_COLUMNS,
    { key: 'omschrijving', heading: 'Omschrijving', kind: 'text', explain: 'Wat het belang is, in de woorden van het lid.', width: 34 },
    { key: 'aard', heading: 'Aard', kind: 'choice', choices: InterestNatureSchema.options, explain: 'Aandelen, onroerend goed, een eigen onderneming …', width: 18 },
    { key: 'organisatie', heading: 'Organisatie', kind: 'text', explain: 'De organisatie waar het belang over gaat, als die er is.', width: 30 },
    { key: 'sector', heading: 'Sector', kind: 'text', explain: 'De sector, zoals "energie" of "landbouw".', width: 18 },
    ...RECORD_END_COLUMNS,
  ],
};

/** The sheet names `npm run ronde` gives; the import finds a register by its columns, not by name. */
export const SHEET_NAMES: Record<ImportRegister, string> = { nevenfuncties: 'Nevenfuncties', financieleBelangen: 'Financiële belangen' };

/** Headings compared without case, spaces, punctuation or accents: "Persoon ID" is `persoonId`. */
export function normaliseHeading(heading: string): string {
  return heading.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Columns the clerk adds for their own notes; read by nobody, reported as not imported. */
export const NOTE_PREFIXES = ['notitie', 'notities', 'opmerking', 'aantekening'] as const;

export function isNoteHeading(heading: string): boolean {
  const n = normaliseHeading(heading);
  return NOTE_PREFIXES.some((p) => n.startsWith(p));
}

function namesOf(column: ColumnDef): string[] {
  return [column.key, column.heading, ...(column.aliases ?? [])].map(normaliseHeading);
}

const ALL_COLUMNS = [...ROUND_COLUMNS.nevenfuncties, ...ROUND_COLUMNS.financieleBelangen];
const BY_NAME = new Map<string, ColumnDef>(ALL_COLUMNS.flatMap((c) => namesOf(c).map((n) => [n, c] as const)));

/** The column a heading names (any register), or undefined. */
export function findColumn(heading: string): ColumnDef | undefined {
  return BY_NAME.get(normaliseHeading(heading));
}

/** The definition of a column of a register. */
export function getColumn(register: ImportRegister, key: string): ColumnDef | undefined {
  return ROUND_COLUMNS[register].find((c) => c.key === key);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known column whose heading is closest to `heading`, for "did you mean". */
export function suggestColumn(register: ImportRegister | undefined, heading: string): ColumnDef | undefined {
  const n = normaliseHeading(heading);
  let best: { column: ColumnDef; distance: number } | undefined;
  for (const column of register ? ROUND_COLUMNS[register] : ALL_COLUMNS) {
    for (const name of namesOf(column)) {
      const distance = name.startsWith(n) || n.startsWith(name) ? Math.abs(name.length - n.length) / 2 : editDistance(n, name);
      if (!best || distance < best.distance) best = { column, distance };
    }
  }
  return best && best.distance <= Math.max(3, n.length / 2) ? best.column : undefined;
}

/** Excel's column letters: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
