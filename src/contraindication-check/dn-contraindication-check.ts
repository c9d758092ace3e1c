import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {str} from '@lit/localize';
import {
  answerLabel,
  answers as allAnswers,
  outcomeName,
  outcomeText,
  resultWording,
  questionsFor,
  screen,
  screeningSources,
  type Answer,
  type Answers,
  type Outcome,
  type Reason,
  type ScreeningQuestion,
  type ScreeningResult,
} from '../content/screening.js';
import {sourcesOf, type SourceId} from '../content/sources.js';
import {asText} from '../internal/text.js';
import {DnElement} from '../base/dn-element.js';
import {sentences} from '../localization/locales.js';
import {contraindicationCheckStyles} from './dn-contraindication-check.styles.js';

type Mode = 'all' | 'step';

export interface ScreeningChangeDetail {
  outcome: Outcome | null;
  reasons: Reason[];
  answers: Answers;
}

/**
 * A short, private self-check before dry needling: does anything in the
 * patient's health mean they should talk to their practitioner first? No
 * answer leaves the page unless the clinic's own form submits it.
 *
 * @tagname dn-contraindication-check
 * @summary A private, accessible screening questionnaire that works inside any form.
 *
 * @fires dn-screening-change - On every change of an answer, and on reset. `detail`: `{outcome, reasons, answers}`. Bubbles and is composed.
 *
 * @csspart question - Each question (a fieldset).
 * @csspart error-summary - The list of problems shown when the form is submitted incomplete.
 * @csspart result - The result box.
 * @csspart button - Every button (Continue, Back, Print, Start again).
 */
export class DnContraindicationCheck extends DnElement {
  static formAssociated = true;

  static override styles = [...DnElement.styles, contraindicationCheckStyles];

  static override properties = {
    eStim: {type: Boolean, attribute: 'e-stim'},
    mode: {},
    name: {reflect: true},
    required: {type: Boolean, reflect: true},
    disabled: {type: Boolean, reflect: true},
    answered: {state: true},
    step: {state: true},
    showErrors: {state: true},
    formDisabled: {state: true},
  };

  /** Adds the questions that matter for electrical stimulation (e-stim). */
  declare eStim: boolean;

  /** "all" (default) shows every question; "step" shows one question at a time with Back and Continue. */
  declare mode: 'all' | 'step';

  /** With a name, the element submits its answers and outcome as JSON inside a `<form>`. */
  declare name: string | undefined;

  /** Makes the form invalid until every question is answered. */
  declare required: boolean;

  /** Disables every control. */
  declare disabled: boolean;

  private declare answered: Answers;
  private declare step: number;
  private declare showErrors: boolean;
  private declare formDisabled: boolean;

  private readonly internals = this.attachInternals();
  private announcement = '';
  private focusAfterRender: 'result' | 'error-summary' | 'question' | undefined;

  constructor() {
    super();
    this.eStim = false;
    this.mode = 'all';
    this.required = false;
    this.disabled = false;
    this.answered = {};
    this.step = 0;
    this.showErrors = false;
    this.formDisabled = false;
    this.addEventListener('invalid', (event) => {
      // The error summary replaces the browser's validation bubble (GOV.UK pattern).
      event.preventDefault();
      this.showErrors = true;
      this.focusAfterRender = 'error-summary';
    });
  }

  /** The questions asked now, in order. */
  get questions(): readonly ScreeningQuestion[] {
    return questionsFor({eStim: this.eStim});
  }

  /**
   * The answers given so far, by question id ("yes", "no" or "not-sure"). Set
   * it to fill in answers, e.g. ones the clinic already holds; unknown values
   * are ignored.
   */
  get answers(): Answers {
    return Object.fromEntries(this.questions.flatMap((q) => (this.answered[q.id] ? [[q.id, this.answered[q.id]]] : [])));
  }

  set answers(value: Answers) {
    const given = Object.entries(value ?? {});
    const valid = given.filter(([, answer]) => allAnswers.includes(answer as Answer));
    if (valid.length < given.length) this.warn('answers accepts only "yes", "no" and "not-sure"; other values are ignored.');
    this.answered = Object.fromEntries(valid) as Answers;
  }

