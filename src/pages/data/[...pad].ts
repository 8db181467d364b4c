/** Every open-data file: CSV, CSV for Excel, XLSX, JSON, JSON Schema, Popolo and DCAT, written at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOpenData } from '../../data/index.ts';
import { bodyStream } from '../../lib/open-data/file-body.ts';

export const getStaticPaths = (() => {
  // A dataset file whose rows did not change is copied from the previous build (catalogue.ts).
  return getOpenData(requireSite(import.meta.env.SITE)).files.map((file) => ({
    params: { pad: file.path.replace(/^\/data\//, '') },
    ...(file.cacheKey ? { cacheKey: file.cacheKey() } : {}),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const file = getOpenData(requireSite(site)).files.find((f) => f.path === `/data/${params.pad}`);
  if (!file) return new Response('Niet gevonden', { status: 404 });
  const body = await file.render();
  return new Response(bodyStream(body), { headers: { 'Content-Type': file.mediaType } });
};

function requireSite(site: URL | string | undefined): URL {
  // Permalinks in the downloads are absolute: without `site` in astro.config they would be wrong.
  if (site === undefined || site === '')
    throw new Error(
      'astro.config.mjs needs `site` (the canonical address) for the open-data files',
    );
  return new URL(site);
}
