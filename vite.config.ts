import {build, defineConfig, type LogLevel, type Plugin, type Rolldown} from 'vite';
import {forShipping} from './scripts/lib/shipped-code.mjs';
import {readMessageIds, shortenGeneratedKeys, shortenOptionIds, shortIds} from './scripts/lib/message-ids.mjs';

const LOCALE_STR = '\0dn-widgets:locale-str';

/**
 * The generated translation modules import only `str` from @lit/localize.
 * Rolldown moves a module shared by the entry and a lazy chunk into a third
 * file (rolldown issue 10731), which would make an English page load two
 * files. Giving each translation its own copy of the two-line `str` keeps
 * dist/dn-widgets.js self-contained.
 */
function selfContainedLocales(): Plugin {
  return {
    name: 'dn-widgets:self-contained-locales',
    enforce: 'pre',
    apply: 'build',
    resolveId(source, importer) {
      if (source === '@lit/localize' && importer?.includes('/src/generated/locales/')) return `${LOCALE_STR}?${importer}`;
      return null;
    },
    load(id) {
      if (!id.startsWith(LOCALE_STR)) return null;
      return 'export const str = (strings, ...values) => ({strTag: true, strings, values});';
    },
  };
}

/** The source keeps translator notes and readable templates; what a page downloads does not. */
function shippedCode(): Plugin {
  return {
    name: 'dn-widgets:shipped-code',
    // After TypeScript is compiled: the templates are read as JavaScript.
    enforce: 'post',
    apply: 'build',
    transform(code, id) {
      return id.includes('/src/') && id.endsWith('.ts') ? {code: forShipping(code), map: null} : null;
    },
  };
}

/**
 * V8's explicit compile hint (Chrome 136+; other engines read a comment): compile every
 * function of the file while it downloads, off the main thread, instead of each on its first
 * call during the first render. Nearly every function of a bundle runs to render the elements;
 * the task that renders them was 102 -> 89 ms here (458 -> 376 ms with a 4x slower CPU). It
 * must be the file's first line. The translations are mostly data, and keep lazy compiling.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

const PUBLIC_IDS = 'dn-widgets:public-message-ids';
const PUBLIC_IDS_MODULE = `\0${PUBLIC_IDS}`;
const PUBLIC_ID_LOADER = 'export const loadPublicMessageId = async (): Promise<(id: string) => string> => (id) => id;';
/** Loads the list of public ids, sorted, from wherever `importIds` finds it: a short id is an index in base 36. */
const publicIdLoader = (importIds: string) =>
  `export const loadPublicMessageId = () => ${importIds}.then(({ids}) => (id) => ids[parseInt(id, 36)] ?? id);`;

/**
 * Message ids written short in the msg() calls and in the translation modules
 * (scripts/lib/message-ids.mjs): about 0.7 kB gzip off an English page and
 * 1.0-1.3 kB off each translation. With `publicIds`, the module build also writes
 * the list of public ids as a lazily loaded file, for checking a clinic's own
 * translation; the classic build loads that same file (classicLocaleLoaders).
 */
function shortMessageIds({publicIds}: {publicIds: boolean}): Plugin {
  let ids: string[] = [];
  let short = new Map<string, string>();
  return {
    name: 'dn-widgets:short-message-ids',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      ids = readMessageIds('src/generated/locales');
      short = shortIds(ids);
    },
    resolveId(source) {
      return source === PUBLIC_IDS ? PUBLIC_IDS_MODULE : null;
    },
    load(id) {
      return id === PUBLIC_IDS_MODULE ? `export const ids = ${JSON.stringify(ids)};` : null;
    },
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts')) return null;
      if (id.includes('/src/generated/locales/')) return {code: shortenGeneratedKeys(code, short), map: null};
      if (publicIds && id.endsWith('/src/localization/locale-loaders.ts')) {
        if (!code.includes(PUBLIC_ID_LOADER))
          throw new Error('dn-widgets: loadPublicMessageId() in locale-loaders.ts is not the one this build replaces');
        code = code.replace(PUBLIC_ID_LOADER, publicIdLoader(`import(${JSON.stringify(PUBLIC_IDS)})`));
      }
      return {code: shortenOptionIds(code, short), map: null};
    },
  };
}

const CLASSIC_FILE = 'dn-widgets.classic.js';

interface LazyFiles {
  /** The translation files, by locale: {es: 'locales/es-0DYyOpBg.js', …}. */
  locales: Record<string, string>;
  /** The list of public message ids. */
  publicIds: string | undefined;
}

/** The lazily loaded files a module build wrote. */
function lazyFiles(bundle: Rolldown.OutputBundle): LazyFiles {
  const files: LazyFiles = {locales: {}, publicIds: undefined};
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk') continue;
    const locale = /\/src\/generated\/locales\/(.+)\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
    if (locale) files.locales[locale] = chunk.fileName;
    if (chunk.facadeModuleId === PUBLIC_IDS_MODULE) files.publicIds = chunk.fileName;
  }
  return files;
}

