import {expect, fixture, html} from '@open-wc/testing';
import type {LitElement} from 'lit';
// The classes only: nothing here registers an element, so each test can set
// properties on an element that is not defined yet, as a page, a framework's
// `.prop` binding or an inline script does before the bundle has loaded.
import {DnAftercare} from '../src/aftercare/dn-aftercare.js';
import {DnContraindicationCheck} from '../src/contraindication-check/dn-contraindication-check.js';
import {DnRedFlags} from '../src/red-flags/dn-red-flags.js';
import {DnSideEffects} from '../src/side-effects/dn-side-effects.js';
import {questionsFor} from '../src/content/screening.js';
import {answered} from './fixtures/contraindication-check.js';
import {shadowAll, textOf} from './helpers.js';

let count = 0;

/** Defines a fresh subclass under a tag no element on the page has used, after `element` was made with it. */
async function upgrade<T extends LitElement>(element: HTMLElement, tag: string, base: CustomElementConstructor): Promise<T> {
  expect(customElements.get(tag), 'not defined before the properties are set').to.equal(undefined);
  customElements.define(tag, class extends (base as typeof HTMLElement) {});
  const upgraded = element as unknown as T;
  await upgraded.updateComplete;
  return upgraded;
}

const uniqueTag = (name: string) => `${name}-pre-${(count += 1)}`;

describe('properties set before the element is defined', () => {
  it('<dn-contraindication-check>: answers and every public property are kept, and answers stay live', async () => {
    const tag = uniqueTag('dn-contraindication-check');
    const form = await fixture<HTMLFormElement>(html`<form></form>`);
    const element = document.createElement(tag) as HTMLElement & Record<string, unknown>;
    const given = answered();
    Object.assign(element, {answers: given, name: 'screening', required: true, eStim: false, mode: 'all', headingLevel: 3, theme: 'dark'});
    form.append(element);
    const events: Array<{answers: Record<string, string>}> = [];
    element.addEventListener('dn-screening-change', (event) => events.push((event as CustomEvent).detail));

    const check = await upgrade<DnContraindicationCheck>(element, tag, DnContraindicationCheck);
    expect(check.answers).to.deep.equal(given);
    expect(check.outcome).to.equal('clear');
    expect(check.getAttribute('name')).to.equal('screening');
    expect(check.hasAttribute('required')).to.be.true;
    expect(check.getAttribute('theme')).to.equal('dark');
    expect(shadowAll(check, 'h3[part~="title"]')).to.have.length(1);

    // The patient changes an answer: the property, the event and the submitted value follow it.
    const first = questionsFor({eStim: false})[0].id;
    const fieldset = shadowAll(check, '[part~="question"]')[0];
    [...fieldset.querySelectorAll('label')].find((label) => textOf(label) === 'Yes')!.click();
    await check.updateComplete;
    expect(check.answers[first]).to.equal('yes');
    expect(events.at(-1)!.answers[first]).to.equal('yes');
    expect(JSON.parse(new FormData(form).get('screening') as string).answers[first]).to.equal('yes');
  });

  it('<dn-contraindication-check>: a value set before the bundle loads restores the answers, and stays live', async () => {
    const tag = uniqueTag('dn-contraindication-check');
    const form = await fixture<HTMLFormElement>(html`<form></form>`);
    const element = document.createElement(tag) as HTMLElement & {value: string};
    element.setAttribute('name', 'screening');
    element.value = JSON.stringify({answers: answered(), outcome: 'clear', eStim: false});
    form.append(element);
    const check = await upgrade<DnContraindicationCheck>(element, tag, DnContraindicationCheck);
    expect(check.answers).to.deep.equal(answered());
    const fieldset = shadowAll(check, '[part~="question"]')[0];
    [...fieldset.querySelectorAll('label')].find((label) => textOf(label) === 'Not sure')!.click();
    await check.updateComplete;
    expect(JSON.parse(check.value).outcome).to.equal('discuss');
    expect(new FormData(form).get('screening')).to.equal(check.value);
  });

  it('<dn-red-flags>: region, clinicName, clinicPhone, tiers, headingLevel and theme are kept', async () => {
    const tag = uniqueTag('dn-red-flags');
    const element = document.createElement(tag);
    Object.assign(element, {
      region: 'US',
      clinicName: 'Riverside Physio',
      clinicPhone: '555 010 0199',
      tiers: 'emergency urgent',
      headingLevel: 4,
      theme: 'dark',
    });
    await fixture(element);
    const flags = await upgrade<DnRedFlags>(element, tag, DnRedFlags);
    const text = textOf(flags.shadowRoot);
    expect(text).to.include('Call 911 or go to the nearest emergency department now');
    expect(text).to.include('Riverside Physio');
    expect(shadowAll(flags, 'a[href^="tel:"][href*="5550100199"]')).to.have.length(1);
    expect(shadowAll(flags, '[part~="tier-normal"]')).to.have.length(0);
    expect(shadowAll(flags, 'h4[part~="title"]')).to.have.length(1);
    expect(flags.getAttribute('theme')).to.equal('dark');
  });

  it('<dn-side-effects>: variant, items and eStim are kept', async () => {
    const tag = uniqueTag('dn-side-effects');
    const element = document.createElement(tag);
    Object.assign(element, {variant: 'summary', items: 'bruising', eStim: true});
    await fixture(element);
    const sideEffects = await upgrade<DnSideEffects>(element, tag, DnSideEffects);
    expect(shadowAll(sideEffects, '[data-item] details')).to.have.length(0);
    expect(shadowAll(sideEffects, '[data-item]')).to.have.length(1);
    expect(textOf(sideEffects.shadowRoot)).to.include('Bruising').and.not.include('Headache');
    expect(sideEffects.eStim).to.equal(true);
    expect(textOf(sideEffects.shadowRoot)).to.match(/electrical stimulation/i);
  });

  it('<dn-aftercare>: treatedAt is kept', async () => {
    const tag = uniqueTag('dn-aftercare');
    const element = document.createElement(tag);
    const treatedAt = new Date(Date.now() - 2 * 3600_000).toISOString();
    Object.assign(element, {treatedAt});
    await fixture(element);
    const aftercare = await upgrade<DnAftercare>(element, tag, DnAftercare);
    expect(aftercare.treatedAt).to.equal(treatedAt);
    expect(shadowAll(aftercare, '[part~="now"]')).to.have.length(1);
  });
});
