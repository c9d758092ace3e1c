import {build, defineConfig, type LogLevel, type Plugin, type Rolldown} from 'vite';
import {forShipping} from './scripts/lib/shipped-code.mjs';

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

const CLASSIC_FILE = 'dn-widgets.classic.js';

/** The translation files a module build wrote, by locale: {es: 'locales/es-0DYyOpBg.js', …}. */
function localeFiles(bundle: Rolldown.OutputBundle): Record<string, string> {
  const files: Record<string, string> = {};
  for (const chunk of Object.values(bundle)) {
    const locale = chunk.type === 'chunk' ? /\/src\/generated\/locales\/(.+)\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1] : undefined;
    if (locale) files[locale] = chunk.fileName;
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
function classicLocaleLoaders(files: Record<string, string>): Plugin {
  const loaders = Object.entries(files).map(([locale, file]) => `${JSON.stringify(locale)}: () => load(${JSON.stringify(file)})`);
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
  let files: Record<string, string> | undefined;
  return {
    name: 'dn-widgets:classic-script',
    apply: 'build',
    configResolved(config) {
      // Storybook builds an app from this config without build.lib: no classic script there.
      isLibrary = Boolean(config.build.lib);
      logLevel = config.logLevel;
    },
    writeBundle(_options, bundle) {
      files = localeFiles(bundle);
    },
    async closeBundle() {
      if (!isLibrary || !files) return;
      if (Object.keys(files).length === 0) throw new Error('dn-widgets: the module build wrote no translation files');
      await build({
        configFile: false,
        logLevel,
        plugins: [shippedCode(), classicLocaleLoaders(files)],
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
  plugins: [selfContainedLocales(), shippedCode(), classicScript()],
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
        chunkFileNames: 'locales/[name]-[hash].js',
      },
    },
  },
});
