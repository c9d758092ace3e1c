import type {Meta} from '@storybook/web-components-vite';
import '../src/elements/aftercare.js';
import {AFTERCARE_NOW, aftercareFixtures as states} from '../test/fixtures/aftercare.js';
import type {Fixture} from '../test/fixtures/fixture.js';
import {fixtureStory} from './story.js';

export default {
  title: 'Elements/dn-aftercare',
  component: 'dn-aftercare',
} satisfies Meta;

/**
 * The fixtures are written against a fixed "now"; a story moves `treated-at`
 * by the same distance from the real now, so "2 hours after" stays 2 hours.
 */
function relativeToNow(fixture: Fixture): Fixture {
  const treatedAt = Date.parse(fixture.attributes['treated-at'] ?? '');
  if (Number.isNaN(treatedAt)) return fixture;
  const shifted = new Date(Date.now() - (Date.parse(AFTERCARE_NOW) - treatedAt)).toISOString();
  return {...fixture, attributes: {...fixture.attributes, 'treated-at': shifted}};
}

const story = (fixture: (typeof states)[keyof typeof states]) => fixtureStory('dn-aftercare', fixture, relativeToNow);

export const Plain = story(states.plain);
export const JustTreated = story(states.justTreated);
export const NextDay = story(states.nextDay);
export const DayThree = story(states.dayThree);
export const FewDays = story(states.fewDays);
export const WeeksLater = story(states.weeksLater);
export const Upcoming = story(states.upcoming);
export const Spanish = story(states.spanish);
export const Arabic = story(states.arabic);
export const Dark = story(states.dark);
export const BadInput = story(states.badInput);
