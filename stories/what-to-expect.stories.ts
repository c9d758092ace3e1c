import type {Meta} from '@storybook/web-components-vite';
import '../src/elements/what-to-expect.js';
import {whatToExpectFixtures as states} from '../test/fixtures/what-to-expect.js';
import {fixtureStory} from './story.js';

export default {
  title: 'Elements/dn-what-to-expect',
  component: 'dn-what-to-expect',
} satisfies Meta;

const story = (fixture: (typeof states)[keyof typeof states]) => fixtureStory('dn-what-to-expect', fixture);

export const Full = story(states.full);
export const ChosenSections = story(states.chosenSections);
export const HeadingLevel = story(states.headingLevel);
export const Spanish = story(states.spanish);
export const Arabic = story(states.arabic);
export const Dark = story(states.dark);
export const BadInput = story(states.badInput);
