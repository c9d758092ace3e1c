// Renders every story of the static Storybook (storybook-static/) in headless
// Chromium and fails on any console error or page error. Prints "N passed, N failed".
import {createServer} from 'node:http';
import {readFileSync} from 'node:fs';
import {extname, join} from 'node:path';
import puppeteer from 'puppeteer-core';

const ROOT = 'storybook-static';
const TYPES = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2'};

const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  if (path === '/favicon.ico') {
    response.writeHead(204);
    response.end();
    return;
  }
  try {
    const body = readFileSync(join(ROOT, path === '/' ? 'index.html' : path));
    response.writeHead(200, {'content-type': TYPES[extname(path)] ?? 'application/octet-stream'});
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const {entries} = JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8'));
const stories = Object.values(entries).filter((entry) => entry.type === 'story');

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

let failed = 0;
for (const story of stories) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`, {waitUntil: 'load'});
  const rendered = await page
    .waitForFunction(
      () => {
        const element = [...document.querySelectorAll('#storybook-root *')].find((el) => el.localName.startsWith('dn-'));
        return element?.shadowRoot?.querySelector('[part="footer"]') ? element.localName : false;
      },
      {timeout: 10000},
    )
    .then((handle) => handle.jsonValue())
    .catch(() => false);
  await page.close();
  const ok = rendered && errors.length === 0;
  if (!ok) failed += 1;
  console.log(`${ok ? '✓' : '✗'} ${story.title} / ${story.name}${rendered ? '' : ' (did not render)'}${errors.length ? ` ${JSON.stringify(errors)}` : ''}`);
}

await browser.close();
server.close();
console.log(`storybook: ${stories.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 || stories.length === 0 ? 1 : 0);
