/**
 * Starts the content repository of a new body: `npm run nieuw -- --soort provincie|gemeente|waterschap
 * --naam <naam> --uit <map> [--benaming waterschap|hoogheemraadschap|wetterskip] [--email <adres>]
 * [--datum JJJJ-MM-DD] [--schrijf]`. Shows what it would write; writes only with --schrijf, and
 * only into a folder that does not exist or is empty, so it never overwrites anything.
 *
 * The repository holds a README.md and a .gitignore, and the content itself in `content/`: the
 * loader refuses every file it does not know, so the content folder cannot be the repository's
 * root (its `.git/` and README.md would be refused). The site is built from it with a checked-out
 * release of the portal: `PORTAL_CONTENT_DIR=<map>/content npm run build` (docs/griffie.md).
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { bodyName, getBodyDefinition, getBodyWords } from '../src/bodies/index.ts';
import { formatDateNl } from '../src/lib/dates.ts';
import { makeId } from '../src/lib/ids.ts';
import { formatFieldPath, fromZodIssues } from '../src/lib/content-errors.ts';
import {
  BODY_KINDS,
  BodyKindSchema,
  WATER_BOARD_NAMES,
  type BodyKind,
} from '../src/schemas/body.ts';
import { REGISTER_KEYS, SiteConfigSchema, type Cadence } from '../src/schemas/site.ts';
import { contentLabel } from './lib/content-writer.ts';
import { run, today, UsageError } from './lib/cli.ts';
import { emitYaml } from './lib/yaml-emit.ts';

const USAGE =
  'Gebruik: npm run nieuw -- --soort provincie|gemeente|waterschap --naam <naam> --uit <map> [--benaming waterschap|hoogheemraadschap|wetterskip] [--email <adres>] [--datum JJJJ-MM-DD] [--schrijf]';

/** The folder inside the repository that holds the content (PORTAL_CONTENT_DIR). */
const CONTENT = 'content';

/** Cadences as in the portal's own content/site.yaml. */
const CADENCES: Record<(typeof REGISTER_KEYS)[number], Cadence> = {
  nevenfuncties: 'halfjaar',
  financieleBelangen: 'halfjaar',
  geschenken: 'kwartaal',
  nevenwerkzaamheden: 'jaar',
  neveninkomsten: 'jaar',
};

/** The office that keeps the registers, as the contact: "Griffie Ravensmeer". */
const CONTACT: Record<BodyKind, string> = {
  provincie: 'Statengriffie',
  gemeente: 'Griffie',
  waterschap: 'Bestuurssecretariaat',
};

/** The option that fills in a field of site.yaml, to name it in a message. */
const OPTION_OF_FIELD: Record<string, string> = {
  naam: '--naam',
  benaming: '--benaming',
  'contact.naam': '--naam',
  'contact.email': '--email',
};

interface PlannedFile {
  /** Path inside the new folder, with forward slashes. */
  path: string;
  source: string;
}

function kindOption(value: string | undefined): BodyKind {
  const kinds = BODY_KINDS.join(', ');
  if (value === undefined)
    throw new UsageError(`--soort ontbreekt: ${kinds}. (--soort is missing: ${kinds}.)`);
  const parsed = BodyKindSchema.safeParse(value);
  if (!parsed.success)
    throw new UsageError(
      `--soort moet een van ${kinds} zijn, kreeg "${value}". (--soort must be one of ${kinds}, got "${value}".)`,
    );
  return parsed.data;
}

function nameOption(value: string | undefined, kind: BodyKind): string {
  if (value === undefined || value.trim() === '')
    throw new UsageError(
      '--naam ontbreekt: de naam zonder soort, zoals "Ravensmeer". (--naam is missing: the name without the kind, like "Ravensmeer".)',
    );
  const naam = value.trim();
  const first = naam.split(/\s+/)[0] ?? '';
  const kindWords = new Set<string>([kind, ...(kind === 'waterschap' ? WATER_BOARD_NAMES : [])]);
  if (kindWords.has(first.toLowerCase()))
    throw new UsageError(
      `--naam is de naam zonder "${first}": schrijf "${naam.slice(first.length).trim()}". (--naam is the name without the kind word.)`,
    );
  return naam;
}

function benamingOption(value: string | undefined, kind: BodyKind): string | undefined {
  if (value === undefined) return undefined;
  const names = WATER_BOARD_NAMES.join(', ');
  if (kind !== 'waterschap')
    throw new UsageError(
      `--benaming is er alleen voor een waterschap (${names}). (--benaming is for a water board only.)`,
    );
  if (!(WATER_BOARD_NAMES as readonly string[]).includes(value))
    throw new UsageError(
      `--benaming moet een van ${names} zijn, kreeg "${value}". (--benaming must be one of ${names}, got "${value}".)`,
    );
  return value;
}

/** site.yaml for a body with empty registers, each brought up to date today. */
function siteYaml(
  kind: BodyKind,
  naam: string,
  benaming: string | undefined,
  email: string,
  date: string,
): string {
  const { defaults } = getBodyDefinition(kind);
  const data = {
    soort: kind,
    naam,
    ...(benaming === undefined ? {} : { benaming }),
    fictief: false,
    contact: { naam: `${CONTACT[kind]} ${naam}`, email },
    geschenkdrempel: defaults.geschenkdrempel,
    schaaldrempel: defaults.schaaldrempel,
  };
  const registers = REGISTER_KEYS.map(
    (key) => `  ${key}: { cadans: ${CADENCES[key]}, bijgewerkt: ${date} }`,
  );
  const source = `${emitYaml(data)}registers:\n${registers.join('\n')}\n`;
  // The file must read back as a valid site.yaml; a wrong --naam or --email stops here, and the
  // message names the option that gave the field.
  const result = SiteConfigSchema.safeParse(parse(source), { reportInput: true });
  if (!result.success) {
    const problems = fromZodIssues(`${CONTENT}/site.yaml`, result.error.issues).map((issue) => {
      const field = formatFieldPath(issue.path);
      const option = OPTION_OF_FIELD[field] ?? field;
      return `${option}: ${issue.nl} (${issue.en})`;
    });
    throw new UsageError(problems.join('\n'));
  }
  return source;
}

