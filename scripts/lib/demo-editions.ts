/**
 * The demo's history: published editions of each register, derived deterministically from the
 * generated content, so `npm run generate` reproduces them. Earlier editions are the content as it
 * stood on an earlier date: records that started later are left out, later end dates and
 * withdrawals are not there yet, and a few entries are "reverted" (a lower remuneration, a
 * position before a promotion, a restriction the executive imposed later) so each edition has real changes;
 * a year of income from side positions is in an edition from the day it was published. What
 * differs per register is in DEMO_HISTORY, a table for the demo alone. The current content gets
 * one withdrawn side position, one withdrawn gift, a few members' comments, and confirmation dates
 * for members who declared "geen".
 */
import { parse } from 'yaml';
import {
  appendToManifest,
  buildEditionRecords,
  serializeEdition,
  serializeManifest,
} from '../../src/data/editions.ts';
import { validateContent, type Content } from '../../src/data/load.ts';
import { addMonths } from '../../src/lib/dates.ts';
import type { JsonValue } from '../../src/lib/editions.ts';
import { getCurrentRound } from '../../src/lib/rounds.ts';
import type { EditionFile, EditionRecord, Manifest } from '../../src/schemas/edition.ts';
import { incomeDueDate } from '../../src/lib/side-income.ts';
import { DECLARED_REGISTERS, editionFileName } from '../../src/registers/index.ts';
import { REGISTER_KEYS, type RegisterKey } from '../../src/schemas/site.ts';
import type { GeneratedFile } from './generate.ts';
import { DEMO_BODIES, type DemoBody } from './generate/bodies/index.ts';
import { emitYaml } from './yaml-emit.ts';

type Plain = Record<string, unknown>;

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The last `count` dates of the form `<year>-<monthDay>` on or before `today`, oldest first. */
function lastDates(today: string, monthDays: readonly string[], count: number): string[] {
  const year = Number(today.slice(0, 4));
  const dates: string[] = [];
  for (let y = year - 3; y <= year; y++) for (const md of monthDays) dates.push(`${y}-${md}`);
  return dates
    .filter((d) => d <= today)
    .sort()
    .slice(-count);
}

/** The publication dates of the demo's editions per register. */
export function demoEditionDates(today: string): Record<RegisterKey, string[]> {
  const halfYear = lastDates(today, ['03-31', '09-30'], 3);
  return {
    nevenfuncties: halfYear,
    financieleBelangen: halfYear,
    geschenken: lastDates(today, ['01-15', '04-15', '07-15', '10-15'], 4),
    nevenwerkzaamheden: lastDates(today, ['02-01'], 2),
    neveninkomsten: lastDates(today, ['03-25'], 1),
  };
}

function frontMatter(source: string): Plain {
  const match = /^---\n([\s\S]*?)---\n?$/.exec(source);
  if (!match?.[1]) throw new Error('person file without front matter');
  return parse(match[1]) as Plain;
}

function isCurrentPerson(person: Plain): boolean {
  return (person['rollen'] as Plain[]).some((r) => r['tot'] === undefined);
}

