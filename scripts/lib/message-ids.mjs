// Message ids are long and public: XLIFF files, clinic translations and the
// warnings about them name messages by id ("screening.needle-fear.question").
// In what a page downloads they only join a msg() call to its translation, so
// the bundles (vite.config.ts) write each as a short one instead: its index,
// in base 36, in the sorted list of every id. That list ships as a small
// separate file, loaded only to check a clinic's own translation.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

// A key of a module that lit-localize generates: `'aftercare.do.bath': …`.
const GENERATED_KEY = /^(\s*)'([^'\\]+)':/gm;
// A message id in msg() options: `id: 'aftercare.do.bath'`.
const OPTION_ID = /\bid:(\s*)(['"])([^'"\\]+)\2/g;

/** Every message id, sorted, from the translation modules lit-localize generated in `dir`. */
export function readMessageIds(dir) {
  const ids = new Set();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    for (const [, , id] of readFileSync(join(dir, file), 'utf8').matchAll(GENERATED_KEY)) ids.add(id);
  }
  if (ids.size === 0) throw new Error(`dn-widgets: no message ids in ${dir}; run \`npm run localize\` first`);
  return [...ids].sort();
}

/** Long id → short id, for a sorted list of every id. */
export const shortIds = (ids) => new Map(ids.map((id, index) => [id, index.toString(36)]));

/** `code` with every known message id in msg() options written short. */
export const shortenOptionIds = (code, short) =>
  code.replace(OPTION_ID, (match, space, quote, id) => (short.has(id) ? `id:${space}${quote}${short.get(id)}${quote}` : match));

/** A generated translation module with its keys written short; every key must be known. */
export const shortenGeneratedKeys = (code, short) =>
  code.replace(GENERATED_KEY, (_match, indent, id) => {
    if (!short.has(id)) throw new Error(`dn-widgets: the translation key "${id}" is not a known message id`);
    return `${indent}'${short.get(id)}':`;
  });
