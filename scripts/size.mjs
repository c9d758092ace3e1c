// Prints the gzip and brotli size of what a page downloads, and fails when a
// gzip budget is exceeded. Run after `vite build`, `tsc -p tsconfig.lib.json`
// and scripts/finish-npm-build.mjs; `--readme` writes the table into README.md.
import {readFileSync, readdirSync} from 'node:fs';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {build} from 'esbuild';
import {replaceReadmeSection, wantsReadme} from './lib/readme-section.mjs';

// Budgets at today's size plus a little, so that any growth is a decision.
// Issue 18 asked for 20 kB and 6 kB; with content revision 2 the English
// patient text, sources and warnings alone are about 13 kB gzip and Lit
// about 7 kB, and a translation is mostly its text (see README, Size).
const BUDGET_ENGLISH_PAGE = 38.6 * 1024;
const BUDGET_LOCALE = 9 * 1024;
// The list of public message ids, loaded only to check a clinic's own translation.
const BUDGET_PUBLIC_IDS = 2 * 1024;
// The classic script is the same elements in another wrapper: it may differ
// from the module bundle by this much at most.
const BUDGET_CLASSIC_DIFFERENCE = 0.5 * 1024;

const gzip = (bytes) => gzipSync(bytes, {level: 9}).length;
const brotli = (bytes) => brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
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
  return sizes(result.outputFiles[0].contents);
}

const sizes = (bytes) => ({gzip: gzip(bytes), brotli: brotli(bytes)});

/** A module written here, bundled and minified alone. */
async function bundledSource(contents) {
  const result = await build({
    stdin: {contents, resolveDir: '.', loader: 'js'},
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return sizes(result.outputFiles[0].contents);
}

const rows = [];
const problems = [];

const bundle = sizes(readFileSync('dist/dn-widgets.js'));
rows.push({name: '`dist/dn-widgets.js` (everything an English page downloads)', size: bundle, budget: BUDGET_ENGLISH_PAGE});

const classic = sizes(readFileSync('dist/dn-widgets.classic.js'));
const difference = classic.gzip - bundle.gzip;
const sign = difference >= 0 ? '+' : '−';
rows.push({
  name: `\`dist/dn-widgets.classic.js\` (${sign}${kB(Math.abs(difference))} vs the module, at most ±${kB(BUDGET_CLASSIC_DIFFERENCE)})`,
  size: classic,
  budget: BUDGET_ENGLISH_PAGE,
});
if (Math.abs(difference) > BUDGET_CLASSIC_DIFFERENCE) {
  problems.push(
    `dist/dn-widgets.classic.js differs from dist/dn-widgets.js by ${kB(Math.abs(difference))} gzip, over ${kB(BUDGET_CLASSIC_DIFFERENCE)}`,
  );
}

for (const file of readdirSync('dist/locales').sort()) {
  const name = file.replace(/-[\w-]{8}\.js$/, '-*.js');
  const size = sizes(readFileSync(`dist/locales/${file}`));
  if (name === 'message-ids-*.js') {
    rows.push({
      name: `\`dist/locales/${name}\` (public message ids, loaded only for a clinic's own translation)`,
      size,
      budget: BUDGET_PUBLIC_IDS,
    });
  } else {
    rows.push({name: `\`dist/locales/${name}\``, size, budget: BUDGET_LOCALE});
  }
}

const whole = await bundled('./dist/lib/index.js');
rows.push({name: 'npm: `dn-widgets` (all elements)', size: whole});
for (const file of readdirSync('dist/lib/elements')
  .filter((f) => f.endsWith('.js'))
  .sort()) {
  const size = await bundled(`./dist/lib/elements/${file}`);
  rows.push({name: `npm: \`dn-widgets/${file}\` alone`, size});
  if (size.gzip >= whole.gzip) {
    problems.push(`dn-widgets/${file} alone (${kB(size.gzip)}) is not smaller than the whole library (${kB(whole.gzip)})`);
  }
}

const table = [
  '| File | gzip | brotli | gzip budget |',
  '|---|---|---|---|',
  ...rows.map(({name, size, budget}) => {
    const over = budget !== undefined && size.gzip > budget;
    if (over) problems.push(`${name} is ${kB(size.gzip)} gzip, over its budget of ${kB(budget)}`);
    return `| ${name} | ${kB(size.gzip)} | ${kB(size.brotli)} | ${budget ? kB(budget) : ''}${over ? ' **over**' : ''} |`;
  }),
];
// What the English page is made of, to read the budgets by: Lit and the English text are floors
// that only less content or another framework would lower.
const lit = await bundledSource("export * from 'lit'; export {msg, str, configureLocalization} from '@lit/localize';");
const englishText = [...readFileSync('locales/fr.xlf', 'utf8').matchAll(/<source>([\s\S]*?)<\/source>/g)]
  .map(([, text]) =>
    text
      .replace(/<x [^>]*\/>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  )
  .join('\n');
const composition = [
  `Of the English page: Lit with @lit/localize is about ${kB(lit.gzip)} gzip on its own, and the English text of every`,
  `message (${englishText.length} characters) about ${kB(gzip(Buffer.from(englishText)))}; the rest is the sources list, the`,
  'developer warnings, the styles and the code.',
];

const report = [
  ...table,
  '',
  ...composition,
  '',
  'Minified JavaScript, compressed at the highest level (gzip 9, brotli 11). The npm rows are what a bundler such as esbuild makes of',
  'the package (translations left out, as they load lazily); a single element must be smaller than the whole library.',
].join('\n');
console.log(report);

if (problems.length > 0) {
  console.error(`\nSize budget exceeded:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
if (wantsReadme) replaceReadmeSection('size', report);