/** Adds the current content's withdrawals, comments and confirmations (see the file comment). */
function tweakContent(
  files: GeneratedFile[],
  today: string,
  dates: Record<RegisterKey, string[]>,
  texts: DemoBody['texts'],
): GeneratedFile[] {
  const latestHalf = dates.nevenfuncties.at(-1) ?? today;
  const latestQuarter = dates.geschenken.at(-1) ?? today;
  const round = getCurrentRound('halfjaar', today);
  const people = files
    .filter((f) => f.path.startsWith('people/'))
    .map((f) => ({ file: f, data: frontMatter(f.source) }));
  let withdrawn = false;
  let paidReply = false;
  let interestReply = false;
  let confirmIndex = 0;
  for (const { data } of people) {
    const positions = data['nevenfuncties'];
    if (!withdrawn && Array.isArray(positions) && positions.length >= 3) {
      const target = (positions as Plain[]).find(
        (p) =>
          p['tot'] === undefined &&
          p['qq'] !== true &&
          (p['van'] === undefined || (p['van'] as string) < (dates.nevenfuncties[0] ?? '')),
      );
      if (target) {
        target['ingetrokken'] = {
          datum: addDays(latestHalf, -10),
          reden: texts.positionWithdrawn,
        };
        withdrawn = true;
        continue;
      }
    }
    if (!paidReply && Array.isArray(positions)) {
      const paid = (positions as Plain[]).find(
        (p) => p['vergoeding'] !== undefined && p['tot'] === undefined,
      );
      if (paid) {
        paid['reactie'] = texts.paidReply;
        paidReply = true;
      }
    }
    const interests = data['financieleBelangen'];
    if (!interestReply && Array.isArray(interests) && interests.length > 0) {
      (interests[0] as Plain)['reactie'] = texts.interestReply;
      interestReply = true;
    }
    // Members who declared "geen" confirm that too; one in four has not yet in this round.
    if (isCurrentPerson(data)) {
      const confirmed: Plain = {};
      for (const { declaration } of DECLARED_REGISTERS) {
        if (data[declaration.field] !== 'geen') continue;
        confirmIndex++;
        if (confirmIndex % 4 !== 0)
          confirmed[declaration.field] = addDays(round.start, confirmIndex % 25);
      }
      if (Object.keys(confirmed).length > 0) data['bevestigd'] = confirmed;
    }
  }
  const out = files.map((f) => {
    const person = people.find((p) => p.file === f);
    return person ? { path: f.path, source: `---\n${emitYaml(person.data)}---\n` } : f;
  });
  // One gift registered twice is withdrawn, and one recipient comments on a gift.
  const giftFiles = out
    .filter((f) => f.path.startsWith('gifts/'))
    .map((f) => ({ file: f, data: parse(f.source) as { geschenken: Plain[] } }));
  const allGifts = giftFiles.flatMap((g) => g.data.geschenken);
  const previousQuarterStart = addMonths(`${latestQuarter.slice(0, 7)}-01`, -6);
  const twice = allGifts.find(
    (g) =>
      g['soort'] === 'geschenk' &&
      (g['datum'] as string) >= previousQuarterStart &&
      (g['datum'] as string) < addMonths(previousQuarterStart, 3),
  );
  if (twice)
    twice['ingetrokken'] = {
      datum: addDays(latestQuarter, -9),
      reden: texts.giftWithdrawn,
    };
  const replied = allGifts.find(
    (g) =>
      g !== twice && g['soort'] === 'geschenk' && g['bestemming'] === texts.giftReply.bestemming,
  );
  if (replied) replied['reactie'] = texts.giftReply.reactie;
  return out.map((f) => {
    const gifts = giftFiles.find((g) => g.file === f);
    return gifts ? { path: f.path, source: emitYaml(gifts.data) } : f;
  });
}

type Values = Record<string, JsonValue>;

/** What the history of every register is derived from. */
interface HistoryContext {
  /** The latest and the one-but-latest edition of the register. */
  latest: string;
  middle: string;
  /** Per person, the first day of their first role. */
  started: ReadonlyMap<string, string>;
  /** Per person and year (`<persoon>/<jaar>`), the day their income from side positions was published. */
  incomePublished: ReadonlyMap<string, string>;
}

/** How the demo makes an earlier edition of a register from the current records (demo only). */
interface DemoHistory {
  /** Whether a record was already in the register on `date`. */
  existed(
    record: EditionRecord,
    velden: Values,
    index: number,
    date: string,
    context: HistoryContext,
  ): boolean;
  /** Its values as they were on `date`: later changes undone, chosen by position so every run gives the same. */
  revert(velden: Values, index: number, date: string, context: HistoryContext): void;
}

function textOf(velden: Values, field: string): string | undefined {
  const value = velden[field];
  return typeof value === 'string' ? value : undefined;
}

/** A member's declaration existed from their first day and the entry's start. */
const declaredEntry = (
  record: EditionRecord,
  velden: Values,
  _index: number,
  date: string,
  context: HistoryContext,
): boolean =>
  (context.started.get(record.persoon ?? '') ?? '') <= date &&
  (textOf(velden, 'van') ?? '') <= date;

