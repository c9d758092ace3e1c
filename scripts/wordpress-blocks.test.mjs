// The WordPress plugin offers every attribute of every element: each block's
// block.json (which the plugin's shortcodes and kses rules are built from)
// against the elements' own manifest, custom-elements.json (npm run analyze).
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName?.startsWith('dn-') && declaration.tagName !== 'dn-config');

/** Settings of the block's <dn-config>, not attributes of the element. */
const configOnly = {'dn-red-flags': ['afterHours']};

const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

function blockType(text) {
  if (/\bboolean\b/.test(text)) return {type: 'boolean'};
  if (/\bnumber\b/.test(text)) return {type: 'number'};
  const literals = [...text.matchAll(/'([^']+)'/g)].map((match) => match[1]);
  return literals.length > 0 ? {type: 'string', enum: literals} : {type: 'string'};
}

test('there is a block for every element', () => {
  assert.deepEqual(elements.map((element) => element.tagName).sort(), [
    'dn-aftercare',
    'dn-contraindication-check',
    'dn-red-flags',
    'dn-side-effects',
    'dn-what-to-expect',
  ]);
});

for (const element of elements) {
  test(`${element.tagName}: its block has every attribute of the element, with its type`, () => {
    const name = element.tagName.slice('dn-'.length);
    const block = JSON.parse(readFileSync(`wordpress/dn-widgets/blocks/${name}/block.json`, 'utf8'));
    assert.equal(block.name, `dn-widgets/${name}`);
    const expected = {lang: {type: 'string'}};
    for (const attribute of element.attributes) expected[camel(attribute.name)] = blockType(attribute.type?.text ?? 'string');
    for (const setting of configOnly[element.tagName] ?? []) expected[setting] = {type: 'string'};
    assert.deepEqual(block.attributes, {
      ...expected,
      ...Object.fromEntries(
        Object.keys(block.attributes)
          .filter((key) => !(key in expected))
          .map((key) => [key, 'not an element attribute']),
      ),
    });
    assert.equal(block.apiVersion, 2, 'apiVersion 2 works from WordPress 6.1 (3 needs 6.3)');
  });
}

test("the plugin's version is the package's", () => {
  const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.match(
    readFileSync('wordpress/dn-widgets/dn-widgets.php', 'utf8'),
    new RegExp(`\\* Version:\\s*${version.replace(/\./g, '\\.')}\\n`),
  );
  assert.match(readFileSync('wordpress/dn-widgets/includes/Plugin.php', 'utf8'), new RegExp(`VERSION = '${version}'`));
  assert.match(readFileSync('wordpress/dn-widgets/readme.txt', 'utf8'), new RegExp(`^Stable tag: ${version}$`, 'm'));
});
