import {expect, fixture} from '@open-wc/testing';
import '../src/index.js';
import type {DnElement} from '../src/base/dn-element.js';
import {allLocales, fallbackPack, fillFallback, type FallbackOptions, type FallbackTag} from '../src/fallback/index.js';
import {textBlocks, type TextBlock} from '../scripts/lib/fallback-text.mjs';
import {captureWarnings} from './helpers.js';

/**
 * The fallback must say what the element says, so the two cannot drift apart.
 * What must match, for each element, locale, region and set of attributes:
 *
 * 1. Every block of the fallback (heading, paragraph, list item, term,
 *    description, summary), its own text with white space folded, is a block
 *    of the rendered element. The one exception is the emergency tier that
 *    opens the fallback of <dn-side-effects>: it is a block of <dn-red-flags>
 *    with the same settings.
 * 2. Every block of the rendered element (every heading, sign, instruction,
 *    figure, question and footer line) is a block of the fallback, except
 *    what needs script: the check's privacy note (its answers need script),
 *    live region, print view and step counter, and the aftercare "now" box
 *    and "You are here" for `treated-at` (they depend on the visitor's clock).
 *    The check's radios and buttons are not blocks.
 */

/** The parts of an element that only make sense with script (the same list as scripts/test-wordpress.mjs). */
const needsScript = '.privacy, [data-print-view], [role="status"], [part~="now"], .you-are-here, .progress';

interface Case {
  tag: FallbackTag;
  attributes?: Record<string, string>;
  options?: FallbackOptions;
}

const cases: readonly Case[] = [
  {tag: 'dn-red-flags'},
  {tag: 'dn-red-flags', attributes: {tiers: 'urgent normal'}, options: {tiers: 'urgent normal'}},
  {tag: 'dn-side-effects'},
  {
    tag: 'dn-side-effects',
    attributes: {variant: 'summary', items: 'bruising soreness', 'e-stim': ''},
    options: {variant: 'summary', items: 'bruising soreness', eStim: true},
  },
  {tag: 'dn-aftercare'},
  {tag: 'dn-what-to-expect'},
  {tag: 'dn-what-to-expect', attributes: {sections: 'during before'}, options: {sections: 'during before'}},
  {tag: 'dn-contraindication-check'},
  {tag: 'dn-contraindication-check', attributes: {'e-stim': ''}, options: {eStim: true}},
];

/** The clinic's settings, as the WordPress plugin gives them: on a <dn-config> around the element, and to the fallback. */
type Clinic = Pick<FallbackOptions, 'region' | 'clinicName' | 'clinicPhone' | 'afterHours' | 'reviewedBy' | 'reviewedOn'>;

const clinics: Readonly<Record<string, Clinic>> = {
  'GB, a full clinic': {
    region: 'GB',
    clinicName: 'Riverside <Physio> & Co',
    clinicPhone: '020 7946 0000',
    afterHours: 'Out of hours, leave a message.',
    reviewedBy: 'Dr A. Patel',
    reviewedOn: '2026-11-20',
  },
  'FR, phone only': {region: 'FR', clinicPhone: '+33 1 23 45 67 89'},
  'PE, name only, undated reviewer': {region: 'pe', clinicName: 'Clínica Lima', reviewedBy: 'Lic. R. Soto'},
  'no region': {},
};

const configAttributes: Readonly<Record<keyof Clinic, string>> = {
  region: 'region',
  clinicName: 'clinic-name',
  clinicPhone: 'clinic-phone',
  afterHours: 'after-hours',
  reviewedBy: 'reviewed-by',
  reviewedOn: 'reviewed-on',
};

async function renderElement(tag: string, locale: string, clinic: Clinic, attributes: Record<string, string> = {}): Promise<DnElement> {
  const config = document.createElement('dn-config');
  for (const [key, value] of Object.entries(clinic)) config.setAttribute(configAttributes[key as keyof Clinic], value);
  const element = document.createElement(tag) as DnElement;
  element.setAttribute('lang', locale);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  config.append(element);
  await fixture(config);
  await element.updateComplete;
  return element;
}

function renderFallback(html: string): HTMLElement {
  const container = document.createElement('div');
  container.className = 'fallback-under-test';
  container.innerHTML = html;
  document.body.append(container);
  return container.firstElementChild as HTMLElement;
}

const texts = (blocks: readonly TextBlock[]) => new Set(blocks.map((block) => block.text));

