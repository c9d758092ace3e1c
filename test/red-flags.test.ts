import {expect} from '@open-wc/testing';
import '../src/elements/red-flags.js';
import type {DnRedFlags} from '../src/red-flags/dn-red-flags.js';
import {regionSource, regionsWithOwnSource} from '../src/content/region-sources.js';
import {lookUpRegion, supportedRegions} from '../src/content/regions.js';
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

const EU_MEMBER_STATES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
];

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

describe('<dn-red-flags> tiers', () => {
  it('shows the emergency, urgent and normal tiers, most urgent first, each named for screen readers', async () => {
    const element = await render(redFlagsFixtures.unitedKingdom);
    const headings = shadowAll(element, '[part~="tier-heading"]').map(textOf);
    expect(headings).to.deep.equal([
      'Emergency advice: Call 999 or go to the nearest emergency department now if:',
      'Urgent advice: Contact your practitioner or a doctor today if:',
      'Non-urgent advice: This is normal and should pass on its own:',
    ]);
    const hidden = shadowAll(element, '[part~="tier-heading"] .visually-hidden');
    expect(hidden).to.have.length(3);
    for (const span of hidden) expect(getComputedStyle(span).clipPath).to.equal('inset(50%)');
  });

  it('lists exactly the emergency signs of revision 2, and says not to drive', async () => {
    const element = await render(redFlagsFixtures.unitedKingdom);
    const card = tierCard(element, 'emergency');
    const signs = [...card.querySelectorAll('.signs > li')].map((li) => (li as HTMLElement).dataset.sign);
    expect(signs).to.deep.equal([
      'breathing',
      'chest',
      'breathing-pain',
      'colour',
      'stroke',
      'spine',
      'headache',
      'swelling',
      'fainting',
      'bleeding',
      'sepsis',
      'doom',
    ]);
    const text = textOf(card);
    for (const sign of [
      'trouble breathing',
      'pain or tightness in your chest',
      'catches when you breathe in, or a new dry cough',
      'It does not make you short of breath or catch when you breathe in',
      'blue, grey, pale or patchy',
      'lips, gums and palms',
      'weakness or numbness, or cannot move, in your face, an arm or a leg',
      'numbness between your legs',
      'worst headache you have ever had',
      'lips, mouth, tongue or throat suddenly swell',
      'Someone faints and: does not wake up within 1 minute',
      'hit their head or is badly hurt',
      'after 10 minutes of firm pressure',
      'does not fade when you press a glass on it',
      'with or without a fever',
      'feel that you might die',
      'Do not drive yourself.',
    ]) {
      expect(text).to.include(sign);
    }
    for (const gone of ['sudden sharp or shooting pain', 'feel faint or dizzy at home'])
      expect(text.toLowerCase()).not.to.include(gone.toLowerCase());
  });

  it('says where a collapsed lung can come from and that it can show days later, never "only"', async () => {
    const element = await render(redFlagsFixtures.unitedKingdom);
    const text = textOf(tierCard(element, 'emergency'));
    expect(text).to.include('hours later, or even a few days later');
    expect(text).to.include(
      'anywhere over your ribs (front, side, armpit, upper or middle back), at the base of your neck or on top of your shoulder',
    );
    expect(shadowText(element)).not.to.match(/\bonly\b/i);
  });

  it('lists exactly the urgent signs of revision 2', async () => {
    const element = await render(redFlagsFixtures.unitedKingdom);
    const card = tierCard(element, 'urgent');
    const signs = [...card.querySelectorAll('.signs > li')].map((li) => (li as HTMLElement).dataset.sign);
    expect(signs).to.deep.equal([
      'fever',
      'spreading-redness',
      'discharge',
      'worsening-site',
      'tingling',
      'growing-bruise',
      'rash',
      'fainting-later',
      'lasting-pain',
      'retained-needle',
      'worry',
    ]);
    const text = textOf(card);
    for (const sign of [
      'or higher, or chills',
      'gets worse after the first 24 hours',
      'has not gone after a day',
      'keeps growing or gets very painful',
      'itchy, raised rash',
      'You faint after you leave the clinic',
      'is getting worse more than 2 days after the session, or has not started to ease 3 days after it',
      'if you can see the end of the needle sticking out, pull it straight out',
      'A needle, or part of one, is still in your skin',
      'do not dig for it',
      'any new symptom that worries you',
    ]) {
      expect(text.toLowerCase()).to.include(sign.toLowerCase());
    }
  });

  it('tells what is normal and how to look after yourself in the normal tier', async () => {
    const element = await render(redFlagsFixtures.unitedKingdom);
    const text = textOf(tierCard(element, 'normal'));
    expect(text).to.include('usually worst in the first day and gone within 3 days');
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
  const emergencyNumbers: Record<string, string> = {
    US: '911',
    CA: '911',
    MX: '911',
    GB: '999',
    'GB-NIR': '999',
    CH: '144',
    NO: '113',
    IS: '112',
    AU: '000',
    NZ: '111',
    IN: '108',
    BR: '192',
    AR: '107',
    CO: '123',
    CL: '131',
    PE: '106',
    CN: '120',
    HK: '999',
    TW: '119',
    SG: '995',
    JP: '119',
    KR: '119',
    VN: '115',
    PH: '911',
    SA: '997',
    AE: '998',
    EG: '123',
    ZA: '10177',
  };
  for (const code of EU_MEMBER_STATES) emergencyNumbers[code] = '112';

  it('knows every region of revision 2 and nothing else, each with its source and the date it was checked', () => {
    expect([...supportedRegions].sort()).to.deep.equal(Object.keys(emergencyNumbers).sort());
    for (const code of regionsWithOwnSource) expect(supportedRegions, code).to.include(code);
    for (const code of supportedRegions.filter((c) => !EU_MEMBER_STATES.includes(c))) expect(regionsWithOwnSource, code).to.include(code);
    for (const code of supportedRegions) {
      expect(lookUpRegion(code).kind, code).to.equal('found');
      expect(regionSource(code).source, code).to.match(/\w{4,}/);
      expect(regionSource(code).checked, code).to.match(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  for (const [code, number] of Object.entries(emergencyNumbers)) {
    it(`shows ${number} as a tel: link for region="${code}"`, async () => {
      const element = await render({name: code, attributes: {region: code}});
      expect(textOf(tierCard(element, 'emergency'))).to.include(`Call ${number} or go to the nearest emergency department now if:`);
      expect(callLinks(tierCard(element, 'emergency'))[0]).to.deep.equal({text: `Call ${number}`, href: `tel:${number}`});
      expect(warnings.messages).to.deep.equal([]);
    });
  }

  it('shows 999, NHS 111 for England, Scotland and Wales, and 38 °C for the United Kingdom', async () => {
    const element = await render(redFlagsFixtures.unitedKingdom);
    const urgent = tierCard(element, 'urgent');
    expect(callLinks(urgent)).to.deep.equal([{text: '111', href: 'tel:111'}]);
    expect(textOf(urgent)).to.include('If you cannot reach your practitioner today, call NHS 111 (England, Scotland and Wales).');
    expect(textOf(urgent)).to.match(/a temperature of 38\s?°C or higher/);
  });

  it('treats "UK" as GB', async () => {
    const element = await render({name: 'UK', attributes: {region: 'UK'}});
    expect(callLinks(tierCard(element, 'emergency'))[0].href).to.equal('tel:999');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('never tells Northern Ireland to call NHS 111: region GB-NIR names the GP out-of-hours service', async () => {
    const element = await render(redFlagsFixtures.northernIreland);
    const urgent = textOf(tierCard(element, 'urgent'));
    expect(urgent).not.to.include('111');
    expect(urgent).to.include('contact your GP out-of-hours service');
    expect(callLinks(tierCard(element, 'emergency'))[0].href).to.equal('tel:999');
  });

  for (const [code, line, href] of [
    ['DE', 'call the out-of-hours doctor service on 116117', 'tel:116117'],
    ['AU', 'call 1800MEDICARE on 1800 633 422', 'tel:1800633422'],
    ['NZ', 'call Healthline on 0800 611 116', 'tel:0800611116'],
    ['CA', 'in most provinces you can call 811', 'tel:811'],
  ]) {
    it(`shows the urgent-advice line of ${code} in the urgent tier`, async () => {
      const element = await render({name: code, attributes: {region: code}});
      const urgent = tierCard(element, 'urgent');
      expect(textOf(urgent)).to.include(line);
      expect(callLinks(urgent).map((link) => link.href)).to.deep.equal([href]);
    });
  }

  it('shows 911 and 100.4 °F for the United States, and no advice line', async () => {
    const element = await render(redFlagsFixtures.unitedStates);
    expect(shadowText(element)).to.match(/a temperature of 100\.4\s?°F or higher/);
    expect(callLinks(tierCard(element, 'urgent'))).to.deep.equal([]);
  });

  it('mentions 112 from mobiles in Australia and 15 for medical emergencies in France', async () => {
    const australia = await render(redFlagsFixtures.australia);
    expect(textOf(tierCard(australia, 'emergency'))).to.include('From a mobile phone, you can also call 112.');
    const france = await render(redFlagsFixtures.france);
    expect(textOf(tierCard(france, 'emergency'))).to.include('For a medical emergency, you can also call 15.');
    expect(callLinks(tierCard(france, 'emergency')).map((link) => link.href)).to.deep.equal(['tel:112', 'tel:15']);
  });

  it('never takes a number from a language tag: lang="en-GB" without region says "your local emergency number"', async () => {
    const element = await render(redFlagsFixtures.languageTagIsNotARegion);
    expect(textOf(tierCard(element, 'emergency'))).to.include(
      'Call your local emergency number or go to the nearest emergency department now if:',
    );
    expect(callLinks(element)).to.deep.equal([]);
  });

  it('never takes a number from a wrapper\'s lang either: <div lang="es-ES"> says "your local emergency number"', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'es-ES';
    document.body.append(wrapper);
    try {
      const element = document.createElement('dn-red-flags');
      wrapper.append(element);
      await element.updateComplete;
      expect(callLinks(element)).to.deep.equal([]);
      expect(element.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('es');
      expect(warnings.messages.some((message) => message.includes('has no region'))).to.be.true;
    } finally {
      wrapper.remove();
    }
  });

  it('without any region, says "your local emergency number", shows no number and warns once', async () => {
    const element = await render(redFlagsFixtures.noRegion);
    expect(textOf(tierCard(element, 'emergency'))).to.include(
      'Call your local emergency number or go to the nearest emergency department now if:',
    );
    expect(callLinks(element)).to.deep.equal([]);
    expect(shadowText(element)).to.match(/38\s?°C \(100\.4\s?°F\)/);
    element.requestUpdate();
    await element.updateComplete;
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('has no region');
  });

  it('never guesses a country for a region it does not know', async () => {
    const element = await render({name: 'Greenland', attributes: {region: 'GL'}});
    expect(textOf(tierCard(element, 'emergency'))).to.include('your local emergency number');
    expect(callLinks(element)).to.deep.equal([]);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('"GL"');
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
    expect(textOf(tierCard(element, 'urgent'))).to.include('Call Riverside Physio on 020 7946 0000.');
    expect(callLinks(tierCard(element, 'urgent'))).to.deep.equal([
      {text: '020 7946 0000', href: 'tel:02079460000'},
      {text: '111', href: 'tel:111'},
    ]);
    const slot = element.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="after-hours"]')!;
    expect(tierCard(element, 'urgent').contains(slot)).to.be.true;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Out of hours, leave a message and we call back by 9 am.']);
  });

  it('keeps a leading + in international numbers', async () => {
    const element = await render({name: 'intl', attributes: {region: 'ES', 'clinic-phone': '+34 910 000 000'}});
    expect(textOf(tierCard(element, 'urgent'))).to.include('Call your practitioner on +34 910 000 000.');
    expect(callLinks(tierCard(element, 'urgent'))).to.deep.equal([{text: '+34 910 000 000', href: 'tel:+34910000000'}]);
  });

  it('names the clinic without a link when there is no phone', async () => {
    const element = await render({name: 'name only', attributes: {region: 'US', 'clinic-name': 'Lakeside PT'}});
    expect(textOf(tierCard(element, 'urgent'))).to.include('Contact Lakeside PT or your doctor.');
    expect(callLinks(tierCard(element, 'urgent'))).to.deep.equal([]);
  });
});

describe('<dn-red-flags> heading level', () => {
  const headingLevels = (element: Element) => shadowAll(element, 'h1, h2, h3, h4, h5, h6').map((h) => h.localName);

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
    expect(shadowAll(element, 'a').filter((a) => !/^(tel:|https:\/\/)/.test(a.getAttribute('href') ?? ''))).to.deep.equal([]);
    expect(shadowText(element)).to.include('Contact <img src=x onerror="window.__dnInjected=true"> or your doctor.');
    expect(element.shadowRoot!.querySelector('bdi')!.textContent).to.equal('<img src=x onerror="window.__dnInjected=true">');
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
    expect(textOf(tierCard(element, 'urgent').querySelector('bdi')).length).to.equal(120);
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
  it('speaks Spanish with lang="es-ES", and takes no emergency number from the tag', async () => {
    const element = await render(redFlagsFixtures.spanish);
    const base = element.shadowRoot!.querySelector('[part="base"]')!;
    expect(base.getAttribute('lang')).to.equal('es');
    expect(base.getAttribute('dir')).to.equal('ltr');
    const text = shadowText(element);
    expect(callLinks(tierCard(element, 'emergency'))).to.deep.equal([]);
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

describe('<dn-red-flags> phone numbers', () => {
  it('isolates every number with <bdi>, left to right, and adds no invisible characters that get copied with it', async () => {
    const element = await render({
      ...redFlagsFixtures.clinicContact,
      attributes: {...redFlagsFixtures.clinicContact.attributes, lang: 'ar'},
    });
    const numbers = shadowAll(element, 'bdi.phone');
    expect(numbers.map(textOf)).to.include.members(['999', '020 7946 0000', '111']);
    for (const number of numbers) expect(getComputedStyle(number).direction).to.equal('ltr');
    expect(element.shadowRoot!.textContent).not.to.match(/[\u2066-\u2069\u00a0]/);
  });
});

describe('<dn-red-flags> call button', () => {
  it('reads "Call 999" with its space, as a visual reader sees it', async () => {
    const element = await render(redFlagsFixtures.unitedKingdom);
    const button = tierCard(element, 'emergency').querySelector<HTMLElement>('a.call')!;
    expect(button.innerText.trim()).to.equal('Call 999');
  });
});
