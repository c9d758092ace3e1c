import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import {configure, type ClinicQuestion} from '../src/index.js';
import type {DnElement} from '../src/base/dn-element.js';
import type {DnContraindicationCheck} from '../src/contraindication-check/dn-contraindication-check.js';
import {questionsFor} from '../src/content/screening.js';
import {answered} from './fixtures/contraindication-check.js';
import {captureWarnings, shadowAll, shadowText, textOf} from './helpers.js';
import {completeClinicTranslation} from './clinic-translation-fixture.js';

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => {
  configure({});
  warnings.restore();
});

const updated = async (...elements: Element[]) => {
  // A configuration change reaches each element as a new render.
  for (const element of elements) await (element as DnElement).updateComplete;
};

/** The emergency instruction an element shows, wherever it shows it. */
function emergencyInstructions(element: Element): string[] {
  return shadowAll(element, '[part~="tier-emergency"] [part~="tier-heading"], [data-tier="emergency"] .not-normal__heading').map(textOf);
}

/** The clinic contact sentences an element shows. */
const clinicContacts = (element: Element) => shadowAll(element, '[data-contact="clinic"]').map(textOf);

describe('configure(): one configuration for the page', () => {
  it('gives every element the same emergency instruction, number and clinic contact', async () => {
    configure({region: 'GB', clinicName: 'Riverside Physio', clinicPhone: '020 7946 0000'});
    const page = await fixture(
      html`<div>
        <dn-red-flags></dn-red-flags>
        <dn-side-effects></dn-side-effects>
        <dn-aftercare></dn-aftercare>
        <dn-contraindication-check></dn-contraindication-check>
      </div>`,
    );
    const [redFlags, sideEffects, aftercare, check] = [...page.children] as DnElement[];
    (check as DnContraindicationCheck).answers = answered({[questionsFor({eStim: false})[0].id]: 'yes'});
    await updated(redFlags, sideEffects, aftercare, check);

    const instruction = 'Emergency advice: Call 999 or go to the nearest emergency department now if:';
    expect(emergencyInstructions(redFlags)).to.deep.equal([instruction]);
    expect(new Set(emergencyInstructions(sideEffects))).to.deep.equal(new Set([instruction]));
    const contact = 'Call Riverside Physio on 020 7946 0000.';
    for (const element of [redFlags, sideEffects, aftercare, check]) expect(clinicContacts(element), element.localName).to.include(contact);
    expect(shadowText(sideEffects)).not.to.include('your local emergency number');
    expect(shadowText(redFlags)).to.include('call NHS 111 (England, Scotland and Wales)');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('follows a new configuration at once, without reload', async () => {
    configure({region: 'GB'});
    const element = await fixture<DnElement>(html`<dn-side-effects></dn-side-effects>`);
    expect(emergencyInstructions(element)[0]).to.include('Call 999');
    configure({region: 'AU'});
    await updated(element);
    expect(emergencyInstructions(element)[0]).to.include('Call 000');
  });

  it('applies the theme, e-stim and the clinic’s reviewer to every element', async () => {
    configure({theme: 'dark', eStim: true, reviewedBy: 'Dr A. Patel', reviewedOn: '2026-11-20'});
    const page = await fixture(html`<div><dn-side-effects></dn-side-effects><dn-contraindication-check></dn-contraindication-check></div>`);
    const [sideEffects, check] = [...page.children] as DnElement[];
    await updated(sideEffects, check);
    expect(getComputedStyle(sideEffects.shadowRoot!.querySelector('.root')!).backgroundColor).to.equal('rgb(27, 38, 46)');
    expect(sideEffects.shadowRoot!.querySelector('[data-section="e-stim"]')).to.exist;
    expect((check as DnContraindicationCheck).questions.map((question) => question.id)).to.include('heart-rhythm');
    expect(shadowText(check, '[data-clinic-reviewer]')).to.equal('Reviewed for this clinic by Dr A. Patel on November 20, 2026');
  });

  it('shows the out-of-hours text in the urgent tier unless the page slots its own', async () => {
    configure({afterHours: 'Out of hours, call our answering service.'});
    const element = await fixture<DnElement>(html`<dn-red-flags region="GB"></dn-red-flags>`);
    expect(shadowText(element, '[part~="tier-urgent"]')).to.include('Out of hours, call our answering service.');
  });
});

describe('<dn-config>: configuration for part of a page', () => {
  it('configures the elements inside it, and an element’s own attribute wins', async () => {
    const page = await fixture(
      html`<dn-config region="GB" clinic-name="Riverside Physio" clinic-phone="020 7946 0000">
        <dn-red-flags></dn-red-flags>
        <dn-red-flags region="US"></dn-red-flags>
      </dn-config>`,
    );
    const [inside, own] = [...page.children] as DnElement[];
    await updated(inside, own);
    expect(emergencyInstructions(inside)[0]).to.include('Call 999');
    expect(emergencyInstructions(own)[0]).to.include('Call 911');
    expect(clinicContacts(own)).to.deep.equal(['Call Riverside Physio on 020 7946 0000.']);
  });

  it('wins over configure(), the nearest one first, and takes no space in the layout', async () => {
    configure({region: 'AU', clinicName: 'Harbour Clinic'});
    const outer = await fixture(
      html`<dn-config region="NZ"
        ><dn-config region="GB"><dn-red-flags></dn-red-flags></dn-config
      ></dn-config>`,
    );
    const element = outer.querySelector('dn-red-flags')! as DnElement;
    await updated(element);
    expect(emergencyInstructions(element)[0]).to.include('Call 999');
    expect(textOf(element.shadowRoot!.querySelector('[data-contact="clinic"]'))).to.equal('Contact Harbour Clinic or your doctor.');
    expect(getComputedStyle(outer).display).to.equal('contents');
  });

  it('updates the elements inside it when an attribute changes, and when an element moves in or out', async () => {
    const config = await fixture(html`<dn-config region="GB"><dn-side-effects></dn-side-effects></dn-config>`);
    const element = config.querySelector('dn-side-effects')! as DnElement;
    await updated(element);
    config.setAttribute('region', 'DE');
    await updated(element);
    expect(emergencyInstructions(element)[0]).to.include('Call 112');
    config.after(element);
    await updated(element);
    expect(emergencyInstructions(element)[0]).to.include('your local emergency number');
  });

  it('crosses shadow roots, as a page built from components needs', async () => {
    const config = await fixture(html`<dn-config region="IE"><div></div></dn-config>`);
    const host = config.querySelector('div')!;
    const element = document.createElement('dn-red-flags');
    host.attachShadow({mode: 'open'}).append(element);
    await updated(element);
    expect(emergencyInstructions(element)[0]).to.include('Call 112');
  });
});

describe('the clinic’s own intake questions', () => {
  const questions: ClinicQuestion[] = [
    {
      id: 'covid-test',
      text: {
        en: 'Have you had a positive COVID-19 test in the last 10 days?',
        es: '¿Ha tenido una prueba de COVID-19 positiva en los últimos 10 días?',
      },
    },
    {id: 'parking', text: {en: 'Do you need a parking space?'}},
  ];

  it('are asked after the library’s questions and lead to "discuss", in the result, the print view, the event and the form value', async () => {
    configure({questions});
    const form = await fixture<HTMLFormElement>(
      html`<form><dn-contraindication-check name="screening"></dn-contraindication-check></form>`,
    );
    const check = form.querySelector('dn-contraindication-check')!;
    await check.updateComplete;
    const legends = shadowAll(check, 'fieldset legend').map(textOf);
    expect(legends.slice(-2)).to.deep.equal(['Have you had a positive COVID-19 test in the last 10 days?', 'Do you need a parking space?']);
    let detail: unknown;
    check.addEventListener('dn-screening-change', (event) => (detail = (event as CustomEvent).detail));
    check.answers = {...answered(), 'covid-test': 'no', parking: 'no'};
    await check.updateComplete;
    expect(check.outcome).to.equal('clear');
    const radio = check.shadowRoot!.querySelector<HTMLInputElement>('#q-covid-test input[value="yes"]')!;
    radio.click();
    await check.updateComplete;
    expect(check.outcome).to.equal('discuss');
    expect(check.reasons).to.deep.equal([{questionId: 'covid-test', answer: 'yes', leadsTo: 'discuss'}]);
    expect(textOf(check.shadowRoot!.querySelector('[data-reasons]'))).to.include('Have you had a positive COVID-19 test');
    expect(textOf(check.shadowRoot!.querySelector('[data-print-view]'))).to.include('Do you need a parking space?');
    expect((detail as {answers: Record<string, string>}).answers['covid-test']).to.equal('yes');
    expect(JSON.parse(new FormData(form).get('screening') as string).answers).to.include({'covid-test': 'yes', parking: 'no'});
  });

  it('never take the id of one of the library’s questions', async () => {
    configure({questions: [{id: 'infection', text: {en: 'Do you have a cold?'}}]});
    const check = await fixture<DnContraindicationCheck>(html`<dn-contraindication-check></dn-contraindication-check>`);
    expect(check.questions.filter((question) => question.id === 'infection')).to.have.length(1);
    expect(shadowText(check)).not.to.include('Do you have a cold?');
    expect(warnings.messages.join('\n')).to.include('"infection" is one of the library');
  });

  it('never lead to "stop" or "clear" on their own: "not sure" is "discuss" too', async () => {
    configure({questions});
    const check = await fixture<DnContraindicationCheck>(html`<dn-contraindication-check></dn-contraindication-check>`);
    check.answers = {...answered(), 'covid-test': 'not-sure', parking: 'no'};
    await check.updateComplete;
    expect(check.outcome).to.equal('discuss');
  });

  it('speak the element’s language, or fall back to the clinic’s first language with a warning', async () => {
    configure({questions});
    const spanish = await fixture<DnContraindicationCheck>(html`<dn-contraindication-check lang="es"></dn-contraindication-check>`);
    const legends = shadowAll(spanish, 'fieldset legend').map(textOf);
    expect(legends).to.include('¿Ha tenido una prueba de COVID-19 positiva en los últimos 10 días?');
    expect(legends).to.include('Do you need a parking space?');
    expect(warnings.messages.some((message) => message.includes('"parking"') && message.includes('"es"'))).to.be.true;
  });
});

describe('configuration from hostile or mistaken input', () => {
  it('renders a script in a clinic name and HTML in a question as text', async () => {
    configure({
      clinicName: '<img src=x onerror="window.__dnConfigInjected=true">',
      questions: [{id: 'html', text: {en: '<b>Bold?</b><script>window.__dnConfigInjected=true</script>'}}],
    });
    const page = await fixture(
      html`<div><dn-red-flags region="GB"></dn-red-flags><dn-contraindication-check></dn-contraindication-check></div>`,
    );
    const [redFlags, check] = [...page.children] as DnElement[];
    await updated(redFlags, check);
    expect(redFlags.shadowRoot!.querySelector('img')).to.equal(null);
    expect(check.shadowRoot!.querySelector('b, script')).to.equal(null);
    expect(shadowText(check)).to.include('<b>Bold?</b>');
    expect((window as {__dnConfigInjected?: boolean}).__dnConfigInjected).to.equal(undefined);
  });

  it('warns and falls back for an unknown region, a non-list of questions, bad links and unknown settings', async () => {
    configure({
      region: 'XX',
      questions: 'covid' as unknown as [],
      bookingUrl: 'javascript:alert(1)',
      colour: 'red',
    } as unknown as Parameters<typeof configure>[0]);
    const element = await fixture<DnElement>(html`<dn-red-flags></dn-red-flags>`);
    expect(emergencyInstructions(element)[0]).to.include('your local emergency number');
    const said = warnings.messages.join('\n');
    expect(said).to.include('questions must be a list').and.include('bookingUrl must be an https:// address').and.include('"colour"');
    expect(said).to.include('region "XX"');
  });

  it('refuses to change clinical wording through terms, with a warning', async () => {
    configure({terms: {en: {emergency: 'urgent care'} as never}});
    expect(warnings.messages.join('\n')).to.include('terms.en.emergency cannot be changed');
    const element = await fixture<DnElement>(html`<dn-red-flags></dn-red-flags>`);
    expect(emergencyInstructions(element)[0]).to.include('emergency');
  });

  it('never breaks the page on a configuration that is not an object', async () => {
    configure(42 as never);
    const element = await fixture<DnElement>(html`<dn-aftercare></dn-aftercare>`);
    expect(shadowText(element, '[part="title"]')).to.equal('After your dry needling session');
    expect(warnings.messages.join('\n')).to.include('must be an object');
  });
});

describe('the clinic’s own words for the named terms', () => {
  it('says "physiotherapist" and "appointment" where the library says "practitioner" and "session", but never inside a figure', async () => {
    configure({terms: {en: {practitioner: 'physiotherapist', session: 'appointment'}}});
    const page = await fixture(html`<div><dn-aftercare></dn-aftercare><dn-side-effects></dn-side-effects></div>`);
    const [aftercare, sideEffects] = [...page.children] as DnElement[];
    await updated(aftercare, sideEffects);
    const text = shadowText(aftercare);
    expect(text).to.include('Keep doing the exercises your physiotherapist gave you.');
    expect(text).to.include('Many people have 2 or 3 appointments, and some up to about 6. Appointments are often once or twice a week.');
    expect(text).not.to.match(/\bpractitioner\b|\bsessions?\b/);
    expect(shadowText(sideEffects)).to.include('Practitioners recorded about 19 to 37 mild side effects per 100 treatments.');
  });

  it('takes one word per form where a language has several', async () => {
    configure({terms: {de: {practitioner: {Therapeut: 'Physiotherapeut', Therapeuten: 'Physiotherapeuten'}}}});
    const element = await fixture<DnElement>(html`<dn-aftercare lang="de"></dn-aftercare>`);
    expect(shadowText(element))
      .to.include('Physiotherapeut')
      .and.not.match(/\bTherapeut/);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('says which forms a language needs, and leaves a term alone where replacing it is not safe', async () => {
    configure({terms: {de: {session: 'Termin'}, 'zh-Hans': {session: '预约'}}});
    const german = await fixture<DnElement>(html`<dn-aftercare lang="de"></dn-aftercare>`);
    const chinese = await fixture<DnElement>(html`<dn-aftercare lang="zh-Hans"></dn-aftercare>`);
    await updated(german, chinese);
    const said = warnings.messages.join('\n');
    expect(said).to.include('"session" in "de" has 2 forms (Sitzung, Sitzungen)');
    expect(said).to.include('"session" cannot be changed in "zh-Hans"');
    expect(shadowText(chinese)).not.to.include('预约');
  });
});

describe('a language the library does not ship, from the clinic', () => {
  it('speaks a complete clinic translation, and says in the footer that it is the clinic’s own', async () => {
    configure({translations: {pl: {name: 'Polski', messages: await completeClinicTranslation()}}});
    const element = await fixture<DnElement>(html`<dn-red-flags lang="pl-PL" region="PL"></dn-red-flags>`);
    await element.updateComplete;
    expect(shadowText(element, '[part="title"]')).to.equal('[pl] red-flags.title');
    expect(element.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('pl');
    expect(shadowText(element, '[data-clinic-translation]')).to.equal('[pl] footer.clinic-translation');
    expect(shadowText(element)).to.include('[pl] tier.emergency.heading 112');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('refuses an incomplete one, lists what is missing, and stays in the fallback language', async () => {
    const messages = await completeClinicTranslation();
    delete messages['red-flag.breathing'];
    messages['tier.emergency.heading'] = '[pl] no placeholder';
    configure({translations: {pl: {messages}}});
    const element = await fixture<DnElement>(html`<dn-red-flags lang="pl" region="PL"></dn-red-flags>`);
    await element.updateComplete;
    expect(shadowText(element, '[part="title"]')).to.equal('After dry needling: when to get help');
    expect(element.shadowRoot!.querySelector('[data-clinic-translation]')).to.equal(null);
    const said = warnings.messages.join('\n');
    expect(said).to.include('1 messages are missing (red-flag.breathing)').and.include('wrong placeholders (tier.emergency.heading)');
  });
});
