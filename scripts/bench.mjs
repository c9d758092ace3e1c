// Measures, in headless Chromium: how long all five elements take to render
// compared with a static HTML page carrying the same markup and styles, the
// layout shift, the JavaScript heap each element instance costs, and the first
// render of a clinic page with a cold cache over a slow 4G connection (also with
// a 4× slower CPU), for the module and the classic bundle. Prints figures with
// what each means; asserts nothing. Run after `vite build`; `--readme` writes
// the tables into README.md.
import {cpus, totalmem} from 'node:os';
import {launchChromium, serve} from './lib/browser.mjs';
import {clinicPage, ELEMENTS} from './lib/clinic-page.mjs';
import {replaceReadmeSection, wantsReadme} from './lib/readme-section.mjs';

// Loads per page: more where a load is short and the machine's noise weighs most.
const runsFor = (copies) => (copies >= 100 ? 5 : 9);
const COLD_RUNS = 5;
const COPIES = [1, 10, 100];

// Lighthouse's "slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
const SLOW_4G = {offline: false, latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8};

const page = (body, head = '') =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${head}</head><body>${body}</body></html>`;

// Text after the widgets, as on a clinic page: it moves if the widgets shift the layout.
const FOLLOWING_TEXT = '<p>Riverside Physio, 1 River Street. Call us on 020 7946 0000.</p>';

/** The widget page: the embed snippet, the five elements `copies` times, then the clinic's own text. */
const widgetPage = (copies) =>
  page(
    `<dn-config region="GB" clinic-name="Riverside Physio" clinic-phone="020 7946 0000">${Array.from({length: copies}, () => ELEMENTS.join('\n')).join('\n')}</dn-config>${FOLLOWING_TEXT}`,
    '<script type="module" blocking="render" src="/dist/dn-widgets.js"></script>',
  );

// Pages are served from memory, /dist from disk, gzip-compressed as a clinic's server would.
const pages = new Map();
const {server, origin} = await serve({pages, gzip: true});
const browser = await launchChromium();

/** Resolves in the page when every dn-* element (but the configuration) has rendered. */
const allRendered = async () => {
  const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('dn-') && el.localName !== 'dn-config');
  await Promise.all(
    widgets.map(async (el) => {
      await customElements.whenDefined(el.localName);
      await el.updateComplete;
    }),
  );
  await new Promise(requestAnimationFrame);
  return performance.now();
};

/** Loads a page; ms from navigation start to every element rendered, the CLS, and the JS heap after garbage collection. */
async function measure(path, {network, cpuSlowdown} = {}) {
  const tab = await browser.newPage();
  await tab.setViewport({width: 412, height: 915});
  const cdp = await tab.createCDPSession();
  if (cpuSlowdown) await cdp.send('Emulation.setCPUThrottlingRate', {rate: cpuSlowdown});
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  await tab.evaluateOnNewDocument(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({type: 'layout-shift', buffered: true});
  });
  await tab.goto(`${origin}${path}`, {waitUntil: 'load'});
  const rendered = await tab.evaluate(allRendered);
  const transferred = await tab.evaluate(() =>
    performance.getEntriesByType('resource').reduce((sum, entry) => sum + entry.transferSize, 0),
  );
  await new Promise((resolve) => setTimeout(resolve, 100));
  const cls = await tab.evaluate(() => window.__cls);
  await cdp.send('HeapProfiler.collectGarbage');
  const {JSHeapUsedSize} = await tab.metrics();
  await tab.close();
  return {rendered, cls, heap: JSHeapUsedSize, transferred};
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Loads the pages in turn, `runs` times, so that a slow moment of the machine falls on each
 * of them alike rather than on one; the median of each figure, per page.
 */
async function mediansOf(paths, runs, options) {
  const loads = paths.map(() => []);
  for (let i = 0; i < runs; i += 1) {
    for (const [index, path] of paths.entries()) loads[index].push(await measure(path, options));
  }
  return loads.map((pageLoads) => {
    const of = (key) => median(pageLoads.map((load) => load[key]));
    return {rendered: of('rendered'), cls: of('cls'), heap: of('heap'), transferred: of('transferred')};
  });
}

/** A static page with the same markup: each widget's rendered shadow root as declarative shadow DOM. */
async function staticCopy(path) {
  const tab = await browser.newPage();
  await tab.goto(`${origin}${path}`, {waitUntil: 'load'});
  await tab.evaluate(allRendered);
  const html = await tab.evaluate(() => {
    const styleOf = (el) =>
      [...el.shadowRoot.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    const widgets = [...document.querySelectorAll('*')].filter(
      (node) => node.localName.startsWith('dn-') && node.localName !== 'dn-config',
    );
    for (const el of widgets) {
      const copy = document.createElement('div');
      copy.innerHTML = `<template shadowrootmode="open"><style>${styleOf(el)}</style>${el.shadowRoot.innerHTML}</template>`;
      el.replaceWith(copy);
    }
    for (const script of document.querySelectorAll('script')) script.remove();
    for (const config of document.querySelectorAll('dn-config')) config.replaceWith(...config.childNodes);
    return document.documentElement.outerHTML;
  });
  await tab.close();
  return `<!doctype html>${html}`;
}

// 1. Render time, layout shift and heap, against static HTML.
const renderRows = [];
for (const copies of COPIES) {
  pages.set(`/widgets-${copies}.html`, widgetPage(copies));
  pages.set(`/static-${copies}.html`, await staticCopy(`/widgets-${copies}.html`));
  const [widgets, plain] = await mediansOf([`/widgets-${copies}.html`, `/static-${copies}.html`], runsFor(copies));
  renderRows.push({copies, widgets, plain});
}
const [first, , last] = renderRows;
const instances = (last.copies - first.copies) * ELEMENTS.length;
const heapPerInstance = (last.widgets.heap - first.widgets.heap - (last.plain.heap - first.plain.heap)) / instances;

// 2. A clinic page, cold cache, slow 4G: the module bundle, the classic bundle and the same page as static HTML.
pages.set('/clinic-module.html', clinicPage({script: '/dist/dn-widgets.js'}));
pages.set('/clinic-classic.html', clinicPage({script: '/dist/dn-widgets.classic.js', classic: true}));
pages.set('/clinic-static.html', await staticCopy('/clinic-module.html'));
const coldPages = [
  ['module bundle', '/clinic-module.html'],
  ['classic bundle', '/clinic-classic.html'],
  ['static HTML, same markup', '/clinic-static.html'],
];
const coldPaths = coldPages.map(([, path]) => path);
const coldMedians = await mediansOf(coldPaths, COLD_RUNS, {network: SLOW_4G});
const phoneMedians = await mediansOf(coldPaths, COLD_RUNS, {network: SLOW_4G, cpuSlowdown: 4});
const coldRows = coldPages.map(([name], index) => ({name, ...coldMedians[index], onPhone: phoneMedians[index].rendered}));

await browser.close();
server.close();

const ms = (value) => `${value.toFixed(0)} ms`;
const mb = (value) => `${(value / 1024 / 1024).toFixed(1)} MB`;
const kb = (value) => `${(value / 1024).toFixed(1)} kB`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

const machine = `headless Chromium, ${cpus().length} × ${cpus()[0].model.trim()}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}; each figure the median of ${runsFor(1)} loads (${runsFor(100)} for ${COPIES.at(-1)} copies, ${COLD_RUNS} for the cold-cache rows), the pages compared loaded in turn`;
const renderTable = [
  '| Copies | Widgets rendered | Static HTML | Widgets ÷ static | Widgets CLS | Static CLS | Widgets heap | Static heap |',
  '|---|---|---|---|---|---|---|---|',
  ...renderRows.map(
    ({copies, widgets, plain}) =>
      `| ${copies} | ${ms(widgets.rendered)} | ${ms(plain.rendered)} | ${ratio(widgets.rendered, plain.rendered)} | ${widgets.cls.toFixed(3)} | ${plain.cls.toFixed(3)} | ${mb(widgets.heap)} | ${mb(plain.heap)} |`,
  ),
];
const coldTable = [
  '| Clinic page, cold cache, slow 4G | Everything rendered | The same, 4× slower CPU | Transferred |',
  '|---|---|---|---|',
  ...coldRows.map(({name, rendered, onPhone, transferred}) => `| ${name} | ${ms(rendered)} | ${ms(onPhone)} | ${kb(transferred)} |`),
];
const explanations = [
  `- One copy is the five elements; "rendered" is the time from navigation start until every element has rendered and a frame has followed, with the embed snippet (a render-blocking module script). The static page is the same markup and styles as declarative shadow DOM, with no script; "widgets ÷ static" is the cost of the script over that floor.`,
  `- CLS is how far the clinic's text below the widgets moved while the page loaded (0: not at all).`,
  `- Heap is the JavaScript heap after garbage collection. Each further element instance costs ${kb(heapPerInstance)} more than the same static markup (from ${first.copies} to ${last.copies} copies, ${instances} instances).`,
  `- The cold-cache rows load the clinic page of \`npm run lighthouse\` (all five elements inside one \`<dn-config>\`) with the browser cache off, over Lighthouse's slow 4G (150 ms round trip, 1.6 Mbit/s), served gzip-compressed; then again with the CPU slowed down 4×, as Lighthouse's mid-range phone. "Transferred" is every file after the page itself, as it crossed the network.`,
];

const report = [`${machine}.`, '', ...renderTable, '', ...coldTable, '', ...explanations].join('\n');
console.log(report);
if (wantsReadme) replaceReadmeSection('bench', report);
