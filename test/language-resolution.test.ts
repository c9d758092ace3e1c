import {expect, fixture, html} from '@open-wc/testing';
import {LitElement} from 'lit';
import '../src/elements/red-flags.js';
import type {DnRedFlags} from '../src/red-flags/dn-red-flags.js';
import {captureWarnings} from './helpers.js';

const localeOf = (element: Element) => element.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang');

/** Waits for the MutationObserver that follows `lang`, then for the element's new render. */
async function settled(element: DnRedFlags): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
}

class ShadowWrapper extends LitElement {
  override render() {
    return html`<div lang="ar"><dn-red-flags region="GB"></dn-red-flags></div>`;
  }
}
customElements.define('shadow-wrapper', ShadowWrapper);

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

describe('language resolution', () => {
  it("takes the element's own lang first, then the nearest ancestor's", async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="es">
        <dn-red-flags region="ES"></dn-red-flags>
        <dn-red-flags region="ES" lang="ar"></dn-red-flags>
      </div>`,
    );
    const [inherited, own] = [...page.querySelectorAll('dn-red-flags')];
    await Promise.all([inherited.updateComplete, own.updateComplete]);
    expect(localeOf(inherited)).to.equal('es');
    expect(localeOf(own)).to.equal('ar');
  });

  it('takes lang from an ancestor across a shadow root, and follows its changes', async () => {
    const wrapper = await fixture<ShadowWrapper>(html`<shadow-wrapper></shadow-wrapper>`);
    const element = wrapper.shadowRoot!.querySelector('dn-red-flags')!;
    await element.updateComplete;
    expect(localeOf(element)).to.equal('ar');
    wrapper.shadowRoot!.querySelector('div')!.lang = 'es';
    await settled(element);
    expect(localeOf(element)).to.equal('es');
  });

  it('follows a change of <html lang> live, and shows two languages on one page', async () => {
    const html_ = document.documentElement;
    const before = html_.lang;
    try {
      html_.lang = 'en';
      const page = await fixture<HTMLElement>(
        html`<div>
          <dn-red-flags region="GB"></dn-red-flags>
          <div lang="ar"><dn-red-flags region="GB"></dn-red-flags></div>
        </div>`,
      );
      const [pageLanguage, arabic] = [...page.querySelectorAll('dn-red-flags')];
      await Promise.all([pageLanguage.updateComplete, arabic.updateComplete]);
      expect([localeOf(pageLanguage), localeOf(arabic)]).to.deep.equal(['en', 'ar']);
      html_.lang = 'es';
      await settled(pageLanguage);
      expect([localeOf(pageLanguage), localeOf(arabic)]).to.deep.equal(['es', 'ar']);
    } finally {
      html_.lang = before;
    }
  });

  it('falls back from a regional tag to its language', async () => {
    const element = await fixture<DnRedFlags>(html`<dn-red-flags lang="es-MX" region="MX"></dn-red-flags>`);
    await element.updateComplete;
    expect(localeOf(element)).to.equal('es');
  });

  it('uses the browser languages when no lang is declared anywhere', async () => {
    const html_ = document.documentElement;
    const before = html_.getAttribute('lang');
    html_.removeAttribute('lang');
    Object.defineProperty(navigator, 'languages', {value: ['tlh', 'es-MX', 'en'], configurable: true});
    try {
      const element = await fixture<DnRedFlags>(html`<dn-red-flags region="GB"></dn-red-flags>`);
      await element.updateComplete;
      expect(localeOf(element)).to.equal('es');
    } finally {
      delete (navigator as {languages?: unknown}).languages;
      if (before !== null) html_.setAttribute('lang', before);
    }
  });
});
