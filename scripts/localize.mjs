// npm run localize: lit-localize extract, record what each translation was
// translated from (see lib/locales.mjs), lit-localize build. Stale translations
// are reported and not recorded.
//
// npm run localize:confirm -- <locale|all> <id>...: the current translation of
// each id is still right for the current English; record that.
import {readFileSync} from 'node:fs';
import {extractAndBuild, formatStale, readRecord, readUnits, reconcile, targetLocales, writeRecord, xliffPath} from './lib/locales.mjs';

const units = (locale) => readUnits(readFileSync(xliffPath(locale), 'utf8'));

async function localize() {
  const count = await extractAndBuild();
  const stale = [];
  for (const locale of targetLocales) {
    const result = reconcile(units(locale), readRecord(locale));
    writeRecord(locale, result.record);
    stale.push(...result.stale.map((unit) => ({locale, ...unit})));
  }
  console.log(`${count} messages extracted into locales/*.xlf, recorded, and built into src/generated/.`);
  if (stale.length > 0) console.warn(`\n${formatStale(stale)}`);
}

function confirm([which, ...ids]) {
  if (!which || ids.length === 0) throw new Error('Usage: npm run localize:confirm -- <locale|all> <id>...');
  const locales = which === 'all' ? targetLocales : [which];
  if (!targetLocales.includes(locales[0])) throw new Error(`Unknown locale ${which}: one of ${targetLocales.join(', ')} or all`);
  const updates = locales.map((locale) => {
    const current = units(locale);
    for (const id of ids) {
      if (!current.has(id)) throw new Error(`${xliffPath(locale)} has no message ${id} (run npm run localize first?)`);
      if (!current.get(id).target) throw new Error(`${xliffPath(locale)}: ${id} has no translation to confirm`);
    }
    return [locale, reconcile(current, readRecord(locale), new Set(ids)).record];
  });
  for (const [locale, record] of updates) writeRecord(locale, record);
  console.log(`Confirmed ${ids.join(', ')} in ${locales.join(', ')}.`);
}

const [command, ...args] = process.argv.slice(2);
try {
  if (command === 'confirm') confirm(args);
  else if (command === undefined) await localize();
  else throw new Error(`Unknown command ${command}: none (extract, record, build) or confirm`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
