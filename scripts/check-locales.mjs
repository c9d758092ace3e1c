// Fails when a translation is missing, or stale (its English changed after it
// was translated), or when a committed file is out of date: locales/*.xlf, the
// records locales/*.translated-from.json, or src/generated/. Read-only: extract
// and build write into a temporary directory, compared here with the project.
// Fix with `npm run localize`, then translate or confirm what it reports.
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {
  extractAndBuild,
  formatRecord,
  formatStale,
  generatedFiles,
  readIfExists,
  readRecord,
  readUnits,
  reconcile,
  recordPath,
  targetLocales,
  xliffPath,
} from './lib/locales.mjs';

const problems = [];
const stale = [];
const root = mkdtempSync(join(tmpdir(), 'dn-locales-'));
try {
  for (const locale of targetLocales) {
    if (existsSync(xliffPath(locale))) cpSync(xliffPath(locale), xliffPath(locale, root));
  }
  await extractAndBuild({root, quiet: true});

  for (const file of generatedFiles()) {
    if (readFileSync(join(root, file), 'utf8') !== readIfExists(file)) problems.push(`${file} is out of date`);
  }
  for (const locale of targetLocales) {
    const recorded = readRecord(locale);
    const result = reconcile(readUnits(readFileSync(xliffPath(locale, root), 'utf8')), recorded);
    for (const id of result.missing) problems.push(`${xliffPath(locale)}: ${id} has no translation`);
    stale.push(...result.stale.map((unit) => ({locale, ...unit})));
    const file = readIfExists(recordPath(locale));
    if (file === undefined) {
      problems.push(`${recordPath(locale)} is missing`);
    } else if (formatRecord(result.record) !== file) {
      const ids = new Set([...Object.keys(recorded), ...Object.keys(result.record)]);
      const changed = [...ids].filter((id) => JSON.stringify(recorded[id]) !== JSON.stringify(result.record[id]));
      const listed = changed.length > 10 ? [...changed.slice(0, 10), `and ${changed.length - 10} more`] : changed;
      problems.push(`${recordPath(locale)} is out of date${changed.length ? ` for ${listed.join(', ')}` : ''}`);
    }
  }
} catch (error) {
  problems.push(error.message);
} finally {
  rmSync(root, {recursive: true, force: true});
}

if (problems.length > 0 || stale.length > 0) {
  if (problems.length > 0) {
    console.error(`Translations are not complete (run \`npm run localize\`, then translate what is missing):\n- ${problems.join('\n- ')}`);
  }
  if (stale.length > 0) console.error(`${problems.length > 0 ? '\n' : ''}${formatStale(stale)}`);
  process.exit(1);
}
console.log(`Translations complete and current: ${targetLocales.join(', ')}`);
