/** Content records as loaded: the validated file contents with where they came from. */
import type { Gift } from './gift.ts';
import type { OfficialFunction } from './official.ts';
import type { Person } from './person.ts';

/** A person with the id taken from the file name. */
export type PersonRecord = Person & { id: string; file: string };
/** A gift with the file it came from. */
export type GiftRecord = Gift & { file: string };
/** An official's function with the file it came from. */
export type OfficialRecord = OfficialFunction & { file: string };