/** Added to a translation's load error when the classic script cannot know its URL. */
const INLINED_HINT =
  'this copy of dn-widgets.classic.js was inlined, so it cannot know where its locales/ folder is: ' +
  'map "dn-widgets/locales/" to that folder in an import map';

/**
 * The classic script's stand-in for src/localization/locale-loaders.ts: the
 * module bundle's own translation files, found relative to the script's URL.
 * A classic script has no import.meta.url, so it reads document.currentScript
 * while it runs (it is null afterwards). A copy whose URL is unknown (inlined
 * or evaluated by an optimisation plugin, or by jQuery's same-origin
 * $.getScript) asks for "dn-widgets/locales/…", which an import map resolves.
 * import() works in classic scripts and loads the same module files.
 */
function classicLocaleLoaders(files: LazyFiles): Plugin {
  const loaders = Object.entries(files.locales).map(([locale, file]) => `${JSON.stringify(locale)}: () => load(${JSON.stringify(file)})`);
  return {
    name: 'dn-widgets:classic-locale-loaders',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith('/src/localization/locale-loaders.ts')) return null;
      return [
        'const src = document.currentScript?.src;',
        'const load = (file) =>',
        "  import(/* @vite-ignore */ src ? new URL(file, src).href : 'dn-widgets/' + file).catch((error) => {",
        '    if (src) throw error;',
        `    throw new Error(\`\${error} (${INLINED_HINT})\`);`,
        '  });',
        `export const loaders = {${loaders.join(', ')}};`,
        publicIdLoader(`load(${JSON.stringify(files.publicIds)})`),
      ].join('\n');
    },
  };
}

/**
 * After the module build, builds dist/dn-widgets.classic.js: the same elements
 * as one classic script (an IIFE, no `export`, no global name), sharing the
 * module build's locales/ folder.
 */
function classicScript(): Plugin {
  let isLibrary = false;
  let logLevel: LogLevel | undefined;
  let files: LazyFiles | undefined;
  return {
    name: 'dn-widgets:classic-script',
    apply: 'build',
    configResolved(config) {
      // Storybook builds an app from this config without build.lib: no classic script there.
      isLibrary = Boolean(config.build.lib);
      logLevel = config.logLevel;
    },
    writeBundle(_options, bundle) {
      files = lazyFiles(bundle);
    },
    async closeBundle() {
      if (!isLibrary || !files) return;
      if (Object.keys(files.locales).length === 0) throw new Error('dn-widgets: the module build wrote no translation files');
      if (!files.publicIds) throw new Error('dn-widgets: the module build wrote no list of public message ids');
      await build({
        configFile: false,
        logLevel,
        plugins: [shortMessageIds({publicIds: false}), shippedCode(), classicLocaleLoaders(files)],
        build: {
          target: 'es2021',
          outDir: 'dist',
          emptyOutDir: false,
          copyPublicDir: false,
          lib: {
            entry: 'src/classic.ts',
            formats: ['iife'],
            // Required by Vite for an IIFE; the entry exports nothing, so no global gets this name.
            name: 'dnWidgets',
            fileName: () => CLASSIC_FILE,
          },
          rolldownOptions: {
            output: {
              minify: true,
              // Strict, as the module bundle is, so the same code behaves the same way; inside the
              // function, so a plugin that joins this file with others does not make them strict.
              strict: false,
              postBanner: COMPILE_HINT,
              intro: '"use strict";',
              // A classic script is decoded in the page's charset (modules always as UTF-8):
              // ASCII reads the same in windows-1252 or any other.
              charset: 'ascii',
            },
          },
        },
      });
    },
  };
}

// `npm start` serves index.html (the demo clinic page) from source;
// `vite build` writes dist/dn-widgets.js, the one-file bundle for a module script tag,
// with each translation as a lazily loaded file in dist/locales/, then
// dist/dn-widgets.classic.js, the same for a classic script tag, using those files.
export default defineConfig({
  plugins: [selfContainedLocales(), shortMessageIds({publicIds: true}), shippedCode(), classicScript()],
  // Only the demo pages: the test pages under test/ belong to the test runner.
  optimizeDeps: {entries: ['index.html', 'examples/*.html']},
  build: {
    target: 'es2021',
    outDir: 'dist',
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'dn-widgets.js',
    },
    rolldownOptions: {
      output: {
        minify: true,
        // Rolldown adds nothing for undefined, where an empty string would still add a line
        // break to each translation; its type says string.
        postBanner: (chunk) => (chunk.isEntry ? COMPILE_HINT : undefined) as string,
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId === PUBLIC_IDS_MODULE ? 'locales/message-ids-[hash].js' : 'locales/[name]-[hash].js',
      },
    },
  },
});
