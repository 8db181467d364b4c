/**
 * docs/server/nginx.conf, the configuration a province copies, run by Debian's nginx (issue 28):
 * the file as it is, with only its addresses, folders and certificate paths replaced by loopback
 * ports, the built site and a throw-away certificate. It must start, and on each kind of file send
 * the right status, type and charset, compress what is text, and send every header of
 * public/_headers (the editor's: src/editor/_headers), on IPv4 and IPv6, over HTTP/2.
 * `.ci/run` installs nginx-light and openssl.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request } from 'node:https';
import { connect as netConnect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connect } from 'node:tls';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeEditor } from '../../scripts/lib/editor-integration.ts';
import { headersFor, readHeaderRules } from '../e2e/browser.ts';
import { assertBuilt, DIST } from './site.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SITE_NAME = 'integriteit.example.nl';
const EDITOR_NAME = 'beheer.integriteit.example.nl';
const SITE_RULES = readHeaderRules(path.join(ROOT, 'public/_headers'));
const EDITOR_RULES = readHeaderRules(path.join(ROOT, 'src/editor/_headers'));

const work = mkdtempSync(path.join(tmpdir(), 'portal-nginx-'));
let nginx: ChildProcess | undefined;
let tlsPort = 0;
let plainPort = 0;
let cert = '';

/** `count` different free loopback ports (for IPv4 and IPv6 alike). */
async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  // All open at once, so that the system hands out different ports.
  await Promise.all(
    servers.map((server) => new Promise<void>((resolve) => server.listen(0, '::', resolve))),
  );
  const ports = servers.map((server) => (server.address() as { port: number }).port);
  await Promise.all(
    servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))),
  );
  return ports;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One HTTPS request to nginx, asking for gzip, as a browser on `name` would. */
