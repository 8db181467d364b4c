/**
 * What one register is. Every register is one module in this folder that fills in this interface
 * once; the rest of the code iterates over the list in `index.ts`, so a register added to
 * REGISTER_KEYS without a part, or a part left out of a register, is a type error.
 */
import type { z } from 'astro/zod';
import type {
  Declaration,
  InterestView,
  Portal,
  PersonView,
  SidePositionView,
} from '../data/portal.ts';
import type { GiftRecord, OfficialRecord, PersonRecord } from '../schemas/records.ts';
import type { JsonValue } from '../lib/editions.ts';
import type { SearchRecord, SearchWords } from '../data/search.ts';
import type { RegisterIndexName } from '../lib/search-options.ts';
import type { Cell } from '../lib/open-data/csv.ts';
import type { EditionRecord } from '../schemas/edition.ts';
import type { Cadence, RegisterKey } from '../schemas/site.ts';
import type { BodyDefinition } from '../bodies/index.ts';
import type { Locale } from '../lib/locales.ts';

/** The texts of a register that differ per language. */
export interface RegisterTexts {
  /** Its name, the same for every kind of body. */
  title: string;
  /** One sentence for the home page. */
  summary: string;
  /** Legal basis, as a citizen would look it up. */
  basis: string;
  /** Who declares. */
  who: string;
}

/** The texts of a register that name the body's offices, organs or law (all but the title). */
export type RegisterBodyTexts = Omit<RegisterTexts, 'title'>;

/** The parts of the content a register's records are built from. */
export interface RegisterContent {
  people: readonly PersonRecord[];
  gifts: readonly GiftRecord[];
  officials: readonly OfficialRecord[];
}

/** What the edition checks know when a record has disappeared, to name the file it was in. */
export interface RecordFileContext extends RegisterContent {
  /** How messages name the content folder (`content`). */
  label: string;
  /** The gift files in the content. */
  giftFiles: readonly string[];
}

/** A row of an open-data file as the writers see it. */
export type Row = Readonly<Record<string, Cell>>;

/** A register's open-data files (`/data/<slug>.csv`, `.xlsx`, `.json`, `-excel.csv`). */
export interface RegisterDataset {
  /** One or two sentences in plain Dutch, in the body's words. */
  description(body: BodyDefinition): string;
  /** What one row is, e.g. "één nevenfunctie". */
  rowLabel: string;
  /** The row schema, its column descriptions in the body's words. */
  schema(body: BodyDefinition): z.ZodType;
  /** Columns holding amounts in euros. */
  amountColumns: readonly string[];
  buildRows(portal: Portal, site: URL | string): Row[];
}

/** How a register's records appear in editions (content/edities/) and the change pages. */
export interface RegisterEditions {
  /**
   * The fields an edition publishes and compares: the substance of each entry. Left out on
   * purpose: the id (it is the key), `bevestigd` and `bron` (they change every round without the
   * entry changing).
   */
  fields: readonly string[];
  /** The records as an edition would publish them now (any order; the caller sorts). */
  buildRecords(content: RegisterContent): EditionRecord[];
  /** What a record is, in a few words: "Voorzitter, Stichting X". */
  describe(velden: Readonly<Record<string, JsonValue>>): string;
  /** The permalink of a record on the page that shows it. */
  recordPath(record: Pick<EditionRecord, 'sleutel' | 'persoon'>): string;
  /** The content file a record lives (or lived) in, for messages. */
  recordFile(record: EditionRecord, context: RecordFileContext): string;
  /** What an editor can do instead of deleting a record, in terms of the fields the register has. */
  keepAdvice: { nl: string; en: string };
  /**
   * True when records are entered per quarter once it has ended (gifts): `npm run editie` then
   * waits until the quarter after the previous edition is over, unless told to publish anyway.
   */
  waitsForQuarterEnd: boolean;
}

/** A register that members declare in their own file and confirm in the update round. */
export interface PersonDeclaration {
  /** The field of the person file that holds the declaration. */
  field: 'nevenfuncties' | 'financieleBelangen';
  /** The prefix of an entry's anchor on the person page (`#nevenfunctie-<id>`). */
  anchor: string;
  /** The fields that identify an entry when a spreadsheet row is matched to it. */
  identity: readonly string[];
  /** The text an entry's id is made from, when a new entry is imported. */
  idText(fields: Readonly<Record<string, unknown>>): string;
  /** The schema of one entry: the import reads from it which fields a new entry needs and the fixed choices. */
  entrySchema: z.ZodType;
  /**
   * The register's own columns of the round's spreadsheet (`npm run ronde`, `npm run import`), in
   * the order of the sheet; the columns every declared register has are in scripts/lib/round-columns.ts.
   */
  columns: readonly ImportColumn[];
  /** The member's declaration as the query layer resolved it (`npm run ronde` lists its entries). */
  resolved(person: PersonView): Declaration<SidePositionView> | Declaration<InterestView>;
}

/** How a spreadsheet cell is read; `partialDate`: a date cell, or a month or year as text ("maart 2015", "2015"). */
export type ColumnKind =
  'text' | 'date' | 'partialDate' | 'amount' | 'number' | 'boolean' | 'choice';

/** A column of the round's spreadsheet: the clerk's heading, how a cell is read, what it fills. */
export interface ImportColumn {
  /** The technical name: the key the import works with, and an accepted heading. */
  key: string;
  /** The Dutch heading `npm run ronde` writes. */
  heading: string;
  /** Other headings read as this column. */
  aliases?: readonly string[];
  kind: ColumnKind;
  /** The entry field the cell fills; none for a column about the row as a whole. */
  field?: string;
  /** For a field that is an object filled from two columns: the key within it (`vergoeding.per`). */
  part?: string;
  /** On the first column of such a field: what to say when only one of its two cells is filled. */
  incomplete?: { nl: string; en: string };
  /** For `choice` without a field: the values allowed. A field's choices are read from the schema. */
  choices?: readonly string[];
  /** One or two sentences for the "Toelichting" sheet. */
  explain: string;
  width: number;
}

/** One register: everything the site, the downloads, the editions and the tools know of it. */
export interface RegisterDefinition<K extends RegisterKey = RegisterKey> {
  key: K;
  /**
   * The register's name in paths and files: its page `/registers/<slug>/`, its downloads
   * `/data/<slug>.csv`, its editions `content/edities/<slug>/` and `/wijzigingen/<slug>/`.
   */
  slug: string;
  /** Its name, the same for every kind of body ("Nevenfuncties"). */
  title: Record<Locale, string>;
  /** Its other texts, in the words and law of a kind of body (src/bodies/). */
  texts(body: BodyDefinition): Record<Locale, RegisterBodyTexts>;
  editions: RegisterEditions;
  dataset: RegisterDataset;
  /** How many records the register holds, for the home page (counted as its label in the dictionaries says). */
  count(portal: Portal): number;
  /** When the next update is due after the one on `lastUpdate`, at the cadence site.yaml sets. */
  nextDue(lastUpdate: string, cadence: Cadence): string;
  /**
   * Its own search index and the records in it, one per entry, in the index's words (the Dutch
   * dictionary's); undefined when the pages index finds its records (on person pages, or as
   * officials' functions).
   */
  search:
    | {
        index: RegisterIndexName;
        records(portal: Portal, words: SearchWords): Iterable<SearchRecord>;
      }
    | undefined;
  /** Set for a register members declare in their own file and confirm in the update round. */
  declaration: PersonDeclaration | undefined;
}
