import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
// The types a host page needs come from the package entry.
import type {Answers, Outcome, Reason, ScreeningChangeDetail} from '../src/index.js';
import '../src/elements/contraindication-check.js';
import type {DnContraindicationCheck} from '../src/contraindication-check/dn-contraindication-check.js';
import {questionsFor} from '../src/content/screening.js';
import type {Msg} from '../src/content/text.js';
import {answered, questionId} from './fixtures/contraindication-check.js';
import {captureWarnings, shadowAll, textOf} from './helpers.js';
import {answerAll, button, choose, click, errorSummary, focused, groups, radio, result, settle} from './check-helpers.js';

const questions = questionsFor({eStim: false});
const ids = questions.map((question) => question.id);

async function inForm(attributes: Record<string, string> = {name: 'screening', required: ''}) {
  const form = await fixture<HTMLFormElement>(
    html`<form>
      <button type="button" id="elsewhere">Something else</button>
      <button id="send">Send</button>
    </form>`,
  );
  const element = document.createElement('dn-contraindication-check');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  form.prepend(element);
  await element.updateComplete;
  let submitted = 0;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitted += 1;
  });
  return {form, element, submitted: () => submitted, elsewhere: form.querySelector<HTMLButtonElement>('#elsewhere')!};
}

/** The form's report is over (it may end a task later, in a page without focus) and the element has rendered it. */
async function reported(element: DnContraindicationCheck): Promise<void> {
  await settle();
  await element.updateComplete;
}

/** The error summary's list, as read. */
const summaryItems = (element: Element) => [...errorSummary(element)!.querySelectorAll('li')].map(textOf);
const en = ((text: string) => text) as unknown as Msg;
const missingItems = (indexes: number[]) => indexes.map((i) => `Answer the question: ${questions[i].question(en)}`);

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

describe('<dn-contraindication-check> value', () => {
  it('submits its answers and outcome as JSON under its name, and value is exactly that', async () => {
    const {form, element} = await inForm();
    expect(element.value).to.equal('');
    expect(new FormData(form).has('screening')).to.be.false;
    element.answers = answered({[ids[1]]: 'yes'});
    await element.updateComplete;
    const submitted = new FormData(form).get('screening') as string;
    expect(submitted).to.equal(element.value);
    const parsed = JSON.parse(submitted) as {answers: Answers; outcome: Outcome; eStim: boolean};
    expect(parsed.answers).to.deep.equal(answered({[ids[1]]: 'yes'}));
    expect(parsed.outcome).to.equal(element.outcome);
    expect(parsed.eStim).to.equal(false);
  });

  it('restores answers from a value read earlier, and "" clears them, without firing events', async () => {
    const {element} = await inForm();
    element.answers = answered();
    const saved = element.value;
    let events = 0;
    for (const type of ['input', 'change', 'dn-screening-change']) element.addEventListener(type, () => (events += 1));
    element.value = '';
    expect(element.answers).to.deep.equal({});
    element.value = saved;
    expect(element.answers).to.deep.equal(answered());
    expect(element.outcome).to.equal('clear');
    element.value = 'not json';
    expect(element.answers).to.deep.equal(answered());
    expect(warnings.messages.join()).to.include('value must be JSON');
    expect(events).to.equal(0);
  });

  it('belongs to the form its form attribute names, and lists its labels', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <form id="intake-form"></form>
        <label for="health-check">Health check</label>
        <dn-contraindication-check id="health-check" name="screening" form="intake-form"></dn-contraindication-check>
      </div>`,
    );
    const element = page.querySelector<DnContraindicationCheck>('dn-contraindication-check')!;
    await element.updateComplete;
    expect(element.form === page.querySelector('form'), 'the form its form attribute names').to.be.true;
    expect([...element.labels].map((label) => textOf(label))).to.deep.equal(['Health check']);
    element.answers = answered();
    expect(JSON.parse(new FormData(element.form!).get('screening') as string).outcome).to.equal('clear');
  });
});

describe('<dn-contraindication-check> validity', () => {
  it('is invalid while required and incomplete, with a message in its language', async () => {
    const {form, element} = await inForm();
    expect(element.willValidate).to.be.true;
    expect(form.checkValidity()).to.be.false;
    expect(element.validity.valueMissing).to.be.true;
    expect(element.validationMessage).to.equal('Answer every question.');
    expect(element.matches(':invalid')).to.be.true;
    await answerAll(element);
    expect(form.checkValidity()).to.be.true;
    expect(element.validity.valid).to.be.true;
  });

  it("checkValidity(), the form's or its own, shows nothing and leaves focus alone", async () => {
    const {form, element, elsewhere} = await inForm();
    await choose(element, 0, 'No');
    elsewhere.focus();
    let invalid = 0;
    element.addEventListener('invalid', () => (invalid += 1));
    expect(form.checkValidity()).to.be.false;
    expect(element.checkValidity()).to.be.false;
    await element.updateComplete;
    await settle();
    expect(invalid).to.equal(2);
    expect(errorSummary(element) === null, 'no error summary').to.be.true;
    expect(document.activeElement === elsewhere, 'focus stays on the button outside').to.be.true;
    expect(element.matches(':state(user-invalid)')).to.be.false;
  });

  it('reportValidity() shows every unanswered question in the error summary and moves focus to it', async () => {
    const {element, elsewhere} = await inForm();
    await choose(element, 0, 'No');
    await choose(element, 2, 'No');
    elsewhere.focus();
    expect(element.reportValidity()).to.be.false;
    await element.updateComplete;
    expect(summaryItems(element)).to.deep.equal(missingItems(questions.map((_, i) => i).filter((i) => i !== 0 && i !== 2)));
    expect(errorSummary(element)!.getAttribute('role')).to.equal('alert');
    expect(focused()).to.equal('error-summary');
    expect(element.matches(':state(user-invalid)')).to.be.true;
  });

  it("setCustomValidity() makes it invalid with the clinic's message, listed first by reportValidity()", async () => {
    const {element} = await inForm({name: 'screening'});
    element.answers = answered();
    element.setCustomValidity('Please check these answers with reception.');
    expect(element.validity.customError).to.be.true;
    expect(element.validationMessage).to.equal('Please check these answers with reception.');
    element.reportValidity();
    await element.updateComplete;
    expect(summaryItems(element)).to.deep.equal(['Please check these answers with reception.']);
    element.setCustomValidity('');
    expect(element.validity.valid).to.be.true;
  });

  it('is not validated, and submits nothing, while disabled', async () => {
    const {form, element} = await inForm({name: 'screening', required: '', disabled: ''});
    element.answers = answered();
    await element.updateComplete;
    expect(element.willValidate).to.be.false;
    expect(form.checkValidity()).to.be.true;
    expect(new FormData(form).has('screening')).to.be.false;
    expect(shadowAll<HTMLInputElement>(element, 'input').every((input) => input.matches(':disabled'))).to.be.true;
  });

  it('disables every control inside a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled><dn-contraindication-check></dn-contraindication-check></fieldset>
      </form>`,
    );
    const inner = form.querySelector('dn-contraindication-check')!;
    await inner.updateComplete;
    expect(shadowAll<HTMLInputElement>(inner, 'input').every((input) => input.matches(':disabled'))).to.be.true;
  });
});

