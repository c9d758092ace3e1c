import {defineConfig, type Plugin} from 'vite';
import {stripTranslatorNotes} from './scripts/lib/translator-notes.mjs';

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

/** Translator notes belong in the XLIFF files, not in what a page downloads. */
function withoutTranslatorNotes(): Plugin {
  return {
    name: 'dn-widgets:without-translator-notes',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      return id.includes('/src/') && id.endsWith('.ts') ? {code: stripTranslatorNotes(code), map: null} : null;
    },
  };
}

// `npm start` serves index.html (the demo clinic page) from source;
// `vite build` writes dist/dn-widgets.js, the one-file bundle for a script tag,
// with each translation as a lazily loaded file in dist/locales/.
export default defineConfig({
  plugins: [selfContainedLocales(), withoutTranslatorNotes()],
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
