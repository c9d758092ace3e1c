// Removes translator notes from the npm build (dist/lib), as vite.config.ts does for the bundle.
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {stripTranslatorNotes} from './lib/translator-notes.mjs';

const root = process.argv[2] ?? 'dist/lib';
for (const entry of readdirSync(root, {recursive: true})) {
  const file = join(root, String(entry));
  if (!file.endsWith('.js')) continue;
  const code = readFileSync(file, 'utf8');
  const stripped = stripTranslatorNotes(code);
  if (stripped !== code) writeFileSync(file, stripped);
}
