import {expect} from '@open-wc/testing';
import {matchLocale, textDirection} from '../src/localization/locales.js';

describe('locale matching', () => {
  const cases: Array<[string, string | undefined]> = [
    ['en', 'en'],
    ['EN-gb', 'en'],
    ['es', 'es'],
    ['es-MX', 'es'],
    ['es-419', 'es'],
    ['ar', 'ar'],
    ['ar-EG', 'ar'],
    ['fr-CA', 'fr'],
    ['de-AT', 'de'],
    ['de-CH', 'de'],
    ['de-Latn-CH', 'de'],
    ['en-GB-oxendict', 'en'],
    ['ar-Latn', undefined],
    ['en-', undefined],
    ['pt-BR', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['vi-VN', 'vi'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['zh-TW', undefined],
    ['zh-Hant', undefined],
    ['tlh', undefined],
    ['not a tag', undefined],
    ['', undefined],
  ];
  for (const [tag, expected] of cases) {
    it(`matches "${tag}" to ${expected ?? 'nothing'}`, () => {
      expect(matchLocale(tag)).to.equal(expected);
    });
  }

  it('reads Arabic right to left and the others left to right', () => {
    expect(textDirection('ar')).to.equal('rtl');
    expect(textDirection('es')).to.equal('ltr');
    expect(textDirection('en')).to.equal('ltr');
  });
});