describe('server-rendered fallback', () => {
  // The elements without a region warn, as they should; that is tested elsewhere.
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    document.querySelectorAll('.fallback-under-test').forEach((container) => container.remove());
  });

  for (const locale of allLocales) {
    for (const [clinicName, clinic] of Object.entries(clinics)) {
      for (const {tag, attributes, options} of cases) {
        it(`${tag} ${JSON.stringify(attributes ?? {})} in ${locale}, ${clinicName}: says what the element says`, async () => {
          const element = await renderElement(tag, locale, clinic, attributes);
          const widget = textBlocks(element.shadowRoot!, needsScript);
          const pack = await fallbackPack(locale);
          const fallback = renderFallback(fillFallback(pack, tag, {...clinic, ...options}));
          const widgetTexts = texts(widget);

          let preface = new Set<string>();
          if (tag === 'dn-side-effects') {
            const redFlags = await renderElement('dn-red-flags', locale, clinic, {tiers: 'emergency'});
            preface = texts(textBlocks(redFlags.shadowRoot!));
          }
          const emergencyTier = fallback.querySelector('[data-tier="emergency"]');
          for (const block of textBlocks(fallback)) {
            const inPreface = tag === 'dn-side-effects' && emergencyTier?.contains(findBlock(fallback, block)) && preface.has(block.text);
            expect(widgetTexts.has(block.text) || inPreface, `fallback block <${block.tag}> "${block.text}" is not in the element`).to.be
              .true;
          }

          const fallbackTexts = texts(textBlocks(fallback));
          for (const block of widget) {
            expect(fallbackTexts.has(block.text), `the element's <${block.tag}> "${block.text}" is not in the fallback`).to.be.true;
          }
        });
      }
    }
  }

  /** The first block in `root` with this text, to tell where a block stands. */
  function findBlock(root: HTMLElement, block: TextBlock): Element | null {
    return [...root.querySelectorAll(block.tag)].find((candidate) => textBlocks(candidate).some((own) => own.text === block.text)) ?? null;
  }

  it('opens with the emergency instruction, the number as a tel: link, where an element lists emergency signs', async () => {
    for (const locale of allLocales) {
      const pack = await fallbackPack(locale);
      for (const tag of ['dn-red-flags', 'dn-side-effects'] as const) {
        const fallback = renderFallback(fillFallback(pack, tag, {region: 'AU', headingLevel: 3}));
        const headings = [...fallback.querySelectorAll('h3, h4')];
        expect(headings[0].localName, `${tag} ${locale}`).to.equal('h3');
        expect(headings[1].closest('[data-tier]')?.getAttribute('data-tier'), `${tag} ${locale}`).to.equal('emergency');
        expect(headings[1].querySelector('a')?.getAttribute('href')).to.equal('tel:000');
        expect(fallback.querySelector('a[href="tel:112"]'), 'the mobile alternative').to.exist;
        expect(fallback.querySelector('a.dn-fallback__call')?.getAttribute('href')).to.equal('tel:000');
      }
    }
  });

  it('makes every phone number a tel: link, and never HTML from a value', async () => {
    const pack = await fallbackPack('en');
    const fallback = renderFallback(
      fillFallback(pack, 'dn-red-flags', {
        region: 'NZ',
        clinicName: '<img src=x onerror=alert(1)>',
        clinicPhone: '(09) 555 0100',
        afterHours: '<script>alert(1)</script>',
        reviewedBy: '"><b>x</b>',
        headingLevel: '4',
      }),
    );
    expect(fallback.querySelector('img, script, b')).to.equal(null);
    expect(fallback.textContent).to.include('Call <img src=x onerror=alert(1)> on (09) 555 0100.');
    expect([...fallback.querySelectorAll('a[href^="tel:"]')].map((link) => link.getAttribute('href'))).to.include.members([
      'tel:111',
      'tel:095550100',
      'tel:0800611116',
    ]);
    expect(fallback.querySelector('h4')!.textContent).to.equal('After dry needling: when to get help');
  });

  it('leaves out a phone that is not a phone, and an unknown region', async () => {
    const pack = await fallbackPack('en');
    const fallback = renderFallback(fillFallback(pack, 'dn-red-flags', {region: 'XX', clinicPhone: 'javascript:alert(1)'}));
    expect(fallback.querySelector('[data-contact="clinic"]')).to.equal(null);
    expect(fallback.textContent).to.include('Call your local emergency number or go to the nearest emergency department now if:');
    expect(fallback.querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it('is built the same in Node as in the browser (dist/fallback, from npm run build:fallback)', async () => {
    // Node's ICU, like Chromium's and Firefox's, writes Arabic numbers in Latin digits; WebKitGTK's
    // writes them in Arabic-Indic digits. The numbers are the same, so compare them as numbers.
    const sameDigits = (json: string) =>
      json
        .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
        .replace(/\u066c/g, ',')
        .replace(/\u066b/g, '.');
    for (const locale of allLocales) {
      const response = await fetch(`/dist/fallback/${locale}.json`);
      expect(response.ok, `dist/fallback/${locale}.json`).to.be.true;
      expect(JSON.parse(sameDigits(await response.text())), locale).to.deep.equal(
        JSON.parse(sameDigits(JSON.stringify(await fallbackPack(locale)))),
      );
    }
  });
});
