import {html, nothing, type TemplateResult} from 'lit';
import {str} from '@lit/localize';
import {
  answerLabel,
  answers as allAnswers,
  outcomeName,
  outcomeText,
  resultWording,
  screeningIntro,
  type Outcome,
  type Reason,
  type ScreeningQuestion,
  type ScreeningResult,
} from '../content/screening.js';
import type {Msg} from '../content/text.js';
import type {Action, QuestionnaireState} from './questionnaire.js';
import {formatLongDate} from '../internal/intl.js';

/** What the templates need from the element: they hold no state of their own. */
export interface CheckView {
  readonly msg: Msg;
  readonly locale: string;
  readonly questions: readonly ScreeningQuestion[];
  readonly state: QuestionnaireState;
  readonly result: ScreeningResult;
  readonly disabled: boolean;
  /** The message of `setCustomValidity()`, listed first in the error summary. */
  readonly customError: string;
  /** Whom to call about the result: the clinic's name and phone, when the page gives them. */
  readonly clinicContact: unknown;
  /** The polite live region's text: the result, once, in mode="all". */
  readonly announcement: string;
  heading(depth: number, content: unknown, attributes: {part: string; class?: string}): unknown;
  send(action: Action): void;
  /** A radio of a question's group changed; the group's fieldset names the question (data-question). */
  onAnswerChange(event: Event): void;
  onRadioKeydown(event: KeyboardEvent): void;
  onAnchorFocus(): void;
}

const link = (v: CheckView, action: Action) => (event: Event) => {
  event.preventDefault();
  v.send(action);
};

export function renderCheck(v: CheckView): TemplateResult {
  const {msg, questions, state} = v;
  const {view} = state;
  return html`
    ${v.heading(0, screeningIntro.title(msg), {part: 'title', class: 'title'})}
    <div class="interactive">
      <span class="visually-hidden" tabindex="-1" data-validation-anchor @focus=${v.onAnchorFocus}></span>
      <p class="intro">${screeningIntro.intro(msg)}</p>
      <p class="length">${screeningIntro.length(msg, questions)}</p>
      <p class="privacy">
        ${msg('Your answers stay on this page. They are not saved or sent anywhere unless you send a form that contains them.', {
          id: 'screening.privacy',
        })}
      </p>
      ${state.errors && (state.errors.length > 0 || v.customError) ? renderErrorSummary(v, state.errors) : nothing}
      ${view.name === 'questions' ? questions.map((question) => renderQuestion(v, question)) : nothing}
      ${view.name === 'questions' && v.result.outcome ? renderResult(v, v.result.outcome) : nothing}
      ${view.name === 'question' ? renderStep(v, view.index, view.returnToCheck) : nothing}
      ${view.name === 'check' ? renderCheckAnswers(v) : nothing}
      ${view.name === 'result' && v.result.outcome ? renderResult(v, v.result.outcome) : nothing}
    </div>
    <div class="visually-hidden" role="status" aria-live="polite" data-announcer>${v.announcement}</div>
    ${renderPrintView(v)}
  `;
}

/**
 * Every missing question, as reported (GOV.UK error summary). Its content is
 * fixed when it appears: nothing inside role="alert" changes while it shows.
 */
/**
 * One of the check's buttons: `action` names it for the host page and tests (data-action); a
 * secondary button is the quieter style. Buttons are disabled with the control unless told not to.
 */
function actionButton(
  v: CheckView,
  action: string,
  label: string,
  onClick: () => void,
  {secondary = false, disabled = v.disabled}: {secondary?: boolean; disabled?: boolean} = {},
): TemplateResult {
  return html`<button
    part="button"
    class=${secondary ? 'secondary' : nothing}
    type="button"
    data-action=${action}
    ?disabled=${disabled}
    @click=${onClick}
  >
    ${label}
  </button>`;
}

