import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/index.js';
import type {DnElement} from '../src/base/dn-element.js';
import {fixturesByTag} from './fixtures/index.js';
import {captureWarnings, renderFixture, shadowAll, shadowText} from './helpers.js';

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => {
  warnings.restore();
  document.documentElement.lang = 'en';
});

const firstFixture = (fixtures: Readonly<Record<string, unknown>>) => Object.values(fixtures)[0] as Parameters<typeof renderFixture>[1];

/** Opens a disclosure as a reader does: focus on its summary, then Enter. */
async function openWithKeyboard(summary: HTMLElement): Promise<void> {
  summary.focus();
  await sendKeys({press: 'Enter'});
  await waitUntil(() => (summary.parentElement as HTMLDetailsElement).open, 'the disclosure did not open');
}

/** Switches the element to Spanish and waits until it shows it. */
async function switchToSpanish(element: DnElement): Promise<void> {
  element.lang = 'es';
  await waitUntil(() => shadowText(element, '[part="footer"] summary').startsWith('Fuentes'), 'the element did not switch to Spanish');
  await element.updateComplete;
}

describe('an update keeps what the reader opened and where their focus is', () => {
  for (const [tag, fixtures] of fixturesByTag) {
    it(`<${tag}>: the sources stay open, with focus on them, when the element changes language`, async () => {
      const element = await renderFixture(tag, firstFixture(fixtures));
      await openWithKeyboard(element.shadowRoot!.querySelector<HTMLElement>('[part="footer"] summary')!);

      await switchToSpanish(element);

      const summary = element.shadowRoot!.querySelector<HTMLElement>('[part="footer"] summary')!;
      expect((summary.parentElement as HTMLDetailsElement).open).to.equal(true);
      expect(element.shadowRoot!.activeElement).to.equal(summary);
      expect(shadowAll(element, '[part="footer"] [data-citations] li').length).to.be.above(0);
    });
  }

  it('<dn-side-effects>: the side effect the reader opened stays open, and only that one, in the new language', async () => {
    const [, fixtures] = fixturesByTag.find(([tag]) => tag === 'dn-side-effects')!;
    const element = await renderFixture('dn-side-effects', firstFixture(fixtures));
    const items = shadowAll(element, '[data-item] > details');
    expect(items.length).to.be.above(2);
    const opened = items[1].closest<HTMLElement>('[data-item]')!.dataset.item;
    await openWithKeyboard(items[1].querySelector('summary')!);

    await switchToSpanish(element);

    const open = shadowAll<HTMLDetailsElement>(element, '[data-item] > details').filter((details) => details.open);
    expect(open.map((details) => details.closest<HTMLElement>('[data-item]')!.dataset.item)).to.deep.equal([opened]);
    expect(element.shadowRoot!.activeElement).to.equal(open[0].querySelector('summary'));
    expect(shadowText(element, `[data-item="${opened}"] summary`)).not.to.equal('');
  });
});
