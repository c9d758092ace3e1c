// Serves a page with a strict Content-Security-Policy (Trusted Types
// required) that embeds every element in three languages, uses them as a
// patient would, and checks in headless Chromium that: nothing violates the
// policy, no request leaves the page's origin, and no cookie or storage is
// written. Once with the module bundle, once with the classic script. Run
// after `vite build`. Prints "N passed, N failed".
import {launchChromium, serve} from './lib/browser.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const ELEMENTS = [
  'dn-red-flags region="GB"',
  'dn-side-effects e-stim',
  'dn-aftercare treated-at="2026-11-22T14:00"',
  'dn-contraindication-check name="screening"',
];
const BODY = ['en', 'es', 'ar']
  .map((lang) => `<section lang="${lang}">${ELEMENTS.map((element) => `<${element}></${element.split(' ')[0]}>`).join('')}</section>`)
  .join('\n');
const SCRIPTS = {
  module: '<script type="module" src="/dist/dn-widgets.js"></script>',
  classic: '<script src="/dist/dn-widgets.classic.js"></script>',
};
const html = (script) => `<!doctype html><html lang="en"><head><meta charset="utf-8">${script}</head><body>\n${BODY}\n</body></html>`;

const {server, origin} = await serve({
  pages: new Map(Object.entries(SCRIPTS).map(([name, script]) => [`/${name}`, html(script)])),
  headers: {'content-security-policy': CSP},
});
const browser = await launchChromium();
const checks = [];
for (const name of Object.keys(SCRIPTS)) {
  for (const [check, ok] of await checkPage(name)) checks.push([`${name}: ${check}`, ok]);
}
await browser.close();
server.close();

for (const [name, ok] of checks) console.log(`${ok ? '✓' : '✗'} ${name}`);
const failed = checks.filter(([, ok]) => !ok).length;
console.log(`csp-privacy: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

/** Loads the page with one of the SCRIPTS in a fresh browser context, uses it, and returns [check, ok] pairs. */
async function checkPage(name) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const requests = [];
  const consoleErrors = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`),
    );
  });

  await page.goto(`${origin}/${name}`, {waitUntil: 'load'});
  const rendered = await page.evaluate(async () => {
    const elements = [...document.querySelectorAll('section > *')];
    await Promise.all(
      elements.map(async (element) => {
        await customElements.whenDefined(element.localName);
        await element.updateComplete;
      }),
    );
    return elements.map((element) => ({
      name: `${element.closest('[lang]').lang} <${element.localName}>`,
      ok: (element.shadowRoot?.querySelector('[part="footer"]')?.textContent.trim().length ?? 0) > 0,
    }));
  });

  // Use the page as a patient would: open every disclosure, answer every question, print.
  await page.evaluate(async () => {
    for (const element of document.querySelectorAll('section > *')) {
      element.shadowRoot.querySelectorAll('summary').forEach((summary) => summary.click());
      element.shadowRoot.querySelectorAll('input[value="not-sure"]').forEach((radio) => radio.click());
      await element.updateComplete;
    }
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('afterprint'));
  });

  const stored = await page.evaluate(async () => ({
    cookie: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  const cookies = await context.cookies();
  const violations = await page.evaluate(() => window.__violations);
  const outcomes = await page.evaluate(() => [...document.querySelectorAll('dn-contraindication-check')].map((element) => element.outcome));
  await context.close();

  return [
    ...rendered.map(({name, ok}) => [`${name} renders under the policy`, ok]),
    ['every questionnaire reached its result', outcomes.every((outcome) => outcome === 'discuss')],
    [`no Content-Security-Policy or Trusted Types violation ${JSON.stringify(violations)}`, violations.length === 0],
    [`no console error ${JSON.stringify(consoleErrors)}`, consoleErrors.length === 0],
    [`every request stays on the page's origin (${requests.length} requests)`, requests.every((url) => url.startsWith(origin))],
    ['translations loaded lazily from the same origin', requests.some((url) => url.includes('/dist/locales/'))],
    [
      `no cookie, storage, IndexedDB or cache written ${JSON.stringify(stored)}`,
      stored.cookie === '' && cookies.length === 0 && stored.localStorage + stored.sessionStorage + stored.indexedDB + stored.caches === 0,
    ],
  ];
}
