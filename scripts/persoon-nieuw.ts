/**
 * Adds a person: `npm run persoon:nieuw -- --voorletters J.H. --achternaam Berg [--tussenvoegsel "van den"]
 * [--roepnaam Jan] --functie <ambt> [--fractie <id>] [--portefeuille <tekst>]
 * [--deeltijd] --van JJJJ-MM-DD [--id <id>]`. The office is one of the body's own (site.yaml
 * `soort`): raadslid|wethouder|burgemeester in a municipality, statenlid|gedeputeerde|commissaris
 * in a province. Writes content/people/<id>.md with the declaration of every register members
 * declare themselves "niet-opgegeven" until the member declares; refuses an id that exists.
 * `--deeltijd` marks a member of the executive (a wethouder, a gedeputeerde) serving part-time,
 * who publishes no income from side positions.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatFullName } from '../src/lib/dutch-names.ts';
import { makeId } from '../src/lib/ids.ts';
import { getBodyDefinition } from '../src/bodies/index.ts';
import { DECLARED_REGISTERS } from '../src/registers/index.ts';
import { contentDir, officesForUsage, run, today, UsageError } from './lib/cli.ts';
import {
  contentLabel,
  describeOffices,
  officeChoices,
  readBodyKind,
  validateChanges,
  writeChanges,
} from './lib/content-writer.ts';
import { emitYaml } from './lib/yaml-emit.ts';

const USAGE = `Gebruik: npm run persoon:nieuw -- --voorletters J.H. --achternaam Berg [--tussenvoegsel "van den"] [--roepnaam Jan] --functie ${officesForUsage()} [--fractie <id>] [--portefeuille <tekst>] [--deeltijd] --van JJJJ-MM-DD [--id <id>] [--inhoud <map>]`;

await run(USAGE, () => {
  const { values } = parseArgs({
    options: {
      voorletters: { type: 'string' },
      roepnaam: { type: 'string' },
      tussenvoegsel: { type: 'string' },
      achternaam: { type: 'string' },
      functie: { type: 'string' },
      fractie: { type: 'string' },
      portefeuille: { type: 'string' },
      deeltijd: { type: 'boolean' },
      van: { type: 'string' },
      id: { type: 'string' },
      inhoud: { type: 'string' },
    },
    strict: true,
  });
  for (const required of ['voorletters', 'achternaam', 'functie', 'van'] as const) {
    if (values[required] === undefined)
      throw new UsageError(`--${required} ontbreekt. (--${required} is missing.)`);
  }
  const naam = {
    voorletters: values.voorletters ?? '',
    ...(values.roepnaam ? { roepnaam: values.roepnaam } : {}),
    ...(values.tussenvoegsel ? { tussenvoegsel: values.tussenvoegsel } : {}),
    achternaam: values.achternaam ?? '',
  };
  // The id the generator would give the same name: roepnaam (or initials), tussenvoegsel, surname.
  const id = values.id ?? makeId(formatFullName(naam));
  const dir = contentDir(values.inhoud);
  const kind = readBodyKind(dir);
  if (kind !== undefined && !officeChoices(kind).includes(values.functie ?? '')) {
    const words = getBodyDefinition(kind).words.nl;
    throw new UsageError(
      `--functie "${values.functie ?? ''}" is geen ambt bij ${words.theKind}; kies ${describeOffices(kind)}. (Not an office of this kind of body.)`,
    );
  }
  const file = `people/${id}.md`;
  if (existsSync(path.join(dir, file)))
    throw new UsageError(
      `${contentLabel(dir)}/${file} bestaat al; kies een ander --id. (The file exists; choose another --id.)`,
    );
  const role = {
    functie: values.functie,
    ...(values.fractie ? { fractie: values.fractie } : {}),
    ...(values.portefeuille ? { portefeuille: values.portefeuille } : {}),
    ...(values.deeltijd ? { deeltijd: true } : {}),
    van: values.van,
  };
  const declarations = Object.fromEntries(
    DECLARED_REGISTERS.map((d) => [d.declaration.field, 'niet-opgegeven']),
  );
  const source = `---\n${emitYaml({ naam, rollen: [role], ...declarations })}---\n`;
  validateChanges(dir, [{ path: file, source }], today(undefined));
  writeChanges(dir, [{ path: file, source }]);
  console.log(
    `${formatFullName(naam)} toegevoegd (person added): ${contentLabel(dir)}/${file}. De opgaven staan op "niet-opgegeven" tot het lid ze doet; vraag ze op met npm run ronde.`,
  );
});
