// Translator notes (`desc` in msg options) are for the XLIFF files, where
// lit-localize puts them; in runtime mode they would ship in every bundle.
const NOTE = /(,\s*)?\bdesc:\s*(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")(\s*,)?/g;

/** The code without `desc: '…'` options. */
export function stripTranslatorNotes(code) {
  return code.replace(NOTE, (_match, before, after) => (before && after ? ',' : ''));
}
