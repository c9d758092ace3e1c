// Builds the WordPress plugin: wordpress/dn-widgets/ plus what it ships from
// the build (the bundle and its translations, the fallback packs, the region
// list for the settings page and the .pot of its own strings), staged in
// dist/wordpress/dn-widgets/ and zipped into dist/dn-widgets-wordpress.zip,
// ready for Plugins → Add New → Upload Plugin.
//
// Run through `npm run build:wordpress`, which builds dist/ first.
import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {loadFallbackModule} from './build-fallback.mjs';
import {extractStrings, potFile} from './lib/wordpress-pot.mjs';

const source = 'wordpress/dn-widgets';
const stage = 'dist/wordpress/dn-widgets';
const zipFile = 'dist/dn-widgets-wordpress.zip';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** The plugin's version is the package's, in every place WordPress reads it. */
function checkVersions() {
  const places = {
    'dn-widgets.php (Version:)': /\* Version:\s*(\S+)/.exec(readFileSync(join(source, 'dn-widgets.php'), 'utf8'))?.[1],
    'includes/Plugin.php (VERSION)': /VERSION = '([^']+)'/.exec(readFileSync(join(source, 'includes/Plugin.php'), 'utf8'))?.[1],
    'readme.txt (Stable tag:)': /^Stable tag:\s*(\S+)/m.exec(readFileSync(join(source, 'readme.txt'), 'utf8'))?.[1],
  };
  const wrong = Object.entries(places).filter(([, version]) => version !== pkg.version);
  if (wrong.length > 0) {
    throw new Error(
      `The plugin's version must be package.json's ${pkg.version}: ${wrong.map(([place, v]) => `${place} says ${v}`).join('; ')}`,
    );
  }
}

for (const file of ['dist/dn-widgets.js', 'dist/locales', 'dist/fallback/en.json']) {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:wordpress\`, which builds it first`);
}
checkVersions();

rmSync('dist/wordpress', {recursive: true, force: true});
rmSync(zipFile, {force: true});
cpSync(source, stage, {recursive: true});
rmSync(join(stage, 'build'), {recursive: true, force: true});

// The bundle loads its translations from locales/ beside it.
mkdirSync(join(stage, 'build/fallback'), {recursive: true});
cpSync('dist/dn-widgets.js', join(stage, 'build/dn-widgets.js'));
cpSync('dist/locales', join(stage, 'build/locales'), {recursive: true});
for (const file of readdirSync('dist/fallback').filter((name) => name.endsWith('.json'))) {
  cpSync(join('dist/fallback', file), join(stage, 'build/fallback', file));
}

// The region list of the settings page: code, name and emergency number, from src/content/regions.ts.
const fallback = await loadFallbackModule();
const names = new Intl.DisplayNames('en', {type: 'region'});
const regions = {};
for (const code of [...fallback.supportedRegions].sort()) {
  const lookup = fallback.lookUpRegion(code);
  if (lookup.kind !== 'found') continue;
  const name = code === 'GB-NIR' ? 'Northern Ireland' : names.of(code);
  regions[code] = {name, emergency: lookup.region.emergencyNumber};
}
writeFileSync(join(stage, 'build/regions.json'), `${JSON.stringify(regions, null, 1)}\n`);

mkdirSync(join(stage, 'languages'), {recursive: true});
writeFileSync(
  join(stage, 'languages/dn-widgets.pot'),
  potFile(extractStrings(source, 'dn-widgets'), {name: 'dn-widgets', version: pkg.version}),
);

try {
  execFileSync('zip', ['-q', '-r', '-X', '../dn-widgets-wordpress.zip', 'dn-widgets'], {cwd: 'dist/wordpress', stdio: 'inherit'});
} catch (error) {
  if (error.code === 'ENOENT') throw new Error('zip is not installed: sudo apt-get install zip');
  throw error;
}
console.log(`WordPress plugin: ${stage}/ and ${zipFile}`);
