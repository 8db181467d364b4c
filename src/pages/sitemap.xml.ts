/** sitemap.xml: the sitemap index, which lists the sitemap files (src/lib/sitemap.ts). */
import type { APIRoute } from 'astro';
import { getSitemapFiles } from './_sitemap-files.ts';
import { buildSitemapIndexXml } from '../lib/sitemap.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs needs `site` for the sitemap');
  const files = await getSitemapFiles();
  return new Response(buildSitemapIndexXml(site, files.length), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
