import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {allLocales} from '../src/generated/locale-codes.js';
import type {Fixture} from './fixtures/fixture.js';
import {captureWarnings, renderFixture, textOf} from './helpers.js';
import {expectNoAxeViolations} from './axe.js';
import {expectNoIbmViolations} from './ibm.js';

const isChromium = /Chrome\//.test(navigator.userAgent);

const INTERACTIVE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** The same state in another language, unless the fixture chose its own. */
function inLanguage(fixture: Fixture, lang: string): Fixture {
  return 'lang' in fixture.attributes ? fixture : {...fixture, attributes: {...fixture.attributes, lang}};
}

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function hasVisibleFocus(element: Element): boolean {
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  return outline || style.boxShadow !== 'none';
}

/** A link that is part of a sentence or citation: its size is set by the text around it. */
function isInlineInText(target: HTMLElement): boolean {
  if (target.localName !== 'a' || getComputedStyle(target).display !== 'inline') return false;
  const block = target.closest('p, li');
  return Boolean(block && textOf(block).length > textOf(target).length);
}

/**
 * The accessibility checks of one element, in every state (fixture): axe and
 * IBM's checker with disclosures closed and open, in English and Arabic and,
 * for the default state, in every locale; touch targets; a Tab walk. One file
 * per element under test/accessibility/, so each finishes in its own time.
 */
export function describeAccessibility(tag: string, fixtures: Readonly<Record<string, Fixture>>): void {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  describe(`<${tag}> accessibility`, () => {
    const defaultFixture = Object.values(fixtures)[0];
    for (const fixture of Object.values(fixtures)) {
      // Every state in en and in ar (right to left) in every engine; the default state in every
      // other locale too, in Chromium: translated text changes no markup, and three engines share
      // two cores in CI.
      const languages: readonly string[] = fixture === defaultFixture ? allLocales : ['en', 'ar'];
      for (const lang of languages) {
        it(`passes axe (WCAG 2.2 A and AA), disclosures open too: ${fixture.name} [${lang}]`, async function () {
          if (!['en', 'ar'].includes(lang) && !isChromium) this.skip();
          const element = await renderFixture(tag, inLanguage(fixture, lang));
          await expectNoAxeViolations(element);
          element.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
          await expectNoAxeViolations(element);
        });
      }

      // A second rules engine, in Chromium: axe runs in all three.
      it(`passes IBM's accessibility checker (WCAG 2.2 A and AA), disclosures open too: ${fixture.name}`, async function () {
        if (!isChromium) this.skip();
        const element = await renderFixture(tag, fixture);
        await expectNoIbmViolations(element);
        element.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
        await expectNoIbmViolations(element);
      });

      it(`has touch targets of at least 24 × 24 px: ${fixture.name}`, async () => {
        const element = await renderFixture(tag, fixture);
        element.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
        for (const target of element.shadowRoot!.querySelectorAll<HTMLElement>(INTERACTIVE)) {
          if (isInlineInText(target)) continue; // WCAG 2.5.8 exempts links inside a sentence
          const {width, height} = target.getBoundingClientRect();
          if (width === 0 && height === 0) continue; // not rendered (e.g. print-only)
          expect(Math.round(width), `${target.outerHTML.slice(0, 80)} width`).to.be.at.least(24);
          expect(Math.round(height), `${target.outerHTML.slice(0, 80)} height`).to.be.at.least(24);
        }
      });
    }

    it('can be walked with the Tab key, with visible focus at every stop', async () => {
      const element = await renderFixture(tag, defaultFixture);
      const before = document.createElement('button');
      before.textContent = 'before';
      element.before(before);
      before.focus();
      const stops: Element[] = [];
      for (let i = 0; i < 100; i += 1) {
        await sendKeys({press: 'Tab'});
        const active = deepActiveElement();
        if (!active || !element.shadowRoot!.contains(active)) break;
        stops.push(active);
        // Firefox under WebDriver may not give the window focus, so :focus styles never apply there;
        // the focus order is still checked, and Chromium and WebKit check the style.
        if (active.matches(':focus')) {
          expect(hasVisibleFocus(active), `focus visible on ${active.outerHTML.slice(0, 80)}`).to.be.true;
        }
      }
      before.remove();
      expect(stops.length).to.be.greaterThan(0);
    });
  });
}
