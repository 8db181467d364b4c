import { describe, expect, test } from 'vitest';
import {
  buildSecurityTxt,
  getSecurityTxtWarning,
  readSecurityTxtExpiry,
} from '../../src/lib/security-txt.ts';

const file = buildSecurityTxt({
  email: 'griffie@example.test',
  canonical: 'https://example.test/.well-known/security.txt',
  today: '2026-01-15',
});

describe('security.txt', () => {
  test('expires eleven months after the build (RFC 9116: less than a year ahead)', () => {
    expect(readSecurityTxtExpiry(file)).toBe('2026-12-15');
  });

  test('the build warns when the published file has a month or less left, or has expired', () => {
    expect(getSecurityTxtWarning(file, '2026-11-14')).toBeUndefined();
    expect(getSecurityTxtWarning(file, '2026-11-15')).toContain(
      'verloopt op 2026-12-15 (over 30 dagen)',
    );
    expect(getSecurityTxtWarning(file, '2027-01-15')).toContain('is op 2026-12-15 verlopen');
    expect(getSecurityTxtWarning(file, '2027-01-15')).toContain('expired on 2026-12-15');
  });

  test('a site rebuilt once a year on the same day would be a month without a valid file: the build says so', () => {
    expect(getSecurityTxtWarning(file, '2027-01-15')).toBeDefined();
  });

  test('no published site, or no Expires field: nothing to warn about', () => {
    expect(getSecurityTxtWarning(undefined, '2027-01-15')).toBeUndefined();
    expect(getSecurityTxtWarning('Contact: mailto:x@example.test\n', '2027-01-15')).toBeUndefined();
  });
});
