import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
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

/** How many of the 100 dots an icon array paints with a pattern: the cells whose centre its path fills. */
function filledDots(svg: SVGSVGElement, pattern: 'dot-full' | 'dot-range'): number {
  const path = svg.querySelector<SVGPathElement>(`path[fill="url(#${pattern})"]`)!;
  const point = svg.createSVGPoint();
  let count = 0;
  for (let cell = 0; cell < 100; cell += 1) {
    point.x = (cell % 10) * 10 + 5;
    point.y = Math.floor(cell / 10) * 10 + 5;
    if (path.isPointInFill(point)) count += 1;
  }
  return count;
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
    [
      'soreness',
      [
        'In studies, about 3 to 9 in 10 people were sore after dry needling.',
        'In a patient survey, about 52 in 100 people were sore on the first day.',
      ],
    ],
    ['bleeding', ['About 5 to 16 in 100 treatments']],
    ['bruising', ['About 8 in 100 treatments']],
    ['tiredness', ['In a patient survey, about 22 in 100 people felt tired on the first day.']],
    ['nausea', ['Practitioners recorded it after about 1 in 800 treatments.']],
    ['flare', ['About 1 in 100 treatments']],
    [
      'headache',
      [
        'In a patient survey, about 15 in 100 people had a headache on the first day.',
        'Practitioners recorded a headache after about 1 in 700 treatments.',
      ],
    ],
  ];
  for (const [id, expected] of figures) {
    it(`gives the ${id} figures as natural frequencies, saying who counted where that matters`, async () => {
      const element = await render(sideEffectsFixtures.full);
      const texts = [...item(element, id).querySelectorAll('.frequency p')].map(textOf);
      expect(texts).to.deep.equal(expected);
    });
  }

  it('says most people get soreness, worst in the first day and gone within 3 days, never a figure that looks small', async () => {
    const element = await render(sideEffectsFixtures.full);
    const soreness = item(element, 'soreness');
    expect(textOf(soreness.querySelector('summary'))).to.equal('Soreness Most people');
    expect(textOf(soreness)).to.include('It is usually worst in the first day and gone within 3 days.');
    const dots = [...soreness.querySelectorAll<SVGSVGElement>('svg.icon-array')].map((svg) => filledDots(svg, 'dot-full'));
    expect(Math.min(...dots)).to.be.at.least(30);
    expect(textOf(soreness)).not.to.match(/\b2 in 100\b/);
  });

  it('names nausea in international English and promises no improvement after a flare', async () => {
    const element = await render(sideEffectsFixtures.full);
    expect(textOf(item(element, 'nausea').querySelector('summary'))).to.equal('Nausea (feeling like you might vomit)');
    expect(shadowText(element)).not.to.match(/feeling sick|before it gets better/i);
  });

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

  it('shows when a side effect stops being normal with the signs and instructions of <dn-red-flags>', async () => {
    const element = await render(sideEffectsFixtures.full);
    const redFlags = await renderFixture('dn-red-flags', redFlagsFixtures.noRegion);
    const redFlagSigns = shadowAll(redFlags, '.signs > li').map(textOf);
    const signsOf = (id: string, tier: string) => [...item(element, id).querySelectorAll(`[data-tier="${tier}"] .signs > li`)].map(textOf);
    expect(signsOf('bleeding', 'emergency')).to.deep.equal([
      'Bleeding has not stopped after 10 minutes of firm pressure, or blood spurts out',
    ]);
    expect(signsOf('bleeding', 'urgent')).to.have.length(1);
    expect(signsOf('skin-redness', 'urgent')).to.have.length(4);
    expect(signsOf('faintness', 'emergency')[0]).to.include('Someone faints and:');
    expect(signsOf('faintness', 'urgent')).to.deep.equal(['You faint after you leave the clinic, or you keep feeling faint or dizzy']);
    for (const id of ['soreness', 'bleeding', 'bruising', 'faintness', 'flare', 'skin-redness', 'headache']) {
      for (const sign of [...signsOf(id, 'emergency'), ...signsOf(id, 'urgent')]) expect(redFlagSigns, id).to.include(sign);
    }
    const redFlagHeading = (tier: string) => textOf(redFlags.shadowRoot!.querySelector(`[part~="tier-${tier}"] [part~="tier-heading"]`));
    expect(textOf(item(element, 'bleeding').querySelector('[data-tier="emergency"] .not-normal__heading'))).to.equal(
      redFlagHeading('emergency'),
    );
    expect(textOf(item(element, 'bleeding').querySelector('[data-tier="urgent"] .not-normal__heading'))).to.equal(redFlagHeading('urgent'));
  });

  it('gives the overall rates as practitioners recorded them', async () => {
    const element = await render(sideEffectsFixtures.full);
    const text = shadowText(element);
    expect(text).to.include('Practitioners recorded about 19 to 37 mild side effects per 100 treatments.');
    expect(text).to.include('A major event, such as a collapsed lung, heavy bleeding or a long pain flare About 1 in 1,000 treatments');
    expect(text).to.include('no serious event in 7,629 treatments');
    expect(text).not.to.match(/completely safe|not dangerous|0\.04/i);
  });

  const rareEvents: Array<[string, {emergency: number; urgent: number}]> = [
    ['pneumothorax', {emergency: 2, urgent: 0}],
    ['infection', {emergency: 1, urgent: 3}],
    ['nerve-vessel-injury', {emergency: 2, urgent: 2}],
    ['allergy', {emergency: 1, urgent: 1}],
    ['retained-needle', {emergency: 0, urgent: 1}],
  ];
  for (const [id, count] of rareEvents) {
    it(`shows the signs of ${id} in their tiers, and what to do`, async () => {
      const element = await render(sideEffectsFixtures.full);
      const event = element.shadowRoot!.querySelector(`[data-rare-event="${id}"]`)!;
      expect(event.querySelectorAll('[data-tier="emergency"] .signs > li')).to.have.length(count.emergency);
      expect(event.querySelectorAll('[data-tier="urgent"] .signs > li')).to.have.length(count.urgent);
      if (count.emergency)
        expect(textOf(event)).to.include('Call your local emergency number or go to the nearest emergency department now if:');
      if (count.urgent) expect(textOf(event)).to.include('Contact your practitioner or a doctor today if:');
    });
  }

  it('gives the collapsed-lung figure and wording of revision 2', async () => {
    const element = await render(sideEffectsFixtures.full);
    const text = textOf(element.shadowRoot!.querySelector('[data-rare-event="pneumothorax"]'));
    expect(text).to.include(
      'After acupuncture near the chest, about 2 in 1,000,000 treatments led to a hospital stay for a collapsed lung.',
    );
    expect(text).to.include('How often it happens after dry needling has not been measured.');
    expect(text).to.include('hours later, or even a few days later');
    expect(text).not.to.match(/\bonly\b/);
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
});

