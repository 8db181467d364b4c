/** sitemap.xml: every HTML page, from the page routes and their getStaticPaths. */
import type { APIRoute } from 'astro';
import { buildSitemapXml, routeToPaths } from '../lib/sitemap.ts';

interface PageModule {
  getStaticPaths?: () => { params: Record<string, string | number | undefined> }[] | Promise<{ params: Record<string, string | number | undefined> }[]>;
}

const pages = import.meta.glob<PageModule>('./**/*.astro', { eager: true });

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs needs `site` for the sitemap');
  const paths: string[] = [];
  for (const [file, page] of Object.entries(pages)) {
    const params = page.getStaticPaths ? (await page.getStaticPaths()).map((p) => p.params) : undefined;
    paths.push(...routeToPaths({ file: file.replace(/^\.\//, '../pages/'), params }));
  }
  return new Response(buildSitemapXml(site, paths), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
