/** The demo of each kind of body, one definition each (types.ts). */
import type { BodyKind } from '../../../../src/schemas/body.ts';
import { municipalityDemo } from './gemeente.ts';
import { provinceDemo } from './provincie.ts';
import type { DemoBody } from './types.ts';
import { waterBoardDemo } from './waterschap.ts';

export type { Department, DemoBody, QqPosition } from './types.ts';

export const DEMO_BODIES: Record<BodyKind, DemoBody> = {
  provincie: provinceDemo,
  gemeente: municipalityDemo,
  waterschap: waterBoardDemo,
};
