/**
 * The demo of one kind of body, generated, built and served in one command (issue #30):
 *
 *   npm run demo -- gemeente            # or provincie, waterschap
 *   npm run demo -- waterschap --alleen-bouwen
 *
 * 1. generates the fictional body's content with its history (scripts/generate-content.ts
 *    --soort <soort> --edities) into <uit>/<soort>/content, fresh each time; for the province the
 *    hand-written files the generator does not make (reports, theme, organisation aliases) come
 *    from content/;
 * 2. builds it with scripts/build.ts into <uit>/<soort>/site (its own build cache, never dist/);
 * 3. serves that folder on http://localhost:4321/ with astro preview, loopback only, until Ctrl+C.
 * <uit> is dist.demo/ unless --uit says otherwise. The demo's "today" is the generator's, so the
 * site shows the demo as generated (nothing overdue but what the demo means to be).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BODY_KINDS, type BodyKind } from '../src/schemas/body.ts';
import { DEFAULT_OPTIONS } from './lib/generate.ts';
import { DEMO_BODIES } from './lib/generate/bodies/index.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

const USAGE = [
  `Gebruik: npm run demo -- <${BODY_KINDS.join('|')}> [--alleen-bouwen] [--uit <map>] [--poort <nummer>]`,
  '  Maakt de demo van een provincie, gemeente of waterschap, bouwt die en toont die op http://localhost:4321/.',
  '  --alleen-bouwen  alleen maken en bouwen, niet tonen',
  '  --uit <map>      waar de demo komt (standaard dist.demo/)',
  `Usage: npm run demo -- <${BODY_KINDS.join('|')}> [--alleen-bouwen] [--uit <dir>] [--poort <number>]`,
  '  Generates the demo of a province, municipality or water board, builds it and serves it on http://localhost:4321/.',
  '  --alleen-bouwen  generate and build only, do not serve',
  '  --uit <dir>      where the demo goes (dist.demo/ by default)',
].join('\n');

/** Files of content/ that the province's demo has but the generator does not write. */
const PROVINCE_HAND_WRITTEN = ['reports', 'thema.yaml', 'organisaties.yaml'] as const;

function fail(message: string): never {
  console.error(message);
  console.error(USAGE);
  process.exit(2);
}

function parseCommand(): { soort: BodyKind; buildOnly: boolean; out: string; port: number } {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        'alleen-bouwen': { type: 'boolean' },
        uit: { type: 'string' },
        poort: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const [given, ...rest] = positionals;
  if (given === undefined)
    fail('Welke demo? Noem een soort bestuursorgaan. / Which demo? Name a kind of body.');
  if (rest.length > 0)
    fail(`Eén soort tegelijk, niet ook "${rest.join(' ')}". / One kind at a time.`);
  const soort = BODY_KINDS.find((kind) => kind === given);
  if (soort === undefined)
    fail(
      `Onbekende soort "${given}": kies ${BODY_KINDS.join(', ')}. / Unknown kind "${given}": choose ${BODY_KINDS.join(', ')}.`,
    );
  const port = Number(values.poort ?? '4321');
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    fail(
      `--poort moet een poortnummer zijn, niet "${values.poort}". / --poort must be a port number.`,
    );
  return {
    soort,
    buildOnly: values['alleen-bouwen'] === true,
    out: path.resolve(values.uit ?? path.join(ROOT, 'dist.demo')),
    port,
  };
}

/** Runs a script of this repository with the same Node.js; stops the demo when it fails. */
function runScript(script: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(process.execPath, [path.join(ROOT, script), ...args], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  if (result.status !== 0) {
    console.error(
      `${script} is mislukt (code ${String(result.status ?? result.signal)}). / ${script} failed.`,
    );
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const { soort, buildOnly, out, port } = parseCommand();
  const folder = path.join(out, soort);
  const content = path.join(folder, 'content');
  const site = path.join(folder, 'site');
  const today = DEFAULT_OPTIONS.today;

  // Fresh content each time: an edited or older demo folder must not mix with the new one.
  rmSync(content, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  console.log(`1/3 Demo-inhoud maken (${soort}) in ${path.relative(ROOT, content) || content}`);
  runScript('scripts/generate-content.ts', [
    '--soort',
    soort,
    '--out',
    content,
    '--today',
    today,
    '--edities',
  ]);
  if (soort === 'provincie') {
    for (const name of PROVINCE_HAND_WRITTEN) {
      const from = path.join(ROOT, 'content', name);
      if (existsSync(from)) cpSync(from, path.join(content, name), { recursive: true });
    }
  }

  console.log(`2/3 Bouwen in ${path.relative(ROOT, site) || site}`);
  // scripts/build.ts gives the output folder its own build cache; the date is the demo's.
  // Each demo has an address of its own (a reserved .example domain), for its canonical links,
  // sitemap and open data.
  const siteUrl = new URL(DEMO_BODIES[soort].website);
  siteUrl.hostname = `integriteit.${siteUrl.hostname}`;
  const env = {
    PORTAL_CONTENT_DIR: content,
    PORTAL_OUT_DIR: site,
    PORTAL_TODAY: today,
    PORTAL_SITE_URL: siteUrl.origin,
  };
  runScript('scripts/build.ts', [], env);
  if (buildOnly) {
    console.log(`Klaar: ${site} / Done.`);
    return;
  }

  console.log(`3/3 Tonen op http://localhost:${port}/ (stoppen: Ctrl+C / stop: Ctrl+C)`);
  Object.assign(process.env, env, { ASTRO_TELEMETRY_DISABLED: '1' });
  // astro preview serves the built folder as the site would be served, with its 404 page and
  // trailing-slash rules; the config's outDir is replaced by the demo's, on loopback only.
  const { preview } = await import('astro');
  await preview({ root: ROOT, outDir: site, server: { host: '127.0.0.1', port } });
}

await main();
