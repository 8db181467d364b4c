/**
 * /admin/sveltia-cms.js: the browser editor's own bundle (the @sveltia/cms package), copied into
 * the build so /admin/ loads nothing from another origin. The source-map comment is dropped
 * because the map is not published.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { APIRoute } from 'astro';

export const GET: APIRoute = () => {
  // Resolved from the project (the build runs in its root), not from the bundled page's location.
  const entry = createRequire(path.resolve('package.json')).resolve('@sveltia/cms');
  const code = readFileSync(path.join(path.dirname(entry), '..', 'dist', 'sveltia-cms.js'), 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
