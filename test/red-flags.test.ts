import {expect} from '@open-wc/testing';
import '../src/elements/red-flags.js';
import type {DnRedFlags} from '../src/red-flags/dn-red-flags.js';
import {supportedRegions} from '../src/content/regions.js';
import {redFlagsFixtures} from './fixtures/red-flags.js';
import {captureWarnings, renderFixture, shadowAll, shadowText, textOf} from './helpers.js';

const render = (state: (typeof redFlagsFixtures)[keyof typeof redFlagsFixtures] | {name: string; attributes: Record<string, string>}) =>
  renderFixture<DnRedFlags>('dn-red-flags', state);

function tierCard(element: Element, tier: string): HTMLElement {
  return element.shadowRoot!.querySelector(`[part~="tier-${tier}"]`)!;
}

/** The phone links in a tier card, or in the whole element. */
function callLinks(node: HTMLElement): Array<{text: string; href: string}> {
  const root = node.shadowRoot ?? node;
  return [...root.querySelectorAll('a[href^="tel:"]')].map((a) => ({text: textOf(a), href: a.getAttribute('href')!}));
}

const EU_MEMBER_STATES = ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'];

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

describe('<dn-red-flags> tiers', () => {
  it('shows the emergency, urgent and normal tiers, most urgent first, each named for screen readers', async () => {
    const element = await render(redFlagsFixtures.unitedKingdom);
    const headings = shadowAll(element, '[part~="tier-heading"]').map(textOf);
    expect(headings).to.deep.equal([
      'Emergency advice: Call 999 now if you have:',
      'Urgent advice: Contact your practitioner or a doctor today if you have:',
      'Non-urgent advice: This is normal and should pass on its own:',
    ]);
    const hidden = shadowAll(element, '[part~="tier-heading"] .visually-hidden');
    expect(hidden).to.have.length(3);
    for (const span of hidden) expect(getComputedStyle(span).clipPath).to.equal('inset(50%)');
  });

  it('lists every emergency sign, and that chest symptoms can start up to 2 days later', async () => {
    const element = await render(redFlagsFixtures.unitedKingdom);
    const text = textOf(tierCard(element, 'emergency'));
    for (const sign of ['Trouble breathing', 'tightness in your chest', 'Blue, purple or grey lips', 'Trouble speaking', 'feel faint or dizzy at home', 'something is very wrong', 'Bleeding that does not stop']) {
      expect(text).to.include(sign);
    }
    expect(text).to.include('up to 2 days later');
  });

  it('lists every urgent sign', async () => {
    const element = await render(redFlagsFixtures.unitedKingdom);
    const text = textOf(tierCard(element, 'urgent'));
    for (const sign of ['or higher, or chills', 'Redness that spreads', 'Swelling, warmth or pain that gets worse', 'Pus or fluid', 'New weakness or numbness', 'Sudden sharp or shooting pain', 'no better, after 2 days', 'Any new symptom that worries you']) {
      expect(text).to.include(sign);
    }
  });

  it('tells what is normal and how to look after yourself in the normal tier', async () => {
    const element = await render(redFlagsFixtures.unitedKingdom);
    const text = textOf(tierCard(element, 'normal'));
    expect(text).to.include('usually eases within 1 to 2 days');
    expect(text).to.include('use heat or ice');
    expect(tierCard(element, 'normal').querySelectorAll('li')).to.have.length(10);
  });

  for (const [tier, state] of [
    ['emergency', redFlagsFixtures.emergencyOnly],
    ['urgent', redFlagsFixtures.urgentOnly],
    ['normal', redFlagsFixtures.normalOnly],
  ] as const) {
    it(`shows only the ${tier} tier with tiers="${tier}"`, async () => {
      const element = await render(state);
      expect(shadowAll(element, '[part~="tier"]').map((card) => card.dataset.tier)).to.deep.equal([tier]);
    });
  }

  it('keeps tiers distinguishable without colour: a different border style or width for each', async () => {
    const element = await render(redFlagsFixtures.unitedKingdom);
    const borders = ['emergency', 'urgent', 'normal'].map((tier) => {
      const style = getComputedStyle(tierCard(element, tier));
      return `${style.borderTopStyle} ${style.borderTopWidth}`;
    });
    expect(new Set(borders).size).to.equal(3);
  });

  it('has a footer with the sources, the last-reviewed date and the disclaimer', async () => {
    const element = await render(redFlagsFixtures.unitedKingdom);
    const footer = shadowText(element, '[part="footer"]');
    expect(footer).to.include('This is general information, not medical advice. It does not replace care from your own practitioner.');
    expect(footer).to.match(/Last reviewed: \w+ \d{1,2}, \d{4}/);
    expect(footer).to.include('Ferri B. "Dry Needling: Side Effects, Benefits, and Risks"');
    expect(footer).to.match(/Sources \(\d+\)/);
  });

  it('opens its list of sources for printing, and closes it after', async () => {
    const element = await render(redFlagsFixtures.unitedKingdom);
    const sources = element.shadowRoot!.querySelector<HTMLDetailsElement>('[part="footer"] details')!;
    expect(sources.open).to.be.false;
    window.dispatchEvent(new Event('beforeprint'));
    expect(sources.open).to.be.true;
    window.dispatchEvent(new Event('afterprint'));
    expect(sources.open).to.be.false;
  });
});

