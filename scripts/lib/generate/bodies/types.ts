/**
 * What the demo generator needs to know about one fictional body (issue #30): its name and
 * contact, its fracties and offices, its size, and the Dutch words and organisations its records
 * are made of. One definition per kind of body in this folder; the generator's parts read the
 * definition and never test a kind by name, so a province's words cannot leak into a
 * municipality's demo.
 */
import type { BodyKind } from '../../../../src/schemas/body.ts';
import type { FractieSpec, FunctionSpec, OrgKind } from '../../vocabulary.ts';

/** A position held by virtue of office (q.q.). */
export interface QqPosition {
  organisatie: string;
  functie: string;
}

/** A department (afdeling) of the body's civil service and its fixed scale 14+ functions. */
export interface Department {
  afdeling: string;
  functions: readonly (readonly [string, number])[];
  themes: readonly string[];
}

/** The demo of one kind of body. */
export interface DemoBody {
  kind: BodyKind;
  /** `naam` in site.yaml: the name without the kind word. */
  naam: string;
  /** `benaming` in site.yaml (a water board only). */
  benaming?: string;
  /** Who keeps the registers: `contact` in site.yaml. */
  contact: { naam: string; email: string };
  /** The fictional body's website, for links to source documents. */
  website: string;
  /** The folder of the executive's decisions on that website ("gs-besluiten", "collegebesluiten"). */
  decisionsFolder: string;
  /** The demo's number of people, current and former. */
  defaultPeople: number;
  /**
   * Elections: the year modulo 4 of the body's elections (provinces and water boards 2023,
   * municipalities 2022), and how many days after the council's installation the executive starts.
   */
  election: { yearModulo: number; executiveDelay: number };
  /**
   * Monistic (a water board): members of the executive keep their seat in the council, so they
   * hold two roles at once; dualistic bodies (province, municipality) give up the seat.
   */
  monistic: boolean;
  /**
   * How many executives, former executives and former council members among `defaultPeople`
   * people; for another number of people they scale with it (`sizesFor` in ../people.ts).
   */
  sizes: { executives: number; formerExecutives: number; formerMembers: number };
  /** Fracties, largest first; the first `coalitionSize` supply the executive. */
  fracties: readonly FractieSpec[];
  coalitionSize: number;
  /** Seats fixed by law, not by election weight (a water board's geborgde zetels), by fractie id. */
  fixedSeats: Readonly<Record<string, number>>;
  /** The fractie a member who leaves their fractie joins (weight 0 in `fracties`). */
  independentFractie: string;
  /** Whether the executive role also names the member's fractie (not in a monistic board). */
  executiveHasFractie: boolean;
  /** Portfolios of the executives, in order of appointment. */
  portfolios: readonly string[];
  /** How many current executives serve part-time (`deeltijd: true`, no income duty). */
  partTimeExecutives: number;
  /** Whether the income from side positions shows the variety the law allows (late, deducted). */
  incomeVariety: boolean;
  /** Positions held by virtue of office by executives and by the chair. */
  qqExecutive: readonly QqPosition[];
  qqChair: readonly QqPosition[];
  /** Places in and around the body; the demo draws these first. */
  places: readonly string[];
  /** Regional organisations many people share. */
  regionalOrganisations: readonly { naam: string; kind: OrgKind }[];
  /** Spellings people really use for some of them (see spellingWriter). */
  spellingVariants: Readonly<Record<string, string>>;
  /** Organisation templates per kind; `{p}` a place, `{s}` a surname. */
  orgTemplates: readonly { kind: OrgKind; template: string }[];
  /** Side positions per kind of organisation. */
  functionsByKind: Readonly<Record<OrgKind, readonly FunctionSpec[]>>;
  /** Main jobs of council members (a part-time office). */
  mainJobs: readonly { functie: string; organisatie: string; sector: string }[];
  /** The civil service: its departments. */
  departments: readonly Department[];
  /**
   * How many officials' functions are published: `count` at `defaultPeople` people or fewer,
   * and one more for every `perPeople` people beyond (`officialCount` in ../officials.ts).
   */
  officials: { count: number; perPeople: number };
  /** The most senior official, who receives gifts to the organisation. */
  secretaryTitle: string;
  /** Officials' side activities (`{o}` organisation, `{p}` place, `{t}` theme) and restrictions. */
  sideActivities: readonly string[];
  restrictions: readonly string[];
  /** Gift givers that are functions or public bodies (`{p}` a place), and occasions. */
  giftGiverFunctions: readonly string[];
  giftOccasions: readonly string[];
  /**
   * How many times more gifts the chair receives than a council member (an executive member: 5):
   * enough that the demo has a person whose gifts continue on a page of their own (more than 10).
   */
  chairGiftWeight: number;
  /** Sentences the demo's editions add to the current content. */
  texts: {
    positionWithdrawn: string;
    paidReply: string;
    interestReply: string;
    giftWithdrawn: string;
    /** A recipient's comment on a gift with this destination. */
    giftReply: { bestemming: string; reactie: string };
  };
}
