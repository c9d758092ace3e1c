import {build} from 'esbuild';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import {readFileSync} from 'node:fs';
import {CHROMIUM_PATH, QUIET_CHROMIUM_ARGS, serve} from './scripts/lib/browser.mjs';
import {BUNDLES, integrityOf, localeImportMap} from './scripts/lib/integrity.mjs';
import {loadFallbackModule} from './scripts/build-fallback.mjs';

// BROWSERS picks the engines: "chromium" (default), or any of
// "chromium,firefox,webkit" ("all" for the three). .ci/run tests all three.
const requested = (process.env.BROWSERS ?? 'chromium').split(',').map((name) => name.trim());
const engines = requested.includes('all') ? ['chromium', 'firefox', 'webkit'] : requested;

const launchers = {
  // Debian's Chromium by default; CHROME_PATH points the tests at any other Chrome or Chromium.
  chromium: () =>
    chromeLauncher({
      launchOptions: {executablePath: CHROMIUM_PATH, headless: true, args: QUIET_CHROMIUM_ARGS},
    }),
  // Debian's firefox-esr over WebDriver BiDi.
  firefox: async () =>
    chromeLauncher({
      puppeteer: (await import('puppeteer-core')).default,
      launchOptions: {browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true},
    }),
  // WebKitGTK's MiniBrowser through WebKitWebDriver, which scripts/webkit-driver.sh starts.
  webkit: () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
        'wdio:enforceWebDriverClassic': true,
      },
    }),
};

const unknown = engines.filter((name) => !(name in launchers));
if (unknown.length > 0) throw new Error(`BROWSERS: unknown engine ${unknown.join(', ')}; use chromium, firefox, webkit or all`);

/**
 * /fail-locales/dist/… serves the bundle, but 503 for its translations: a
 * flaky network. Its own URLs keep the browser from sharing these failed
 * requests with other test pages.
 */
async function failLocalesForTests(context, next) {
  if (context.path.startsWith('/fail-locales/dist/locales/')) {
    context.status = 503;
    return;
  }
  if (context.path.startsWith('/fail-locales/')) context.path = context.path.slice('/fail-locales'.length);
  await next();
}

/**
 * React ships CommonJS, which browsers cannot import; a React app's bundler
 * converts it. The React test page imports this module, which esbuild bundles
 * the same way.
 */
const reactBundle = {
  name: 'dn-widgets:react-bundle',
  async serve(context) {
    if (context.path !== '/test/frameworks/react-bundle.js') return undefined;
    const result = await build({
      stdin: {
        contents: "export {default as React} from 'react'; export {default as ReactDOMClient} from 'react-dom/client';",
        resolveDir: process.cwd(),
      },
      bundle: true,
      format: 'esm',
      write: false,
      define: {'process.env.NODE_ENV': '"development"'},
      logLevel: 'silent',
    });
    return {body: result.outputFiles[0].text, type: 'js'};
  },
};

/**
 * `emulate-forced-colors` switches Windows High Contrast style forced colours
 * on or off. Only Chromium (through the DevTools protocol) can emulate it;
 * elsewhere the command answers false and the test is skipped.
 */
const forcedColors = {
  name: 'dn-widgets:forced-colors',
  async executeCommand({command, payload, session}) {
    if (command !== 'emulate-forced-colors') return undefined;
    if (session.browser.type !== 'puppeteer' || !session.browser.getPage) return false;
    const page = session.browser.getPage(session.id);
    if (!/chrom/i.test(await page.browser().version())) return false;
    await page.emulateMediaFeatures([{name: 'forced-colors', value: payload.active ? 'active' : 'none'}]);
    return true;
  },
};