describe('<dn-red-flags> regions', () => {
  const emergencyNumbers: Record<string, string> = {US: '911', CA: '911', GB: '999', AU: '000', NZ: '111', IN: '112'};
  for (const code of EU_MEMBER_STATES) emergencyNumbers[code] = '112';

  it('knows every listed region and nothing else', () => {
    expect([...supportedRegions].sort()).to.deep.equal(Object.keys(emergencyNumbers).sort());
  });

  for (const [code, number] of Object.entries(emergencyNumbers)) {
    it(`shows ${number} as a tel: link for region="${code}"`, async () => {
      const element = await render({name: code, attributes: {region: code}});
      expect(textOf(tierCard(element, 'emergency'))).to.include(`Call ${number} now if you have:`);
      expect(callLinks(tierCard(element, 'emergency'))).to.deep.equal([{text: `Call ${number}`, href: `tel:${number}`}]);
      expect(warnings.messages).to.deep.equal([]);
    });
  }

  it('shows 999, NHS 111 and 38 °C for the United Kingdom', async () => {
    const element = await render(redFlagsFixtures.unitedKingdom);
    expect(callLinks(tierCard(element, 'urgent'))).to.deep.equal([{text: 'Call NHS 111', href: 'tel:111'}]);
    expect(textOf(tierCard(element, 'urgent'))).to.match(/A temperature of 38\s?°C or higher/);
  });

  it('shows 911 and 100.4 °F for the United States, and no NHS 111', async () => {
    const element = await render(redFlagsFixtures.unitedStates);
    expect(shadowText(element)).to.match(/A temperature of 100\.4\s?°F or higher/);
    expect(shadowText(element)).not.to.include('NHS 111');
  });

  it('shows °C in Canada', async () => {
    const element = await render(redFlagsFixtures.canada);
    expect(shadowText(element)).to.match(/38\s?°C/);
  });

  it('mentions 112 from mobiles in Australia', async () => {
    const element = await render(redFlagsFixtures.australia);
    expect(textOf(tierCard(element, 'emergency'))).to.include('You can also call 112 from a mobile phone.');
  });

  it('takes the region from lang="en-GB" when there is no region attribute', async () => {
    const element = await render(redFlagsFixtures.regionFromLanguage);
    expect(callLinks(tierCard(element, 'emergency'))).to.deep.equal([{text: 'Call 999', href: 'tel:999'}]);
  });

  it('takes the region from a wrapper\'s lang, but never from the page\'s <html lang>', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'en-AU';
    document.body.append(wrapper);
    const html = document.documentElement;
    const pageLanguage = html.lang;
    html.lang = 'en-US';
    try {
      const inWrapper = document.createElement('dn-red-flags');
      const onPage = document.createElement('dn-red-flags');
      wrapper.append(inWrapper);
      document.body.append(onPage);
      await Promise.all([inWrapper.updateComplete, onPage.updateComplete]);
      expect(callLinks(tierCard(inWrapper, 'emergency'))[0].href).to.equal('tel:000');
      expect(callLinks(onPage)).to.deep.equal([]);
      onPage.remove();
    } finally {
      html.lang = pageLanguage;
      wrapper.remove();
    }
  });

  it('without any region, says "your local emergency number", shows no number and warns once', async () => {
    const element = await render(redFlagsFixtures.noRegion);
    expect(textOf(tierCard(element, 'emergency'))).to.include('Call your local emergency number now if you have:');
    expect(callLinks(element)).to.deep.equal([]);
    expect(shadowText(element)).to.match(/38\s?°C \(100\.4\s?°F\)/);
    element.requestUpdate();
    await element.updateComplete;
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('has no region');
  });

  it('never guesses a country for a region it does not know', async () => {
    const element = await render({name: 'Japan', attributes: {region: 'JP'}});
    expect(textOf(tierCard(element, 'emergency'))).to.include('your local emergency number');
    expect(callLinks(element)).to.deep.equal([]);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('"JP"');
  });

  it('follows a change of region', async () => {
    const element = await render(redFlagsFixtures.unitedKingdom);
    element.region = 'US';
    await element.updateComplete;
    expect(callLinks(tierCard(element, 'emergency'))[0].href).to.equal('tel:911');
  });
});

