import type {PropertyValues, TemplateResult} from 'lit';
import {
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
import {clinicQuestionText} from '../config/config.js';
import {asText} from '../internal/text.js';
import {DnElement} from '../base/dn-element.js';
import {renderClinicContact} from '../base/warning-signs.js';
import {sentences} from '../localization/locales.js';
import {contraindicationCheckStyles} from './dn-contraindication-check.styles.js';
import {FormControlController} from './form-control.js';
import {initialState, reduce, type Action, type Focus, type Mode, type QuestionnaireState} from './questionnaire.js';
import {renderCheck} from './templates.js';

export type {Answer, Answers, Outcome, Reason};

export interface ScreeningChangeDetail {
  outcome: Outcome | null;
  reasons: Reason[];
  answers: Answers;
}

/** What the element submits under its name, as JSON. */
interface SubmittedValue {
  answers: Answers;
  outcome: Outcome | null;
  eStim: boolean;
}

/**
 * A short, private self-check before dry needling: does anything in the
 * patient's health mean they should talk to their practitioner first? It is a
 * form control: inside a `<form>` it submits its answers, blocks submission
 * while `required` and incomplete, and resets with the form. No answer leaves
 * the page unless the clinic's own form submits it.
 *
 * @tagname dn-contraindication-check
 * @summary A private, accessible screening questionnaire that works inside any form.
 *
 * @fires input - When the patient answers a question or clears the answers (like a native control's `input`). Bubbles and is composed.
 * @fires change - Right after `input`, for the same changes (like a native control's `change`). Bubbles.
 * @fires dn-screening-change - After `change`, and when answers are restored with the page. `detail`: `{outcome, reasons, answers}`. Bubbles and is composed.
 * @fires invalid - From `checkValidity()`, `reportValidity()` or the form's validation, while invalid. Cancelable.
 *
 * @csspart question - Each question (a fieldset, role radiogroup).
 * @csspart error-summary - The list of problems shown when the answers are reported incomplete.
 * @csspart error-summary-title - The heading of the error summary.
 * @csspart check - Step mode: the "Check your answers" page.
 * @csspart check-heading - The heading of the "Check your answers" page.
 * @csspart result - The result box.
 * @csspart result-heading - The heading of the result box.
 * @csspart confirm-reset - The question asked after "Start again", before any answer is cleared.
 * @csspart button - Every button (Continue, Back, See your result, Print, Change your answers, Start again, Yes, No).
 *
 * @cssstate complete - Every question is answered.
 * @cssstate user-invalid - Invalid, and the errors have been shown (after a submit or `reportValidity()`).
 * @cssstate stop - The outcome is "stop".
 * @cssstate discuss - The outcome is "discuss".
 * @cssstate clear - The outcome is "clear".
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
    ui: {state: true},
    formDisabled: {state: true},
  };

  /** Adds the questions and rules that matter for electrical stimulation (e-stim). Default: the configuration's `eStim`. */
  declare eStim: boolean | undefined;

  /** "all" (default) shows every question; "step" shows one question at a time with Back and Continue, then "Check your answers". */
  declare mode: 'all' | 'step';

  /** The form field name: inside a `<form>`, the element submits its answers and outcome as JSON under it. */
  declare name: string | undefined;

  /** Makes the element invalid (and its form unsubmittable) until every question is answered. */
  declare required: boolean;

  /** Disables every control; the element then submits nothing and is not validated. */
  declare disabled: boolean;

  declare private ui: QuestionnaireState;
  declare private formDisabled: boolean;

  private readonly control = new FormControlController(this, this.internals, () => this.report());
  private pendingFocus: Focus | undefined;
  private announcedOutcome: Outcome | null = null;
  private announcement = '';
  private askedQuestionIds = '';
  private cachedResult: {questions: readonly ScreeningQuestion[]; answers: Answers; result: ScreeningResult} | undefined;

  constructor() {
    super();
    this.mode = 'all';
    this.required = false;
    this.disabled = false;
    this.formDisabled = false;
    this.ui = initialState();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Valid or not from the start, before the first render (which may wait for a translation).
    this.syncForm();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The radios' own `input` events are composed and would leak out of the shadow root
    // next to the element's own; the element fires one `input` per change itself.
    root.addEventListener('input', (event) => event.stopPropagation());
    return root;
  }

  /** Whether e-stim is used: the element's own `e-stim`, else the configuration's. */
  private get usesEStim(): boolean {
    return this.eStim ?? this.configuration.eStim ?? false;
  }

  /** The questions asked now, in order: the library's, then the clinic's own. */
  get questions(): readonly ScreeningQuestion[] {
    return [...questionsFor({eStim: this.usesEStim}), ...this.clinicQuestions];
  }

  /**
   * The clinic's own questions from the configuration, in the element's
   * language (else the clinic's first language, with a warning). A "yes" or
   * "not sure" means "discuss": a clinic question never stops treatment or
   * clears it on its own.
   */
  private get clinicQuestions(): ScreeningQuestion[] {
    const library = new Set(questionsFor({eStim: true}).map((question) => question.id));
    const own = (this.configuration.questions ?? []).filter((question) => {
      if (!library.has(question.id)) return true;
      this.warn(`the clinic question id "${question.id}" is one of the library's own; that question is left out.`);
      return false;
    });
    return own.map((question) => {
      const text = () => {
        const {text: inLanguage, fallback} = clinicQuestionText(question, this.locale);
        if (fallback) this.warn(`the clinic question "${question.id}" has no text in "${this.locale}"; it is shown in its first language.`);
        return inLanguage;
      };
      return {id: question.id, question: text, topic: text, ifYes: 'discuss', ifNotSure: 'discuss', stopScope: 'dry-needling'};
    });
  }

  /**
   * The answers given so far, by question id ("yes", "no" or "not-sure"). Set
   * it to fill in answers, e.g. ones the clinic already holds; unknown values
   * are ignored. Setting it fires no event, as on native controls.
   */
  get answers(): Answers {
    const given = this.ui.answers;
    return Object.fromEntries(this.questions.flatMap((q) => (given[q.id] ? [[q.id, given[q.id]]] : [])));
  }

  set answers(value: Answers) {
    const given = Object.entries(value ?? {});
    const valid = given.filter(([, answer]) => allAnswers.includes(answer as Answer));
    if (valid.length < given.length) this.warn('answers accepts only "yes", "no" and "not-sure"; other values are ignored.');
    this.send({type: 'set-answers', answers: Object.fromEntries(valid) as Answers});
  }

  /**
   * What the element submits: JSON `{"answers": {…}, "outcome": …, "eStim": …}`,
   * or "" before any answer. Set it to a value read earlier to restore the
   * answers ("" clears them); it fires no event, as on native controls.
   */
  get value(): string {
    const answers = this.answers;
    if (Object.keys(answers).length === 0) return '';
    const submitted: SubmittedValue = {answers, outcome: this.outcome, eStim: this.usesEStim};
    return JSON.stringify(submitted);
  }

  set value(value: string) {
    const text = value == null ? '' : String(value);
    if (text === '') {
      this.answers = {};
      return;
    }
    try {
      const parsed = JSON.parse(text) as Partial<SubmittedValue> | null;
      if (parsed && typeof parsed.answers === 'object' && parsed.answers !== null) {
        this.answers = parsed.answers;
        return;
      }
    } catch {
      // fall through to the warning
    }
    this.warn('value must be JSON from this element ({"answers": {…}, …}) or ""; it was ignored.');
  }

  /** The answers and their result, computed once for each set of answers. */
  private get result(): ScreeningResult {
    const questions = this.questions;
    const answers = this.ui.answers;
    const cached = this.cachedResult;
    if (cached?.questions === questions && cached.answers === answers) return cached.result;
    const result = screen(questions, answers);
    this.cachedResult = {questions, answers, result};
    return result;
  }

  /** "stop", "discuss" or "clear"; null while a question is unanswered. */
  get outcome(): Outcome | null {
    return this.result.outcome;
  }

  /** The answers that lead away from "clear", most serious first. */
  get reasons(): Reason[] {
    return [...this.result.reasons];
  }

  /** The form the element belongs to (its ancestor, or the one its `form` attribute names). */
  get form(): HTMLFormElement | null {
    return this.control.internals.form;
  }

  /** The `<label>` elements that label the element. */
  get labels(): NodeList {
    return this.control.internals.labels;
  }

  /** Whether the element's value is valid: `valueMissing` while `required` and incomplete, `customError` after `setCustomValidity()`. */
  get validity(): ValidityState {
    return this.control.internals.validity;
  }

  /** Why the element is invalid, in the element's language (or the custom message). */
  get validationMessage(): string {
    return this.control.internals.validationMessage;
  }

  /** Whether the element takes part in constraint validation (false while disabled). */
  get willValidate(): boolean {
    return this.control.internals.willValidate;
  }

  /** Makes the element invalid with this message ("" makes it valid again); `reportValidity()` lists it in the error summary. */
  setCustomValidity(message: string): void {
    this.control.setCustomValidity(message);
    this.syncForm();
  }

  /** True when valid; otherwise fires `invalid` and returns false. Shows nothing: only a report shows errors. */
  checkValidity(): boolean {
    this.syncForm();
    return this.control.checkValidity();
  }

  /** Like `checkValidity()`, and when invalid shows the error summary, listing every unanswered question, and moves focus to it. */
  reportValidity(): boolean {
    this.syncForm();
    return this.control.reportValidity();
  }

  /**
   * Clears every answer and starts again at the first question, like a
   * confirmed "Start again": fires `input`, `change` and `dn-screening-change`.
   * Focus moves to the first question only if it was inside the element.
   */
  reset(): void {
    this.send({type: 'reset'}, {keepFocusOutside: true});
  }

  /** @internal Form-associated lifecycle: the form was reset. Fires the same events as "Start again". */
  formResetCallback(): void {
    this.reset();
  }

  /** @internal Form-associated lifecycle: a disabled fieldset or form around the element changed. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /**
   * @internal Form-associated lifecycle. "restore": the browser gives back the
   * state saved with the page (back button, reopened tab): restore the answers.
   * "autocomplete": the browser's autofill, which must never fill in health
   * answers: ignored.
   */
  formStateRestoreCallback(state: string | File | FormData | null, mode: 'restore' | 'autocomplete'): void {
    if (mode !== 'restore' || typeof state !== 'string') return;
    const before = this.value;
    this.value = state;
    if (this.value !== before) this.dispatchChange({userChange: false});
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

  /**
   * Applies an action. Focus moves only where the action says (explicit
   * actions), in the update it causes; an update is requested even when
   * nothing else changes, so a focus move never waits for a later one.
   */
  private send(action: Action, {keepFocusOutside = false} = {}): void {
    const {state, focus} = reduce(this.ui, action, this.questions);
    this.ui = state;
    const focusInside = this.matches(':focus-within');
    this.pendingFocus = keepFocusOutside && !focusInside ? undefined : focus;
    this.requestUpdate();
    this.syncForm();
    if (action.type === 'answer' || action.type === 'reset') this.dispatchChange({userChange: true});
  }

  private dispatchChange({userChange}: {userChange: boolean}): void {
    if (userChange) {
      this.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
      this.dispatchEvent(new Event('change', {bubbles: true}));
    }
    const {outcome} = this.result;
    const reasons = this.reasons;
    this.dispatchEvent(
      new CustomEvent<ScreeningChangeDetail>('dn-screening-change', {
        bubbles: true,
        composed: true,
        detail: {outcome, reasons, answers: this.answers},
      }),
    );
  }

  /** Value, validity and states, from the answers: the form sees them at once, not after the next render. */
  private syncForm(): void {
    const value = this.value;
    this.control.setValue(value === '' ? null : value);
    const incomplete = this.outcome === null;
    const anchor = this.renderRoot?.querySelector?.<HTMLElement>('[data-validation-anchor]') ?? undefined;
    this.control.setValidity(this.required && incomplete, this.msg('Answer every question.', {id: 'screening.error.required'}), anchor);
    const outcome = this.outcome;
    this.control.setStates({
      complete: !incomplete,
      'user-invalid': this.ui.errors !== null && !this.validity.valid,
      stop: outcome === 'stop',
      discuss: outcome === 'discuss',
      clear: outcome === 'clear',
    });
  }

  // One listener per radio group rather than per radio (fewer Lit parts per question); the fieldset's
  // `disabled` disables its radios.
  private readonly onAnswerChange = (event: Event): void => {
    const radio = event.target as HTMLInputElement;
    const question = radio.closest<HTMLElement>('[data-question]')?.dataset.question;
    if (question) this.send({type: 'answer', id: question, answer: radio.value as Answer});
  };

  private readonly onRadioKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || this.controlsDisabled) return;
    // Enter in a form field submits the form (implicit submission); in step mode it is Continue.
    event.preventDefault();
    if (this.ui.mode === 'step') this.send({type: 'continue'});
    else if (this.form) this.form.requestSubmit();
    else this.report();
  };

  private report(): void {
    this.send({type: 'report', custom: this.control.customValidityMessage !== ''});
  }

  private readonly onAnchorFocus = (): void => this.control.anchorFocused();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const mode = this.validMode;
    if (mode !== this.ui.mode) this.ui = reduce(this.ui, {type: 'set-mode', mode}, this.questions).state;
    const questionIds = this.questions.map((question) => question.id).join(' ');
    if (questionIds !== this.askedQuestionIds) {
      // e-stim or the clinic's questions changed (here or in the configuration): the same answers, other questions.
      this.askedQuestionIds = questionIds;
      this.ui = reduce(this.ui, {type: 'set-answers', answers: this.ui.answers}, this.questions).state;
    }
    // mode="all" says the result politely, once each time it appears or changes; step mode moves focus to it instead.
    const outcome = this.outcome;
    if (mode === 'all' && outcome !== null && outcome !== this.announcedOutcome) {
      const wording = resultWording(this.result)!;
      this.announcement = sentences(this.locale, outcomeName[wording](this.msg), outcomeText[wording].heading(this.msg));
    }
    if (mode === 'step' || outcome === null) this.announcement = '';
    this.announcedOutcome = mode === 'all' ? outcome : null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncForm();
    const focus = this.pendingFocus;
    this.pendingFocus = undefined;
    if (focus) this.focusOn(focus);
  }

  private focusOn(focus: Focus): void {
    const root = this.renderRoot;
    const question = `#q-${'id' in focus ? CSS.escape(focus.id) : ''}`;
    const selector: Record<Focus['to'], string> = {
      question,
      radio: `${question} input`,
      'error-summary': '[part~="error-summary"]',
      check: '[part~="check"]',
      result: '[part~="result"]',
      'confirm-reset': '[part~="confirm-reset"]',
      'start-again': '[data-action="start-again"]',
    };
    // A radio group takes focus on its checked radio, as the Tab key would.
    const target =
      (focus.to === 'radio' ? root.querySelector<HTMLElement>(`${question} input:checked`) : null) ??
      root.querySelector<HTMLElement>(selector[focus.to]);
    target?.focus();
    if (target && focus.to !== 'radio') target.scrollIntoView?.({block: 'nearest'});
  }

  protected override renderContent(): TemplateResult {
    return renderCheck({
      msg: this.msg,
      locale: this.locale,
      questions: this.questions,
      state: this.ui,
      result: this.result,
      disabled: this.controlsDisabled,
      customError: this.control.customValidityMessage,
      announcement: this.announcement,
      clinicContact: renderClinicContact(this.msg, this.clinic),
      heading: (depth, content, attributes) => this.renderHeading(depth, content, attributes),
      send: (action) => this.send(action),
      onAnswerChange: this.onAnswerChange,
      onRadioKeydown: this.onRadioKeydown,
      onAnchorFocus: this.onAnchorFocus,
    });
  }
}
