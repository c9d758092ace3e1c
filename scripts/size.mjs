// Prints the gzip size of what a page downloads, and fails when a budget is
// exceeded. Run after `vite build` and `tsc -p tsconfig.lib.json`.
import {readFileSync, readdirSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {build} from 'esbuild';

// Interim budgets: content brief revision 2 added about 70 safety messages
// (5 kB more English, 2 kB more per locale), the pre-treatment check became a
// full form control (3 kB), the page configuration came (2 kB) and a fifth
// element (3 kB, 1 kB per locale). The size issue brings them down to 20 kB
// and 6 kB by shipping less code and CSS, not less content.
const BUDGET_ENGLISH_PAGE = 40 * 1024;
const BUDGET_LOCALE = 10.5 * 1024;
// The classic script is the same elements in another wrapper: it may differ
// from the module bundle by this much at most.
const BUDGET_CLASSIC_DIFFERENCE = 0.5 * 1024;

const gzip = (bytes) => gzipSync(bytes, {level: 9}).length;
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/** One element (or all) bundled and minified as an npm user's bundler would. */
async function bundled(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    splitting: false,
    // Translations load lazily: an English page never downloads them.
    plugins: [
      {name: 'lazy-locales', setup: (b) => b.onResolve({filter: /generated\/locales\//}, (args) => ({path: args.path, external: true}))},
    ],
    logLevel: 'silent',
  });
  return gzip(result.outputFiles[0].contents);
}

const rows = [];
const problems = [];

const bundle = gzip(readFileSync('dist/dn-widgets.js'));
rows.push(['dist/dn-widgets.js (everything an English page downloads)', bundle, BUDGET_ENGLISH_PAGE]);

const classic = gzip(readFileSync('dist/dn-widgets.classic.js'));
const difference = classic - bundle;
const sign = difference >= 0 ? '+' : '−';
rows.push([
  `dist/dn-widgets.classic.js (${sign}${kB(Math.abs(difference))} vs the module, max ±${kB(BUDGET_CLASSIC_DIFFERENCE)})`,
  classic,
  BUDGET_ENGLISH_PAGE,
]);
if (Math.abs(difference) > BUDGET_CLASSIC_DIFFERENCE) {
  problems.push(
    `dist/dn-widgets.classic.js differs from dist/dn-widgets.js by ${kB(Math.abs(difference))} gzip, over ${kB(BUDGET_CLASSIC_DIFFERENCE)}`,
  );
}

for (const file of readdirSync('dist/locales').sort()) {
  rows.push([`dist/locales/${file}`, gzip(readFileSync(`dist/locales/${file}`)), BUDGET_LOCALE]);
}

const whole = await bundled('./dist/lib/index.js');
rows.push(['npm: dn-widgets (all elements)', whole]);
for (const file of readdirSync('dist/lib/elements')
  .filter((f) => f.endsWith('.js'))
  .sort()) {
  const size = await bundled(`./dist/lib/elements/${file}`);
  rows.push([`npm: dn-widgets/${file}`, size]);
  if (size >= whole) problems.push(`dn-widgets/${file} alone (${kB(size)}) is not smaller than the whole library (${kB(whole)})`);
}

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`${'file'.padEnd(width)}  gzip      budget`);
for (const [name, size, budget] of rows) {
  const over = budget !== undefined && size > budget;
  if (over) problems.push(`${name} is ${kB(size)} gzip, over its budget of ${kB(budget)}`);
  console.log(`${name.padEnd(width)}  ${kB(size).padStart(8)}  ${budget ? kB(budget).padStart(8) : ''}${over ? '  OVER' : ''}`);
}

if (problems.length > 0) {
  console.error(`\nSize budget exceeded:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