  private get result(): ScreeningResult {
    return screen(this.questions, this.answered);
  }

  /** "stop", "discuss" or "clear"; null while a question is unanswered. */
  get outcome(): Outcome | null {
    return this.result.outcome;
  }

  /** The answers that lead away from "clear", most serious first. */
  get reasons(): Reason[] {
    return this.result.reasons;
  }

  /** The form the element belongs to, as on native form controls. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Whether the element's value is valid; `valueMissing` while `required` and incomplete. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** Why the element is invalid, in the element's language. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** True when valid; otherwise fires `invalid` and returns false. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Like `checkValidity()`, and shows the error summary when invalid. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Clears every answer and starts again at the first question, with focus there. */
  reset(): void {
    this.clear();
    this.focusAfterRender = 'question';
  }

  /** @internal Form-associated lifecycle: the form was reset. */
  formResetCallback(): void {
    this.clear();
  }

  private clear(): void {
    this.answered = {};
    this.step = 0;
    this.showErrors = false;
    this.dispatchChange();
  }

  /** @internal Form-associated lifecycle: a disabled fieldset or form around the element changed. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** @internal Form-associated lifecycle: the browser restores answers (back button, autofill). */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      this.answers = (JSON.parse(state) as {answers?: Answers}).answers ?? {};
    } catch {
      // A state we did not write: start empty.
    }
  }

  private get validMode(): Mode {
    const mode = asText(this.mode);
    if (mode === 'all' || mode === 'step') return mode;
    this.warn(`mode must be "all" or "step"; using "all".`);
    return 'all';
  }

  private get controlsDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  protected override get sourceIds(): SourceId[] {
    return sourcesOf([{sources: screeningSources}]);
  }

  private firstUnanswered(): ScreeningQuestion | undefined {
    return this.questions.find((question) => !this.answered[question.id]);
  }

  private answer(question: ScreeningQuestion, answer: Answer): void {
    const wasComplete = this.outcome !== null;
    this.answered = {...this.answered, [question.id]: answer};
    const outcome = this.outcome;
    if (outcome !== null && !wasComplete && this.validMode === 'all') this.focusAfterRender = 'result';
    this.dispatchChange();
  }

  private dispatchChange(): void {
    const {outcome, reasons} = this.result;
    this.dispatchEvent(
      new CustomEvent<ScreeningChangeDetail>('dn-screening-change', {
        bubbles: true,
        composed: true,
        detail: {outcome, reasons, answers: this.answers},
      }),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const outcome = this.outcome;
    const wording = resultWording(this.result);
    this.announcement = wording === null ? '' : sentences(this.locale, outcomeName[wording](this.msg), outcomeText[wording].heading(this.msg));
    if (this.showErrors && outcome !== null) this.showErrors = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.updateFormValue();
    const target = this.focusAfterRender;
    this.focusAfterRender = undefined;
    if (target === 'result') this.shadowRoot!.querySelector<HTMLElement>('[part~="result"]')?.focus();
    if (target === 'error-summary') this.shadowRoot!.querySelector<HTMLElement>('[part~="error-summary"]')?.focus();
    if (target === 'question') this.shadowRoot!.querySelector<HTMLElement>('[part~="question"]')?.focus();
  }

  private updateFormValue(): void {
    const answers = this.answers;
    const hasAnswers = Object.keys(answers).length > 0;
    this.internals.setFormValue(hasAnswers ? JSON.stringify({answers, outcome: this.outcome, eStim: this.eStim}) : null);
    const missing = this.firstUnanswered();
    if (this.required && missing) {
      const anchor = this.shadowRoot!.querySelector<HTMLElement>(`#q-${missing.id}-yes`) ?? undefined;
      this.internals.setValidity({valueMissing: true}, this.msg('Answer every question.', {id: 'screening.error.required'}), anchor);
    } else {
      this.internals.setValidity({});
    }
  }

  private goToQuestion(question: ScreeningQuestion): void {
    if (this.validMode === 'step') {
      this.step = this.questions.indexOf(question);
      this.focusAfterRender = 'question';
      return;
    }
    const fieldset = this.shadowRoot!.querySelector<HTMLElement>(`#q-${question.id}`);
    fieldset?.scrollIntoView({block: 'center'});
    fieldset?.querySelector<HTMLInputElement>('input')?.focus();
  }

  private continueFrom(question: ScreeningQuestion): void {
    if (!this.answered[question.id]) {
      this.showErrors = true;
      this.focusAfterRender = 'error-summary';
      return;
    }
    this.showErrors = false;
    this.step += 1;
    this.focusAfterRender = this.step >= this.questions.length ? 'result' : 'question';
  }

  private back(): void {
    this.showErrors = false;
    this.step = Math.max(0, this.step - 1);
    this.focusAfterRender = 'question';
  }

  protected override renderContent(): TemplateResult {
    const mode = this.validMode;
    const questions = this.questions;
    const step = Math.min(this.step, questions.length);
    const outcome = this.outcome;
    const showResult = outcome !== null && (mode === 'all' || step >= questions.length);
    return html`
      ${this.renderHeading(0, this.msg('Before dry needling: a quick health check', {id: 'screening.title'}), {part: 'title', class: 'title'})}
      <div class="interactive">
        <p class="intro">
          ${this.msg('Answer these questions to see if you should talk to your practitioner before treatment.', {id: 'screening.intro'})}
        </p>
        <p class="privacy">
          ${this.msg('Your answers stay on this page. They are not saved or sent anywhere unless you send a form that contains them.', {
            id: 'screening.privacy',
          })}
        </p>
        ${this.showErrors ? this.renderErrorSummary(mode === 'step' ? questions[step] : this.firstUnanswered()) : nothing}
        ${mode === 'all'
          ? questions.map((question) => this.renderQuestion(question))
          : step < questions.length
            ? this.renderStep(questions, step)
            : nothing}
        ${showResult ? this.renderResult(outcome, mode) : nothing}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.renderPrintView(outcome)}
    `;
  }

  private renderErrorSummary(question: ScreeningQuestion | undefined): TemplateResult | typeof nothing {
    if (!question) return nothing;
    return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1">
      ${this.renderHeading(1, this.msg('There is a problem', {id: 'screening.error.title'}), {
        part: 'error-summary-title',
        class: 'error-summary__title',
      })}
      <ul>
        <li>
          <a href=${`#q-${question.id}`} @click=${(event: Event) => {
            event.preventDefault();
            this.goToQuestion(question);
          }}>${this.msg(str`Answer the question: ${question.question(this.msg)}`, {id: 'screening.error.link'})}</a>
        </li>
      </ul>
    </div>`;
  }

  private renderQuestion(question: ScreeningQuestion, progress?: string): TemplateResult {
    const missing = this.showErrors && !this.answered[question.id];
    const errorId = `q-${question.id}-error`;
    return html`<fieldset
      class="question ${missing ? 'question--error' : ''}"
      part="question"
      id=${`q-${question.id}`}
      tabindex="-1"
      aria-describedby=${missing ? errorId : nothing}
    >
      <legend class="question__legend">
        ${progress ? html`<span class="progress">${progress}</span><br />` : nothing}${question.question(this.msg)}
      </legend>
      ${missing
        ? html`<p class="error-message" id=${errorId}>
            <span class="visually-hidden">${this.msg('Error:', {id: 'screening.error.prefix'})}</span>
            ${this.msg('Select yes, no or not sure.', {id: 'screening.error.select'})}
          </p>`
        : nothing}
      <div class="radios">
        ${allAnswers.map((answer) => {
          const id = `q-${question.id}-${answer}`;
          return html`<div class="radio">
            <input
              type="radio"
              id=${id}
              name=${`q-${question.id}`}
              value=${answer}
              .checked=${this.answered[question.id] === answer}
              ?disabled=${this.controlsDisabled}
              @change=${() => this.answer(question, answer)}
            />
            <label for=${id}>${answerLabel[answer](this.msg)}</label>
          </div>`;
        })}
      </div>
    </fieldset>`;
  }

  private renderStep(questions: readonly ScreeningQuestion[], step: number): TemplateResult {
    const question = questions[step];
    const progress = this.msg(str`Question ${step + 1} of ${questions.length}`, {id: 'screening.progress'});
    return html`
      ${this.renderQuestion(question, progress)}
      <div class="actions">
        <button part="button" type="button" data-action="continue" ?disabled=${this.controlsDisabled} @click=${() => this.continueFrom(question)}>
          ${this.msg('Continue', {id: 'screening.continue'})}
        </button>
        ${step > 0
          ? html`<button part="button" class="secondary" type="button" data-action="back" ?disabled=${this.controlsDisabled} @click=${() => this.back()}>
              ${this.msg('Back', {id: 'screening.back'})}
            </button>`
          : nothing}
      </div>
    `;
  }

  private renderReasons(reasons: readonly Reason[]): TemplateResult | typeof nothing {
    if (reasons.length === 0) return nothing;
    const byId = new Map(this.questions.map((question) => [question.id, question]));
    return html`<p class="label">${this.msg('Because of these answers:', {id: 'screening.reasons'})}</p>
      <ul data-reasons>
        ${reasons.map((reason) => {
          const topic = byId.get(reason.questionId)!.topic(this.msg);
          const answer = answerLabel[reason.answer](this.msg);
          return html`<li data-question=${reason.questionId}>
            ${this.msg(str`${topic}: you said "${answer}"`, {id: 'screening.reason'})}
          </li>`;
        })}
      </ul>`;
  }

  private renderResult(outcome: Outcome, mode: Mode): TemplateResult {
    const wording = resultWording(this.result)!;
    const text = outcomeText[wording];
    return html`<div class="result result--${outcome}" part="result" tabindex="-1" data-outcome=${outcome}>
      ${this.renderHeading(1, html`<span class="visually-hidden">${outcomeName[wording](this.msg)} </span>${text.heading(this.msg)}`, {
        part: 'result-heading',
      })}
      <p>${text.body(this.msg)}</p>
      ${this.renderReasons(this.reasons)}
      <p>${text.next(this.msg)}</p>
      <div class="actions">
        <button part="button" type="button" @click=${() => window.print()}>
          ${this.msg('Print your answers', {id: 'screening.print'})}
        </button>
        ${mode === 'step'
          ? html`<button part="button" class="secondary" type="button" ?disabled=${this.controlsDisabled} @click=${() => this.back()}>
              ${this.msg('Change your answers', {id: 'screening.change'})}
            </button>`
          : nothing}
        <button part="button" class="secondary" type="button" ?disabled=${this.controlsDisabled} @click=${() => this.reset()}>
          ${this.msg('Start again', {id: 'screening.reset'})}
        </button>
      </div>
    </div>`;
  }

  private renderPrintView(outcome: Outcome | null): TemplateResult {
    const today = new Intl.DateTimeFormat(this.locale, {dateStyle: 'long'}).format(new Date(Date.now()));
    return html`<div class="print-only" data-print-view>
      <p>${this.msg(str`Filled in on ${today}`, {id: 'screening.print.date'})}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">${this.msg('Question', {id: 'screening.print.question'})}</th>
            <th scope="col">${this.msg('Your answer', {id: 'screening.print.answer'})}</th>
          </tr>
        </thead>
        <tbody>
          ${this.questions.map((question) => {
            const answer = this.answered[question.id];
            return html`<tr>
              <td>${question.question(this.msg)}</td>
              <td>${answer ? answerLabel[answer](this.msg) : this.msg('Not answered', {id: 'screening.print.unanswered'})}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${outcome === null
        ? nothing
        : html`<p><strong>${outcomeText[resultWording(this.result)!].heading(this.msg)}</strong></p>
            <p>${outcomeText[resultWording(this.result)!].body(this.msg)}</p>`}
    </div>`;
  }
}
