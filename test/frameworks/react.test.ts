import {expect} from '@open-wc/testing';
import type {Root} from 'react-dom/client';
import {React, ReactDOMClient} from './react-bundle.js';
import '../../src/index.js';
import type {ScreeningChangeDetail} from '../../src/index.js';
import {answered} from '../fixtures/contraindication-check.js';
import {textOf} from '../helpers.js';

const {act, createElement, useState} = React;

(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;

describe('React 19', () => {
  let container: HTMLElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = ReactDOMClient.createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('passes attributes and properties, and hears dn-screening-change', async () => {
    const outcomes: Array<string | null> = [];

    function ClinicPage() {
      const [outcome, setOutcome] = useState<string | null>(null);
      return createElement(
        'div',
        null,
        createElement('dn-red-flags', {
          // a name the element has no property for: React sets the attribute
          'heading-level': '3',
          // names the element has properties for: React 19 sets the properties
          region: 'GB',
          clinicName: 'Riverside Physio',
          clinicPhone: '020 7946 0000',
        }),
        createElement('dn-contraindication-check', {
          // an object prop: React 19 sets it as a property
          answers: answered({diabetes: 'yes'}),
          'ondn-screening-change': (event: CustomEvent<ScreeningChangeDetail>) => {
            outcomes.push(event.detail.outcome);
            setOutcome(event.detail.outcome);
          },
        }),
        createElement('p', {id: 'outcome'}, outcome ?? 'none'),
      );
    }

    await act(async () => root.render(createElement(ClinicPage)));
    const redFlags = container.querySelector('dn-red-flags')!;
    const check = container.querySelector('dn-contraindication-check')!;
    await Promise.all([redFlags.updateComplete, check.updateComplete]);

    expect(redFlags.getAttribute('heading-level')).to.equal('3');
    expect(redFlags.shadowRoot!.querySelector('[part="title"]')!.localName).to.equal('h3');
    expect(redFlags.region).to.equal('GB');
    expect(textOf(redFlags.shadowRoot!.querySelector('[part~="tier-emergency"]'))).to.include(
      'Call 999 or go to the nearest emergency department now',
    );
    expect(redFlags.clinicName).to.equal('Riverside Physio');
    expect(textOf(redFlags.shadowRoot!.querySelector('[part~="tier-urgent"]'))).to.include('Call Riverside Physio on 020 7946 0000');
    expect(check.outcome).to.equal('discuss');

    await act(async () => {
      check.shadowRoot!.querySelector<HTMLInputElement>('#q-infection-yes')!.click();
      await check.updateComplete;
    });
    expect(outcomes).to.deep.equal(['stop']);
    expect(container.querySelector('#outcome')!.textContent).to.equal('stop');
  });
});
