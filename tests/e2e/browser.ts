/**
 * Browser test harness: Debian's Chromium driven by playwright-core, against the built site
 * served by a small static server that sends the same headers as public/_headers.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Finds Chromium: CHROME_PATH, or `chromium` on the PATH. Fails loudly when there is none. */
export function findChromium(): string {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on the PATH under this name
    }
  }
  throw new Error(
    'Chromium not found: the browser tests need Debian\'s chromium (apt-get install -y chromium) or CHROME_PATH. .ci/run installs it.',
  );
}

/** Launches headless Chromium with the flags this machine's closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Headers from public/_headers (the `/*` block), so tests run under the shipped policy. */
export function readShippedHeaders(): Record<string, string> {
  const text = readFileSync(path.join(ROOT, 'public/_headers'), 'utf8');
  const headers: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (match?.[1] && match[2]) headers[match[1]] = match[2].trim();
  }
  return headers;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A running static server for a built site. */
export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serves `dir` like a static host: index.html for folders, 404.html for what is missing. */
export async function serveDir(dir: string): Promise<StaticServer> {
  const headers = readShippedHeaders();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) file = path.join(dir, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = path.join(dir, '404.html');
    }
    res.writeHead(status, { ...headers, 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A browser and one static server per named site, started before and closed after a test file. */
export interface BrowserFixture<K extends string> {
  readonly browser: Browser;
  origin: (site: K) => string;
}

/** Registers beforeAll/afterAll hooks that start Chromium and serve each site folder. */
export function useBrowser<K extends string>(sites: () => Record<K, string>): BrowserFixture<K> {
  let browser: Browser | undefined;
  const servers = new Map<K, StaticServer>();
  beforeAll(async () => {
    browser = await launchBrowser();
    for (const [name, dir] of Object.entries(sites()) as [K, string][]) servers.set(name, await serveDir(dir));
  });
  afterAll(async () => {
    await browser?.close();
    for (const server of servers.values()) await server.close();
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error('The browser has not started (beforeAll failed?)');
      return browser;
    },
    origin(site: K): string {
      const server = servers.get(site);
      if (!server) throw new Error(`No server for site "${site}"`);
      return server.origin;
    },
  };
}
