import type {Answer, Answers, ScreeningQuestion} from '../content/screening.js';

/**
 * The questionnaire as data: which page the patient is on, what they answered,
 * which problems the error summary lists, and where focus goes after each
 * action. No DOM: `reduce` is a pure function, tested on its own.
 *
 * Focus moves only after an explicit action (Continue, Back, Change, a link in
 * the error summary, Start again, a report): answering a question never moves it.
 */

export type Mode = 'all' | 'step';

export type View =
  /** mode="all": every question on one page, the result below once complete. */
  | {readonly name: 'questions'}
  /** mode="step": one question; `returnToCheck` when the patient came from "Check your answers". */
  | {readonly name: 'question'; readonly index: number; readonly returnToCheck: boolean}
  /** mode="step": every answer, each with a Change link, before the result. */
  | {readonly name: 'check'}
  /** mode="step": the result. */
  | {readonly name: 'result'};

export type Focus =
  | {readonly to: 'question' | 'radio'; readonly id: string}
  | {readonly to: 'error-summary' | 'check' | 'result' | 'confirm-reset' | 'start-again'};

export interface QuestionnaireState {
  readonly mode: Mode;
  /** Every answer given, by question id (also to questions not asked now, so turning e-stim off and on keeps them). */
  readonly answers: Answers;
  readonly view: View;
  /**
   * The questions the error summary lists, fixed when the problem was
   * reported (a submit, `reportValidity()`, Continue without an answer);
   * null when no summary is shown. Answering them does not change the list:
   * the summary goes once every listed question is answered.
   */
  readonly errors: readonly string[] | null;
  /** "Start again" was pressed and waits for Yes or No. */
  readonly confirmingReset: boolean;
}

export type Action =
  | {readonly type: 'answer'; readonly id: string; readonly answer: Answer}
  /** Answers set from outside: the `answers` or `value` property, a restored form. */
  | {readonly type: 'set-answers'; readonly answers: Answers}
  | {readonly type: 'set-mode'; readonly mode: Mode}
  /** Continue (a question, or "See your result" on the check page), or Enter on a radio in step mode. */
  | {readonly type: 'continue'}
  | {readonly type: 'back'}
  /** A Change link on the check page. */
  | {readonly type: 'change'; readonly id: string}
  /** "Change your answers" under the result: back to the check page. */
  | {readonly type: 'review'}
  /**
   * Show what is missing (a submit, `reportValidity()`, Enter in mode="all");
   * `custom`: a custom validity message is set, so the summary shows even with
   * every question answered. With nothing to show in mode="all", go to the result.
   */
  | {readonly type: 'report'; readonly custom?: boolean}
  /** A link in the error summary. */
  | {readonly type: 'go-to'; readonly id: string}
  | {readonly type: 'ask-reset'}
  | {readonly type: 'cancel-reset'}
  /** Clear every answer and start at the first question. */
  | {readonly type: 'reset'};

export interface Transition {
  readonly state: QuestionnaireState;
  /** Where focus goes after this action, if anywhere. */
  readonly focus?: Focus;
}

function firstView(mode: Mode): View {
  return mode === 'step' ? {name: 'question', index: 0, returnToCheck: false} : {name: 'questions'};
}

export function initialState(mode: Mode = 'all', answers: Answers = {}): QuestionnaireState {
  return {mode, answers, view: firstView(mode), errors: null, confirmingReset: false};
}

/** The ids of the questions not answered yet, in question order. */
export function missing(questions: readonly ScreeningQuestion[], answers: Answers): string[] {
  return questions.filter((question) => !answers[question.id]).map((question) => question.id);
}

/** The error list stays as it was reported until every listed question is answered. */
function pruneErrors(errors: readonly string[] | null, answers: Answers): readonly string[] | null {
  return errors && errors.some((id) => !answers[id]) ? errors : null;
}

/** A step-mode view that still exists for these questions and answers. */
function fit(view: View, questions: readonly ScreeningQuestion[], answers: Answers): View {
  if (view.name === 'question' && view.index >= questions.length) return {name: 'check'};
  if (view.name === 'result' && missing(questions, answers).length > 0) return {name: 'check'};
  return view;
}

