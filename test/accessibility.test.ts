import {expect} from '@open-wc/testing';
import '../src/index.js';
import {fixturesByTag} from './fixtures/index.js';
import {captureWarnings, renderFixture} from './helpers.js';
import {expectNoAxeViolations} from './axe.js';
import {expectNoIbmViolations} from './ibm.js';

// The checkers themselves; each element's checks are in test/accessibility/.

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

describe('the axe check', () => {
  it('fails on a violation, including WCAG 2.2 target size', async () => {
    const page = document.createElement('div');
    page.innerHTML = '<button style="width:12px;height:12px;padding:0"></button><button>ok</button>';
    document.body.append(page);
    try {
      let error: unknown;
      await expectNoAxeViolations(page).catch((caught: unknown) => (error = caught));
      expect(String(error)).to.include('button-name').and.include('target-size');
    } finally {
      page.remove();
    }
  });
});

describe('the IBM accessibility checker', () => {
  it('fails on a violation inside a shadow root', async () => {
    const page = document.createElement('div');
    page.attachShadow({mode: 'open'}).innerHTML = '<button style="width:40px;height:40px"></button><img src="data:,">';
    document.body.append(page);
    try {
      let error: unknown;
      await expectNoIbmViolations(page).catch((caught: unknown) => (error = caught));
      expect(String(error)).to.include('img_alt_valid').and.include('#document-fragment');
    } finally {
      page.remove();
    }
  });

  it('runs offline: its rules come with it, and it requests nothing from another host', async () => {
    const element = await renderFixture(fixturesByTag[0][0], Object.values(fixturesByTag[0][1])[0]);
    performance.clearResourceTimings();
    await expectNoIbmViolations(element);
    const elsewhere = performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).origin !== location.origin);
    expect(elsewhere.map((entry) => entry.name)).to.deep.equal([]);
  });
});
