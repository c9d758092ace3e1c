import type {Meta} from '@storybook/web-components-vite';
import '../src/elements/side-effects.js';
import {sideEffectsFixtures as states} from '../test/fixtures/side-effects.js';
import {fixtureStory} from './story.js';

export default {
  title: 'Elements/dn-side-effects',
  component: 'dn-side-effects',
} satisfies Meta;

const story = (fixture: (typeof states)[keyof typeof states]) => fixtureStory('dn-side-effects', fixture);

export const Full = story(states.full);
export const Summary = story(states.summary);
export const ChosenItems = story(states.chosenItems);
export const EStim = story(states.eStim);
export const SummaryEStim = story(states.summaryEStim);
export const HeadingLevel = story(states.headingLevel);
export const Spanish = story(states.spanish);
export const Arabic = story(states.arabic);
export const Dark = story(states.dark);
export const BadInput = story(states.badInput);