function renderErrorSummary(v: CheckView, ids: readonly string[]): TemplateResult {
  const {msg} = v;
  const byId = new Map(v.questions.map((question) => [question.id, question]));
  const listed = ids.flatMap((id) => byId.get(id) ?? []);
  return html`<div class="error-summary focus-ring" part="error-summary" role="alert" tabindex="-1">
    ${v.heading(1, msg('There is a problem', {id: 'screening.error.title'}), {part: 'error-summary-title', class: 'error-summary__title'})}
    <ul>
      ${v.customError ? html`<li>${v.customError}</li>` : nothing}
      ${listed.map(
        (question) =>
          html`<li>
            <a href=${`#q-${question.id}`} @click=${link(v, {type: 'go-to', id: question.id})}
              >${msg(str`Answer the question: ${question.question(msg)}`, {id: 'screening.error.link'})}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

function renderQuestion(v: CheckView, question: ScreeningQuestion, progress?: string): TemplateResult {
  const {msg, state} = v;
  const given = state.answers[question.id];
  const missing = !given && (state.errors?.includes(question.id) ?? false);
  const errorId = `q-${question.id}-error`;
  const legendId = `q-${question.id}-legend`;
  return html`<fieldset
    class="question focus-ring ${missing ? 'question--error' : ''}"
    part="question"
    id=${`q-${question.id}`}
    data-question=${question.id}
    tabindex="-1"
    ?disabled=${v.disabled}
    role="radiogroup"
    aria-required="true"
    aria-labelledby=${legendId}
    aria-invalid=${missing ? 'true' : nothing}
    aria-describedby=${missing ? errorId : nothing}
  >
    <legend class="question__legend" id=${legendId}>
      ${progress ? html`<span class="progress">${progress}</span> ` : nothing}${question.question(msg)}
    </legend>
    ${
      missing
        ? html`<p class="error-message" id=${errorId}>
            <span class="visually-hidden">${msg('Error:', {id: 'screening.error.prefix'})}</span>
            ${msg('Select yes, no or not sure.', {id: 'screening.error.select'})}
          </p>`
        : nothing
    }
    <div class="radios" @change=${v.onAnswerChange} @keydown=${v.onRadioKeydown}>
      ${allAnswers.map((answer) => {
        const id = `q-${question.id}-${answer}`;
        return html`<div class="radio">
          <input type="radio" id=${id} name=${`q-${question.id}`} value=${answer} .checked=${given === answer} />
          <label for=${id}>${answerLabel[answer](msg)}</label>
        </div>`;
      })}
    </div>
  </fieldset>`;
}

function renderStep(v: CheckView, index: number, returnToCheck: boolean): TemplateResult {
  const {msg, questions} = v;
  const progress = msg(str`Question ${index + 1} of ${questions.length}`, {id: 'screening.progress'});
  return html`
    ${renderQuestion(v, questions[index], progress)}
    <div class="actions">
      ${actionButton(v, 'continue', msg('Continue', {id: 'screening.continue'}), () => v.send({type: 'continue'}))}
      ${
        index > 0 || returnToCheck
          ? actionButton(v, 'back', msg('Back', {id: 'screening.back'}), () => v.send({type: 'back'}), {secondary: true})
          : nothing
      }
    </div>
  `;
}

/** GOV.UK "Check your answers": every question and answer, each with a Change link. */
function renderCheckAnswers(v: CheckView): TemplateResult {
  const {msg, questions, state} = v;
  return html`<section class="check focus-ring" part="check" tabindex="-1" aria-labelledby="check-heading">
    ${v.heading(1, html`<span id="check-heading">${msg('Check your answers', {id: 'screening.check.title', desc: 'Heading of the page that lists every answer before the result.'})}</span>`, {part: 'check-heading'})}
    <dl class="check__list">
      ${questions.map((question) => {
        const given = state.answers[question.id];
        return html`<div class="check__row" data-question=${question.id}>
          <dt>${question.question(msg)}</dt>
          <dd>${given ? answerLabel[given](msg) : msg('Not answered', {id: 'screening.print.unanswered'})}</dd>
          <dd>
            <a href=${`#q-${question.id}`} data-action="change" @click=${link(v, {type: 'change', id: question.id})}
              >${msg('Change', {id: 'screening.check.change', desc: 'Link beside one answer on the check page; opens that question again.'})}<span
                class="visually-hidden"
              >
                ${msg(str`your answer to: ${question.question(msg)}`, {
                  id: 'screening.check.change-hidden',
                  desc: 'Read by screen readers after "Change", so each Change link says which question it opens.',
                })}</span
              ></a
            >
          </dd>
        </div>`;
      })}
    </dl>
    <div class="actions">
      ${actionButton(v, 'continue', msg('See your result', {id: 'screening.see-result', desc: 'Button under "Check your answers" that shows the result.'}), () => v.send({type: 'continue'}))}
      ${actionButton(v, 'back', msg('Back', {id: 'screening.back'}), () => v.send({type: 'back'}), {secondary: true})}
    </div>
  </section>`;
}

function renderReasons(v: CheckView, reasons: readonly Reason[]): TemplateResult | typeof nothing {
  const {msg} = v;
  if (reasons.length === 0) return nothing;
  const byId = new Map(v.questions.map((question) => [question.id, question]));
  return html`<p class="label">${msg('Because of these answers:', {id: 'screening.reasons'})}</p>
    <ul data-reasons>
      ${reasons.map((reason) => {
        const topic = byId.get(reason.questionId)!.topic(msg);
        const answer = answerLabel[reason.answer](msg);
        return html`<li data-question=${reason.questionId}>${msg(str`${topic}: you said "${answer}"`, {id: 'screening.reason'})}</li>`;
      })}
    </ul>`;
}

function renderResult(v: CheckView, outcome: Outcome): TemplateResult {
  const {msg, state} = v;
  const wording = resultWording(v.result) ?? outcome;
  const text = outcomeText[wording];
  return html`<section
    class="result result--${outcome} focus-ring"
    part="result"
    tabindex="-1"
    data-outcome=${outcome}
    aria-labelledby="result-heading"
  >
    ${v.heading(
      1,
      html`<span id="result-heading"><span class="visually-hidden">${outcomeName[wording](msg)} </span>${text.heading(msg)}</span>`,
      {
        part: 'result-heading',
      },
    )}
    <p>${text.body(msg)}</p>
    ${renderReasons(v, v.result.reasons)}
    <p>${text.next(msg)}</p>
    ${outcome === 'clear' ? nothing : v.clinicContact}
    <div class="actions">
      ${actionButton(v, 'print', msg('Print your answers', {id: 'screening.print'}), () => window.print(), {disabled: false})}
      ${
        state.mode === 'step'
          ? actionButton(v, 'review', msg('Change your answers', {id: 'screening.change'}), () => v.send({type: 'review'}), {
              secondary: true,
            })
          : nothing
      }
      ${
        state.confirmingReset
          ? nothing
          : actionButton(v, 'start-again', msg('Start again', {id: 'screening.reset'}), () => v.send({type: 'ask-reset'}), {
              secondary: true,
            })
      }
    </div>
    ${state.confirmingReset ? renderConfirmReset(v) : nothing}
  </section>`;
}

/** "Start again" asks first: one wrong tap must not clear 16 answers. */
function renderConfirmReset(v: CheckView): TemplateResult {
  const {msg} = v;
  return html`<div class="confirm focus-ring" part="confirm-reset" tabindex="-1" role="group" aria-labelledby="confirm-reset-question">
    <p id="confirm-reset-question">
      ${msg('Do you want to clear all your answers and start again?', {id: 'screening.reset.confirm', desc: 'Asked after "Start again" is pressed, before any answer is cleared.'})}
    </p>
    <div class="actions">
      ${actionButton(v, 'confirm-reset', msg('Yes, clear my answers', {id: 'screening.reset.yes', desc: 'Button: clears every answer and goes back to the first question.'}), () => v.send({type: 'reset'}))}
      ${actionButton(v, 'cancel-reset', msg('No, keep my answers', {id: 'screening.reset.no', desc: 'Button: closes the question and keeps every answer.'}), () => v.send({type: 'cancel-reset'}), {secondary: true, disabled: false})}
    </div>
  </div>`;
}

function renderPrintView(v: CheckView): TemplateResult {
  const {msg, state} = v;
  const wording = resultWording(v.result);
  const today = formatLongDate(v.locale, new Date(Date.now()), {utc: false});
  return html`<div class="print-only" data-print-view>
    <p>${msg(str`Filled in on ${today}`, {id: 'screening.print.date'})}</p>
    <table>
      <thead>
        <tr>
          <th scope="col">${msg('Question', {id: 'screening.print.question'})}</th>
          <th scope="col">${msg('Your answer', {id: 'screening.print.answer'})}</th>
        </tr>
      </thead>
      <tbody>
        ${v.questions.map((question) => {
          const answer = state.answers[question.id];
          return html`<tr>
            <td>${question.question(msg)}</td>
            <td>${answer ? answerLabel[answer](msg) : msg('Not answered', {id: 'screening.print.unanswered'})}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${
      wording === null
        ? nothing
        : html`<p><strong>${outcomeText[wording].heading(msg)}</strong></p>
            <p>${outcomeText[wording].body(msg)}</p>`
    }
  </div>`;
}
