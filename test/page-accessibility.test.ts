import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import type {DnElement} from '../src/base/dn-element.js';
import {expectNoAxeViolations} from './axe.js';
import {expectNoIbmViolations} from './ibm.js';
import {captureWarnings} from './helpers.js';

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

describe('a clinic page with every element outside <main>', () => {
  it('adds no landmarks of its own (no contentinfo per widget) and passes axe and IBM’s checker as a page', async function () {
    this.timeout(60000); // two rules engines over five whole elements: slow in WebKit
    // The clinic's own page: its content in <main>, the widgets in a side column outside it, its own footer.
    const page = await fixture(
      html`<div>
        <header><p>Riverside Physio</p></header>
        <main><h1>Dry needling</h1></main>
        <aside aria-label="Patient information">
          <dn-what-to-expect></dn-what-to-expect>
          <dn-contraindication-check></dn-contraindication-check>
          <dn-side-effects></dn-side-effects>
          <dn-aftercare></dn-aftercare>
          <dn-red-flags region="GB"></dn-red-flags>
        </aside>
        <footer><p>Riverside Physio, 1 River Street</p></footer>
      </div>`,
    );
    const elements = [...page.querySelector('aside')!.children] as DnElement[];
    await Promise.all(elements.map((element) => element.updateComplete));
    for (const element of elements) expect(element.closest('main'), element.localName).to.equal(null);
    for (const element of elements) {
      expect(
        element.shadowRoot!.querySelector('footer, main, nav, aside, header, [role="contentinfo"], [role="banner"]'),
        element.localName,
      ).to.equal(null);
    }
    await expectNoAxeViolations(document.body);
    // A second rules engine, in Chromium, as in the per-element suite.
    if (/Chrome\//.test(navigator.userAgent)) await expectNoIbmViolations(document.body);
  });
});