const DEMO_HISTORY: { readonly [K in RegisterKey]: DemoHistory } = {
  nevenfuncties: {
    existed: declaredEntry,
    // A lower remuneration earlier, and a chair who was a member before.
    revert(v, index, date, { latest, middle }) {
      const pay = v['vergoeding'];
      if (
        date < latest &&
        index % 6 === 2 &&
        typeof pay === 'object' &&
        pay !== null &&
        !Array.isArray(pay) &&
        typeof pay['bedrag'] === 'number'
      ) {
        v['vergoeding'] = { ...pay, bedrag: Math.round((pay['bedrag'] * 0.9) / 10) * 10 };
      }
      const functie = textOf(v, 'functie');
      if (date < middle && index % 2 === 0 && functie?.startsWith('Voorzitter '))
        v['functie'] = `Lid ${functie.slice('Voorzitter '.length)}`;
    },
  },
  financieleBelangen: {
    existed: declaredEntry,
    revert(v, index, date, { middle }) {
      if (date < middle && index % 3 === 1) delete v['sector'];
    },
  },
  geschenken: {
    // A gift is registered after the month it was received in.
    existed: (_record, v, _index, date) => (textOf(v, 'datum') ?? '') < `${date.slice(0, 7)}-01`,
    revert(v, _index, date) {
      if ((textOf(v, 'besluitdatum') ?? '') > date) delete v['besluitdatum'];
    },
  },
  nevenwerkzaamheden: {
    existed: (_record, _v, index, date, { latest }) => !(date < latest && index % 5 === 1),
    // A restriction the executive imposed later.
    revert(v, index, date, { latest }) {
      if (date < latest && index % 2 === 0 && textOf(v, 'beperkendeMaatregel') !== 'geen')
        v['beperkendeMaatregel'] = 'geen';
    },
  },
  neveninkomsten: {
    // A year is in the register from the day its figures were published.
    existed: (record, _v, _index, date, { incomePublished }) =>
      (incomePublished.get(record.sleutel.split('/').slice(0, 2).join('/')) ?? '') <= date,
    revert() {},
  },
};

/** The records of an earlier edition on `date`, derived from the current records. */
function recordsAsOf(
  register: RegisterKey,
  current: readonly EditionRecord[],
  date: string,
  dates: readonly string[],
  content: Content,
): EditionRecord[] {
  const context: HistoryContext = {
    latest: dates.at(-1) ?? date,
    middle: dates.at(-2) ?? date,
    started: new Map(content.people.map((p) => [p.id, p.rollen.map((r) => r.van).sort()[0] ?? ''])),
    incomePublished: new Map(
      content.people.flatMap((p) =>
        (p.neveninkomsten ?? []).map(
          (y) => [`${p.id}/${y.jaar}`, y.openbaargemaakt ?? incomeDueDate(y.jaar)] as const,
        ),
      ),
    ),
  };
  const history = DEMO_HISTORY[register];
  const out: EditionRecord[] = [];
  current.forEach((record, index) => {
    const v: Values = { ...record.velden };
    if (!history.existed(record, v, index, date, context)) return;
    if ((textOf(v, 'tot') ?? '') > date) delete v['tot'];
    const withdrawal = v['ingetrokken'];
    if (
      typeof withdrawal === 'object' &&
      withdrawal !== null &&
      !Array.isArray(withdrawal) &&
      (withdrawal['datum'] as string) > date
    )
      delete v['ingetrokken'];
    if (date < context.latest) delete v['reactie'];
    history.revert(v, index, date, context);
    out.push({ ...record, velden: v });
  });
  return out;
}

/**
 * Adds the demo's editions and their manifest to generated content (and the tweaks they show),
 * and drops `bijgewerkt` from site.yaml: the latest edition is then the last update. The result
 * is validated as a whole, so a mistake here fails generation rather than the build.
 */
export function addDemoEditions(
  generated: readonly GeneratedFile[],
  today: string,
  body: DemoBody = DEMO_BODIES.provincie,
): GeneratedFile[] {
  const dates = demoEditionDates(today);
  const files = tweakContent([...generated], today, dates, body.texts).map((f) =>
    f.path === 'site.yaml'
      ? { path: f.path, source: f.source.replace(/, bijgewerkt: \d{4}-\d{2}-\d{2}/g, '') }
      : f,
  );
  const content = validateContent(
    files.map((f) =>
      f.path === 'site.yaml'
        ? {
            path: f.path,
            source: generated.find((g) => g.path === 'site.yaml')?.source ?? f.source,
          }
        : f,
    ),
    { today },
  );
  let manifest: Manifest = { edities: [] };
  const editionFiles: GeneratedFile[] = [];
  for (const register of REGISTER_KEYS) {
    const current = buildEditionRecords(content, register);
    for (const date of dates[register]) {
      const edition: EditionFile = {
        register,
        datum: date,
        registraties: recordsAsOf(register, current, date, dates[register], content),
      };
      manifest = appendToManifest(manifest, edition);
      editionFiles.push({
        path: `edities/${editionFileName(register, date)}`,
        source: serializeEdition(edition),
      });
    }
  }
  const result = [
    ...files,
    ...editionFiles,
    { path: 'edities/manifest.json', source: serializeManifest(manifest) },
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  validateContent(result, { today });
  return result;
}