describe('<dn-side-effects> options', () => {
  it('variant="summary" is a plain list with no disclosures', async () => {
    const element = await render(sideEffectsFixtures.summary);
    expect(shadowAll(element, '[data-item] details')).to.have.length(0);
    expect(itemIds(element)).to.deep.equal(ALL_IDS);
    expect(textOf(item(element, 'bruising'))).to.equal(
      'Bruising About 8 in 100 treatments A small bruise where a needle went in. It is more likely if you take medicine to thin your blood. It fades within a few days, or up to a week.',
    );
    expect(textOf(item(element, 'soreness').querySelector('dt'))).to.equal('Soreness Most people');
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
    expect(text).to.include('a mild electrical current is passed through the needles');
    expect(textOf(element.shadowRoot!.querySelector('[data-e-stim="stop"]')))
      .to.include('pacemaker')
      .and.include('pregnant');
    expect(textOf(element.shadowRoot!.querySelector('[data-e-stim="discuss"]'))).to.include('Epilepsy or seizures');
    expect(text).to.include('Do not have e-stim until you have talked to your practitioner if:');
    expect(shadowText(element, '[part="footer"]')).to.include('Cummings M.');
  });

  it('uses heading-level for its own heading, one level lower for sections and lower again inside them', async () => {
    const element = await render(sideEffectsFixtures.headingLevel);
    expect(shadowText(element, 'h4')).to.equal('Side effects of dry needling');
    expect(shadowAll(element, 'h2, h3, h4')).to.have.length(1);
    expect(shadowAll(element, '[part="section-heading"]').map((h) => h.localName)).to.deep.equal(['h5', 'h5', 'h5']);
    expect(shadowAll(element, '[part="item-heading"], [part="not-normal-heading"]').every((h) => h.localName === 'h6')).to.be.true;
  });

  it('gives "How often", "What helps" and each rare event a heading, not bold text', async () => {
    const element = await render(sideEffectsFixtures.full);
    const headings = shadowAll(element, '[part="item-heading"]').map((h) => `${h.localName} ${textOf(h)}`);
    expect(headings).to.include('h4 How often').and.include('h4 What helps').and.include('h4 Collapsed lung (pneumothorax)');
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

describe('<dn-side-effects> disclosures and pictures in every mode', () => {
  it('shows a marker that turns when a side effect opens', async () => {
    const element = await render(sideEffectsFixtures.full);
    const details = item(element, 'soreness').querySelector('details')!;
    const marker = () => getComputedStyle(details.querySelector('summary')!, '::before');
    expect(marker().content).to.not.equal('none');
    const closed = marker().transform;
    details.open = true;
    expect(marker().transform).to.not.equal(closed);
  });

  it('keeps a range hollow in forced colours, so "5 to 16 in 100" does not look like 16 filled dots', async function () {
    if (!(await executeServerCommand('emulate-forced-colors', {active: true}))) this.skip();
    try {
      const element = await render(sideEffectsFixtures.dark); // a page colour that is not the forced Canvas
      const svg = item(element, 'bleeding').querySelector('svg.icon-array')!;
      const fill = (pattern: string) => getComputedStyle(element.shadowRoot!.querySelector(`#${pattern} circle`)!).fill;
      const probe = document.createElement('span');
      probe.style.color = 'Canvas';
      document.body.append(probe);
      const canvas = getComputedStyle(probe).color;
      probe.remove();
      expect(svg).to.exist;
      // Hollow: filled with the page's own background, whatever the reader's contrast theme.
      expect(fill('dot-range')).to.equal(canvas);
      expect(fill('dot-full')).to.not.equal(canvas);
    } finally {
      await executeServerCommand('emulate-forced-colors', {active: false});
    }
  });
});
