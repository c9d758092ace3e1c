import {expect} from '@open-wc/testing';
import '../src/index.js';
import {aftercareFixtures} from './fixtures/aftercare.js';
import {redFlagsFixtures} from './fixtures/red-flags.js';
import {sideEffectsFixtures} from './fixtures/side-effects.js';
import {whatToExpectFixtures} from './fixtures/what-to-expect.js';
import type {Fixture} from './fixtures/fixture.js';
import {renderFixture} from './helpers.js';
import {fleschKincaid, patientTextBlocks} from './readability.js';

// The content rules: grade 7 or lower for patient text, 6 or lower for red flags.
const measured: Array<[string, Fixture, number]> = [
  ['dn-red-flags', redFlagsFixtures.clinicContact, 6],
  ['dn-side-effects', sideEffectsFixtures.eStim, 7],
  ['dn-aftercare', aftercareFixtures.justTreated, 7],
  ['dn-what-to-expect', whatToExpectFixtures.full, 7],
];

describe('plain language (Flesch-Kincaid grade of the English text)', () => {
  it('tells plain text from dense text', () => {
    expect(fleschKincaid(['Press on it with clean gauze.']).grade).to.be.below(3);
    expect(
      fleschKincaid([
        'Pathophysiological mechanisms underlying iatrogenic pneumothorax remain incompletely characterised in contemporary literature.',
      ]).grade,
    ).to.be.above(12);
  });

  for (const [tagName, fixture, maximum] of measured) {
    it(`<${tagName}> reads at grade ${maximum} or lower`, async () => {
      const element = await renderFixture(tagName, fixture);
      const {grade, words, sentences} = fleschKincaid(patientTextBlocks(element.shadowRoot!));
      console.log(`content:grade <${tagName}> grade ${grade.toFixed(1)} (${words} words, ${sentences} sentences; limit ${maximum})`);
      expect(grade).to.be.at.most(maximum);
    });
  }
});
