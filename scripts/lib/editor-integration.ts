/**
 * The browser editor at /admin/ (Sveltia CMS) is opt-in: a build includes it only with
 * `PORTAL_EDITOR=1`. Without it, nothing of the editor ships: not its 2 MB bundle, nor its
 * configuration, which names the repository. With it, the build writes into admin/:
 * index.html, config.yml (generated from the schemas: scripts/lib/editor-config.ts),
 * sveltia-cms.js (src/editor/bundle.ts: nothing from other origins), formats.js (how the editor
 * reads and writes the content files: src/editor/formats.ts), the fonts, the portal's icon
 * (public/favicon.svg), and `_headers` with the
 * editor's own Content-Security-Policy, for an origin of its own (docs/contributing.md, "Browser editor: hosting").
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  buildEditorBundle,
  buildEditorFormats,
  EDITOR_FONTS,
  readEditorFont,
} from '../../src/editor/bundle.ts';

const EDITOR_DIR = path.resolve(import.meta.dirname, '../../src/editor');
const ICON = path.resolve(import.meta.dirname, '../../public/favicon.svg');

/** Whether this build includes the editor: `PORTAL_EDITOR=1` (or `aan`, `true`). */
export function isEditorEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(?:1|aan|true|ja)$/i.test(env['PORTAL_EDITOR'] ?? '');
}

/** Writes the editor into `<outDir>/admin/`. */
export function writeEditor(outDir: string): void {
  const dir = path.join(outDir, 'admin');
  mkdirSync(path.join(dir, 'fonts'), { recursive: true });
  for (const file of ['index.html', 'config.yml', '_headers'])
    copyFileSync(path.join(EDITOR_DIR, file), path.join(dir, file));
  copyFileSync(ICON, path.join(dir, 'favicon.svg'));
  writeFileSync(path.join(dir, 'sveltia-cms.js'), buildEditorBundle());
  writeFileSync(path.join(dir, 'formats.js'), buildEditorFormats());
  for (const font of EDITOR_FONTS)
    writeFileSync(path.join(dir, 'fonts', font.file), readEditorFont(font));
}

/** The Astro integration: adds the editor to the build when it is switched on. */
export function editorIntegration(): AstroIntegration {
  return {
    name: 'portal-editor',
    hooks: {
      'astro:build:done': ({ dir }) => {
        if (isEditorEnabled()) writeEditor(fileURLToPath(dir));
      },
    },
  };
}
