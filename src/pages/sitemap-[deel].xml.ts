/**
 * /sitemap-<n>.xml: the sitemap's files, each with up to SITEMAP_SIZE pages (src/pages/_sitemap-files.ts).
 * A file whose pages did not change is taken from the previous build (its cacheKey).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSitemapFiles } from './_sitemap-files.ts';
import { buildSitemapXml, type SitemapFile } from '../lib/sitemap.ts';

export const getStaticPaths = (async () => {
  const files = await getSitemapFiles();
  return files.map((file) => ({
    params: { deel: String(file.number) },
    props: { file },
    cacheKey: file.key,
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: SitemapFile }> = ({ site, props }) => {
  if (!site) throw new Error('astro.config.mjs needs `site` for the sitemap');
  return new Response(buildSitemapXml(site, props.file.paths, props.file.site), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