function readme(
  kind: BodyKind,
  naam: string,
  benaming: string | undefined,
  folder: string,
): string {
  const name = bodyName({ soort: kind, naam, benaming }, 'nl');
  const words = getBodyWords(kind, 'nl');
  return `# Integriteitsportaal ${name}

De inhoud van het integriteitsportaal van ${name}:

- de nevenfuncties en financiële belangen van ${words.offices.member.many},
  ${words.offices.executive.many} en de ${words.offices.chair.one}
- het geschenkenregister, de nevenwerkzaamheden van ambtenaren en de jaarverslagen integriteit

## Wat staat waar

Alles staat in \`${CONTENT}/\`; daar mag niets anders in staan.

- \`${CONTENT}/site.yaml\`: de naam, het contactadres, de drempels en per register de cadans en
  de datum van de laatste bijwerking
- \`${CONTENT}/fracties.yaml\`: de fracties (\`id\`, \`naam\`, \`afkorting\`)
- \`${CONTENT}/people/<id>.md\`: één bestand per persoon
- \`${CONTENT}/gifts/<jaar>.yaml\`, \`${CONTENT}/officials/*.yaml\`, \`${CONTENT}/reports/<jaar>.md\`:
  geschenken, functies van ambtenaren, jaarverslagen

## Bouwen

De site wordt gebouwd met een uitgebrachte versie van het portaal, naast deze map:

\`\`\`sh
git clone --branch vX.Y.Z <adres van het portaal> portaal
cd portaal && npm install
PORTAL_CONTENT_DIR=../${folder}/${CONTENT} npm run validate
PORTAL_CONTENT_DIR=../${folder}/${CONTENT} PORTAL_OUT_DIR=../site npm run build
\`\`\`

Een persoon toevoegen, een ronde, edities en bijwerken naar een nieuwe versie: zie
\`docs/griffie.md\` in het portaal, hoofdstuk "Eigen inhoud".
`;
}

const GITIGNORE = `# Een gebouwde site hoort niet in de inhoud. (A built site does not belong in the content.)
dist/
# Tijdelijke bestanden van Office en macOS.
~$*
.DS_Store
`;

function fracties(): string {
  return `# De fracties: id (kleine letters en streepjes), naam en afkorting, bijvoorbeeld
#   - id: groen-verbond
#     naam: Groen Verbond
#     afkorting: GV
fracties: []
`;
}

await run(USAGE, () => {
  const { values } = parseArgs({
    options: {
      soort: { type: 'string' },
      naam: { type: 'string' },
      benaming: { type: 'string' },
      email: { type: 'string' },
      uit: { type: 'string' },
      datum: { type: 'string' },
      schrijf: { type: 'boolean' },
    },
    strict: true,
  });
  const kind = kindOption(values.soort);
  const naam = nameOption(values.naam, kind);
  const benaming = benamingOption(values.benaming, kind);
  if (values.uit === undefined || values.uit.trim() === '')
    throw new UsageError(
      '--uit ontbreekt: de nieuwe map, zoals ../integriteit-ravensmeer. (--uit is missing: the new folder.)',
    );
  const dir = path.resolve(values.uit);
  const label = contentLabel(dir);
  if (existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length > 0))
    throw new UsageError(
      `${label} bestaat al en is niet leeg; er wordt niets overschreven. Kies met --uit een nieuwe map. (${label} exists and is not empty; nothing is overwritten. Choose a new folder with --uit.)`,
    );
  const date = today(values.datum);
  const email = values.email ?? `${makeId(CONTACT[kind])}@${makeId(naam)}.example`;
  const files: PlannedFile[] = [
    { path: 'README.md', source: readme(kind, naam, benaming, path.basename(dir)) },
    { path: '.gitignore', source: GITIGNORE },
    { path: `${CONTENT}/site.yaml`, source: siteYaml(kind, naam, benaming, email, date) },
    { path: `${CONTENT}/fracties.yaml`, source: fracties() },
  ];
  const name = bodyName({ soort: kind, naam, benaming }, 'nl');

  if (!values.schrijf) {
    console.log(`Voorbeeld: nieuwe inhoud voor ${name} in ${label}/ (preview):`);
    for (const file of files) {
      console.log(`\n── ${label}/${file.path}`);
      console.log(file.source.trimEnd());
    }
    console.log(
      `\nEr is nog niets geschreven. Klopt alles hierboven, schrijf dan met --schrijf erbij. (Nothing was written yet; add --schrijf to write.)`,
    );
    return;
  }
  for (const file of files) {
    const target = path.join(dir, ...file.path.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    // 'wx': never overwrite, even if a file appeared since the check above.
    writeFileSync(target, file.source, { flag: 'wx' });
  }
  console.log(
    `Nieuwe inhoud voor ${name} geschreven (content created): ${label}/. De registers zijn leeg en bijgewerkt op ${formatDateNl(date)}.`,
  );
  if (values.email === undefined)
    console.log(
      `Let op: het contactadres is ${email}; zet het echte adres in ${label}/${CONTENT}/site.yaml (contact.email).`,
    );
  console.log(
    `Controleer met: PORTAL_CONTENT_DIR=${label}/${CONTENT} npm run validate. Zie ${label}/README.md.`,
  );
});
