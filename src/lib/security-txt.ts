/** The text of /.well-known/security.txt (RFC 9116). */
import { addMonths } from './dates.ts';

export interface SecurityTxtOptions {
  /** Where reports go. */
  email: string;
  /** Absolute URL of the file itself. */
  canonical: string;
  /** Build date, JJJJ-MM-DD; the file expires eleven months later, so a site rebuilt yearly stays valid. */
  today: string;
}

/** RFC 9116 asks for an expiry less than a year ahead; every build renews it. */
export function buildSecurityTxt({ email, canonical, today }: SecurityTxtOptions): string {
  return [
    `Contact: mailto:${email}`,
    `Expires: ${addMonths(today, 11)}T00:00:00.000Z`,
    'Preferred-Languages: nl, en',
    `Canonical: ${canonical}`,
    '',
  ].join('\n');
}

/** Days before its expiry from which the build warns that the published security.txt runs out. */
export const SECURITY_TXT_WARN_DAYS = 30;

/** The date (JJJJ-MM-DD) a security.txt's `Expires` field gives, or undefined when it has none. */
export function readSecurityTxtExpiry(text: string): string | undefined {
  return /^Expires:\s*(\d{4}-\d{2}-\d{2})T/im.exec(text)?.[1];
}

/**
 * A warning when the published security.txt (`text`) expires within `SECURITY_TXT_WARN_DAYS` of
 * `today`, or has expired: an expired file tells security researchers that its contact is stale.
 * Undefined when it has longer, or when there is no published file yet.
 */
export function getSecurityTxtWarning(text: string | undefined, today: string): string | undefined {
  if (text === undefined) return undefined;
  const expires = readSecurityTxtExpiry(text);
  if (expires === undefined) return undefined;
  const days = Math.round(
    (Date.parse(`${expires}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  );
  if (days > SECURITY_TXT_WARN_DAYS) return undefined;
  const when =
    days < 0
      ? `is op ${expires} verlopen`
      : `verloopt op ${expires} (over ${days} ${days === 1 ? 'dag' : 'dagen'})`;
  const whenEn =
    days < 0
      ? `expired on ${expires}`
      : `expires on ${expires} (in ${days} day${days === 1 ? '' : 's'})`;
  return (
    `Let op: /.well-known/security.txt van de gepubliceerde site ${when}. Deze build vernieuwt het bestand; bouw de site voortaan minstens eens per elf maanden (zie docs/griffie.md, "Actueel houden"). ` +
    `(Warning: the published site's /.well-known/security.txt ${whenEn}. This build renews it; rebuild the site at least every eleven months from now on.)`
  );
}
