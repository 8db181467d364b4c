/**
 * Adds a person: `npm run persoon:nieuw -- --voorletters J.H. --achternaam Berg [--tussenvoegsel "van den"]
 * [--roepnaam Jan] --functie statenlid|gedeputeerde|commissaris [--fractie <id>] [--portefeuille <tekst>]
 * --van JJJJ-MM-DD [--id <id>]`. Writes content/people/<id>.md with both declarations
 * "niet-opgegeven" until the member declares; refuses an id that exists.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatFullName } from '../src/lib/dutch-names.ts';
import { contentDir, run, today, UsageError } from './lib/cli.ts';
import { contentLabel, validateChanges, writeChanges } from './lib/content-writer.ts';
import { toId } from './lib/import-plan.ts';
import { emitYaml } from './lib/yaml-emit.ts';

const USAGE = 'Gebruik: npm run persoon:nieuw -- --voorletters J.H. --achternaam Berg [--tussenvoegsel "van den"] [--roepnaam Jan] --functie statenlid|gedeputeerde|commissaris [--fractie <id>] [--portefeuille <tekst>] --van JJJJ-MM-DD [--id <id>] [--inhoud <map>]';

await run(USAGE, () => {
  const { values } = parseArgs({
    options: {
      voorletters: { type: 'string' }, roepnaam: { type: 'string' }, tussenvoegsel: { type: 'string' }, achternaam: { type: 'string' },
      functie: { type: 'string' }, fractie: { type: 'string' }, portefeuille: { type: 'string' }, van: { type: 'string' }, id: { type: 'string' }, inhoud: { type: 'string' },
    },
    strict: true,
  });
  for (const required of ['voorletters', 'achternaam', 'functie', 'van'] as const) {
    if (values[required] === undefined) throw new UsageError(`--${required} ontbreekt. (--${required} is missing.)`);
  }
  const naam = { voorletters: values.voorletters ?? '', ...(values.roepnaam ? { roepnaam: values.roepnaam } : {}), ...(values.tussenvoegsel ? { tussenvoegsel: values.tussenvoegsel } : {}), achternaam: values.achternaam ?? '' };
  const id = values.id ?? toId([values.roepnaam ?? values.voorletters, values.tussenvoegsel, values.achternaam].filter(Boolean).join(' '));
  const dir = contentDir(values.inhoud);
  const file = `people/${id}.md`;
  if (existsSync(path.join(dir, file))) throw new UsageError(`${contentLabel(dir)}/${file} bestaat al; kies een ander --id. (The file exists; choose another --id.)`);
  const role = { functie: values.functie, ...(values.fractie ? { fractie: values.fractie } : {}), ...(values.portefeuille ? { portefeuille: values.portefeuille } : {}), van: values.van };
  const source = `---\n${emitYaml({ naam, rollen: [role], nevenfuncties: 'niet-opgegeven', financieleBelangen: 'niet-opgegeven' })}---\n`;
  validateChanges(dir, [{ path: file, source }], today(undefined));
  writeChanges(dir, [{ path: file, source }]);
  console.log(`${formatFullName(naam)} toegevoegd (person added): ${contentLabel(dir)}/${file}. De opgaven staan op "niet-opgegeven" tot het lid ze doet; vraag ze op met npm run ronde.`);
});
