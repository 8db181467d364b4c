/**
 * The demo of each kind of body, built, for the quality gates that run on all three (issue #30):
 * the province's is dist/ (`npm run build` of content/), the municipality's and the water board's
 * are shared sites built from the generator's output (tests/shared-sites.ts).
 */
import { getContentDir, getToday } from '../../src/data/index.ts';
import { loadContent, type Content } from '../../src/data/load.ts';
import { buildPortal, type Portal } from '../../src/data/portal.ts';
import { BODY_KINDS, type BodyKind } from '../../src/schemas/body.ts';
import { DEMO_TODAY, sharedSite, sharedSiteContent, type SharedSiteName } from '../shared-sites.ts';
import { assertBuilt, DIST } from './site.ts';

/** A built demo: where its site and its content are, the day it was built for, its content loaded and resolved. */
export interface Demo {
  kind: BodyKind;
  /** The built site's folder. */
  site: string;
  /** The content folder it was built from. */
  content: string;
  today: string;
  loaded: Content;
  portal: Portal;
}

/** Where each kind's demo comes from: dist/, or the shared site of that name. */
const SOURCES = {
  provincie: 'dist',
  gemeente: 'gemeente',
  waterschap: 'waterschap',
} as const satisfies Record<BodyKind, SharedSiteName | 'dist'>;

/** Every kind of body, for `describe.each`. */
export const DEMO_KINDS: readonly BodyKind[] = BODY_KINDS;

const opened = new Map<BodyKind, Promise<Demo>>();

/** The built demo of `kind`: waits for its shared site to be built (call it in `beforeAll`). */
export function getDemo(kind: BodyKind): Promise<Demo> {
  let demo = opened.get(kind);
  if (!demo) {
    demo = open(kind);
    opened.set(kind, demo);
  }
  return demo;
}

async function open(kind: BodyKind): Promise<Demo> {
  const source = SOURCES[kind];
  let site: string;
  let content: string;
  let today: string;
  if (source === 'dist') {
    assertBuilt();
    [site, content, today] = [DIST, getContentDir(), getToday()];
  } else {
    site = await sharedSite(source);
    [content, today] = [sharedSiteContent(source), DEMO_TODAY];
  }
  const loaded = loadContent(content, { today });
  return { kind, site, content, today, loaded, portal: buildPortal(loaded, today) };
}
