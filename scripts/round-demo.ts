/**
 * A whole update round on a copy of the demo content, in one command:
 *   node scripts/round-demo.ts --uit <map> [--bestand <spreadsheet>] [--datum JJJJ-MM-DD]
 * 1. copies content/ to <map>/content; 2. starts the round (npm run ronde) into <map>/ronde;
 * 3. previews and then imports the changed spreadsheet (npm run import, then --schrijf; by default
 *    tests/fixtures/import/ronde-demo.csv); 4. publishes an edition of every register
 *    (npm run editie -- alle); 5. builds the site into <map>/site. Stops at the first failing step.
 * The real content/ is never touched. Used by tests/build/update-round.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { uit: { type: 'string' }, bestand: { type: 'string' }, datum: { type: 'string' } },
  strict: true,
});
if (values.uit === undefined) {
  console.error(
    'Gebruik: node scripts/round-demo.ts --uit <map> [--bestand <spreadsheet>] [--datum JJJJ-MM-DD]',
  );
  process.exit(1);
}
const out = path.resolve(values.uit);
const content = path.join(out, 'content');
const datum = values.datum ?? '2026-11-22';
const sheet = path.resolve(
  values.bestand ?? path.join(ROOT, 'tests/fixtures/import/ronde-demo.csv'),
);
rmSync(out, { recursive: true, force: true });
cpSync(path.join(ROOT, 'content'), content, { recursive: true });

// A test runner puts DEV, PROD, MODE, SSR and BASE_URL (and NODE_ENV=test) into the environment;
// Astro then reads DEV as true, and the query layer re-reads all content for every page
// (getPortal in src/data/index.ts), which makes a build of the demo take minutes. A build is production.
const inherited = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL'].includes(key),
  ),
);
const env = {
  ...inherited,
  NODE_ENV: 'production',
  ASTRO_TELEMETRY_DISABLED: '1',
  PORTAL_TODAY: datum,
  PORTAL_CONTENT_DIR: content,
  PORTAL_OUT_DIR: path.join(out, 'site'),
  PORTAL_QUIET: '1',
};
const steps: [string, string[]][] = [
  ['ronde', ['scripts/ronde.ts', '--uit', path.join(out, 'ronde')]],
  ['import (voorbeeld)', ['scripts/import.ts', sheet]],
  ['import', ['scripts/import.ts', sheet, '--schrijf']],
  ['editie', ['scripts/editie.ts', 'alle']],
  ['build', ['scripts/build.ts']],
];
for (const [name, args] of steps) {
  console.log(`\n== ${name}`);
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8' });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  if (result.status !== 0) {
    console.error(
      `\nStap "${name}" is mislukt; de ronde is gestopt. (Step failed; the round stopped.)`,
    );
    process.exit(1);
  }
}
console.log(`\nRonde afgerond (round complete): site in ${path.join(out, 'site')}`);
