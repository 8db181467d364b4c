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
