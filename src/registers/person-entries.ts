/** What the registers that members declare in their own file (content/people/<id>.md) share. */
import { addMonths } from '../lib/dates.ts';
import { formatFullName } from '../lib/dutch-names.ts';
import { CADENCE_MONTHS } from '../lib/labels.ts';
import { pickFields } from '../lib/editions.ts';
import type { EditionRecord } from '../schemas/edition.ts';
import type { Cadence } from '../schemas/site.ts';
import type { PersonRecord } from '../schemas/records.ts';
import type { RecordFileContext } from './types.ts';

/** One record per entry of a person's list in `field`, keyed `<person>/<entry id>`. */
export function buildPersonEntryRecords(
  people: readonly PersonRecord[],
  entriesOf: (person: PersonRecord) => unknown,
  fields: readonly string[],
): EditionRecord[] {
  const records: EditionRecord[] = [];
  for (const person of people) {
    const entries = entriesOf(person);
    if (!Array.isArray(entries)) continue;
    const naam = formatFullName(person.naam);
    for (const entry of entries as readonly { id: string }[]) {
      records.push({
        sleutel: `${person.id}/${entry.id}`,
        persoon: person.id,
        naam,
        velden: pickFields(entry, fields),
      });
    }
  }
  return records;
}

/** The person file a record of a person's declaration lives in. */
export function personRecordFile(record: EditionRecord, context: RecordFileContext): string {
  return `${context.label}/people/${record.persoon ?? ''}.md`;
}

/** The advice for a record with an end date: end it rather than delete it. */
export const END_OR_WITHDRAW = {
  nl: 'zet haar terug en geef een einddatum ("tot"), of trek haar in met een datum en een reden ("ingetrokken: { datum, reden }")',
  en: 'restore it and give an end date ("tot"), or withdraw it with a date and a reason ("ingetrokken: { datum, reden }")',
};

/** The advice for a record without an end date: withdrawal is the one way out. */
export const WITHDRAW = {
  nl: 'zet haar terug en trek haar in met een datum en een reden ("ingetrokken: { datum, reden }")',
  en: 'restore it and withdraw it with a date and a reason ("ingetrokken: { datum, reden }")',
};

/** A string field of an edition record's values, or ''. */
export function textField(velden: Readonly<Record<string, unknown>>, field: string): string {
  const value = velden[field];
  return typeof value === 'string' ? value : '';
}

/** The next update is due one cadence (a quarter, half a year, a year) after the last. */
export function dueByCadence(lastUpdate: string, cadence: Cadence): string {
  return addMonths(lastUpdate, CADENCE_MONTHS[cadence]);
}
