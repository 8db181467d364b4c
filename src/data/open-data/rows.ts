/**
 * Rows for the downloads, one per record the site shows, in the order the site shows them.
 * Missing values are `null` (an empty cell), never left out, so every row has every column.
 */
import type { Portal, PersonRef, RoleView } from '../portal.ts';
import type {
  GiftRow,
  InterestRow,
  PersonRow,
  RoleRow,
  SidePositionRow,
} from '../../schemas/open-data.ts';
import { personPath } from '../../lib/paths.ts';
import { describeGiftValue } from '../../lib/gift-value.ts';

/** Turns a site path into an absolute permalink on `site` (the configured canonical address). */
export function toPermalink(site: URL | string, pathWithHash: string): string {
  return new URL(pathWithHash, site).href;
}

/** Who holds a record, with the fractie of the role at the record's date (src/lib/record-role.ts), not today's. */
export function personColumns(person: PersonRef, role: RoleView) {
  return {
    persoonId: person.id,
    naam: person.fullName,
    sorteernaam: person.sortName,
    fractie: role.fractieInfo?.naam ?? null,
  };
}

/** Every side position, as on the nevenfuncties register page. */
export function buildSidePositionRows(portal: Portal, site: URL | string): SidePositionRow[] {
  return portal.sidePositions.map((p) => ({
    id: p.id,
    ...personColumns(p.person, p.role),
    organisatie: p.organisatie,
    functie: p.functie,
    bezoldiging: p.bezoldiging,
    vergoedingBedrag: p.vergoeding?.bedrag ?? null,
    vergoedingPer: p.vergoeding?.per ?? null,
    qq: p.qq,
    tijdsbestedingUren: p.tijdsbesteding?.uren ?? null,
    tijdsbestedingPer: p.tijdsbesteding?.per ?? null,
    van: p.van ?? null,
    tot: p.tot ?? null,
    beeindigd: p.ended,
    bevestigd: p.bevestigd ?? null,
    bron: p.bron ?? null,
    permalink: toPermalink(site, `${personPath(p.person.id)}#${p.anchor}`),
  }));
}

/** Every financial interest. */
export function buildInterestRows(portal: Portal, site: URL | string): InterestRow[] {
  return portal.interests.map((i) => ({
    id: i.id,
    ...personColumns(i.person, i.role),
    omschrijving: i.omschrijving,
    aard: i.aard,
    organisatie: i.organisatie ?? null,
    sector: i.sector ?? null,
    van: i.van ?? null,
    tot: i.tot ?? null,
    beeindigd: i.ended,
    bevestigd: i.bevestigd ?? null,
    bron: i.bron ?? null,
    permalink: toPermalink(site, `${personPath(i.person.id)}#${i.anchor}`),
  }));
}

/** Every gift, newest first. */
export function buildGiftRows(portal: Portal, site: URL | string): GiftRow[] {
  return portal.gifts.map((g) => ({
    id: g.id,
    datum: g.datum,
    ontvangerSoort: g.person ? 'persoon' : 'ambtenaar',
    persoonId: g.person?.id ?? null,
    ontvanger: g.recipientLabel,
    // The fractie on the day the gift was received: a member who switched since keeps the old one here.
    fractie: g.role?.fractieInfo?.naam ?? null,
    gever: g.gever,
    gelegenheid: g.gelegenheid,
    omschrijving: g.omschrijving,
    // The amount the register names, and how: "ca. € 50" is not published as exactly 50.
    waarde: describeGiftValue(g.waarde).amount ?? null,
    waardeSoort: describeGiftValue(g.waarde).kind,
    soort: g.soort,
    bestemming: g.bestemming,
    besluitdatum: g.besluitdatum ?? null,
    bron: g.bron ?? null,
    permalink: toPermalink(site, g.href),
  }));
}

/** Every person, in the order of the A-Z index. */
export function buildPersonRows(portal: Portal, site: URL | string): PersonRow[] {
  return portal.people.map((p) => ({
    id: p.id,
    naam: p.fullName,
    sorteernaam: p.sortName,
    voorletters: p.name.voorletters,
    roepnaam: p.name.roepnaam ?? null,
    tussenvoegsel: p.name.tussenvoegsel ?? null,
    achternaam: p.name.achternaam,
    functie: p.latestRole.functie,
    fractie: p.fractie?.naam ?? null,
    actief: p.current,
    nevenfunctiesOpgave: p.sidePositions.status,
    aantalNevenfuncties: p.sidePositions.entries.length,
    financieleBelangenOpgave: p.interests.status,
    aantalFinancieleBelangen: p.interests.entries.length,
    geschenkenOpgave: p.giftsNotProvided ? 'niet-opgegeven' : 'opgegeven',
    aantalGeschenken: p.gifts.length,
    permalink: toPermalink(site, personPath(p.id)),
  }));
}

/** Every term in office of every person. */
export function buildRoleRows(portal: Portal, site: URL | string): RoleRow[] {
  return portal.people.flatMap((p) =>
    p.roles.map((r) => ({
      persoonId: p.id,
      naam: p.fullName,
      functie: r.functie,
      fractieId: r.fractie ?? null,
      fractie: r.fractieInfo?.naam ?? null,
      portefeuille: r.portefeuille ?? null,
      van: r.van,
      tot: r.tot ?? null,
      actief: r.current,
      permalink: toPermalink(site, `${personPath(p.id)}#rollen`),
    })),
  );
}