export function reduce(state: QuestionnaireState, action: Action, questions: readonly ScreeningQuestion[]): Transition {
  const step = state.mode === 'step';
  const {view} = state;
  switch (action.type) {
    case 'answer': {
      if (!questions.some((question) => question.id === action.id)) return {state};
      const answers = {...state.answers, [action.id]: action.answer};
      return {state: {...state, answers, errors: pruneErrors(state.errors, answers), confirmingReset: false}};
    }
    case 'set-answers': {
      const answers = action.answers;
      return {state: {...state, answers, errors: pruneErrors(state.errors, answers), view: step ? fit(view, questions, answers) : view}};
    }
    case 'set-mode':
      return action.mode === state.mode ? {state} : {state: {...state, mode: action.mode, view: firstView(action.mode), errors: null}};
    case 'continue': {
      if (view.name === 'question') {
        const question = questions[view.index];
        if (!state.answers[question.id]) return {state: {...state, errors: [question.id]}, focus: {to: 'error-summary'}};
        const last = view.index >= questions.length - 1;
        if (view.returnToCheck || last) return {state: {...state, view: {name: 'check'}, errors: null}, focus: {to: 'check'}};
        const next = questions[view.index + 1];
        return {
          state: {...state, view: {name: 'question', index: view.index + 1, returnToCheck: false}, errors: null},
          focus: {to: 'question', id: next.id},
        };
      }
      if (view.name === 'check') {
        const absent = missing(questions, state.answers);
        if (absent.length > 0) return {state: {...state, errors: absent}, focus: {to: 'error-summary'}};
        return {state: {...state, view: {name: 'result'}, errors: null}, focus: {to: 'result'}};
      }
      return {state};
    }
    case 'back': {
      if (view.name === 'question' && view.returnToCheck)
        return {state: {...state, view: {name: 'check'}, errors: null}, focus: {to: 'check'}};
      if (view.name === 'question' && view.index > 0) {
        const previous = questions[view.index - 1];
        return {
          state: {...state, view: {name: 'question', index: view.index - 1, returnToCheck: false}, errors: null},
          focus: {to: 'question', id: previous.id},
        };
      }
      if (view.name === 'check' && questions.length > 0) {
        const last = questions[questions.length - 1];
        return {
          state: {...state, view: {name: 'question', index: questions.length - 1, returnToCheck: false}, errors: null},
          focus: {to: 'question', id: last.id},
        };
      }
      return {state};
    }
    case 'change': {
      const index = questions.findIndex((question) => question.id === action.id);
      if (!step || index < 0) return {state};
      return {
        state: {...state, view: {name: 'question', index, returnToCheck: true}, errors: null},
        focus: {to: 'question', id: action.id},
      };
    }
    case 'review':
      return step ? {state: {...state, view: {name: 'check'}, confirmingReset: false}, focus: {to: 'check'}} : {state};
    case 'report': {
      const absent = missing(questions, state.answers);
      if (absent.length > 0 || action.custom) return {state: {...state, errors: absent}, focus: {to: 'error-summary'}};
      if (!step) return {state: {...state, errors: null}, focus: {to: 'result'}};
      return {state: {...state, errors: null}};
    }
    case 'go-to': {
      const index = questions.findIndex((question) => question.id === action.id);
      if (index < 0) return {state};
      const focus: Focus = {to: 'radio', id: action.id};
      if (!step) return {state, focus};
      const returnToCheck = view.name === 'check' || (view.name === 'question' && view.returnToCheck);
      return {state: {...state, view: {name: 'question', index, returnToCheck}}, focus};
    }
    case 'ask-reset':
      return {state: {...state, confirmingReset: true}, focus: {to: 'confirm-reset'}};
    case 'cancel-reset':
      return {state: {...state, confirmingReset: false}, focus: {to: 'start-again'}};
    case 'reset': {
      const first = questions[0];
      return {state: initialState(state.mode), ...(first && {focus: {to: 'question', id: first.id} as const})};
    }
  }
}
