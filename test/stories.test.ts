import {expect} from '@open-wc/testing';
import * as aftercareStories from '../stories/aftercare.stories.js';
import * as contraindicationCheckStories from '../stories/contraindication-check.stories.js';
import * as redFlagsStories from '../stories/red-flags.stories.js';
import * as sideEffectsStories from '../stories/side-effects.stories.js';
import * as whatToExpectStories from '../stories/what-to-expect.stories.js';
import {aftercareFixtures} from './fixtures/aftercare.js';
import {contraindicationCheckFixtures} from './fixtures/contraindication-check.js';
import {redFlagsFixtures} from './fixtures/red-flags.js';
import {sideEffectsFixtures} from './fixtures/side-effects.js';
import {whatToExpectFixtures} from './fixtures/what-to-expect.js';

function storiedFixtures(stories: Record<string, unknown>): unknown[] {
  return Object.entries(stories)
    .filter(([name]) => name !== 'default')
    .map(([, story]) => (story as {fixture: unknown}).fixture);
}

const elements: Array<[string, Record<string, unknown>, Record<string, unknown>]> = [
  ['dn-what-to-expect', whatToExpectStories, whatToExpectFixtures],
  ['dn-red-flags', redFlagsStories, redFlagsFixtures],
  ['dn-side-effects', sideEffectsStories, sideEffectsFixtures],
  ['dn-aftercare', aftercareStories, aftercareFixtures],
  ['dn-contraindication-check', contraindicationCheckStories, contraindicationCheckFixtures],
];

describe('stories', () => {
  for (const [tagName, stories, fixtures] of elements) {
    it(`show every <${tagName}> fixture, each once`, () => {
      expect(storiedFixtures(stories)).to.have.members(Object.values(fixtures));
      expect(storiedFixtures(stories)).to.have.length(Object.keys(fixtures).length);
    });
  }
});
