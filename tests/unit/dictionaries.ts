/**
 * The dictionaries of a body for tests that need interface words but no content folder: the
 * words depend on the kind of body (src/i18n/nl.ts, `dutch(body)`), and most tests speak of the
 * province's demo, Zilverland.
 */
import { bodyContext } from '../../src/bodies/index.ts';
import { english } from '../../src/i18n/en.ts';
import { dutch } from '../../src/i18n/nl.ts';

export { bodyContext };

/** The province of the demo: Provincie Zilverland. */
export const PROVINCE = bodyContext({ soort: 'provincie', naam: 'Zilverland' });

/** The Dutch and English interface of the province's demo. */
export const nl = dutch(PROVINCE);
export const en = english(PROVINCE);
