/**
 * The demo's history: published editions of each register, derived deterministically from the
 * generated content, so `npm run generate` reproduces them. Earlier editions are the content as it
 * stood on an earlier date: records that started later are left out, later end dates and
 * withdrawals are not there yet, and a few entries are "reverted" (a lower remuneration, a
 * position before a promotion, a restriction GS imposed later) so each edition has real changes.
 * The current content gets one withdrawn side position, one withdrawn gift, a few members'
 * comments, and confirmation dates for members who declared "geen".
 */
import { parse } from 'yaml';
import { appendToManifest, buildEditionRecords, serializeEdition, serializeManifest } from '../../src/data/editions.ts';
import { validateContent, type Content } from '../../src/data/load.ts';
import { addMonths } from '../../src/lib/dates.ts';
import { editionFileName } from '../../src/lib/edition-labels.ts';
import type { JsonValue } from '../../src/lib/editions.ts';
import { getCurrentRound } from '../../src/lib/rounds.ts';
import type { EditionFile, EditionRecord, Manifest } from '../../src/schemas/edition.ts';
import type { RegisterKey } from '../../src/schemas/site.ts';
import type { GeneratedFile } from './generate.ts';
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
  return dates.filter((d) => d <= today).sort().slice(-count);
}

/** The publication dates of the demo's editions per register. */
export function demoEditionDates(today: string): Record<RegisterKey, string[]> {
  const halfYear = lastDates(today, ['03-31', '09-30'], 3);
  return {
    nevenfuncties: halfYear,
    financieleBelangen: halfYear,
    geschenken: lastDates(today, ['01-15', '04-15', '07-15', '10-15'], 4),
    nevenwerkzaamheden: lastDates(today, ['02-01'], 2),
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
function tweakContent(files: GeneratedFile[], today: string, dates: Record<RegisterKey, string[]>): GeneratedFile[] {
  const latestHalf = dates.nevenfuncties.at(-1) ?? today;
  const latestQuarter = dates.geschenken.at(-1) ?? today;
  const round = getCurrentRound('halfjaar', today);
  const people = files.filter((f) => f.path.startsWith('people/')).map((f) => ({ file: f, data: frontMatter(f.source) }));
  let withdrawn = false;
  let paidReply = false;
  let interestReply = false;
  let confirmIndex = 0;
  for (const { data } of people) {
    const positions = data['nevenfuncties'];
    if (!withdrawn && Array.isArray(positions) && positions.length >= 3) {
      const target = (positions as Plain[]).find((p) => p['tot'] === undefined && p['qq'] !== true && (p['van'] === undefined || (p['van'] as string) < (dates.nevenfuncties[0] ?? '')));
      if (target) {
        target['ingetrokken'] = { datum: addDays(latestHalf, -10), reden: 'Ten onrechte opgegeven: de functie is nooit aanvaard.' };
        withdrawn = true;
        continue;
      }
    }
    if (!paidReply && Array.isArray(positions)) {
      const paid = (positions as Plain[]).find((p) => p['vergoeding'] !== undefined && p['tot'] === undefined);
      if (paid) {
        paid['reactie'] = 'De vergoeding maak ik volledig over aan de Voedselbank Zilverland.';
        paidReply = true;
      }
    }
    const interests = data['financieleBelangen'];
    if (!interestReply && Array.isArray(interests) && interests.length > 0) {
      (interests[0] as Plain)['reactie'] = 'Ondergebracht in een beheerstichting; ik heb geen zeggenschap over de beleggingen.';
      interestReply = true;
    }
    // Members who declared "geen" confirm that too; one in four has not yet in this round.
    if (isCurrentPerson(data)) {
      const confirmed: Plain = {};
      for (const register of ['nevenfuncties', 'financieleBelangen'] as const) {
        if (data[register] !== 'geen') continue;
        confirmIndex++;
        if (confirmIndex % 4 !== 0) confirmed[register] = addDays(round.start, confirmIndex % 25);
      }
      if (Object.keys(confirmed).length > 0) data['bevestigd'] = confirmed;
    }
  }
  const out = files.map((f) => {
    const person = people.find((p) => p.file === f);
    return person ? { path: f.path, source: `---\n${emitYaml(person.data)}---\n` } : f;
  });
  // One gift registered twice is withdrawn, and one recipient comments on a gift.
  const giftFiles = out.filter((f) => f.path.startsWith('gifts/')).map((f) => ({ file: f, data: parse(f.source) as { geschenken: Plain[] } }));
  const allGifts = giftFiles.flatMap((g) => g.data.geschenken);
  const previousQuarterStart = addMonths(`${latestQuarter.slice(0, 7)}-01`, -6);
  const twice = allGifts.find((g) => g['soort'] === 'geschenk' && (g['datum'] as string) >= previousQuarterStart && (g['datum'] as string) < addMonths(previousQuarterStart, 3));
  if (twice) twice['ingetrokken'] = { datum: addDays(latestQuarter, -9), reden: 'Dubbel geregistreerd; het geschenk staat al onder een ander nummer in het register.' };
  const replied = allGifts.find((g) => g !== twice && g['soort'] === 'geschenk' && g['bestemming'] === 'provinciaal-eigendom');
  if (replied) replied['reactie'] = 'Het geschenk staat in de vitrine in de hal van het provinciehuis.';
  return out.map((f) => {
    const gifts = giftFiles.find((g) => g.file === f);
    return gifts ? { path: f.path, source: emitYaml(gifts.data) } : f;
  });
}

/** The records of an earlier edition on `date`, derived from the current records. */
function recordsAsOf(register: RegisterKey, current: readonly EditionRecord[], date: string, dates: readonly string[], content: Content): EditionRecord[] {
  const latest = dates.at(-1) ?? date;
  const middle = dates.at(-2) ?? date;
  const started = new Map(content.people.map((p) => [p.id, p.rollen.map((r) => r.van).sort()[0] ?? '']));
  const out: EditionRecord[] = [];
  current.forEach((record, index) => {
    const v: Record<string, JsonValue> = { ...record.velden };
    const text = (field: string): string | undefined => (typeof v[field] === 'string' ? (v[field] as string) : undefined);
    if (register === 'nevenfuncties' || register === 'financieleBelangen') {
      if ((started.get(record.persoon ?? '') ?? '') > date) return;
      if ((text('van') ?? '') > date) return;
    } else if (register === 'geschenken') {
      if ((text('datum') ?? '') >= `${date.slice(0, 7)}-01`) return;
      if ((text('besluitdatum') ?? '') > date) delete v['besluitdatum'];
    } else if (date < latest && index % 5 === 1) return;
    if ((text('tot') ?? '') > date) delete v['tot'];
    const withdrawal = v['ingetrokken'];
    if (typeof withdrawal === 'object' && withdrawal !== null && !Array.isArray(withdrawal) && (withdrawal['datum'] as string) > date) delete v['ingetrokken'];
    if (date < latest) delete v['reactie'];
    // Changes between editions, chosen by position so they are the same on every run.
    if (register === 'nevenfuncties') {
      const pay = v['vergoeding'];
      if (date < latest && index % 6 === 2 && typeof pay === 'object' && pay !== null && !Array.isArray(pay) && typeof pay['bedrag'] === 'number') {
        v['vergoeding'] = { ...pay, bedrag: Math.round((pay['bedrag'] * 0.9) / 10) * 10 };
      }
      const functie = text('functie');
      if (date < middle && index % 2 === 0 && functie?.startsWith('Voorzitter ')) v['functie'] = `Lid ${functie.slice('Voorzitter '.length)}`;
    }
    if (register === 'financieleBelangen' && date < middle && index % 3 === 1) delete v['sector'];
    if (register === 'nevenwerkzaamheden' && date < latest && index % 2 === 0 && text('beperkendeMaatregel') !== 'geen') v['beperkendeMaatregel'] = 'geen';
    out.push({ ...record, velden: v });
  });
  return out;
}

/**
 * Adds the demo's editions and their manifest to generated content (and the tweaks they show),
 * and drops `bijgewerkt` from site.yaml: the latest edition is then the last update. The result
 * is validated as a whole, so a mistake here fails generation rather than the build.
 */
export function addDemoEditions(generated: readonly GeneratedFile[], today: string): GeneratedFile[] {
  const dates = demoEditionDates(today);
  const files = tweakContent([...generated], today, dates).map((f) => (f.path === 'site.yaml' ? { path: f.path, source: f.source.replace(/, bijgewerkt: \d{4}-\d{2}-\d{2}/g, '') } : f));
  const content = validateContent(
    files.map((f) => (f.path === 'site.yaml' ? { path: f.path, source: generated.find((g) => g.path === 'site.yaml')?.source ?? f.source } : f)),
    { today },
  );
  let manifest: Manifest = { edities: [] };
  const editionFiles: GeneratedFile[] = [];
  for (const register of ['nevenfuncties', 'financieleBelangen', 'geschenken', 'nevenwerkzaamheden'] as const) {
    const current = buildEditionRecords(content, register);
    for (const date of dates[register]) {
      const edition: EditionFile = { register, datum: date, registraties: recordsAsOf(register, current, date, dates[register], content) };
      manifest = appendToManifest(manifest, edition);
      editionFiles.push({ path: `edities/${editionFileName(register, date)}`, source: serializeEdition(edition) });
    }
  }
  const result = [...files, ...editionFiles, { path: 'edities/manifest.json', source: serializeManifest(manifest) }].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  validateContent(result, { today });
  return result;
}
