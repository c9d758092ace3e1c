import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import {fixturesByTag} from './fixtures/index.js';
import {contraindicationCheckFixtures} from './fixtures/contraindication-check.js';
import {captureWarnings, renderFixture, shadowAll} from './helpers.js';

const px = (value: string) => parseFloat(value);

/** The reader's own browser text size: what `font-size: medium` is, whatever the site's root size. */
async function readerTextSize(): Promise<number> {
  const probe = await fixture<HTMLElement>(html`<div style="font-size: medium">x</div>`);
  return px(getComputedStyle(probe).fontSize);
}

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

describe('text size on a site with html { font-size: 62.5% }', () => {
  beforeEach(() => document.documentElement.style.setProperty('font-size', '62.5%'));
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  for (const [tag, fixtures] of fixturesByTag) {
    it(`<${tag}> keeps the reader's text size (at least 16 px by default), not the site's 10 px root`, async () => {
      const reader = await readerTextSize();
      expect(reader).to.be.at.least(16);
      const element = await renderFixture(tag, Object.values(fixtures)[0]);
      const base = element.shadowRoot!.querySelector('[part~="base"]')!;
      expect(px(getComputedStyle(base).fontSize)).to.equal(reader);
      for (const paragraph of shadowAll(element, '.root > p, .root > .interactive > p')) {
        expect(px(getComputedStyle(paragraph).fontSize), paragraph.textContent!.slice(0, 40)).to.be.at.least(16);
      }
    });
  }

  it('keeps radio buttons at least 24 × 24 px', async () => {
    const element = await renderFixture('dn-contraindication-check', contraindicationCheckFixtures.empty);
    for (const radio of shadowAll(element, 'input[type="radio"]')) {
      const {width, height} = radio.getBoundingClientRect();
      expect(width).to.be.at.least(24);
      expect(height).to.be.at.least(24);
    }
  });

  it('still follows --dn-font-size', async () => {
    const element = await renderFixture('dn-red-flags', {name: 'big', attributes: {region: 'GB', style: '--dn-font-size: 20px'}});
    expect(getComputedStyle(element.shadowRoot!.querySelector('[part~="base"]')!).fontSize).to.equal('20px');
  });
});

describe('text properties inherited from the host page', () => {
  it('are reset, so a centred, spaced, upper-case, italic, unwrapped page does not reshape the element', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div
        style="text-align: center; letter-spacing: 4px; word-spacing: 9px; text-transform: uppercase; text-indent: 40px; white-space: nowrap; font-style: italic; font-weight: 700"
      >
        <dn-red-flags region="GB"></dn-red-flags>
      </div>`,
    );
    const element = wrapper.querySelector('dn-red-flags')!;
    await element.updateComplete;
    const style = getComputedStyle(element.shadowRoot!.querySelector('[part~="base"] p')!);
    expect(style.textAlign).to.be.oneOf(['start', 'left']);
    expect(style.letterSpacing).to.be.oneOf(['normal', '0px']);
    expect(style.wordSpacing).to.be.oneOf(['normal', '0px']);
    expect(style.textTransform).to.equal('none');
    expect(style.textIndent).to.equal('0px');
    expect(style.whiteSpace).to.be.oneOf(['normal']);
    expect(style.fontStyle).to.equal('normal');
    expect(style.fontWeight).to.equal('400');
  });
});
