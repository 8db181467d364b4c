/** /wijzigingen/feed.xml: an Atom feed announcing each new edition of a register and its changes, in Dutch. */
import type { APIRoute } from 'astro';
import { getEditions, getPortal } from '../../data/index.ts';
import { getI18n } from '../../i18n/index.ts';
import { buildAtomFeed } from '../../lib/feed.ts';
import { describeRecord, REGISTERS } from '../../registers/index.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('astro.config.mjs needs `site` for the feed');
  const { site: config } = getPortal();
  const texts = getI18n('nl').t;
  const editions = getEditions().map((e) => ({ ...e, registerTitle: REGISTERS[e.register].title }));
  const xml = buildAtomFeed(
    {
      site,
      title: texts.feed.title,
      author: { name: config.contact.naam, email: config.contact.email },
      path: '/wijzigingen/',
      selfPath: '/wijzigingen/feed.xml',
      locale: 'nl',
      texts,
      describeRecord,
    },
    editions,
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
