// What the browser scripts (bench, CSP and privacy check, Storybook check) share:
// a static file server on a free local port, and headless Debian Chromium.
import {createServer} from 'node:http';
import {readFileSync} from 'node:fs';
import {extname, join} from 'node:path';
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
 * `headers` on every response. Resolves to the server and its origin.
 */
export async function serve({root = '.', pages = new Map(), headers = {}} = {}) {
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
      response.writeHead(200, {...headers, 'content-type': TYPES['.html']});
      response.end(pages.get(path));
      return;
    }
    try {
      const body = readFileSync(join(root, path === '/' ? 'index.html' : path));
      response.writeHead(200, {...headers, 'content-type': TYPES[extname(path)] ?? 'application/octet-stream'});
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {server, origin: `http://127.0.0.1:${server.address().port}`};
}

/** Headless Debian Chromium (or CHROME_PATH), quiet on the network. */
export function launchChromium() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
