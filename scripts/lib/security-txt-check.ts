/** The build's check of the published site's security.txt (src/lib/security-txt.ts says why). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getSecurityTxtWarning } from '../../src/lib/security-txt.ts';

/** Warns on stderr when the security.txt of the site published at `outDir` is near its expiry. */
export function warnOnSecurityTxtExpiry(outDir: string, today: string): void {
  const file = path.join(outDir, '.well-known', 'security.txt');
  const warning = getSecurityTxtWarning(
    existsSync(file) ? readFileSync(file, 'utf8') : undefined,
    today,
  );
  if (warning) console.warn(warning);
}