describe('<dn-red-flags> clinic contact', () => {
  it('says whom to call in the urgent tier, with a tel: link, and shows the after-hours slot', async () => {
    const element = await render(redFlagsFixtures.clinicContact);
    expect(callLinks(tierCard(element, 'urgent'))).to.deep.equal([
      {text: 'Call Riverside Physio on 020 7946 0000', href: 'tel:02079460000'},
      {text: 'Call NHS 111', href: 'tel:111'},
    ]);
    const slot = element.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="after-hours"]')!;
    expect(tierCard(element, 'urgent').contains(slot)).to.be.true;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal([
      'Out of hours, leave a message and we call back by 9 am.',
    ]);
  });

  it('keeps a leading + in international numbers', async () => {
    const element = await render({name: 'intl', attributes: {region: 'ES', 'clinic-phone': '+34 910 000 000'}});
    expect(callLinks(tierCard(element, 'urgent'))).to.deep.equal([
      {text: 'Call your practitioner on +34 910 000 000', href: 'tel:+34910000000'},
    ]);
  });

  it('names the clinic without a link when there is no phone', async () => {
    const element = await render({name: 'name only', attributes: {region: 'US', 'clinic-name': 'Lakeside PT'}});
    expect(textOf(tierCard(element, 'urgent'))).to.include('Contact Lakeside PT or your doctor.');
    expect(callLinks(tierCard(element, 'urgent'))).to.deep.equal([]);
  });
});

describe('<dn-red-flags> heading level', () => {
  const headingLevels = (element: Element) =>
    shadowAll(element, 'h1, h2, h3, h4, h5, h6').map((h) => h.localName);

  it('uses h2 for its title and h3 for the tiers by default', async () => {
    const element = await render(redFlagsFixtures.unitedKingdom);
    expect(headingLevels(element)).to.deep.equal(['h2', 'h3', 'h3', 'h3']);
  });

  it('moves every heading down with heading-level="3"', async () => {
    const element = await render(redFlagsFixtures.headingLevel);
    expect(headingLevels(element)).to.deep.equal(['h3', 'h4', 'h4', 'h4']);
  });

  it('never goes below h6', async () => {
    const element = await render({name: 'h6', attributes: {region: 'GB', 'heading-level': '6'}});
    expect(headingLevels(element)).to.deep.equal(['h6', 'h6', 'h6', 'h6']);
  });
});

