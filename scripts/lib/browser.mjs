// What the browser scripts (bench, CSP and privacy check, Storybook check) share:
// a static file server on a free local port, and headless Debian Chromium.
import {createServer} from 'node:http';
import {readFileSync} from 'node:fs';
import {extname, join} from 'node:path';
import {gzipSync} from 'node:zlib';
import puppeteer from 'puppeteer-core';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/**
 * Serves files under `root`, plus `pages` (path → HTML) from memory, with
 * `headers` on every response, gzip-compressed when `gzip` is set and the
 * browser accepts it (as a clinic's web server would). Resolves to the server
 * and its origin.
 */
export async function serve({root = '.', pages = new Map(), headers = {}, gzip = false} = {}) {
  const send = (request, response, type, body) => {
    const compress = gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, {...headers, 'content-type': type, ...(compress && {'content-encoding': 'gzip'})});
    response.end(compress ? gzipSync(body) : body);
  };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (path.split('/').includes('..')) {
      // An encoded "../" survives the URL parser: never serve outside `root`.
      response.writeHead(404);
      response.end();
      return;
    }
    if (path === '/favicon.ico') {
      response.writeHead(204);
      response.end();
      return;
    }
    if (pages.has(path)) {
      send(request, response, TYPES['.html'], pages.get(path));
      return;
    }
    try {
      const body = readFileSync(join(root, path === '/' ? 'index.html' : path));
      send(request, response, TYPES[extname(path)] ?? 'application/octet-stream', body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {server, origin: `http://127.0.0.1:${server.address().port}`};
}

/** Debian's Chromium, or CHROME_PATH. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Headless Chromium without sandbox, GPU or any background network traffic (the scripts and the test runner). */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless Debian Chromium (or CHROME_PATH), quiet on the network. */
export function launchChromium() {
  return puppeteer.launch({executablePath: CHROMIUM_PATH, headless: true, args: QUIET_CHROMIUM_ARGS});
}
