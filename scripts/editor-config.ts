/**
 * Writes the browser editor's configuration (src/editor/config.yml) from the content schemas:
 * `npm run editor:config`. With `--check` it writes nothing and exits 1 when the file differs
 * from what the schemas give (tests/unit/editor-config.test.ts checks the same). The editor is
 * for one content folder (PORTAL_CONTENT_DIR, else content/): its offices and words are those of
 * the kind of body its site.yaml names.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateEditorConfig } from './lib/editor-config.ts';
import { contentDir, run, UsageError } from './lib/cli.ts';
import { contentLabel, readBodyKind } from './lib/content-writer.ts';

const FILE = path.resolve(import.meta.dirname, '../src/editor/config.yml');
const USAGE = 'Gebruik: npm run editor:config [-- --check]';

await run(USAGE, () => {
  const args = process.argv.slice(2);
  if (args.some((arg) => arg !== '--check'))
    throw new UsageError(`onbekende optie: ${args.join(' ')} (unknown option)`);
  const dir = contentDir(undefined);
  const kind = readBodyKind(dir);
  if (kind === undefined)
    throw new UsageError(
      `${contentLabel(dir)}/site.yaml noemt geen geldige "soort" (provincie, gemeente of waterschap); controleer de inhoud met npm run validate. (site.yaml names no kind of body.)`,
    );
  const current = readFileSync(FILE, 'utf8');
  const generated = generateEditorConfig(kind, current);
  if (args.includes('--check')) {
    if (generated !== current)
      throw new Error(
        "src/editor/config.yml volgt de schema's niet meer: voer `npm run editor:config` uit. (The editor configuration is out of date.)",
      );
    console.log(
      "src/editor/config.yml volgt de schema's. (The editor configuration is up to date.)",
    );
    return;
  }
  if (generated === current) console.log('src/editor/config.yml was al bij. (Already up to date.)');
  else {
    writeFileSync(FILE, generated);
    console.log("src/editor/config.yml geschreven uit de schema's. (Written from the schemas.)");
  }
});
