// Every safety message (red flags, tiers, instructions, screening, figures,
// region lines) carries a translator note saying where it appears and what
// must stay exact; lit-localize writes it into each XLIFF unit as <note>.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {stripTranslatorNotes} from './lib/translator-notes.mjs';

const SAFETY =
  /^(red-flag\.|tier\.|action\.|region\.|fever\.|frequency\.|overall\.|e-stim\.|rare-event\.[^.]+\.figure|screening\.(?!answer|print|error|progress|continue|back|title|intro|privacy|reasons?|reset|change))/;

test('every safety message has a translator note in the XLIFF', () => {
  const xliff = readFileSync('locales/fr.xlf', 'utf8');
  const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  const safety = units.filter(([, id]) => SAFETY.test(id));
  assert.ok(safety.length > 100, `only ${safety.length} safety messages found`);
  const withoutNote = safety.filter(([, , body]) => !/<note[^>]*>[^<]{10,}<\/note>/.test(body)).map(([, id]) => id);
  assert.deepEqual(withoutNote, []);
});

test('translator notes are stripped from shipped code, and nothing else is', () => {
  const code = `msg('A', {id: 'a', desc: 'Note, with \\'quotes\\'.'}); msg("B", {desc: "x", id: "b"}); f({id: 'c', desc: 'y', other: 1});`;
  assert.equal(stripTranslatorNotes(code), `msg('A', {id: 'a'}); msg("B", { id: "b"}); f({id: 'c', other: 1});`);
});
