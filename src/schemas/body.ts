/**
 * The kinds of body the portal serves and the offices of each (issue #30). Each kind has three
 * offices that play the same three roles: a member of the representative body (who belongs to a
 * fractie), a member of the executive (who holds a portfolio) and the chair of both. A person file
 * names the office in the body's own word (`functie: wethouder`); the code asks for the role.
 */
import { z } from 'astro/zod';

/** `provincie`, `gemeente` or `waterschap`: `soort` in site.yaml. */
export const BODY_KINDS = ['provincie', 'gemeente', 'waterschap'] as const;
export const BodyKindSchema = z.enum(BODY_KINDS);
export type BodyKind = z.output<typeof BodyKindSchema>;

/** The three roles an office plays, the same in every kind of body. */
export const OFFICE_ROLES = ['member', 'executive', 'chair'] as const;
export type OfficeRole = (typeof OFFICE_ROLES)[number];

/** The content word of each office, per kind and role. */
export const OFFICES = {
  provincie: { member: 'statenlid', executive: 'gedeputeerde', chair: 'commissaris' },
  gemeente: { member: 'raadslid', executive: 'wethouder', chair: 'burgemeester' },
  waterschap: {
    member: 'lid-algemeen-bestuur',
    executive: 'lid-dagelijks-bestuur',
    chair: 'dijkgraaf',
  },
} as const satisfies Record<BodyKind, Record<OfficeRole, string>>;

type OfficesOf<K extends BodyKind> = (typeof OFFICES)[K][OfficeRole];
export type Office = OfficesOf<BodyKind>;

/** Every office of every kind, for the schema of a person's role. */
export const ALL_OFFICES = BODY_KINDS.flatMap((kind) =>
  OFFICE_ROLES.map((role) => OFFICES[kind][role]),
) as [Office, ...Office[]];

const ROLE_OF = new Map<Office, { kind: BodyKind; role: OfficeRole }>(
  BODY_KINDS.flatMap((kind) =>
    OFFICE_ROLES.map((role) => [OFFICES[kind][role], { kind, role }] as const),
  ),
);

/** The role an office plays: `raadslid` → member, `wethouder` → executive, `dijkgraaf` → chair. */
export function officeRole(office: Office): OfficeRole {
  const found = ROLE_OF.get(office);
  if (!found) throw new Error(`unknown office "${office}"`);
  return found.role;
}

/** The kind of body an office belongs to. */
export function officeKind(office: Office): BodyKind {
  const found = ROLE_OF.get(office);
  if (!found) throw new Error(`unknown office "${office}"`);
  return found.kind;
}

/**
 * The destination of a gift that becomes the body's property, per kind (`bestemming` in a gift
 * file): a gemeente's gift is not "provinciaal eigendom".
 */
export const PROPERTY_DESTINATION = {
  provincie: 'provinciaal-eigendom',
  gemeente: 'gemeentelijk-eigendom',
  waterschap: 'eigendom-waterschap',
} as const satisfies Record<BodyKind, string>;
export const PROPERTY_DESTINATIONS = BODY_KINDS.map((kind) => PROPERTY_DESTINATION[kind]);

/** Names a water board goes by: waterschap, hoogheemraadschap or wetterskip. */
export const WATER_BOARD_NAMES = ['waterschap', 'hoogheemraadschap', 'wetterskip'] as const;
export const WaterBoardNameSchema = z.enum(WATER_BOARD_NAMES);
