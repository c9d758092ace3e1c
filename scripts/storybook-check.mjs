// Renders every story of the static Storybook (storybook-static/) in headless
// Chromium and fails on any console error or page error. Prints "N passed, N failed".
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {launchChromium, serve} from './lib/browser.mjs';

const ROOT = 'storybook-static';
const {server, origin} = await serve({root: ROOT});

const {entries} = JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8'));
const stories = Object.values(entries).filter((entry) => entry.type === 'story');

const browser = await launchChromium();

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
        // An element's story has rendered when every element's footer has; a page of content when it has a heading.
        const elements = [...document.querySelectorAll('#storybook-root *')].filter(
          (el) => el.localName.startsWith('dn-') && el.localName !== 'dn-config',
        );
        if (elements.length > 0)
          return elements.every((el) => el.shadowRoot?.querySelector('[part="footer"]')) ? elements[0].localName : false;
        return document.querySelector('#storybook-root h1') ? 'page' : false;
      },
      {timeout: 10000},
    )
    .then((handle) => handle.jsonValue())
    .catch(() => false);
  await page.close();
  const ok = rendered && errors.length === 0;
  if (!ok) failed += 1;
  console.log(
    `${ok ? '✓' : '✗'} ${story.title} / ${story.name}${rendered ? '' : ' (did not render)'}${errors.length ? ` ${JSON.stringify(errors)}` : ''}`,
  );
}

await browser.close();
server.close();
console.log(`storybook: ${stories.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 || stories.length === 0 ? 1 : 0);
