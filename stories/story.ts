import type {StoryObj} from '@storybook/web-components-vite';
import {createFixtureElement, type Fixture} from '../test/fixtures/fixture.js';

/** A story that shows one fixture, so stories and tests show the same states. */
export function fixtureStory(tagName: string, fixture: Fixture): StoryObj & {fixture: Fixture} {
  return {name: fixture.name, fixture, render: () => createFixtureElement(tagName, fixture)};
}
