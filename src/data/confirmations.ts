/** Members' confirmations in the update round, per register; used by the pages and `npm run ronde`. */
import { getLastConfirmed } from '../lib/records.ts';
import {
  getConfirmationStatus,
  getCurrentRound,
  getMemberRound,
  getMemberSince,
  type ConfirmationStatus,
  type Round,
} from '../lib/rounds.ts';
import { DECLARED_REGISTERS, type RegisterDefinition } from '../registers/index.ts';
import type { SiteConfig } from '../schemas/site.ts';
import type { PersonView } from './portal.ts';

/** The registers members confirm in the update round: those they declare in their own file. */
export type RoundRegister = NonNullable<RegisterDefinition['declaration']>['field'];
export const ROUND_REGISTERS: readonly RoundRegister[] = DECLARED_REGISTERS.map(
  (d) => d.declaration.field,
);

/** A member's confirmation of one register in the current round. */
export interface Confirmation {
  register: RoundRegister;
  /** Latest confirmation: of the whole declaration or of any entry. */
  lastConfirmed?: string | undefined;
  status: ConfirmationStatus;
  /** The round as it applies to this member: from the day they joined, if that was after it opened. */
  round: Round;
}

/** A member's confirmation state per register on `today`. */
export function buildConfirmations(
  person: PersonView,
  site: SiteConfig,
  today: string,
): Record<RoundRegister, Confirmation> {
  const since = getMemberSince(person.roles, today);
  const confirmation = (register: RoundRegister): Confirmation => {
    const entries = {
      nevenfuncties: person.sidePositions.entries,
      financieleBelangen: person.interests.entries,
    }[register];
    const dates = [getLastConfirmed(entries), person.declarationConfirmed[register]]
      .filter((d): d is string => d !== undefined)
      .sort();
    const lastConfirmed = dates.at(-1);
    const round = getMemberRound(getCurrentRound(site.registers[register].cadans, today), since);
    return {
      register,
      lastConfirmed,
      status: getConfirmationStatus(lastConfirmed, round, today),
      round,
    };
  };
  return Object.fromEntries(
    ROUND_REGISTERS.map((register) => [register, confirmation(register)]),
  ) as Record<RoundRegister, Confirmation>;
}
