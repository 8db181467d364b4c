// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { editorIntegration } from './scripts/lib/editor-integration.ts';
import { themePlugin } from './scripts/lib/theme-plugin.ts';

export default defineConfig({
  // The canonical address is set per deployment; the demo uses a reserved .example domain.
  site: process.env.PORTAL_SITE_URL ?? 'https://integriteit.zilverland.example',
  trailingSlash: 'always',
  // Dutch is the site's language and keeps its URLs; the interface in English lives under /en/
  // (issue #8). Pages render both from one route file under src/pages/[...lang]/.
  i18n: {
    locales: ['nl', 'en'],
    defaultLocale: 'nl',
    routing: { prefixDefaultLocale: false },
  },
  // scripts/build.ts gives each output folder its own cache (scripts/lib/build-cache.ts), so
  // builds of different content never share one.
  cacheDir: process.env.PORTAL_CACHE_DIR ?? './node_modules/.astro',
  // The browser editor at /admin/ only with PORTAL_EDITOR=1 (scripts/lib/editor-integration.ts).
  integrations: [mdx(), editorIntegration()],
  build: {
    // External stylesheets keep pages small and allow a strict Content Security Policy.
    inlineStylesheets: 'never',
    // Two pages at a time: while one page's files are written (a folder and a file per page, twice
    // with the incremental cache), the next one renders. About 20% faster at 5,000 and 20,000
    // people; four at a time was no faster and used more memory (docs/benchmarks.md).
    concurrency: 2,
  },
  devToolbar: { enabled: false },
  experimental: {
    // A rebuild copies person and organisation pages whose data did not change from the previous
    // build into the same folder (their cacheKey: src/data/page-keys.ts) instead of rendering them;
    // scripts/build.ts makes that copy a hard link (scripts/lib/sync-writes.ts).
    incrementalBuild: true,
  },
  vite: {
    // The design tokens' stylesheet, generated from content/thema.yaml (docs/theming.md).
    plugins: [themePlugin()],
    // Never inline scripts into the HTML: the Content Security Policy allows only files from 'self'.
    build: { assetsInlineLimit: 0 },
  },
});
