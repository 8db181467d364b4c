/**
 * Writes demo content for a fictional body: the province of Zilverland (the default), the
 * municipality of Ravensmeer or the water board Zilverwaard.
 *
 *   node scripts/generate-content.ts --out <dir> [--soort provincie|gemeente|waterschap] [--people N] [--seed S] [--today YYYY-MM-DD] [--edities | --zonder-edities]
 *
 * The demo (the default size) also gets its history: published editions in edities/ (see
 * scripts/lib/demo-editions.ts). Other sizes get none unless --edities is given.
 *
 * Removes only what it owns in the output folder (people/, gifts/, officials/, fracties.yaml,
 * and reports/ for a kind whose demo brings its reports) and writes site.yaml only when there is
 * none, so an edited site.yaml survives; one of another kind of body is refused.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { BODY_KINDS, type BodyKind } from '../src/schemas/body.ts';
import { addDemoEditions } from './lib/demo-editions.ts';
import {
  DEFAULT_OPTIONS,
  GENERATED_DIRS,
  GENERATED_FILES,
  generateContentWithCounts,
  type GenerateOptions,
} from './lib/generate.ts';
import { DEMO_BODIES } from './lib/generate/bodies/index.ts';

const USAGE =
  'usage: node scripts/generate-content.ts --out <dir> [--soort provincie|gemeente|waterschap] [--people N] [--seed S] [--today YYYY-MM-DD] [--edities | --zonder-edities]';

function parseKind(value: string | undefined): BodyKind {
  if (value === undefined) return 'provincie';
  const kind = BODY_KINDS.find((k) => k === value);
  if (kind === undefined)
    throw new Error(
      `--soort moet ${BODY_KINDS.join(', ')} zijn, niet "${value}" / --soort must be one of ${BODY_KINDS.join(', ')}, got "${value}"`,
    );
  return kind;
}

/** The kind of body an existing site.yaml is for, if it says. */
function readKind(siteFile: string): unknown {
  if (!existsSync(siteFile)) return undefined;
  const site: unknown = parse(readFileSync(siteFile, 'utf8'));
  return typeof site === 'object' && site !== null
    ? (site as Record<string, unknown>)['soort']
    : undefined;
}

function parseWhole(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value)) throw new Error(`--${name} must be a whole number, got "${value}"`);
  return Number(value);
}

/** Thresholds from an existing site.yaml, so generated gifts and scales obey it. */
function readThresholds(siteFile: string): Partial<GenerateOptions> {
  if (!existsSync(siteFile)) return {};
  const site: unknown = parse(readFileSync(siteFile, 'utf8'));
  if (typeof site !== 'object' || site === null) return {};
  const { geschenkdrempel, schaaldrempel } = site as Record<string, unknown>;
  const thresholds: Partial<GenerateOptions> = {};
  if (typeof geschenkdrempel === 'number') thresholds.giftThreshold = geschenkdrempel;
  if (typeof schaaldrempel === 'number') thresholds.scaleThreshold = schaaldrempel;
  return thresholds;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'content' },
      soort: { type: 'string' },
      people: { type: 'string' },
      seed: { type: 'string' },
      today: { type: 'string' },
      edities: { type: 'boolean' },
      'zonder-edities': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const outDir = path.resolve(values.out);
  const siteFile = path.join(outDir, 'site.yaml');
  const soort = parseKind(values.soort);
  // The kept site.yaml must be for the same kind, or the people's offices would not fit it.
  const keptKind = readKind(siteFile);
  if (keptKind !== undefined && keptKind !== soort)
    throw new Error(
      `${siteFile} is for soort "${String(keptKind)}", not "${soort}"; choose another --out or remove site.yaml`,
    );
  const options: Partial<GenerateOptions> = {
    ...readThresholds(siteFile),
    soort,
    people: parseWhole('people', values.people, DEMO_BODIES[soort].defaultPeople),
    seed: parseWhole('seed', values.seed, DEFAULT_OPTIONS.seed),
    today: values.today ?? DEFAULT_OPTIONS.today,
  };

  const started = performance.now();
  const generatedContent = generateContentWithCounts(options);
  const { counts } = generatedContent;
  const withEditions = values.edities ?? (!values['zonder-edities'] && values.people === undefined);
  const files = withEditions
    ? addDemoEditions(
        generatedContent.files,
        options.today ?? DEFAULT_OPTIONS.today,
        DEMO_BODIES[soort],
      )
    : generatedContent.files;
  const generated = performance.now();

  // Guard against pointing --out at a folder that is not a content folder (e.g. the home folder).
  const owned = [...GENERATED_DIRS, ...GENERATED_FILES].filter((name) =>
    existsSync(path.join(outDir, name)),
  );
  if (
    owned.length > 0 &&
    !existsSync(siteFile) &&
    !existsSync(path.join(outDir, 'fracties.yaml'))
  ) {
    throw new Error(
      `${outDir} has ${owned.join(', ')} but no site.yaml or fracties.yaml; not a content folder, nothing removed`,
    );
  }
  for (const dir of GENERATED_DIRS)
    rmSync(path.join(outDir, dir), { recursive: true, force: true });
  if (withEditions) rmSync(path.join(outDir, 'edities'), { recursive: true, force: true });
  // Reports are the generator's only for a kind that brings them (not the province's).
  if (files.some((f) => f.path.startsWith('reports/')))
    rmSync(path.join(outDir, 'reports'), { recursive: true, force: true });
  for (const file of GENERATED_FILES) rmSync(path.join(outDir, file), { force: true });

  const keepSite = existsSync(siteFile);
  let written = 0;
  const made = new Set<string>();
  for (const file of files) {
    if (file.path === 'site.yaml' && keepSite) continue;
    const target = path.join(outDir, ...file.path.split('/'));
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(target, file.source);
    written++;
  }
  const finished = performance.now();

  const rel = path.relative(process.cwd(), outDir) || '.';
  console.log(
    `Wrote ${written} files to ${rel}${keepSite ? ' (kept the existing site.yaml)' : ''}`,
  );
  console.log(
    `  people           ${counts.people} (${soort}: current council members ${counts.currentMembers}, current executives ${counts.currentExecutives}, former ${counts.formerPeople})`,
  );
  console.log(`  fracties         ${counts.fracties}`);
  console.log(`  organisations    ${counts.organisations} in the pool`);
  console.log(`  side positions   ${counts.positions} (ended ${counts.endedPositions})`);
  console.log(`  interests        ${counts.interests}`);
  console.log(`  gifts            ${counts.gifts}`);
  console.log(`  officials        ${counts.officials}`);
  if (withEditions)
    console.log(
      `  editions         ${files.filter((f) => f.path.startsWith('edities/') && f.path !== 'edities/manifest.json').length}`,
    );
  console.log(
    `  time             ${Math.round(generated - started)} ms to generate, ${Math.round(finished - generated)} ms to write`,
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error(USAGE);
  process.exitCode = 1;
}
