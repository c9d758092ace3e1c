import {expect} from '@open-wc/testing';
import * as redFlagsStories from '../stories/red-flags.stories.js';
import {redFlagsFixtures} from './fixtures/red-flags.js';

function storiedFixtures(stories: Record<string, unknown>): unknown[] {
  return Object.entries(stories)
    .filter(([name]) => name !== 'default')
    .map(([, story]) => (story as {fixture: unknown}).fixture);
}

describe('stories', () => {
  it('show every <dn-red-flags> fixture, each once', () => {
    expect(storiedFixtures(redFlagsStories)).to.have.members(Object.values(redFlagsFixtures));
    expect(storiedFixtures(redFlagsStories)).to.have.length(Object.keys(redFlagsFixtures).length);
  });
});
