import {expect, fixture, html} from '@open-wc/testing';
import {LitElement} from 'lit';
import {configureLocalization, msg, updateWhenLocaleChanges} from '@lit/localize';
import '../src/elements/red-flags.js';
import {shadowText} from './helpers.js';

// A host page that uses @lit/localize for its own elements, sharing the same
// copy of the library as dn-widgets (the npm case).
const {setLocale, getLocale} = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fr'],
  loadLocale: async () => ({templates: {'host.greeting': 'Bonjour'}}),
});

class HostGreeting extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }
  override render() {
    return msg('Hello', {id: 'host.greeting'});
  }
}
customElements.define('host-greeting', HostGreeting);

describe('a host page with its own @lit/localize', () => {
  it('keeps its own locale while dn-widgets elements speak their own languages', async () => {
    await setLocale('fr');
    const page = await fixture(
      html`<div>
        <host-greeting></host-greeting>
        <dn-red-flags lang="es" region="ES"></dn-red-flags>
        <dn-red-flags lang="en" region="GB"></dn-red-flags>
      </div>`,
    );
    const [greeting, spanish, english] = [...page.children] as [HostGreeting, HTMLElement, HTMLElement];
    await Promise.all([greeting, spanish, english].map((el) => (el as LitElement).updateComplete));
    expect(getLocale()).to.equal('fr');
    expect(greeting.shadowRoot!.textContent).to.equal('Bonjour');
    expect(shadowText(english, '[part="title"]')).to.equal('After dry needling: when to get help');
    expect(shadowText(spanish, '[part="title"]')).not.to.equal('After dry needling: when to get help');
    expect(spanish.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('es');
  });
});
