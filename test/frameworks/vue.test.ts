import {expect} from '@open-wc/testing';
import {createApp, nextTick} from 'vue/dist/vue.esm-browser.js';
import '../../src/index.js';
import type {ScreeningChangeDetail} from '../../src/index.js';
import {answered} from '../fixtures/contraindication-check.js';
import {textOf} from '../helpers.js';

describe('Vue 3', () => {
  it('passes attributes and properties, and hears dn-screening-change', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const app = createApp({
      data: () => ({region: 'US', answers: answered({diabetes: 'yes'}), outcome: 'none'}),
      methods: {
        changed(this: {outcome: string | null}, event: CustomEvent<ScreeningChangeDetail>) {
          this.outcome = event.detail.outcome;
        },
      },
      template: `
        <dn-red-flags :region="region" clinic-name="Lakeside PT"></dn-red-flags>
        <dn-contraindication-check :answers.prop="answers" @dn-screening-change="changed"></dn-contraindication-check>
        <p id="outcome">{{ outcome }}</p>
      `,
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('dn-');
    app.mount(container);
    try {
      const redFlags = container.querySelector('dn-red-flags')!;
      const check = container.querySelector('dn-contraindication-check')!;
      await Promise.all([redFlags.updateComplete, check.updateComplete]);

      expect(textOf(redFlags.shadowRoot!.querySelector('[part~="tier-emergency"]'))).to.include(
        'Call 911 or go to the nearest emergency department now',
      );
      expect(textOf(redFlags.shadowRoot!.querySelector('[part~="tier-urgent"]'))).to.include('Contact Lakeside PT or your doctor.');
      expect(check.outcome).to.equal('discuss');

      check.shadowRoot!.querySelector<HTMLInputElement>('#q-infection-yes')!.click();
      await check.updateComplete;
      await nextTick();
      expect(container.querySelector('#outcome')!.textContent).to.equal('stop');
    } finally {
      app.unmount();
      container.remove();
    }
  });
});
