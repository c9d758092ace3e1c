import {expect} from '@open-wc/testing';
import '../src/index.js';
import {allLocales, sourceLocale} from '../src/generated/locale-codes.js';
import {fixturesByTag} from './fixtures/index.js';
import type {Fixture} from './fixtures/fixture.js';
import {captureWarnings, renderFixture} from './helpers.js';
import {patientTextBlocks} from './readability.js';

/** Words that read the same in some languages ("No", "Diabetes") are not a sign of a missing translation. */
const MIN_LETTERS = 10;
const letters = (text: string) => text.replace(/[^\p{L}]/gu, '').length;

function inLanguage(fixture: Fixture, lang: string): Fixture {
  return {...fixture, attributes: {...fixture.attributes, lang}};
}

async function blocks(tag: string, fixture: Fixture): Promise<string[]> {
  const element = await renderFixture(tag, fixture);
  element.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
  return patientTextBlocks(element.shadowRoot!).map((block) => block);
}

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

describe('the no-English check', () => {
  it('catches an element left in English', async () => {
    const [tag, fixtures] = fixturesByTag[0];
    const fixture = Object.values(fixtures)[0];
    const english = new Set(await blocks(tag, fixture));
    const klingon = await blocks(tag, inLanguage(fixture, 'tlh')); // no such translation: shown in English
    expect(klingon.filter((block) => english.has(block) && letters(block) >= MIN_LETTERS)).not.to.deep.equal([]);
  });
});

for (const locale of allLocales.filter((l) => l !== sourceLocale)) {
  describe(`every element in ${locale}`, () => {
    for (const [tag, fixtures] of fixturesByTag) {
      it(`<${tag}> shows no English in any of its states`, async () => {
        for (const fixture of Object.values(fixtures).filter((f) => !('lang' in f.attributes))) {
          const english = new Set((await blocks(tag, fixture)).filter((block) => letters(block) >= MIN_LETTERS));
          const translated = await blocks(tag, inLanguage(fixture, locale));
          const untranslated = translated.filter((block) => english.has(block));
          expect(untranslated, `${fixture.name}`).to.deep.equal([]);
        }
      });
    }
  });
}

describe('Chinese punctuation', () => {
  const asciiAfterHan = /\p{Script=Han}[:.]/u;

  it('the check catches a colon or full stop typed in ASCII after Chinese text', () => {
    expect(asciiAfterHan.test('结果: 停止.')).to.be.true;
    expect(asciiAfterHan.test('结果：停止。约 38.0 °C')).to.be.false;
  });

  for (const [tag, fixtures] of fixturesByTag) {
    it(`<${tag}> in zh-Hans shows no ASCII ":" or "." right after Chinese text`, async () => {
      for (const fixture of Object.values(fixtures).filter((f) => !('lang' in f.attributes))) {
        const element = await renderFixture(tag, inLanguage(fixture, 'zh-Hans'));
        element.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
        const text = (element.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
        const found = text.match(new RegExp(`.{0,12}${asciiAfterHan.source}.{0,12}`, 'gu'));
        expect(found, fixture.name).to.equal(null);
      }
    });
  }
});