function get(
  urlPath: string,
  { name = SITE_NAME, host = '127.0.0.1', port = tlsPort } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host,
        port,
        path: urlPath,
        servername: name,
        ca: cert,
        headers: { host: name, 'accept-encoding': 'gzip' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** The body as the browser reads it. */
const decoded = (answer: Answer): Buffer =>
  answer.headers['content-encoding'] === 'gzip' ? gunzipSync(answer.body) : answer.body;

/** Every header of `rules` for `urlPath` that `answer` lacks or sends otherwise. */
function missingHeaders(answer: Answer, rules: typeof SITE_RULES, urlPath: string): string[] {
  return Object.entries(headersFor(rules, urlPath))
    .filter(([name, value]) => answer.headers[name.toLowerCase()] !== value)
    .map(
      ([name, value]) =>
        `${name}: expected "${value}", got "${String(answer.headers[name.toLowerCase()])}"`,
    );
}

const firstFile = (folder: string, ext: string): string => {
  const name = readdirSync(path.join(DIST, folder)).find((file) => file.endsWith(ext));
  if (!name) throw new Error(`no ${ext} file in /${folder}/ of the build`);
  return `/${folder}/${name}`;
};

beforeAll(async () => {
  assertBuilt();
  if (spawnSync('nginx', ['-v']).error)
    throw new Error(
      "nginx not found: the nginx test needs Debian's nginx (apt-get install -y nginx-light); .ci/run installs it.",
    );
  // A throw-away certificate for both names.
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      `/CN=${SITE_NAME}`,
      '-addext',
      `subjectAltName=DNS:${SITE_NAME},DNS:${EDITOR_NAME}`,
      '-keyout',
      path.join(work, 'key.pem'),
      '-out',
      path.join(work, 'cert.pem'),
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0)
    throw new Error(
      `openssl could not make a test certificate (apt-get install -y openssl):\n${made.stderr}`,
    );
  cert = readFileSync(path.join(work, 'cert.pem'), 'utf8');
  // The editor's folder, as a build with PORTAL_EDITOR=1 writes it.
  const editorDir = path.join(work, 'editor');
  writeEditor(editorDir);
  [tlsPort = 0, plainPort = 0] = await freePorts(2);
  // The shipped file with only addresses, folders and certificate paths replaced.
  const shipped = readFileSync(path.join(ROOT, 'docs/server/nginx.conf'), 'utf8');
  const site = shipped
    .replaceAll('listen 443 ssl http2;', `listen 127.0.0.1:${tlsPort} ssl http2;`)
    .replaceAll('listen [::]:443 ssl http2;', `listen [::1]:${tlsPort} ssl http2;`)
    .replaceAll('listen 80;', `listen 127.0.0.1:${plainPort};`)
    .replaceAll('listen [::]:80;', `listen [::1]:${plainPort};`)
    .replaceAll('/var/www/integriteitsportaal/dist/admin;', `${path.join(editorDir, 'admin')};`)
    .replaceAll('/var/www/integriteitsportaal/dist;', `${DIST};`)
    .replaceAll('/etc/ssl/integriteitsportaal/fullchain.pem', path.join(work, 'cert.pem'))
    .replaceAll('/etc/ssl/integriteitsportaal/privkey.pem', path.join(work, 'key.pem'));
  expect(site.match(/listen /g)?.length).toBe(shipped.match(/listen /g)?.length);
  writeFileSync(path.join(work, 'site.conf'), site);
  // nginx's own part, as Debian's /etc/nginx/nginx.conf has it, with everything it writes in `work`.
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(work, dir));
  writeFileSync(
    path.join(work, 'nginx.conf'),
    [
      'daemon off;',
      // As root (CI), nginx's workers would run as nobody, who may not read a checkout under /root.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      'worker_processes 1;',
      `pid ${path.join(work, 'nginx.pid')};`,
      `error_log ${path.join(work, 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (dir) => `  ${dir === 'body' ? 'client_body' : dir}_temp_path ${path.join(work, dir)};`,
      ),
      `  include ${path.join(work, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const args = [
    '-p',
    work,
    '-c',
    path.join(work, 'nginx.conf'),
    '-e',
    path.join(work, 'error.log'),
  ];
  const checked = spawnSync('nginx', [...args, '-t'], { encoding: 'utf8' });
  expect(checked.stderr).toContain('test is successful');
  nginx = spawn('nginx', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  // Wait until nginx answers on both addresses (or stops): a bounded number of connection tries.
  let stderr = '';
  nginx.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  for (const host of ['127.0.0.1', '::1']) {
    for (let attempt = 0; ; attempt++) {
      if (nginx.exitCode !== null) throw new Error(`nginx stopped (${nginx.exitCode}):\n${stderr}`);
      const listening = await new Promise<boolean>((resolve) => {
        const socket = netConnect({ host, port: tlsPort }, () => {
          socket.end();
          resolve(true);
        });
        socket.on('error', () => resolve(false));
      });
      if (listening) break;
      if (attempt >= 1000)
        throw new Error(`nginx does not listen on ${host}:${tlsPort}:\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
});

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const stopped = new Promise((resolve) => nginx?.on('exit', resolve));
    nginx.kill('SIGQUIT');
    await stopped;
  }
  if (!process.env['KEEP_NGINX']) rmSync(work, { recursive: true, force: true });
});

/** Each kind of file the site has: its type, and whether it is compressed. */
const KINDS: { name: string; path: () => string; type: string; gzip: boolean }[] = [
  { name: 'a page', path: () => '/', type: 'text/html; charset=utf-8', gzip: true },
  {
    name: 'a page in a folder',
    path: () => '/registers/nevenfuncties/',
    type: 'text/html; charset=utf-8',
    gzip: true,
  },
  {
    name: 'a stylesheet',
    path: () => firstFile('_astro', '.css'),
    type: 'text/css; charset=utf-8',
    gzip: true,
  },
  {
    name: 'a script',
    path: () => firstFile('_astro', '.js'),
    type: 'application/javascript; charset=utf-8',
    gzip: true,
  },
  {
    name: 'the search engine',
    path: () => '/pagefind/pagefind.js',
    type: 'application/javascript; charset=utf-8',
    gzip: true,
  },
  {
    name: 'CSV',
    path: () => '/data/nevenfuncties.csv',
    type: 'text/csv; charset=utf-8',
    gzip: true,
  },
  {
    name: 'CSV for Excel',
    path: () => '/data/nevenfuncties-excel.csv',
    type: 'text/csv; charset=utf-8',
    gzip: true,
  },
  {
    name: 'JSON',
    path: () => '/data/nevenfuncties.json',
    type: 'application/json; charset=utf-8',
    gzip: true,
  },
  {
    name: 'JSON-LD',
    path: () => '/data/catalogus.jsonld',
    type: 'application/ld+json; charset=utf-8',
    gzip: true,
  },
  {
    name: 'XLSX',
    path: () => '/data/nevenfuncties.xlsx',
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    gzip: false,
  },
  {
    name: 'the feed',
    path: () => '/wijzigingen/feed.xml',
    type: 'application/atom+xml; charset=utf-8',
    gzip: true,
  },
  {
    name: 'the sitemap index',
    path: () => '/sitemap.xml',
    type: 'text/xml; charset=utf-8',
    gzip: true,
  },
  { name: 'a sitemap', path: () => '/sitemap-1.xml', type: 'text/xml; charset=utf-8', gzip: true },
  { name: 'robots.txt', path: () => '/robots.txt', type: 'text/plain; charset=utf-8', gzip: true },
  {
    name: 'security.txt',
    path: () => '/.well-known/security.txt',
    type: 'text/plain; charset=utf-8',
    gzip: true,
  },
  { name: 'an SVG', path: () => '/favicon.svg', type: 'image/svg+xml; charset=utf-8', gzip: true },
];

describe("docs/server/nginx.conf on Debian's nginx", () => {
  test.each(KINDS)(
    '$name: 200, its type and charset, compressed when text, every header',
    async (kind) => {
      const urlPath = kind.path();
      const answer = await get(urlPath);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toBe(kind.type);
      expect(answer.headers['content-encoding']).toBe(kind.gzip ? 'gzip' : undefined);
      const file = urlPath.endsWith('/')
        ? path.join(DIST, urlPath, 'index.html')
        : path.join(DIST, urlPath);
      expect(decoded(answer).equals(readFileSync(file))).toBe(true);
      expect(missingHeaders(answer, SITE_RULES, urlPath)).toEqual([]);
      expect(answer.headers['server']).toBe('nginx');
      expect(answer.headers['cache-control']).toBe(
        urlPath.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  );

  test('open data may be read by other sites (CORS); pages may not', async () => {
    expect((await get('/data/nevenfuncties.json')).headers['access-control-allow-origin']).toBe(
      '*',
    );
    expect((await get('/')).headers['access-control-allow-origin']).toBeUndefined();
  });

  test('what is missing is the 404 page, with every header; _headers itself is not served', async () => {
    for (const urlPath of ['/bestaat-niet/', '/_headers']) {
      const answer = await get(urlPath);
      expect(answer.status, urlPath).toBe(404);
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(decoded(answer).toString()).toBe(readFileSync(path.join(DIST, '404.html'), 'utf8'));
      expect(missingHeaders(answer, SITE_RULES, urlPath)).toEqual([]);
    }
  });

  test('listens on IPv6 too, and offers HTTP/2', async () => {
    const answer = await get('/', { host: '::1' });
    expect(answer.status).toBe(200);
    const protocol = await new Promise<string | false | null>((resolve, reject) => {
      const socket = connect(
        {
          host: '127.0.0.1',
          port: tlsPort,
          servername: SITE_NAME,
          ca: cert,
          ALPNProtocols: ['h2', 'http/1.1'],
        },
        () => {
          resolve(socket.alpnProtocol);
          socket.end();
        },
      );
      socket.on('error', reject);
    });
    expect(protocol).toBe('h2');
  });

  test('plain HTTP is sent to HTTPS, on IPv4 and IPv6', async () => {
    for (const host of ['127.0.0.1', '[::1]']) {
      const response = await new Promise<IncomingMessage>((resolve, reject) => {
        const req = httpRequest(
          {
            host: host.replace(/[[\]]/g, ''),
            port: plainPort,
            path: '/registers/?a=1',
            headers: { host: SITE_NAME },
          },
          (res) => {
            res.resume();
            resolve(res);
          },
        );
        req.on('error', reject);
        req.end();
      });
      expect(response.statusCode).toBe(301);
      expect(response.headers['location']).toBe(`https://${SITE_NAME}/registers/?a=1`);
      expect(response.headers['server']).toBe('nginx');
    }
  });

  test('the editor on its own origin: its own headers, its configuration as YAML, no _headers', async () => {
    const page = await get('/', { name: EDITOR_NAME });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(missingHeaders(page, EDITOR_RULES, '/')).toEqual([]);
    const config = await get('/config.yml', { name: EDITOR_NAME });
    expect(config.headers['content-type']).toBe('application/yaml; charset=utf-8');
    expect(decoded(config).toString()).toContain('backend:');
    const bundle = await get('/sveltia-cms.js', { name: EDITOR_NAME });
    expect(bundle.headers['content-encoding']).toBe('gzip');
    expect((await get('/_headers', { name: EDITOR_NAME })).status).toBe(404);
  });
});
