import {expect} from '@open-wc/testing';
import '../src/index.js';
import {fixturesByTag} from './fixtures/index.js';
import type {Fixture} from './fixtures/fixture.js';
import {backgroundOf, colorOf, contrast, indicatorColors, parseColor} from './contrast.js';
import {captureWarnings, renderFixture, shadowAll} from './helpers.js';

/** What a keyboard user can reach, and what the element moves focus to itself. */
const FOCUSABLE = 'a[href], button:not(:disabled), input:not(:disabled), summary, [tabindex]';

function inTheme(fixture: Fixture, theme: string): Fixture {
  return {...fixture, attributes: {...fixture.attributes, theme}};
}

/** Elements with text of their own, seen by the reader (not visually hidden). */
function textBearing(root: Element): Element[] {
  return [root, ...root.querySelectorAll('*')].filter(
    (element) =>
      [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '') &&
      element.getBoundingClientRect().width > 1 &&
      !element.closest('.visually-hidden'),
  );
}

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

for (const [tag, fixtures] of fixturesByTag) {
  for (const theme of ['light', 'dark']) {
    describe(`<${tag}> focus states, ${theme} theme`, () => {
      for (const fixture of Object.values(fixtures)) {
        if ('theme' in fixture.attributes || 'lang' in fixture.attributes) continue;
        it(`have text of at least 4.5:1 and an indicator of at least 3:1: ${fixture.name}`, async () => {
          const element = await renderFixture(tag, inTheme(fixture, theme));
          element.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
          for (const target of shadowAll(element, FOCUSABLE)) {
            if (target.getBoundingClientRect().width <= 1) continue; // not shown, or an off-screen anchor
            target.focus();
            if (!target.matches(':focus')) continue; // a window without focus applies no :focus style (Firefox under WebDriver)
            const label = `${target.outerHTML.slice(0, 70)}`;
            const surface = backgroundOf(target.parentElement ?? element);
            const indicator = Math.max(0, ...indicatorColors(target).map((color) => contrast(color, surface)));
            expect(indicator, `focus indicator of ${label}`).to.be.at.least(3);
            for (const text of textBearing(target)) {
              expect(
                contrast(colorOf(text), backgroundOf(text)),
                `text "${text.textContent!.trim().slice(0, 30)}" in ${label}`,
              ).to.be.at.least(4.5);
            }
            target.blur();
          }
        });
      }
    });
  }
}

describe('the dark theme', () => {
  it('tells the browser it is dark (color-scheme), so native controls and scroll bars match', async () => {
    const [, fixtures] = fixturesByTag.find(([tag]) => tag === 'dn-contraindication-check')!;
    const element = await renderFixture('dn-contraindication-check', inTheme(Object.values(fixtures)[0], 'dark'));
    expect(getComputedStyle(element).colorScheme).to.equal('dark');
    const light = await renderFixture('dn-contraindication-check', Object.values(fixtures)[0]);
    expect(getComputedStyle(light).colorScheme).to.equal('light');
  });

  it('gives every tier border at least 3:1 against the surface', async () => {
    const element = await renderFixture('dn-red-flags', {name: 'dark', attributes: {region: 'GB', theme: 'dark'}});
    for (const tier of shadowAll(element, '[part~="tier"]')) {
      const border = getComputedStyle(tier).borderInlineStartColor;
      const surface = backgroundOf(element.shadowRoot!.querySelector('[part~="base"]'));
      expect(contrast(parseColor(border)!, surface), tier.getAttribute('part')!).to.be.at.least(3);
    }
  });
});
