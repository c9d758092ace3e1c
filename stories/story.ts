import {render, type TemplateResult} from 'lit';
import type {StoryObj} from '@storybook/web-components-vite';
import {createFixtureElement, type Fixture} from '../test/fixtures/fixture.js';

/**
 * A story that shows one fixture, so stories and tests show the same states.
 * `prepare` adjusts the fixture at render time (e.g. to the real clock).
 */
export function fixtureStory(
  tagName: string,
  fixture: Fixture,
  prepare: (fixture: Fixture) => Fixture = (same) => same,
): StoryObj & {fixture: Fixture} {
  const {act} = fixture;
  return {
    name: fixture.name,
    fixture,
    render: () => createFixtureElement(tagName, prepare(fixture)),
    ...(act && {
      play: async ({canvasElement}) => {
        const element = canvasElement.querySelector<HTMLElement & {updateComplete: Promise<unknown>}>(tagName)!;
        await element.updateComplete;
        await act(element);
      },
    }),
  };
}

/** A Lit template as a DOM node: Storybook's renderer here expects an element, not a template result. */
export function asElement(template: TemplateResult): HTMLElement {
  const container = document.createElement('div');
  render(template, container);
  return container;
}
