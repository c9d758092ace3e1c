// Prints the Subresource Integrity (`integrity`) values of dist/dn-widgets.js
// and dist/dn-widgets.classic.js, the script tags that use them, and an import
// map that pins the translations too. Run after `vite build`.
//
//   npm run integrity                                  for the jsDelivr URL of this version
//   npm run integrity -- https://clinic.example/dn/    for a copy of dist/ at that URL
//   node scripts/integrity.mjs --check-readme          fails unless README.md lists this version's values
//                                                      (run before publishing)
import {readFileSync} from 'node:fs';
import {BUNDLES, integrityOf, localeImportMap} from './lib/integrity.mjs';

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
const values = BUNDLES.map((file) => integrityOf(file));

if (process.argv.includes('--check-readme')) {
  const row = `| ${version} | \`${values[0]}\` | \`${values[1]}\` |`;
  if (!readFileSync('README.md', 'utf8').includes(row)) {
    console.error(`README.md's table of integrity values has no row for ${version} as built now. Add this row:\n${row}`);
    process.exit(1);
  }
  console.log(`README.md lists the integrity values of dn-widgets ${version}.`);
  process.exit(0);
}

const base = process.argv[2] ?? `https://cdn.jsdelivr.net/npm/dn-widgets@${version}/dist/`;
const folder = base.endsWith('/') ? base : `${base}/`;

console.log(`dn-widgets ${version}, as built in dist/\n`);
for (const [index, file] of BUNDLES.entries()) console.log(`dist/${file.padEnd(22)} ${values[index]}`);
console.log(`\nREADME row: | ${version} | \`${values[0]}\` | \`${values[1]}\` |`);
console.log(`\nFor a copy at ${folder} (translations pinned by the import map; put it before the script):\n`);
console.log(`<script type="importmap">\n${JSON.stringify(localeImportMap(folder), null, 2)}\n</script>`);
console.log(`<script type="module" src="${folder}${BUNDLES[0]}" integrity="${values[0]}" crossorigin="anonymous"></script>`);
console.log('\nor, as a classic script:\n');
console.log(`<script src="${folder}${BUNDLES[1]}" integrity="${values[1]}" crossorigin="anonymous"></script>`);
