// Finishes the npm build (dist/lib, written by tsc) as vite.config.ts does the
// bundles (scripts/lib/shipped-code.mjs).
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {forShipping} from './lib/shipped-code.mjs';

const root = process.argv[2] ?? 'dist/lib';
for (const entry of readdirSync(root, {recursive: true})) {
  const file = join(root, String(entry));
  if (!file.endsWith('.js')) continue;
  const code = readFileSync(file, 'utf8');
  const finished = forShipping(code);
  if (finished !== code) writeFileSync(file, finished);
}
