// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  // The canonical address is set per deployment; the demo uses a reserved .example domain.
  site: process.env.PORTAL_SITE_URL ?? 'https://integriteit.zilverland.example',
  trailingSlash: 'always',
  integrations: [mdx()],
  build: {
    // External stylesheets keep pages small and allow a strict Content Security Policy.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  vite: {
    // Never inline scripts into the HTML: the Content Security Policy allows only files from 'self'.
    build: { assetsInlineLimit: 0 },
  },
});
