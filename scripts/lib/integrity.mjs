// Subresource Integrity values of what a page loads from dist/: the two
// script-tag bundles, and the translations they import.
import {createHash} from 'node:crypto';
import {readFileSync, readdirSync} from 'node:fs';

/** The files a script tag names, relative to dist/. */
export const BUNDLES = ['dn-widgets.js', 'dn-widgets.classic.js'];

/** The `integrity` value of bytes: sha384, base64. */
export function integrity(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** The `integrity` value of a file under `dist`. */
export function integrityOf(file, dist = 'dist') {
  return integrity(readFileSync(`${dist}/${file}`));
}

/** The translation files of a build, relative to dist/: ['locales/ar-….js', …]. */
export function localeFiles(dist = 'dist') {
  return readdirSync(`${dist}/locales`)
    .filter((file) => file.endsWith('.js'))
    .sort()
    .map((file) => `locales/${file}`);
}

/**
 * An import map that pins every translation file to its integrity value, for
 * a copy of dist/ at `base` (the URL of the folder that holds dn-widgets.js).
 * The bundles load translations with import(), which a script tag's integrity
 * attribute does not cover; an import map's "integrity" does.
 */
export function localeImportMap(base, dist = 'dist') {
  return {integrity: Object.fromEntries(localeFiles(dist).map((file) => [new URL(file, base).href, integrityOf(file, dist)]))};
}
