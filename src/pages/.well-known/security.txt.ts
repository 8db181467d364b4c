/** RFC 9116 security.txt: where to report a vulnerability in this site. */
import type { APIRoute } from 'astro';
import { getPortal } from '../../data/index.ts';
import { buildSecurityTxt } from '../../lib/security-txt.ts';

export const GET: APIRoute = ({ site }) => {
  const portal = getPortal();
  const body = buildSecurityTxt({
    email: portal.site.contact.email,
    canonical: new URL('/.well-known/security.txt', site).href,
    today: portal.today,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
