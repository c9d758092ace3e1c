// node --test scripts/check-locales.test.mjs
// The rules of the translation record, then the real scripts on a copy of the
// project in which one English message changes.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';

const project = fileURLToPath(new URL('..', import.meta.url));
process.chdir(project); // lib/locales.mjs reads lit-localize.json from the working directory
const {reconcile, readUnits} = await import('./lib/locales.mjs');

test('reconcile records new and changed translations, and keeps a changed source under an unchanged target stale', () => {
  const units = new Map([
    ['new', {source: 'A', target: 'a'}],
    ['same', {source: 'B', target: 'b'}],
    ['corrected', {source: 'C', target: 'c2'}],
    ['retranslated', {source: 'D2', target: 'd2'}],
    ['stale', {source: 'E2', target: 'e'}],
    ['confirmed', {source: 'F2', target: 'f'}],
    ['untranslated', {source: 'G', target: undefined}],
  ]);
  const recorded = {
    same: {source: 'B', target: 'b'},
    corrected: {source: 'C', target: 'c'},
    retranslated: {source: 'D', target: 'd'},
    stale: {source: 'E', target: 'e'},
    confirmed: {source: 'F', target: 'f'},
    removed: {source: 'H', target: 'h'},
  };
  const {record, stale, missing} = reconcile(units, recorded, new Set(['confirmed']));
  assert.deepEqual(record, {
    new: {source: 'A', target: 'a'},
    same: {source: 'B', target: 'b'},
    corrected: {source: 'C', target: 'c2'},
    retranslated: {source: 'D2', target: 'd2'},
    stale: {source: 'E', target: 'e'},
    confirmed: {source: 'F2', target: 'f'},
  });
  assert.deepEqual(stale, [{id: 'stale', was: 'E', now: 'E2'}]);
  assert.deepEqual(missing, ['untranslated']);
});

test('readUnits reads placeholders as written and treats an empty target as missing', () => {
  const units = readUnits(`<body>
<trans-unit id="a">
  <source>Call <x id="0" equiv-text="\${n}"/></source>
  <target state="translated"><x id="0" equiv-text="\${n}"/> anrufen</target>
  <note from="lit-localize">A phone number</note>
</trans-unit>
<trans-unit id="b">
  <source>B</source>
  <target/>
</trans-unit>
</body>`);
  assert.deepEqual(units.get('a'), {source: 'Call <x id="0" equiv-text="${n}"/>', target: '<x id="0" equiv-text="${n}"/> anrufen'});
  assert.deepEqual(units.get('b'), {source: 'B', target: undefined});
});

test('the check fails on a changed English source, names the id, and passes once every locale is updated or confirmed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dn-check-locales-'));
  try {
    for (const path of ['lit-localize.json', 'tsconfig.json', 'tsconfig.lib.json', 'src', 'locales', 'scripts']) {
      cpSync(join(project, path), join(dir, path), {recursive: true});
    }
    symlinkSync(realpathSync(join(project, 'node_modules')), join(dir, 'node_modules'));
    const run = (...args) => {
      const {status, stdout, stderr} = spawnSync(process.execPath, args, {cwd: dir, encoding: 'utf8'});
      return {status, output: stdout + stderr};
    };
    const edit = (file, from, to) => {
      const text = readFileSync(join(dir, file), 'utf8');
      assert.equal(text.split(from).length, 2, `${from} once in ${file}`);
      writeFileSync(join(dir, file), text.replace(from, to));
    };
    const record = (locale) => JSON.parse(readFileSync(join(dir, `locales/${locale}.translated-from.json`), 'utf8'));

    const id = 'aftercare.do.water';
    const was = 'Drink water. It can help you feel more comfortable.';
    const now = 'Drink plenty of water. It can help you feel more comfortable.';
    edit('src/content/aftercare.ts', was, now);
    // The French translator updates the translation in the same change.
    const french = record('fr')[id].target;
    edit('locales/fr.xlf', `<target>${french}</target>`, `<target>Buvez beaucoup d’eau.</target>`);

    const localize = run('scripts/localize.mjs');
    assert.equal(localize.status, 0, localize.output);
    assert.match(localize.output, /Stale translations/);
    assert.equal(record('fr')[id].source, now, 'a target changed with its source is recorded');
    assert.equal(record('de')[id].source, was, 'an unchanged target is not accepted for the new source');

    const failing = run('scripts/check-locales.mjs');
    assert.notEqual(failing.status, 0, failing.output);
    assert.ok(failing.output.includes(`${id} (ar, de, es, pt-BR, vi, zh-Hans)`), failing.output);
    assert.ok(failing.output.includes(`English was: ${was}`), failing.output);
    assert.ok(failing.output.includes(`English now: ${now}`), failing.output);
    assert.doesNotMatch(failing.output, /out of date|no translation/);

    const confirm = run('scripts/localize.mjs', 'confirm', 'all', id);
    assert.equal(confirm.status, 0, confirm.output);
    const passing = run('scripts/check-locales.mjs');
    assert.equal(passing.status, 0, passing.output);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});
