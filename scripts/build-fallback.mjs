// Writes the server-rendered fallback of every element, from the content
// modules and translations in src/ (never a copy kept by hand):
//
//   dist/fallback/<locale>.json          every element's fallback as templates, with the
//                                        region table and the clinic's sentences (what the
//                                        WordPress plugin fills in, in PHP)
//   dist/fallback/<locale>/<element>.html  plain HTML for a page that sets no region or
//                                        clinic ("your local emergency number")
//
// For any region, clinic and attributes, use the Node API instead:
// `import {renderFallback} from 'dn-widgets/fallback.js'`.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';

/** Bundles the fallback module from source, so this runs without a TypeScript build first. */
export async function loadFallbackModule() {
  const dir = mkdtempSync(join(tmpdir(), 'dn-fallback-'));
  const outfile = join(dir, 'fallback.mjs');
  try {
    await build({
      entryPoints: ['src/fallback/index.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'warning',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

async function main() {
  const fallback = await loadFallbackModule();
  const out = 'dist/fallback';
  rmSync(out, {recursive: true, force: true});
  for (const locale of fallback.allLocales) {
    const pack = await fallback.fallbackPack(locale);
    mkdirSync(join(out, locale), {recursive: true});
    writeFileSync(join(out, `${locale}.json`), `${JSON.stringify(pack)}\n`);
    for (const tag of fallback.fallbackTags) {
      writeFileSync(join(out, locale, `${tag}.html`), `${fallback.fillFallback(pack, tag)}\n`);
    }
  }
  console.log(`Fallback for ${fallback.fallbackTags.length} elements in ${fallback.allLocales.length} locales: ${out}/`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
