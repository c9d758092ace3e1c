import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../src/elements/contraindication-check.js';
import type {DnContraindicationCheck, ScreeningChangeDetail} from '../src/contraindication-check/dn-contraindication-check.js';
import {questionsFor} from '../src/content/screening.js';
import {answered, contraindicationCheckFixtures as states} from './fixtures/contraindication-check.js';
import type {Fixture} from './fixtures/fixture.js';
import {captureWarnings, renderFixture, shadowAll, shadowText, textOf} from './helpers.js';

const render = (state: Fixture) => renderFixture<DnContraindicationCheck>('dn-contraindication-check', state);

/** The question groups, as a screen reader lists them: each a group named by its legend. */
function groups(element: Element): Array<{name: string; fieldset: HTMLFieldSetElement}> {
  return shadowAll<HTMLFieldSetElement>(element, 'fieldset').map((fieldset) => ({
    name: textOf(fieldset.querySelector('legend')),
    fieldset,
  }));
}

function group(element: Element, question: string): HTMLFieldSetElement {
  const found = groups(element).find((g) => g.name.includes(question));
  if (!found) throw new Error(`no question "${question}"`);
  return found.fieldset;
}

/** The radio labelled `label` in the group for `question`. */
function radio(element: Element, question: string, label: string): HTMLInputElement {
  const fieldset = group(element, question);
  const labelElement = [...fieldset.querySelectorAll('label')].find((l) => textOf(l) === label);
  if (!labelElement) throw new Error(`no "${label}" for "${question}"`);
  return fieldset.querySelector<HTMLInputElement>(`#${labelElement.htmlFor}`)!;
}

/** Answers a question the way a patient does: by clicking the answer's label. */
async function choose(element: DnContraindicationCheck, question: string, label: string): Promise<void> {
  const fieldset = group(element, question);
  [...fieldset.querySelectorAll('label')].find((l) => textOf(l) === label)!.click();
  await element.updateComplete;
}

