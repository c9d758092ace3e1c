import {expect} from '@open-wc/testing';
import '../src/elements/side-effects.js';
import '../src/elements/red-flags.js';
import type {DnSideEffects} from '../src/side-effects/dn-side-effects.js';
import {sideEffectsFixtures} from './fixtures/side-effects.js';
import {redFlagsFixtures} from './fixtures/red-flags.js';
import {captureWarnings, renderFixture, shadowAll, shadowText, textOf} from './helpers.js';
import type {Fixture} from './fixtures/fixture.js';

const render = (state: Fixture) => renderFixture<DnSideEffects>('dn-side-effects', state);

const item = (element: Element, id: string) => element.shadowRoot!.querySelector<HTMLElement>(`[data-item="${id}"]`)!;
const itemIds = (element: Element) => shadowAll(element, '[data-item]').map((li) => li.dataset.item);

/** How many dots an icon array fills, read from the rects that use the filled pattern. */
function filledDots(svg: SVGSVGElement, pattern: 'dot-full' | 'dot-range'): number {
  return [...svg.querySelectorAll(`rect[fill="url(#${pattern})"]`)].reduce(
    (sum, rect) => sum + (Number(rect.getAttribute('width')) / 10) * (Number(rect.getAttribute('height')) / 10),
    0,
  );
}

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

const ALL_IDS = ['soreness', 'bleeding', 'bruising', 'tiredness', 'faintness', 'nausea', 'flare', 'skin-redness', 'twitch', 'headache'];

describe('<dn-side-effects> full variant', () => {
  it('lists every normal side effect as a closed disclosure, in the content order', async () => {
    const element = await render(sideEffectsFixtures.full);
    expect(itemIds(element)).to.deep.equal(ALL_IDS);
    const details = shadowAll<HTMLDetailsElement>(element, '.items details');
    expect(details).to.have.length(10);
    expect(details.every((d) => !d.open)).to.be.true;
  });

  it('opens an item from its summary, like a native disclosure, and shows what helps', async () => {
    const element = await render(sideEffectsFixtures.full);
    const details = item(element, 'bruising').querySelector('details')!;
    details.querySelector('summary')!.click();
    expect(details.open).to.be.true;
    const text = textOf(details);
    expect(text).to.include('A small bruise where a needle went in.');
    expect(text).to.include('It fades within a few days, or up to a week.');
    expect(text).to.include('What helps Put a cold pack on it early on.');
  });

  const figures: Array<[string, string[]]> = [
    ['soreness', ['Pain after treatment: About 2 in 100 treatments', 'Pain during treatment: About 3 to 6 in 100 treatments']],
    ['bleeding', ['About 5 to 16 in 100 treatments']],
    ['bruising', ['About 8 in 100 treatments']],
    ['nausea', ['About 1 in 1,000 treatments']],
    ['flare', ['About 1 in 100 treatments']],
    ['headache', ['About 1 in 700 treatments']],
  ];
  for (const [id, expected] of figures) {
    it(`gives the ${id} figures as natural frequencies`, async () => {
      const element = await render(sideEffectsFixtures.full);
      const texts = [...item(element, id).querySelectorAll('.frequency p')].map(textOf);
      expect(texts).to.deep.equal(expected);
    });
  }

  it('draws each figure of at least 1 in 100 as 100 dots, hidden from screen readers', async () => {
    const element = await render(sideEffectsFixtures.full);
    const bruising = item(element, 'bruising').querySelector<SVGSVGElement>('svg.icon-array')!;
    expect(bruising.getAttribute('aria-hidden')).to.equal('true');
    expect(filledDots(bruising, 'dot-full')).to.equal(8);
    expect(filledDots(bruising, 'dot-range')).to.equal(0);
    const bleeding = item(element, 'bleeding').querySelector<SVGSVGElement>('svg.icon-array')!;
    expect(filledDots(bleeding, 'dot-full')).to.equal(5);
    expect(filledDots(bleeding, 'dot-range')).to.equal(11);
    expect(item(element, 'nausea').querySelector('svg.icon-array')).to.equal(null);
  });

  it('shows when a side effect stops being normal with the same words as <dn-red-flags>', async () => {
    const element = await render(sideEffectsFixtures.full);
    const redFlags = await renderFixture('dn-red-flags', redFlagsFixtures.unitedKingdom);
    const redFlagSigns = shadowAll(redFlags, 'li').map(textOf);
    const bleedingSigns = [...item(element, 'bleeding').querySelectorAll('[data-tier="emergency"] li')].map(textOf);
    expect(bleedingSigns).to.deep.equal(['Bleeding that does not stop when you press hard on it']);
    const skinSigns = [...item(element, 'skin-redness').querySelectorAll('[data-tier="urgent"] li')].map(textOf);
    expect(skinSigns).to.have.length(3);
    for (const sign of [...bleedingSigns, ...skinSigns]) expect(redFlagSigns).to.include(sign);
    expect(textOf(item(element, 'bleeding').querySelector('[data-tier="emergency"] .label'))).to.equal(
      'Emergency advice: Call your local emergency number now if you have:',
    );
  });

  it('gives the overall rates and the rare serious events with their figures', async () => {
    const element = await render(sideEffectsFixtures.full);
    const text = shadowText(element);
    expect(text).to.include('Any mild side effect');
    expect(text).to.include('About 20 to 33 in 100 treatments');
    expect(text).to.include('About 1 in 1,000 treatments');
    expect(text).to.include('no serious event in 7,629 treatments');
    expect(text).to.include('Collapsed lung (pneumothorax).');
    expect(text).to.include('About 1 in 1,000,000 treatments');
    expect(text).to.include('single-use sterile needles');
    expect(text).not.to.match(/completely safe|not dangerous|0\.04/i);
  });

  it('opens every item for printing and restores them afterwards', async () => {
    const element = await render(sideEffectsFixtures.full);
    const details = shadowAll<HTMLDetailsElement>(element, 'details'); // the items and the footer's sources
    details[0].open = true;
    window.dispatchEvent(new Event('beforeprint'));
    expect(details.every((d) => d.open)).to.be.true;
    window.dispatchEvent(new Event('afterprint'));
    expect(details.map((d) => d.open)).to.deep.equal(details.map((_, i) => i === 0));
  });

  it('has the sources, last-reviewed date and disclaimer', async () => {
    const element = await render(sideEffectsFixtures.full);
    const footer = shadowText(element, '[part="footer"]');
    expect(footer).to.include('This is general information, not medical advice.');
    expect(footer).to.include('Last reviewed:');
    expect(footer).to.include('Brady S, McEvoy J');
    expect(footer).to.include('Lin SK et al.');
  });
});