describe('<dn-contraindication-check> sent incomplete', () => {
  for (const how of ['requestSubmit()', 'the Send button'] as const) {
    it(`shows an error summary of every unanswered question when the form is sent with ${how}`, async () => {
      const {form, element, submitted} = await inForm();
      await choose(element, 0, 'No');
      if (how === 'requestSubmit()') form.requestSubmit();
      else form.querySelector<HTMLButtonElement>('#send')!.click();
      await reported(element);
      expect(submitted()).to.equal(0);
      expect(summaryItems(element)).to.deep.equal(missingItems(questions.map((_, i) => i).slice(1)));
      expect(focused()).to.equal('error-summary');
      expect(groups(element)[1].fieldset.getAttribute('aria-describedby')).to.equal(`q-${ids[1]}-error`);
      expect(groups(element)[1].fieldset.getAttribute('aria-invalid')).to.equal('true');
    });
  }

  it('keeps the summary as it was sent while the patient answers, and removes it when all are answered', async () => {
    const {form, element} = await inForm();
    form.requestSubmit();
    await reported(element);
    const sent = summaryItems(element);
    await choose(element, 0, 'No');
    expect(summaryItems(element)).to.deep.equal(sent);
    expect(textOf(groups(element)[0].fieldset)).not.to.include('Select yes, no or not sure.');
    await answerAll(element);
    expect(errorSummary(element) === null, 'no error summary').to.be.true;
    form.requestSubmit();
    expect(form.checkValidity()).to.be.true;
  });

  it('each summary link moves focus to its question', async () => {
    const {form, element} = await inForm();
    form.requestSubmit();
    await reported(element);
    const links = [...errorSummary(element)!.querySelectorAll('a')];
    await click(element, links[3]);
    expect(focused()).to.equal(`radio ${radio(element, 3, 'Yes').id}`);
  });

  it('moves focus to the summary when it is reported again, not later on an answer', async () => {
    const {element} = await inForm();
    element.reportValidity();
    await element.updateComplete;
    radio(element, 4, 'Yes').focus();
    element.reportValidity();
    await element.updateComplete;
    expect(focused()).to.equal('error-summary');
    radio(element, 4, 'Yes').focus();
    await choose(element, 4, 'No');
    await element.updateComplete;
    expect(focused()).to.equal(`radio ${radio(element, 4, 'No').id}`);
  });

  it('in step mode, names every unanswered question, and a link to the question on screen focuses it', async () => {
    const {form, element} = await inForm({name: 'screening', required: '', mode: 'step'});
    await choose(element, 0, 'No');
    await click(element, button(element, 'Continue'));
    await choose(element, 0, 'No');
    form.requestSubmit();
    await reported(element);
    expect(summaryItems(element)).to.deep.equal(missingItems(questions.map((_, i) => i).slice(2)));
    expect(focused()).to.equal('error-summary');
    // The first listed question is the one after the one on screen: the link opens it.
    await click(element, errorSummary(element)!.querySelector('a')!);
    expect(groups(element)[0].name).to.include(`Question 3 of ${questions.length}`);
    expect(focused()).to.equal(`radio ${radio(element, 0, 'Yes').id}`);
    // Reported again on the same question: its link still moves focus, though nothing re-renders.
    element.reportValidity();
    await element.updateComplete;
    await click(element, errorSummary(element)!.querySelector('a')!);
    expect(focused()).to.equal(`radio ${radio(element, 0, 'Yes').id}`);
  });
});

