/**
 * Browser test harness: Debian's Chromium driven by playwright-core, against the built site
 * served by a small static server that sends the same headers as public/_headers.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
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
    "Chromium not found: the browser tests need Debian's chromium (apt-get install -y chromium) or CHROME_PATH. .ci/run installs it.",
  );
}

/** Launches headless Chromium with the flags this machine's closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** One block of a `_headers` file: a path pattern (`*` matches anything) and its headers. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/** The blocks of a `_headers` file (Netlify and Cloudflare Pages format), in file order. */
export function readHeaderRules(file = path.join(ROOT, 'public/_headers')): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^\//.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    const rule = rules.at(-1);
    if (match?.[1] && match[2] && rule) rule.headers[match[1]] = match[2].trim();
  }
  return rules;
}

/** The headers `rules` give `urlPath`: those of every block whose pattern matches it. */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  const matches = (pattern: string): boolean =>
    new RegExp(
      `^${pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    ).test(urlPath);
  return Object.assign(
    {},
    ...rules.filter((rule) => matches(rule.pattern)).map((rule) => rule.headers),
  ) as Record<string, string>;
}

/** Headers from public/_headers for every page (the `/*` block), so tests run under the shipped policy. */
export function readShippedHeaders(): Record<string, string> {
  return headersFor(readHeaderRules(), '/');
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
  '.yml': 'application/yaml; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** A running static server for a built site. */
export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves `dir` like a static host: index.html for folders, 404.html for what is missing, with the
 * headers of a `_headers` file (public/_headers unless told otherwise) per path.
 */
export async function serveDir(dir: string, headersFile?: string): Promise<StaticServer> {
  const rules = readHeaderRules(headersFile);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const headers = headersFor(rules, url.pathname);
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) file = path.join(dir, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = path.join(dir, '404.html');
    }
    if (!existsSync(file)) {
      // A folder without a 404 page of its own (the editor's).
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    res.writeHead(status, {
      ...headers,
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
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
  /**
   * Runs `test` with a page of a context made with `options`, reused from an earlier test that
   * is done with it when there is one (see `PagePool`).
   */
  withPage: <T>(options: BrowserContextOptions, test: (page: Page) => Promise<T>) => Promise<T>;
}

/**
 * Pages that tests over many static pages take turns with, one per test running at a time
 * (maxConcurrency) and set of context options. A new context for every page took half of the
 * accessibility run's time; a static page keeps nothing that the next page's test reads. The
 * HTTP cache is off, so that every test sees every request its page makes. A page goes back to
 * the pool without the listeners its test added; a page whose test failed is closed instead, so
 * that nothing it was in the middle of reaches the next test.
 */
class PagePool {
  private readonly free = new Map<string, Page[]>();
  private readonly browser: () => Browser;

  constructor(browser: () => Browser) {
    this.browser = browser;
  }

  async use<T>(options: BrowserContextOptions, test: (page: Page) => Promise<T>): Promise<T> {
    const key = JSON.stringify(options);
    const free = this.free.get(key) ?? [];
    this.free.set(key, free);
    const page = free.pop() ?? (await this.open(options));
    let result: T;
    try {
      result = await test(page);
    } catch (error) {
      await page.context().close();
      throw error;
    }
    await page.removeAllListeners();
    free.push(page);
    return result;
  }

  private async open(options: BrowserContextOptions): Promise<Page> {
    const page = await (await this.browser().newContext(options)).newPage();
    const session = await page.context().newCDPSession(page);
    await session.send('Network.setCacheDisabled', { cacheDisabled: true });
    return page;
  }
}

/**
 * Registers beforeAll/afterAll hooks that start Chromium and serve each site folder, with the
 * headers of public/_headers, or of the `_headers` file `headersFiles` names for that site.
 */
export function useBrowser<K extends string>(
  sites: () => Record<K, string> | Promise<Record<K, string>>,
  headersFiles: Partial<Record<K, string>> = {},
): BrowserFixture<K> {
  let browser: Browser | undefined;
  const servers = new Map<K, StaticServer>();
  beforeAll(async () => {
    // The sites first: a shared site may still be building (tests/shared-sites.ts).
    const dirs = await sites();
    browser = await launchBrowser();
    for (const [name, dir] of Object.entries(dirs) as [K, string][])
      servers.set(name, await serveDir(dir, headersFiles[name]));
  });
  afterAll(async () => {
    await browser?.close();
    for (const server of servers.values()) await server.close();
  });
  const started = (): Browser => {
    if (!browser) throw new Error('The browser has not started (beforeAll failed?)');
    return browser;
  };
  const pages = new PagePool(started);
  return {
    get browser(): Browser {
      return started();
    },
    withPage: (options, test) => pages.use(options, test),
    origin(site: K): string {
      const server = servers.get(site);
      if (!server) throw new Error(`No server for site "${site}"`);
      return server.origin;
    },
  };
}