function button(element: Element, label: string): HTMLButtonElement {
  const found = shadowAll<HTMLButtonElement>(element, 'button').find((b) => textOf(b) === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

const result = (element: Element) => element.shadowRoot!.querySelector<HTMLElement>('[part~="result"]');
const liveRegion = (element: Element) => element.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
const deepActiveElement = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

async function answerAllNo(element: DnContraindicationCheck): Promise<void> {
  for (const {name} of groups(element)) await choose(element, name, 'No');
}

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

describe('<dn-contraindication-check> questions', () => {
  it('asks each question as a group named by its text, with Yes, No and Not sure', async () => {
    const element = await render(states.empty);
    const all = groups(element);
    expect(all).to.have.length(questionsFor({eStim: false}).length);
    expect(all[0].name).to.equal('Are you very afraid of needles, or do you not want needles?');
    for (const {fieldset} of all) {
      expect(fieldset.localName).to.equal('fieldset');
      expect([...fieldset.querySelectorAll('label')].map(textOf)).to.deep.equal(['Yes', 'No', 'Not sure']);
      expect([...fieldset.querySelectorAll('input')].every((input) => input.type === 'radio')).to.be.true;
    }
    expect(result(element)).to.equal(null);
    expect(element.outcome).to.equal(null);
  });

  it('adds the electrical stimulation questions with e-stim, where an implanted device means no e-stim until the patient has talked', async () => {
    const element = await render({name: 'e-stim', attributes: {'e-stim': ''}});
    expect(groups(element)).to.have.length(questionsFor({eStim: true}).length);
    await answerAllNo(element);
    expect(element.outcome).to.equal('clear');
    await choose(element, 'pacemaker', 'Not sure');
    expect(element.outcome).to.equal('stop');
    expect(textOf(result(element))).to.include('Talk to your practitioner before you have e-stim');
    expect(textOf(result(element))).not.to.include('before you have dry needling');
    expect(textOf(result(element))).to.include('A pacemaker, defibrillator or other device inside your body: you said "Not sure"');
    await choose(element, 'pacemaker', 'No');
    await choose(element, 'heart rhythm', 'Yes');
    expect(element.outcome).to.equal('discuss');
  });

  it('can be answered with the keyboard alone', async () => {
    const element = await render(states.empty);
    radio(element, 'afraid of needles', 'Yes').focus();
    await sendKeys({press: 'ArrowRight'});
    await element.updateComplete;
    expect(radio(element, 'afraid of needles', 'No').checked).to.be.true;
    await sendKeys({press: 'Tab'});
    expect(deepActiveElement()).to.equal(radio(element, 'infection now', 'Yes'));
    // Arrow keys move and select within a group (Space's default action is not dispatched in every engine's automation).
    await sendKeys({press: 'ArrowRight'});
    await sendKeys({press: 'ArrowLeft'});
    await element.updateComplete;
    expect(element.answers).to.deep.equal({'needle-fear': 'no', infection: 'yes'});
  });
});

describe('<dn-contraindication-check> result', () => {
  it('says there is nothing to discuss, without ever saying safe, when every answer is No', async () => {
    const element = await render(states.empty);
    await answerAllNo(element);
    expect(element.outcome).to.equal('clear');
    const text = textOf(result(element));
    expect(text).to.include('Your answers show nothing you need to discuss before treatment');
    expect(text).to.include('Your practitioner will still review your health history.');
    expect(shadowText(element)).not.to.match(/\bsafe\b/i);
    expect(textOf(liveRegion(element))).to.equal('Result: nothing to discuss first. Your answers show nothing you need to discuss before treatment');
    expect(deepActiveElement()).to.equal(result(element));
  });

  it('says stop, with the reason, when a stop answer is Yes', async () => {
    const element = await render(states.empty);
    await answerAllNo(element);
    await choose(element, 'infection now', 'Yes');
    await choose(element, 'diabetes', 'Not sure');
    expect(element.outcome).to.equal('stop');
    expect(result(element)!.dataset.outcome).to.equal('stop');
    expect(textOf(result(element))).to.include('Talk to your practitioner before you have dry needling');
    expect([...result(element)!.querySelectorAll('[data-reasons] li')].map(textOf)).to.deep.equal([
      'An infection now: you said "Yes"',
      'Diabetes: you said "Not sure"',
    ]);
    expect(element.reasons.map((r) => r.questionId)).to.deep.equal(['infection', 'diabetes']);
  });

  it('says discuss when an answer is Not sure', async () => {
    const element = await render(states.empty);
    await answerAllNo(element);
    await choose(element, 'thin your blood', 'Not sure');
    expect(element.outcome).to.equal('discuss');
    expect(textOf(result(element))).to.include('Tell your practitioner about this before treatment');
    expect(textOf(liveRegion(element))).to.include('Result: tell your practitioner.');
  });

  it('fires dn-screening-change on every answer, bubbling out of the shadow root', async () => {
    const events: ScreeningChangeDetail[] = [];
    const listener = (event: Event) => events.push((event as CustomEvent<ScreeningChangeDetail>).detail);
    document.addEventListener('dn-screening-change', listener);
    try {
      const element = await render(states.empty);
      await choose(element, 'afraid of needles', 'No');
      await choose(element, 'afraid of needles', 'Not sure');
      expect(events.map((e) => e.answers)).to.deep.equal([{'needle-fear': 'no'}, {'needle-fear': 'not-sure'}]);
      expect(events[1].outcome).to.equal(null);
      expect(events[1].reasons).to.deep.equal([{questionId: 'needle-fear', answer: 'not-sure', leadsTo: 'discuss'}]);
    } finally {
      document.removeEventListener('dn-screening-change', listener);
    }
  });

  it('starts again from "Start again", with focus on the first question', async () => {
    const element = await render(states.stop);
    button(element, 'Start again').click();
    await element.updateComplete;
    expect(element.answers).to.deep.equal({});
    expect(result(element)).to.equal(null);
    expect(shadowAll<HTMLInputElement>(element, 'input').some((input) => input.checked)).to.be.false;
    expect(deepActiveElement()).to.equal(groups(element)[0].fieldset);
  });

  it('has a print view with every question, the answers, the result and the date', async function () {
    const element = await render(states.discuss);
    const printView = element.shadowRoot!.querySelector<HTMLElement>('[data-print-view]')!;
    expect(getComputedStyle(printView).display).to.equal('none');
    try {
      await emulateMedia({media: 'print'});
    } catch {
      this.skip(); // emulating print needs the Chrome DevTools Protocol: checked in Chromium
    }
    try {
      expect(getComputedStyle(printView).display).to.equal('block');
      expect(getComputedStyle(element.shadowRoot!.querySelector('.interactive')!).display).to.equal('none');
      const rows = [...printView.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((row) => [...row.cells].map(textOf));
      expect(rows).to.have.length(questionsFor({eStim: false}).length);
      expect(rows.find(([question]) => question.includes('thin your blood'))![1]).to.equal('Yes');
      expect(textOf(printView)).to.include('Tell your practitioner about this before treatment');
      expect(textOf(printView)).to.match(/Filled in on \w+ \d{1,2}, \d{4}/);
    } finally {
      await emulateMedia({media: 'screen'});
    }
  });

  it('stores nothing: no cookie, no local or session storage', async () => {
    const before = [document.cookie, localStorage.length, sessionStorage.length];
    const element = await render(states.empty);
    await answerAllNo(element);
    await choose(element, 'pregnant', 'Yes');
    expect([document.cookie, localStorage.length, sessionStorage.length]).to.deep.equal(before);
  });
});

describe('<dn-contraindication-check> in a form', () => {
  async function inForm(attributes = html``) {
    const form = await fixture<HTMLFormElement>(html`<form>
      <dn-contraindication-check name="screening" required ${attributes}></dn-contraindication-check>
      <button>Send</button>
    </form>`);
    const element = form.querySelector('dn-contraindication-check')!;
    await element.updateComplete;
    return {form, element};
  }

  it('submits its answers and outcome as JSON under its name', async () => {
    const {form, element} = await inForm();
    element.answers = answered({diabetes: 'yes'});
    await element.updateComplete;
    const value = JSON.parse(new FormData(form).get('screening') as string);
    expect(value.outcome).to.equal('discuss');
    expect(value.answers.diabetes).to.equal('yes');
    expect(Object.keys(value.answers)).to.have.length(questionsFor({eStim: false}).length);
  });

  it('keeps the form invalid until every question is answered', async () => {
    const {form, element} = await inForm();
    expect(form.checkValidity()).to.be.false;
    expect(element.validity.valueMissing).to.be.true;
    await answerAllNo(element);
    expect(form.checkValidity()).to.be.true;
  });

  it('shows an error summary that links to the first unanswered question when the form is sent incomplete', async () => {
    const {form, element} = await inForm();
    let submitted = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = true;
    });
    await choose(element, 'afraid of needles', 'No');
    form.requestSubmit();
    await element.updateComplete;
    expect(submitted).to.be.false;
    const summary = element.shadowRoot!.querySelector<HTMLElement>('[part~="error-summary"]')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(deepActiveElement()).to.equal(summary);
    const link = summary.querySelector('a')!;
    expect(textOf(link)).to.include('Do you have an infection now');
    expect(group(element, 'infection now').getAttribute('aria-describedby')).to.equal('q-infection-error');
    link.click();
    await element.updateComplete;
    expect(deepActiveElement()).to.equal(radio(element, 'infection now', 'Yes'));
  });

  it('clears on form reset', async () => {
    const {form, element} = await inForm();
    await choose(element, 'afraid of needles', 'Yes');
    form.reset();
    await element.updateComplete;
    expect(element.answers).to.deep.equal({});
    expect(new FormData(form).get('screening')).to.equal(null);
  });

  it('disables every control with disabled, and inside a disabled fieldset', async () => {
    const element = await render(states.disabled);
    expect(shadowAll<HTMLInputElement>(element, 'input').every((input) => input.disabled)).to.be.true;
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><dn-contraindication-check></dn-contraindication-check></fieldset></form>`);
    const inner = form.querySelector('dn-contraindication-check')!;
    await inner.updateComplete;
    expect(shadowAll<HTMLInputElement>(inner, 'input').every((input) => input.disabled)).to.be.true;
  });
});

describe('<dn-contraindication-check> step by step', () => {
  it('shows one question at a time, with Continue and Back', async () => {
    const element = await render(states.step);
    expect(groups(element)).to.have.length(1);
    expect(groups(element)[0].name).to.include(`Question 1 of ${questionsFor({eStim: false}).length}`);
    await choose(element, 'afraid of needles', 'No');
    button(element, 'Continue').click();
    await element.updateComplete;
    expect(groups(element)[0].name).to.include(`Question 2 of ${questionsFor({eStim: false}).length}`);
    expect(deepActiveElement()).to.equal(groups(element)[0].fieldset);
    button(element, 'Back').click();
    await element.updateComplete;
    expect(radio(element, 'afraid of needles', 'No').checked).to.be.true;
  });

  it('asks for an answer before it continues', async () => {
    const element = await render(states.stepError);
    expect(groups(element)[0].name).to.include(`Question 1 of ${questionsFor({eStim: false}).length}`);
    expect(textOf(group(element, 'afraid of needles'))).to.include('Select yes, no or not sure.');
    expect(deepActiveElement()).to.equal(element.shadowRoot!.querySelector('[part~="error-summary"]'));
  });

  for (const [outcome, answer] of [['stop', 'Yes'], ['discuss', 'Not sure'], ['clear', 'No']] as const) {
    it(`reaches the ${outcome} result after the last question`, async () => {
      const element = await render(states.step);
      for (let i = 0; i < questionsFor({eStim: false}).length; i += 1) {
        await choose(element, groups(element)[0].name.replace(/^Question \d+ of \d+ /, ''), i === 0 ? answer : 'No');
        button(element, 'Continue').click();
        await element.updateComplete;
      }
      expect(groups(element)).to.have.length(0);
      expect(result(element)!.dataset.outcome).to.equal(outcome);
      expect(deepActiveElement()).to.equal(result(element));
      button(element, 'Change your answers').click();
      await element.updateComplete;
      expect(groups(element)[0].name).to.include(`Question ${questionsFor({eStim: false}).length} of ${questionsFor({eStim: false}).length}`);
    });
  }
});

describe('<dn-contraindication-check> languages and bad input', () => {
  it('speaks Spanish', async () => {
    const element = await render(states.spanish);
    expect(textOf(groups(element)[0].fieldset.querySelector('label'))).not.to.equal('Yes');
    expect(result(element)!.dataset.outcome).to.equal('discuss');
  });

  it('speaks Arabic right to left', async () => {
    const element = await render(states.arabic);
    expect(element.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(textOf(result(element))).to.match(/[\u0600-\u06FF]/);
  });

  it('falls back to all questions for an unknown mode, and warns', async () => {
    const element = await render(states.badInput);
    expect(groups(element)).to.have.length(questionsFor({eStim: false}).length);
    element.requestUpdate();
    await element.updateComplete;
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages.join('\n')).to.include('mode').and.include('heading-level');
  });

  it('ignores answers that are not yes, no or not-sure', async () => {
    const element = await render(states.empty);
    element.answers = {'needle-fear': 'maybe' as never, infection: 'no'};
    await element.updateComplete;
    expect(element.answers).to.deep.equal({infection: 'no'});
    expect(warnings.messages[0]).to.include('answers');
  });
});

