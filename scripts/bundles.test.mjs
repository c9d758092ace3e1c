// What `vite build` writes at the top of each file, checked once `npm test` has built dist/.
// Run with `node --test`.
import {strict as assert} from 'node:assert';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {test} from 'node:test';

const firstLine = (file) => readFileSync(file, 'utf8').split('\n', 1)[0];

test("both bundles open with V8's compile hint, and the translations with their code", {skip: !existsSync('dist/locales')}, () => {
  for (const bundle of ['dist/dn-widgets.js', 'dist/dn-widgets.classic.js']) {
    assert.equal(firstLine(bundle), '//# allFunctionsCalledOnLoad', bundle);
  }
  for (const file of readdirSync('dist/locales')) {
    assert.match(firstLine(`dist/locales/${file}`), /^var /, `dist/locales/${file}`);
  }
});
