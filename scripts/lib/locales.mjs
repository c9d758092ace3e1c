// Shared by localize.mjs and check-locales.mjs. Paths are relative to the
// project root, where npm runs scripts.
//
// lit-localize extract keeps a <target> when its <source> changes, so each
// locale has a record, locales/<locale>.translated-from.json, of the English
// source (as written in the XLIFF, placeholders included) that each current
// target was translated from. A unit whose source differs from the record
// while its target does not is stale.
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

export const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
export const targetLocales = config.targetLocales;
export const xliffPath = (locale, root = '.') => join(root, config.interchange.xliffDir, `${locale}.xlf`);
export const recordPath = (locale) => join(config.interchange.xliffDir, `${locale}.translated-from.json`);

/** Every file that extract and build write, relative to the project root. */
export const generatedFiles = () => [
  ...targetLocales.map((locale) => xliffPath(locale)),
  ...targetLocales.map((locale) => join(config.output.outputDir, `${locale}.ts`)),
  join(config.output.localeCodesModule),
];

export const readIfExists = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);

/**
 * The units of an XLIFF file: id → {source, target}, each the XML inside its
 * element. `target` is undefined when the unit has no translation (or an empty one).
 */
export function readUnits(xliff) {
  const units = new Map();
  for (const [, attributes, body] of xliff.matchAll(/<trans-unit\b([^>]*)>([\s\S]*?)<\/trans-unit>/g)) {
    const id = attributes.match(/\bid="([^"]*)"/)[1];
    const source = body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '';
    const target = body.match(/<target\b[^>]*>([\s\S]*?)<\/target>/)?.[1];
    units.set(id, {source, target: target || undefined});
  }
  return units;
}

export const readRecord = (locale) => JSON.parse(readIfExists(recordPath(locale)) ?? '{}');

/** Sorted by id so that the file does not change when messages move in the code. */
export function formatRecord(record) {
  const sorted = Object.keys(record)
    .sort()
    .map((id) => [id, record[id]]);
  return `${JSON.stringify(Object.fromEntries(sorted), null, 2)}\n`;
}

export const writeRecord = (locale, record) => writeFileSync(recordPath(locale), formatRecord(record));

/**
 * Compares a locale's units with its record. Returns the record as it should
 * now be, the stale units, and the ids with no translation.
 *
 * A translation is recorded with its source when it is new, or when it changed
 * (the translator corrected it, or translated a changed source). A source that
 * changed under an unchanged translation is stale and keeps its old record,
 * unless its id is in `confirmed`: someone checked that the translation is
 * still right for the new source. Records of removed messages are dropped.
 */
export function reconcile(units, recorded, confirmed = new Set()) {
  const record = {};
  const stale = [];
  const missing = [];
  for (const [id, {source, target}] of units) {
    const was = recorded[id];
    if (target === undefined) {
      missing.push(id);
    } else if (was && was.source !== source && was.target === target && !confirmed.has(id)) {
      stale.push({id, was: was.source, now: source});
      record[id] = was;
    } else {
      record[id] = {source, target};
    }
  }
  return {record, stale, missing};
}

/** Stale units, one entry per id and change, with the locales it affects. */
export function formatStale(stale) {
  const changes = new Map();
  for (const {locale, id, was, now} of stale) {
    const key = JSON.stringify([id, was, now]);
    if (!changes.has(key)) changes.set(key, {id, was, now, locales: []});
    changes.get(key).locales.push(locale);
  }
  const lines = [...changes.values()].map(
    ({id, was, now, locales}) => `  ${id} (${locales.join(', ')})\n    English was: ${was}\n    English now: ${now}`,
  );
  return [
    `Stale translations: the English changed after these were translated.`,
    ...lines,
    `Update each <target> in locales/<locale>.xlf and run \`npm run localize\`. If a translation is`,
    `still right for the new English: \`npm run localize:confirm -- <locale|all> <id>...\``,
  ].join('\n');
}

/**
 * `lit-localize extract` then `lit-localize build`, in one process so that the
 * program is analysed once. With `root`, every file is written under that
 * directory instead (its XLIFF files must be there already), which lets the
 * check compare without touching the working tree.
 */
export async function extractAndBuild({root = '.', quiet = false} = {}) {
  const {readConfigFileAndWriteSchema} = await import('@lit/localize-tools/lib/config.js');
  const {RuntimeLitLocalizer} = await import('@lit/localize-tools/lib/modes/runtime.js');
  const {stringifyDiagnostics} = await import('@lit/localize-tools/lib/typescript.js');
  const base = readConfigFileAndWriteSchema('lit-localize.json');
  const localizer = new RuntimeLitLocalizer({
    ...base,
    interchange: {...base.interchange, xliffDir: join(root, base.interchange.xliffDir)},
    output: {
      ...base.output,
      outputDir: join(root, base.output.outputDir),
      localeCodesModule: join(root, base.output.localeCodesModule),
    },
  });
  const {messages, errors} = localizer.extractSourceMessages();
  if (errors.length > 0) throw new Error(`Error analyzing program:\n${stringifyDiagnostics(errors)}`);
  await localizer.writeInterchangeFiles();
  // Build re-reads the XLIFF files as extract wrote them, like `lit-localize build`
  // would (else it warns about removed messages). The program is still shared.
  localizer._translations = undefined;
  const invalid = localizer.validateTranslations().errors;
  if (invalid.length > 0) throw new Error(`Placeholders of a translation do not match the source:\n${invalid.join('\n')}`);
  const warn = console.warn;
  if (quiet) console.warn = () => {}; // "message … is missing": the check reports those itself
  try {
    await localizer.build();
  } finally {
    console.warn = warn;
  }
  return messages.length;
}
