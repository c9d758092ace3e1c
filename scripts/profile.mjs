// Where the time goes when a page renders the elements: loads `copies` copies
// of all five (default 1; `npm run profile -- 100`) in headless Chromium with
// an unminified bundle, records a trace and a CPU profile, and prints the
// browser's own work (script, style, layout, paint) and the functions that
// took the most time. Prints figures; asserts nothing.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {build} from 'esbuild';
import {launchChromium, serve} from './lib/browser.mjs';
import {ELEMENTS} from './lib/clinic-page.mjs';

const copies = Number(process.argv[2] ?? 1);
const root = mkdtempSync(join(tmpdir(), 'dn-profile-'));
await build({
  entryPoints: ['src/index.ts'],
  bundle: true,
  format: 'esm',
  outfile: join(root, 'dn-widgets.js'),
  plugins: [
    {name: 'lazy-locales', setup: (b) => b.onResolve({filter: /generated\/locales\//}, (args) => ({path: args.path, external: true}))},
  ],
  logLevel: 'silent',
});
const body = `<dn-config region="GB" clinic-name="Riverside Physio" clinic-phone="020 7946 0000">${Array.from({length: copies}, () => ELEMENTS.join('')).join('')}</dn-config>`;
const pages = new Map([
  [
    '/profile.html',
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><script type="module" blocking="render" src="/dn-widgets.js"></script></head><body>${body}</body></html>`,
  ],
]);
const {server, origin} = await serve({root, pages});
const browser = await launchChromium();
const tab = await browser.newPage();
await tab.setViewport({width: 412, height: 915});
const cdp = await tab.createCDPSession();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', {interval: 100});
await cdp.send('Profiler.start');
await tab.tracing.start({categories: ['devtools.timeline']});
await tab.goto(`${origin}/profile.html`, {waitUntil: 'load'});
await tab.evaluate(async () => {
  const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('dn-') && el.localName !== 'dn-config');
  await Promise.all(widgets.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)));
  await new Promise(requestAnimationFrame);
});
const trace = JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8'));
const {profile} = await cdp.send('Profiler.stop');
await browser.close();
server.close();
rmSync(root, {recursive: true});

const ms = (microseconds) => `${(microseconds / 1000).toFixed(1)} ms`.padStart(10);

// The browser's phases, from the trace's top-level events on the page's main thread.
const PHASES = {
  ParseHTML: 'parse the page',
  'v8.parseOnBackground': 'parse the bundle (off the main thread)',
  'v8.evaluateModule': 'evaluate the bundle: define, upgrade and render the elements',
  FunctionCall: 'other script (callbacks, tasks)',
  UpdateLayoutTree: 'recalculate style',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
};
const phaseTime = new Map();
for (const event of trace.traceEvents) {
  if (event.ph === 'X' && PHASES[event.name]) phaseTime.set(event.name, (phaseTime.get(event.name) ?? 0) + event.dur);
}
console.log(`${copies} ${copies === 1 ? 'copy' : 'copies'} of the five elements, unminified bundle, headless Chromium.\n`);
console.log('Browser work (trace events; nested phases overlap):');
for (const [name, time] of [...phaseTime].sort((a, b) => b[1] - a[1])) console.log(`${ms(time)}  ${PHASES[name]} (${name})`);

// Self time per function, from the CPU profile.
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const selfTime = new Map();
profile.samples.forEach((id, index) => {
  const {functionName, url, lineNumber} = nodes.get(id).callFrame;
  const file = url.split('/').pop() || '(browser)';
  const key = `${functionName || '(anonymous)'}  ${file}${lineNumber >= 0 ? `:${lineNumber + 1}` : ''}`;
  selfTime.set(key, (selfTime.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0));
});
console.log('\nFunctions with the most self time (CPU profile; "(program)" is the browser outside JavaScript):');
for (const [key, time] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${ms(time)}  ${key}`);
