/**
 * Ends a term: `npm run termijn:einde -- <persoon-id> --datum JJJJ-MM-DD [--functie <ambt>] [--ook-qq]`.
 * Gives the person's current role (or the one of --functie, an office of the body's own kind:
 * raadslid|wethouder|burgemeester in a municipality, statenlid|… in a province) an end date; the person stays on
 * record as a former member. With --ook-qq, side positions held by virtue of office end on the
 * same date. Nothing is removed. An office that carries the duty to publish income from side
 * positions (neveninkomsten) leaves that duty for its last year: the script says by when.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatDateNl } from '../src/lib/dates.ts';
import { carriesIncomeDuty, incomeDueDate } from '../src/lib/side-income.ts';
import type { Role } from '../src/schemas/person.ts';
import { getBodyDefinition } from '../src/bodies/index.ts';
import { contentDir, officesForUsage, run, today, UsageError } from './lib/cli.ts';
import {
  contentLabel,
  describeOffices,
  editFrontMatter,
  officeChoices,
  readBodyKind,
  validateChanges,
  writeChanges,
  type Plain,
} from './lib/content-writer.ts';

const USAGE = `Gebruik: npm run termijn:einde -- <persoon-id> --datum JJJJ-MM-DD [--functie ${officesForUsage()}] [--ook-qq] [--inhoud <map>]`;

await run(USAGE, () => {
  const { values, positionals } = parseArgs({
    options: {
      datum: { type: 'string' },
      functie: { type: 'string' },
      'ook-qq': { type: 'boolean' },
      inhoud: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const id = positionals[0];
  if (id === undefined)
    throw new UsageError('Geef het id van de persoon op. (Name the person id.)');
  if (values.datum === undefined)
    throw new UsageError('--datum ontbreekt: de laatste dag van de termijn. (--datum is missing.)');
  const end = today(values.datum);
  const dir = contentDir(values.inhoud);
  const kind = readBodyKind(dir);
  if (
    kind !== undefined &&
    values.functie !== undefined &&
    !officeChoices(kind).includes(values.functie)
  )
    throw new UsageError(
      `--functie "${values.functie}" is geen ambt bij ${getBodyDefinition(kind).words.nl.theKind}; kies ${describeOffices(kind)}. (Not an office of this kind of body.)`,
    );
  const file = `people/${id}.md`;
  if (!existsSync(path.join(dir, file)))
    throw new UsageError(`${contentLabel(dir)}/${file} bestaat niet. (Unknown person.)`);
  let ended = 0;
  let incomeDuty = false;
  const openQq: string[] = [];
  const source = editFrontMatter(readFileSync(path.join(dir, file), 'utf8'), (data) => {
    for (const role of (data['rollen'] as Plain[] | undefined) ?? []) {
      if (
        role['tot'] !== undefined ||
        (values.functie !== undefined && role['functie'] !== values.functie)
      )
        continue;
      role['tot'] = end;
      ended++;
      if (carriesIncomeDuty(role as Pick<Role, 'functie' | 'deeltijd'>)) incomeDuty = true;
    }
    const positions = data['nevenfuncties'];
    if (Array.isArray(positions)) {
      for (const position of positions as Plain[]) {
        if (position['qq'] !== true || position['tot'] !== undefined) continue;
        if (values['ook-qq']) position['tot'] = end;
        else openQq.push(String(position['id']));
      }
    }
  });
  if (ended === 0)
    throw new UsageError(
      `${id} heeft geen lopende termijn${values.functie ? ` als ${values.functie}` : ''}. (No current term.)`,
    );
  validateChanges(dir, [{ path: file, source }], today(undefined));
  writeChanges(dir, [{ path: file, source }]);
  console.log(
    `Termijn beëindigd op ${formatDateNl(end)} (term ended): ${contentLabel(dir)}/${file}. De persoon blijft zichtbaar als oud-lid.`,
  );
  const year = Number(end.slice(0, 4));
  if (incomeDuty)
    console.log(
      `Let op: de inkomsten uit nevenfuncties over ${year} moeten uiterlijk ${formatDateNl(incomeDueDate(year))} openbaar zijn (neveninkomsten in het persoonsbestand).`,
    );
  if (openQq.length > 0)
    console.log(
      `Let op: ${openQq.length} nevenfunctie(s) uit hoofde van het ambt lopen nog: ${openQq.join(', ')}. Beëindig ze met --ook-qq of geef ze een einddatum.`,
    );
});
