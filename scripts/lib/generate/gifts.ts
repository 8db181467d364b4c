/**
 * The gift register: about 2.5 gifts per person over three years, to members and to senior
 * officials' functions, with values and destinations that follow the gift threshold.
 */
import { PROPERTY_DESTINATION } from '../../../src/schemas/body.ts';
import type { Random } from '../random.ts';
import { CHRISTMAS_GIFT, GIFT_ITEMS, GIVER_KINDS, type GiftItem } from '../vocabulary.ts';
import type { DemoBody } from './bodies/index.ts';
import { randomDay, toIso, type Calendar } from './calendar.ts';
import type { GiftInput } from './inputs.ts';
import type { GenerateOptions } from './options.ts';
import type { Organisation } from './organisations.ts';
import type { PersonPlan } from './people.ts';
import { fill, roundTo } from './writing.ts';

interface Recipient {
  id?: string;
  functie?: string;
  from: number;
  to: number;
}

/** The gifts, with ids per year in date order (2025-001, 2025-002 …). */
export function buildGifts(
  plans: readonly PersonPlan[],
  officialTitles: readonly string[],
  options: GenerateOptions,
  cal: Calendar,
  rng: Random,
  orgs: readonly Organisation[],
  places: readonly string[],
  body: DemoBody,
  spell: (naam: string) => string = (naam) => naam,
): GiftInput[] {
  const recipients: Recipient[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const plan of plans) {
    if (plan.giftsNotProvided) continue;
    const from = Math.max(cal.giftStart, plan.start);
    const to = Math.min(cal.giftEnd, plan.end);
    if (from > to) continue;
    const weight =
      plan.kind === 'chair'
        ? body.chairGiftWeight
        : plan.kind === 'executive' || plan.kind === 'executive-former'
          ? 5
          : 1;
    total += weight * (to - from + 1);
    recipients.push({ id: plan.id, from, to });
    cumulative.push(total);
  }
  const pickRecipient = (): Recipient => {
    const r = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) > r) hi = mid;
      else lo = mid + 1;
    }
    const recipient = recipients[lo];
    if (!recipient) throw new Error('no gift recipients');
    return recipient;
  };

  const threshold = options.giftThreshold;
  const givers = orgs.filter((o) => GIVER_KINDS.includes(o.kind));
  const count = Math.round(options.people * 2.5);
  const drafts: (GiftInput & { day: number })[] = [];
  for (let i = 0; i < count; i++) {
    const byFunction = rng.chance(0.08) && officialTitles.length > 0;
    const recipient = byFunction
      ? { functie: rng.pick(officialTitles), from: cal.giftStart, to: cal.giftEnd }
      : pickRecipient();
    const day = randomDay(rng, recipient.from, recipient.to);
    const month = Number(toIso(day).slice(5, 7));
    const christmas = month === 12 && rng.chance(0.5);
    const soort = christmas
      ? 'geschenk'
      : rng.weighted([
          ['geschenk', 64],
          ['uitnodiging', 30],
          ['reis', 6],
        ] as const);
    const item: GiftItem = christmas
      ? CHRISTMAS_GIFT
      : rng.pick(GIFT_ITEMS.filter((g) => g.soort === soort));
    // The giver: an organisation, or a function such as a mayor; the gift is about its place.
    let place = rng.pick(places);
    let gever: string;
    const giverOrg = rng.chance(0.7) ? rng.pickSkewed(givers, 1.5) : undefined;
    if (giverOrg) {
      gever = spell(giverOrg.naam);
      place = giverOrg.place ?? place;
    } else {
      gever = fill(rng.pick(body.giftGiverFunctions), { p: place });
    }
    const gelegenheid = christmas
      ? 'kerst'
      : month === 1 && rng.chance(0.5)
        ? 'nieuwjaarsreceptie'
        : rng.pick(body.giftOccasions);
    // Most gifts are worth little: values lean towards the low end of the item's range.
    let cents = Math.round(item.min * 100 + (item.max - item.min) * 100 * rng.next() ** 2.2);
    cents = rng.weighted([
      [roundTo(cents, 100), 50],
      [roundTo(cents, 50), 25],
      [roundTo(cents, 100) - 5, 25],
    ] as const);
    if (item.min <= threshold && item.max >= threshold && rng.chance(0.2)) cents = threshold * 100;
    const waarde = Math.max(100, cents) / 100;
    let bestemming: GiftInput['bestemming'];
    if (soort !== 'geschenk')
      bestemming = rng.weighted([
        ['bijgewoond', 75],
        ['afgeslagen', 25],
      ] as const);
    else if (waarde <= threshold)
      bestemming = item.perishable
        ? rng.weighted([
            ['gedeeld', 60],
            ['behouden', 40],
          ] as const)
        : rng.weighted([
            ['behouden', 80],
            ['geschonken', 12],
            ['ingeleverd', 8],
          ] as const);
    else if (item.perishable)
      bestemming = rng.weighted([
        ['gedeeld', 60],
        ['geschonken', 25],
        ['ingeleverd', 15],
      ] as const);
    // Above the threshold: handed in, or the body's property in its own word.
    else
      bestemming = rng.weighted([
        ['ingeleverd', 35],
        [PROPERTY_DESTINATION[body.kind], 25],
        ['geschonken', 20],
        ['geretourneerd', 20],
      ] as const);
    const gift: GiftInput & { day: number } = {
      day,
      id: '',
      datum: toIso(day),
      ontvanger:
        recipient.id !== undefined
          ? { persoon: recipient.id }
          : { functie: recipient.functie ?? body.secretaryTitle },
      gever,
      gelegenheid,
      omschrijving: fill(item.omschrijving, { p: place }),
      waarde,
      soort,
      bestemming,
    };
    const decidedLater =
      (soort === 'geschenk' &&
        waarde > threshold &&
        bestemming !== 'gedeeld' &&
        rng.chance(0.85)) ||
      (soort === 'reis' && rng.chance(0.4));
    if (decidedLater) gift.besluitdatum = toIso(Math.min(day + rng.int(3, 45), cal.today - 1));
    drafts.push(gift);
  }

  // Ids per year in date order: 2025-001, 2025-002 …
  drafts.sort((a, b) => a.day - b.day);
  const perYear = new Map<string, number>();
  for (const g of drafts)
    perYear.set(g.datum.slice(0, 4), (perYear.get(g.datum.slice(0, 4)) ?? 0) + 1);
  const width = Math.max(3, String(Math.max(0, ...perYear.values())).length);
  const seq = new Map<string, number>();
  return drafts.map(({ day: _day, ...gift }) => {
    const year = gift.datum.slice(0, 4);
    const next = (seq.get(year) ?? 0) + 1;
    seq.set(year, next);
    return { ...gift, id: `${year}-${String(next).padStart(width, '0')}` };
  });
}
