/** /wijzigingen/feed.xml: an Atom feed announcing each new edition of a register and its changes. */
import type { APIRoute } from 'astro';
import { getEditions, getPortal } from '../../data/index.ts';
import { buildAtomFeed } from '../../lib/feed.ts';
import { REGISTERS } from '../../registers/index.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('astro.config.mjs needs `site` for the feed');
  const { site: config } = getPortal();
  const editions = getEditions().map((e) => ({ ...e, registerTitle: REGISTERS[e.register].title }));
  const xml = buildAtomFeed(
    { site, title: `Wijzigingen in de integriteitsregisters – Provincie ${config.provincie}`, author: { name: config.contact.naam, email: config.contact.email }, path: '/wijzigingen/', selfPath: '/wijzigingen/feed.xml' },
    editions,
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