describe('<dn-red-flags> bad input', () => {
  it('renders hostile attributes as text, makes no link of a script URL and warns once per problem', async () => {
    const element = await render(redFlagsFixtures.badInput);
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as {__dnInjected?: boolean}).__dnInjected).to.equal(undefined);
    expect(shadowAll(element, 'a').filter((a) => !a.getAttribute('href')?.startsWith('tel:'))).to.deep.equal([]);
    expect(shadowText(element)).to.include('Contact <img src=x onerror="window.__dnInjected=true"> or your doctor.');
    // the widget still shows all its content
    expect(shadowAll(element, '[part~="tier"]')).to.have.length(3);
    expect(shadowAll(element, 'h2')).to.have.length(1);
    element.requestUpdate();
    await element.updateComplete;
    expect(warnings.messages).to.have.length(4);
    expect(warnings.messages.join('\n')).to.include('heading-level').and.include('clinic-phone').and.include('region').and.include('tiers');
  });

  it('shortens a huge clinic name', async () => {
    const element = await render({name: 'huge', attributes: {region: 'GB', 'clinic-name': 'A'.repeat(100_000)}});
    expect(textOf(tierCard(element, 'urgent')).length).to.be.lessThan(1000);
    expect(warnings.messages[0]).to.include('clinic-name');
  });

  for (const phone of ['not a phone', '12', 'tel:javascript:alert(1)', '+1 555 010 0199 ext 7', '1'.repeat(20)]) {
    it(`shows no link for clinic-phone="${phone}"`, async () => {
      const element = await render({name: phone, attributes: {region: 'GB', 'clinic-phone': phone}});
      expect(callLinks(tierCard(element, 'urgent')).map((link) => link.href)).to.deep.equal(['tel:111']);
      expect(warnings.messages).to.have.length(1);
    });
  }
});

describe('<dn-red-flags> languages', () => {
  it('speaks Spanish with lang="es-ES", with the region from the tag', async () => {
    const element = await render(redFlagsFixtures.spanish);
    const base = element.shadowRoot!.querySelector('[part="base"]')!;
    expect(base.getAttribute('lang')).to.equal('es');
    expect(base.getAttribute('dir')).to.equal('ltr');
    const text = shadowText(element);
    expect(text).not.to.include('Call 112');
    expect(callLinks(tierCard(element, 'emergency'))[0].href).to.equal('tel:112');
    expect(text).not.to.include('This is general information');
  });

  it('speaks Arabic right to left with lang="ar"', async () => {
    const element = await render(redFlagsFixtures.arabicWithRegion);
    const base = element.shadowRoot!.querySelector('[part="base"]')!;
    expect(base.getAttribute('lang')).to.equal('ar');
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    expect(shadowText(element, '[part="title"]')).to.match(/[\u0600-\u06FF]/);
    expect(callLinks(tierCard(element, 'emergency'))[0].href).to.equal('tel:999');
  });

  it('falls back to English with a warning for a language it does not have', async () => {
    const element = await render({name: 'klingon', attributes: {lang: 'tlh', region: 'GB'}});
    expect(shadowText(element, '[part="title"]')).to.equal('After dry needling: when to get help');
    expect(warnings.messages.some((m) => m.includes('lang="tlh"'))).to.be.true;
  });

  it('follows a change of lang without reload', async () => {
    const element = await render(redFlagsFixtures.unitedKingdom);
    const english = shadowText(element, '[part="title"]');
    element.setAttribute('lang', 'es');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(shadowText(element, '[part="title"]')).not.to.equal(english);
    expect(element.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('es');
  });
});