describe('<dn-contraindication-check> Enter on a radio', () => {
  it('sends the form, as Enter in any form field does', async () => {
    const {element, submitted} = await inForm();
    element.answers = answered();
    await element.updateComplete;
    radio(element, 0, 'No').focus();
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(submitted()).to.equal(1);
  });

  it('shows the error summary instead when the form is incomplete', async () => {
    const {element, submitted} = await inForm();
    await choose(element, 0, 'No');
    radio(element, 0, 'No').focus();
    await sendKeys({press: 'Enter'});
    await reported(element);
    expect(submitted()).to.equal(0);
    expect(focused()).to.equal('error-summary');
  });

  it('is Continue in step mode', async () => {
    const element = await fixture<DnContraindicationCheck>(html`<dn-contraindication-check mode="step"></dn-contraindication-check>`);
    await element.updateComplete;
    await choose(element, 0, 'No');
    radio(element, 0, 'No').focus();
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(groups(element)[0].name).to.include(`Question 2 of ${questions.length}`);
  });

  it('goes to the result, without a form, when every question is answered', async () => {
    const element = await fixture<DnContraindicationCheck>(html`<dn-contraindication-check></dn-contraindication-check>`);
    element.answers = answered();
    await element.updateComplete;
    radio(element, 0, 'No').focus();
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(focused()).to.equal('result');
  });
});

describe('<dn-contraindication-check> form lifecycle', () => {
  it('clears on form reset, firing input, change and dn-screening-change like "Start again"', async () => {
    const {form, element} = await inForm();
    await choose(element, 0, 'Yes');
    const events: string[] = [];
    const details: ScreeningChangeDetail[] = [];
    for (const type of ['input', 'change', 'dn-screening-change']) {
      element.addEventListener(type, (event) => {
        events.push(event.type);
        if (event instanceof CustomEvent) details.push(event.detail);
      });
    }
    form.reset();
    await element.updateComplete;
    expect(element.answers).to.deep.equal({});
    expect(new FormData(form).get('screening')).to.equal(null);
    expect(events).to.deep.equal(['input', 'change', 'dn-screening-change']);
    expect(details[0]).to.deep.equal({outcome: null, reasons: [], answers: {}});
  });

  it('restores the answers the browser saved with the page, and ignores autofill', async () => {
    const {element} = await inForm();
    const saved = JSON.stringify({answers: answered(), outcome: 'clear', eStim: false});
    const seen: Array<ScreeningChangeDetail> = [];
    element.addEventListener('dn-screening-change', (event) => seen.push(event.detail));
    element.formStateRestoreCallback(JSON.stringify({answers: {[ids[0]]: 'yes'}}), 'autocomplete');
    expect(element.answers).to.deep.equal({});
    element.formStateRestoreCallback(saved, 'restore');
    expect(element.answers).to.deep.equal(answered());
    expect(seen.map((detail) => detail.outcome)).to.deep.equal(['clear']);
  });

  it('exposes its state to CSS: :state(complete), the outcome, and :state(user-invalid) only once errors are shown', async () => {
    const {element} = await inForm();
    expect(element.matches(':state(complete)')).to.be.false;
    element.reportValidity();
    await element.updateComplete;
    expect(element.matches(':state(user-invalid)')).to.be.true;
    element.answers = answered({[questionId((q) => q.ifYes === 'stop')]: 'yes'});
    await element.updateComplete;
    expect(element.matches(':state(complete)')).to.be.true;
    expect(element.matches(':state(stop)')).to.be.true;
    expect(element.matches(':state(clear)')).to.be.false;
    expect(element.matches(':state(user-invalid)')).to.be.false;
    const reason: Reason = element.reasons[0];
    expect(reason.leadsTo).to.equal('stop');
    expect(result(element) !== null, 'a result is shown').to.be.true;
  });
});
