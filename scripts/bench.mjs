// Measures, in headless Chromium, how fast the widgets render compared with a
// static HTML page carrying the same markup, how much layout shifts, and the
// heap after 100 instances. Prints figures; asserts nothing. Run after
// `vite build`.
import {cpus, totalmem} from 'node:os';
import {launchChromium, serve} from './lib/browser.mjs';

const RUNS = 5;
const ELEMENTS = [
  '<dn-red-flags region="GB" clinic-name="Riverside Physio" clinic-phone="020 7946 0000"></dn-red-flags>',
  '<dn-side-effects></dn-side-effects>',
  '<dn-aftercare></dn-aftercare>',
  '<dn-contraindication-check></dn-contraindication-check>',
];

const page = (body, head = '') =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${head}</head><body>${body}</body></html>`;

// Text after the widgets, as on a clinic page: it moves if the widgets shift the layout.
const FOLLOWING_TEXT = '<p>Riverside Physio, 1 River Street. Call us on 020 7946 0000.</p>';

/** The widget page: the embed snippet repeated `copies` times, then the clinic's own text. */
const widgetPage = (copies) =>
  page(
    Array.from({length: copies}, () => ELEMENTS.join('\n')).join('\n') + FOLLOWING_TEXT,
    '<script type="module" blocking="render" src="/dist/dn-widgets.js"></script>',
  );

// Pages are served from memory; /dist comes from disk.
const pages = new Map();
const {server, origin} = await serve({pages});
const browser = await launchChromium();

/** Loads a page and returns ms from navigation start to every element rendered, the CLS, and the JS heap. */
async function measure(path) {
  const tab = await browser.newPage();
  await tab.setViewport({width: 412, height: 915});
  await tab.evaluateOnNewDocument(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({type: 'layout-shift', buffered: true});
  });
  await tab.goto(`${origin}${path}`, {waitUntil: 'load'});
  const rendered = await tab.evaluate(async () => {
    const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('dn-'));
    await Promise.all(
      widgets.map(async (el) => {
        await customElements.whenDefined(el.localName);
        await el.updateComplete;
      }),
    );
    await new Promise(requestAnimationFrame);
    return performance.now();
  });
  await new Promise((resolve) => setTimeout(resolve, 100));
  const cls = await tab.evaluate(() => window.__cls);
  const {JSHeapUsedSize} = await tab.metrics();
  await tab.close();
  return {rendered, cls, heap: JSHeapUsedSize};
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function medianOf(path) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await measure(path));
  return {rendered: median(runs.map((r) => r.rendered)), cls: median(runs.map((r) => r.cls)), heap: median(runs.map((r) => r.heap))};
}

/** A static page with the same markup: each widget's rendered shadow root as declarative shadow DOM. */
async function staticCopy(copies) {
  const tab = await browser.newPage();
  await tab.goto(`${origin}/widgets-${copies}.html`, {waitUntil: 'load'});
  const html = await tab.evaluate(async () => {
    const widgets = [...document.body.children].filter((el) => el.localName.startsWith('dn-'));
    await Promise.all(
      widgets.map(async (el) => {
        await customElements.whenDefined(el.localName);
        await el.updateComplete;
      }),
    );
    return widgets
      .map((el) => {
        const styles = [...el.shadowRoot.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
        return `<div><template shadowrootmode="open"><style>${styles}</style>${el.shadowRoot.innerHTML}</template></div>`;
      })
      .join('\n');
  });
  await tab.close();
  return page(html + FOLLOWING_TEXT);
}

const rows = [];
for (const copies of [1, 10, 100]) {
  pages.set(`/widgets-${copies}.html`, widgetPage(copies));
  pages.set(`/static-${copies}.html`, await staticCopy(copies));
  const widgets = await medianOf(`/widgets-${copies}.html`);
  const plain = await medianOf(`/static-${copies}.html`);
  rows.push({copies, widgets, plain});
}

await browser.close();
server.close();

const ms = (value) => `${value.toFixed(0)} ms`.padStart(8);
const mb = (value) => `${(value / 1024 / 1024).toFixed(1)} MB`.padStart(8);
console.log(
  `Headless Chromium, ${cpus().length} × ${cpus()[0].model.trim()}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}; median of ${RUNS} loads.`,
);
console.log('Each "copy" is all four elements; the static page carries the same markup and styles with no script.\n');
console.log('copies  widgets rendered  static rendered  widgets CLS  static CLS  widgets heap  static heap');
for (const {copies, widgets, plain} of rows) {
  console.log(
    `${String(copies).padStart(6)}  ${ms(widgets.rendered).padStart(16)}  ${ms(plain.rendered).padStart(15)}  ${widgets.cls.toFixed(3).padStart(11)}  ${plain.cls.toFixed(3).padStart(10)}  ${mb(widgets.heap).padStart(12)}  ${mb(plain.heap).padStart(11)}`,
  );
}
