/**
 * What one kind of body is (issue #30): a province, a municipality or a water board. The same
 * registers bind all three, under the same duties in three different acts; what differs is the
 * words (Provinciale Staten / gemeenteraad / algemeen bestuur), the page addresses, the articles
 * cited and the open data's classification. Each kind is one module in this folder that fills in
 * this interface once; the site's kind is `soort` in site.yaml, so the rest of the code asks
 * `getBody(site)` and never tests a kind by name.
 */
import type { Locale } from '../lib/locales.ts';
import type { BodyKind, Office, OfficeRole } from '../schemas/body.ts';

/** One office (Statenlid, wethouder, dijkgraaf…) in one language. */
export interface OfficeWords {
  /** As a title in a sentence or a table cell: "Statenlid", "wethouder", "lid van het algemeen bestuur". */
  one: string;
  /** Plural: "Statenleden", "wethouders", "leden van het algemeen bestuur". */
  many: string;
  /** With a capital, for a heading or a list of offices: "Statenlid", "Wethouder". */
  title: string;
}

/** One organ (Provinciale Staten, the college, the algemeen bestuur) in one language. */
export interface OrganWords {
  /** Its name as a heading and in the navigation: "Provinciale Staten", "Gemeenteraad". */
  name: string;
  /** In a sentence, with its article where the language needs one: "Provinciale Staten", "de gemeenteraad". */
  inSentence: string;
  /** The short form in tables and filters: "PS", "Raad", "AB". */
  short: string;
}

/** Everything a kind of body calls by name, in one language. */
export interface BodyWords {
  /** The kind as a common noun: "provincie", "gemeente", "waterschap" / "province"… */
  kind: string;
  /** With its article, in a sentence: "de provincie", "het waterschap". */
  theKind: string;
  /** The official name from site.yaml's `naam` (and `benaming`): "Provincie Zilverland". */
  name: (naam: string, benaming?: string) => string;
  /** The representative body (PS, gemeenteraad, algemeen bestuur). */
  council: OrganWords;
  /** The executive (GS, college van B&W, dagelijks bestuur). */
  executive: OrganWords;
  /** The office of the chair as an organ of its own page: "Commissaris van de Koning". */
  chair: OrganWords;
  /** The offices, by the role they play. */
  offices: Record<OfficeRole, OfficeWords>;
  /** The clerk's office that keeps the registers: "de griffie", "het bestuurssecretariaat". */
  clerk: string;
  /** The most senior official, who receives officials' gifts: "de provinciesecretaris". */
  secretary: string;
}

/** A legal reference as the site cites it: "Provinciewet artikel 11" / "Provinces Act (Provinciewet) article 11". */
export type LawReference = Record<Locale, string>;

/** One kind of body: its words, its offices, its page addresses, its law and its open data. */
export interface BodyDefinition {
  kind: BodyKind;
  /** The content word of each office (`functie:` in a person file), by the role it plays. */
  offices: Record<OfficeRole, Office>;
  /** The path segment of each organ's page: `/provinciale-staten/`, `/gemeenteraad/`… */
  slugs: Record<OfficeRole, string>;
  /** The act that governs the body, e.g. "Provinciewet", and its id on wetten.overheid.nl. */
  act: { name: Record<Locale, string>; id: string };
  /**
   * Where the law puts each office's duty to publish side positions, and the duty to publish the
   * income from them (for full-time executives and the chair only; council members have no
   * income duty).
   */
  law: {
    sidePositions: Record<OfficeRole, LawReference>;
    sideIncome: Partial<Record<OfficeRole, LawReference>>;
    /** The code of conduct (gedragscode) that holds the gift rules. */
    codeOfConduct: LawReference;
  };
  /**
   * Whether an organ's full name takes the body's full name ("Algemeen bestuur van
   * Hoogheemraadschap Zilverwaard") rather than the bare name ("Provinciale Staten van Zilverland").
   */
  organOfFullName: boolean;
  /** Does the executive sit in the council too (a water board is monistic)? */
  monistic: boolean;
  /** The body's default thresholds for a new content folder. */
  defaults: { geschenkdrempel: number; schaaldrempel: number };
  /** Open data: the DCAT publisher type (EU vocabulary) of the body. */
  publisherType: 'RegionalAuthority' | 'LocalAuthority';
  words: Record<Locale, BodyWords>;
}
