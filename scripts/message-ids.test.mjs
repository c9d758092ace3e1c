// The short message ids of the bundles (scripts/lib/message-ids.mjs): how code
// is rewritten, and, when `npm test` has built dist/, that the built bundles and
// translations agree. Run with `node --test`.
import {strict as assert} from 'node:assert';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {test} from 'node:test';
import {pathToFileURL} from 'node:url';
import {readUnits, targetLocales, xliffPath} from './lib/locales.mjs';
import {readMessageIds, shortenGeneratedKeys, shortenOptionIds, shortIds} from './lib/message-ids.mjs';

const short = shortIds(['aftercare.do.bath', 'red-flag.breathing', 'tier.urgent.heading']);

test('short ids are indexes in base 36 of the sorted list', () => {
  assert.deepEqual(
    [...short],
    [
      ['aftercare.do.bath', '0'],
      ['red-flag.breathing', '1'],
      ['tier.urgent.heading', '2'],
    ],
  );
  assert.equal(shortIds(Array.from({length: 40}, (_, index) => `m.${index}`)).get('m.39'), '13');
});

test('msg() options get the short id; other ids and unknown messages are left alone', () => {
  const code = `msg('Bath', {id: 'aftercare.do.bath'}); msg("Breathing", {id:"red-flag.breathing"}); const sign = {id: 'breathing'}; msg('x', {id: 'not.a.message'});`;
  assert.equal(
    shortenOptionIds(code, short),
    `msg('Bath', {id: '0'}); msg("Breathing", {id:"1"}); const sign = {id: 'breathing'}; msg('x', {id: 'not.a.message'});`,
  );
});

test('the keys of a generated translation module get the short id, and an unknown key stops the build', () => {
  const module = `export const templates = {\n      'aftercare.do.bath': \`Baño\`,\n'tier.urgent.heading': str\`Hoy \${0}\`,\n    };`;
  assert.equal(shortenGeneratedKeys(module, short), `export const templates = {\n      '0': \`Baño\`,\n'2': str\`Hoy \${0}\`,\n    };`);
  assert.throws(() => shortenGeneratedKeys(`{\n'red-flag.fever': \`x\`,\n}`, short), /red-flag\.fever/);
});

test('every message id of the XLIFF files, and only those, is read from the generated modules', () => {
  const fromXliff = [...readUnits(readFileSync(xliffPath(targetLocales[0]), 'utf8')).keys()].sort();
  assert.deepEqual(readMessageIds('src/generated/locales'), fromXliff);
});

test(
  'the built bundles name no message by its long id, and every translation has every short id',
  {skip: !existsSync('dist/locales')},
  async () => {
    const ids = readMessageIds('src/generated/locales');
    for (const bundle of ['dist/dn-widgets.js', 'dist/dn-widgets.classic.js']) {
      const code = readFileSync(bundle, 'utf8');
      assert.deepEqual(
        ids.filter((id) => code.includes(`\`${id}\``) || code.includes(`"${id}"`)),
        [],
        `${bundle} still has long ids`,
      );
    }
    const files = readdirSync('dist/locales');
    const load = async (prefix) =>
      import(
        pathToFileURL(`dist/locales/${files.find((file) => file.startsWith(`${prefix}-`) && file.length === prefix.length + 12)}`).href
      );
    const everyShortId = [...shortIds(ids).values()].sort();
    for (const locale of targetLocales) {
      const {templates} = await load(locale);
      assert.deepEqual(Object.keys(templates).sort(), everyShortId, `dist/locales/${locale}-*.js`);
    }
    assert.deepEqual((await load('message-ids')).ids, ids);
  },
);