describe('<dn-side-effects> options', () => {
  it('variant="summary" is a plain list with no disclosures', async () => {
    const element = await render(sideEffectsFixtures.summary);
    expect(shadowAll(element, '[data-item] details')).to.have.length(0);
    expect(itemIds(element)).to.deep.equal(ALL_IDS);
    expect(textOf(item(element, 'bruising'))).to.equal(
      'Bruising: A small bruise where a needle went in. It is more likely if you take blood thinners. It fades within a few days, or up to a week. About 8 in 100 treatments',
    );
  });

  it('items chooses and orders the side effects', async () => {
    const element = await render(sideEffectsFixtures.chosenItems);
    expect(itemIds(element)).to.deep.equal(['bruising', 'soreness', 'bleeding']);
  });

  it('e-stim adds what to tell the practitioner about electrical stimulation', async () => {
    const plain = await render(sideEffectsFixtures.full);
    expect(plain.shadowRoot!.querySelector('[data-section="e-stim"]')).to.equal(null);
    const element = await render(sideEffectsFixtures.eStim);
    const text = textOf(element.shadowRoot!.querySelector('[data-section="e-stim"]'));
    expect(text).to.include('pacemaker');
    expect(text).to.include('Epilepsy or seizures');
    expect(shadowText(element, '[part="footer"]')).to.include('Cummings M.');
  });

  it('uses heading-level for its own heading and one level lower for sections', async () => {
    const element = await render(sideEffectsFixtures.headingLevel);
    expect(shadowAll(element, 'h2, h3, h4, h5, h6').map((h) => h.localName)).to.deep.equal(['h4', 'h5', 'h5', 'h5']);
  });

  it('falls back safely from bad input, with one warning per problem', async () => {
    const element = await render(sideEffectsFixtures.badInput);
    expect(shadowAll(element, '.items details')).to.have.length(1);
    expect(itemIds(element)).to.deep.equal(['soreness']);
    expect(element.shadowRoot!.querySelector('img, b')).to.equal(null);
    element.requestUpdate();
    await element.updateComplete;
    expect(warnings.messages).to.have.length(3);
    expect(warnings.messages.join('\n')).to.include('variant').and.include('items').and.include('heading-level');
  });
});

describe('<dn-side-effects> languages', () => {
  it('speaks Spanish', async () => {
    const element = await render(sideEffectsFixtures.spanish);
    expect(shadowText(element, '[part="title"]')).not.to.equal('Side effects of dry needling');
    expect(shadowText(element)).to.include('100');
  });

  it('speaks Arabic right to left', async () => {
    const element = await render(sideEffectsFixtures.arabic);
    expect(element.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(shadowText(element, '[part="title"]')).to.match(/[\u0600-\u06FF]/);
  });
});

