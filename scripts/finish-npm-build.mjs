// Finishes the npm build (dist/lib, written by tsc) as vite.config.ts does the
// bundles: no translator notes, and html``/css`` templates without their
// indentation and CSS layout.
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {minifyTemplateLiterals} from './lib/template-literals.mjs';
import {stripTranslatorNotes} from './lib/translator-notes.mjs';

const root = process.argv[2] ?? 'dist/lib';
for (const entry of readdirSync(root, {recursive: true})) {
  const file = join(root, String(entry));
  if (!file.endsWith('.js')) continue;
  const code = readFileSync(file, 'utf8');
  const finished = minifyTemplateLiterals(stripTranslatorNotes(code));
  if (finished !== code) writeFileSync(file, finished);
}