/**
 * Hosts for the embedding tests (test/embed/):
 * - two more origins, as a CDN or a clinic's asset host would be: one sends
 *   `Access-Control-Allow-Origin: *` (as jsDelivr and unpkg do), one sends no
 *   CORS header. Both serve dist/ (and nothing else) at their root. Their
 *   origins, and the values `npm run integrity` prints for the CORS one, are
 *   at /test/embed/hosts.json.
 * - /other-version/dist/dn-widgets.js: the module bundle as another version would be.
 * - /moved/dn-widgets.js: the module bundle without its locales/ folder, as
 *   an optimisation plugin that copies scripts to a cache folder serves it.
 * - /legacy-charset/page.html: an English page in windows-1252 whose server
 *   names no charset for the classic script, as older clinic sites are.
 */
function embedHosts() {
  const servers = [];
  const origins = {};
  const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
  return {
    name: 'dn-widgets:embed-hosts',
    async serverStart() {
      for (const [name, headers] of [
        ['cors', {'access-control-allow-origin': '*'}],
        ['noCors', {}],
      ]) {
        const {server, origin} = await serve({root: 'dist', headers});
        servers.push(server);
        origins[name] = origin;
      }
    },
    async serverStop() {
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    },
    serve(context) {
      if (context.path === '/test/embed/hosts.json') {
        const integrity = Object.fromEntries(BUNDLES.map((file) => [file, integrityOf(file)]));
        return {body: JSON.stringify({...origins, integrity, localeImportMap: localeImportMap(`${origins.cors}/`)}), type: 'json'};
      }
      if (context.path === '/other-version/dist/dn-widgets.js') {
        return {body: readFileSync('dist/dn-widgets.js', 'utf8').replaceAll(`\`${version}\``, '`0.0.0-other`'), type: 'js'};
      }
      if (context.path === '/moved/dn-widgets.js') return {body: readFileSync('dist/dn-widgets.js', 'utf8'), type: 'js'};
      if (context.path === '/legacy-charset/page.html') {
        return {
          body: '<!doctype html><html lang="en"><head><meta charset="windows-1252"><script src="dist/dn-widgets.classic.js"></script></head><body><dn-side-effects></dn-side-effects></body></html>',
          headers: {'content-type': 'text/html; charset=windows-1252'},
        };
      }
      if (context.path === '/legacy-charset/dist/dn-widgets.classic.js') {
        return {body: readFileSync('dist/dn-widgets.classic.js', 'utf8'), headers: {'content-type': 'text/javascript'}};
      }
      return undefined;
    },
  };
}

/**
 * Test pages under test/embed/ may ask for an element's server-rendered
 * fallback, as a CMS would put it in the page's HTML:
 * `<!-- dn-fallback dn-red-flags {"locale": "en", "region": "GB"} -->`.
 */
let fallbackModule;
const fallbackInTestPages = {
  name: 'dn-widgets:fallback-in-test-pages',
  async transform(context) {
    if (!context.path.startsWith('/test/embed/') || !context.response.is('html')) return undefined;
    const markers = [...context.body.matchAll(/<!-- dn-fallback (\S+) (\{.*?\}) -->/g)];
    if (markers.length === 0) return undefined;
    fallbackModule ??= loadFallbackModule();
    const {renderFallback} = await fallbackModule;
    let body = context.body;
    for (const [marker, tag, options] of markers) {
      const html = await renderFallback(tag, JSON.parse(options));
      body = body.replace(marker, () => html);
    }
    return {body};
  },
};

export default {
  middleware: [failLocalesForTests],
  files: ['test/**/*.test.ts', 'test/**/*.test.html'],
  nodeResolve: true,
  // a11ySnapshot: the browser's own accessibility tree, where the launcher can give it (Chromium).
  plugins: [
    reactBundle,
    forcedColors,
    embedHosts(),
    fallbackInTestPages,
    a11ySnapshotPlugin(),
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json'}),
  ],
  browsers: await Promise.all(engines.map((name) => launchers[name]())),
  // One WebDriver session at a time; the default elsewhere.
  ...(engines.includes('webkit') && {concurrency: 1}),
  filterBrowserLogs: ({args}) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: {config: {timeout: 10000}},
  // A file's whole run: the accessibility files check every state in every locale, and three
  // engines share two cores in CI.
  testsFinishTimeout: 300000,
};
