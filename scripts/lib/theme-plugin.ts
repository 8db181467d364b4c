/**
 * Vite plugin that serves the theme stylesheet as `virtual:portal-theme.css` (imported by
 * src/layouts/BaseLayout.astro): generated at build time from content/thema.yaml, the default
 * tokens and the stylesheets that read them (src/data/theme.ts), so no token file is edited by hand.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { DEFAULT_TOKENS, generateThemeCss, STYLE_ENTRY, THEME_FILE } from '../../src/data/theme.ts';

const ID = 'virtual:portal-theme.css';
const RESOLVED_ID = `\0${ID}`;

/** The theme stylesheet as a virtual CSS module. */
export function themePlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'integriteitsportaal:theme',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const contentDir = path.resolve(
        process.env['PORTAL_CONTENT_DIR'] ?? path.join(root, 'content'),
      );
      const label = path.relative(root, contentDir).split(path.sep).join('/') || '.';
      // In `astro dev` an edit of these files regenerates the theme.
      for (const file of [
        path.join(contentDir, THEME_FILE),
        path.join(root, DEFAULT_TOKENS),
        path.join(root, STYLE_ENTRY),
      ])
        this.addWatchFile(file);
      return generateThemeCss(root, contentDir, label);
    },
  };
}
