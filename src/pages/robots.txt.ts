/** robots.txt: everything may be indexed; points to the sitemap. */
import type { APIRoute } from 'astro';
import { buildRobotsTxt } from '../lib/sitemap.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('astro.config.mjs needs `site` for robots.txt');
  return new Response(buildRobotsTxt(site), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
