import {expect} from '@open-wc/testing';
import {questionsFor} from '../src/content/screening.js';
import {
  initialState,
  missing,
  reduce,
  type Action,
  type QuestionnaireState,
  type Transition,
} from '../src/contraindication-check/questionnaire.js';
import {answered} from './fixtures/contraindication-check.js';

// The questionnaire's state machine on its own: no element, no DOM.
const questions = questionsFor({eStim: false});
const ids = questions.map((question) => question.id);
const last = ids.length - 1;

function run(state: QuestionnaireState, ...actions: Action[]): Transition {
  let transition: Transition = {state};
  for (const action of actions) transition = reduce(transition.state, action, questions);
  return transition;
}

describe('questionnaire state', () => {
  it('starts on every question (all) or on the first (step), with nothing answered and no errors', () => {
    expect(initialState('all')).to.deep.equal({mode: 'all', answers: {}, view: {name: 'questions'}, errors: null, confirmingReset: false});
    expect(initialState('step').view).to.deep.equal({name: 'question', index: 0, returnToCheck: false});
  });

  it('never moves focus when a question is answered', () => {
    for (const mode of ['all', 'step'] as const) {
      const {state, focus} = run(initialState(mode, answered()), {type: 'answer', id: ids[last], answer: 'not-sure'});
      expect(focus).to.equal(undefined);
      expect(state.answers[ids[last]]).to.equal('not-sure');
    }
  });

  it('ignores answers to questions that are not asked', () => {
    const {state} = run(initialState('all'), {type: 'answer', id: 'no-such-question', answer: 'yes'});
    expect(state.answers).to.deep.equal({});
  });

  describe('reports (submit, reportValidity, Enter)', () => {
    it('list every missing question, in order, and focus the error summary', () => {
      const given = {[ids[0]]: 'no', [ids[2]]: 'yes'} as const;
      const {state, focus} = run(initialState('all', given), {type: 'report'});
      expect(state.errors).to.deep.equal(ids.filter((id) => !(id in given)));
      expect(focus).to.deep.equal({to: 'error-summary'});
    });

    it('keep the list as reported while the patient answers, and drop it once every listed question is answered', () => {
      const reported = run(initialState('all'), {type: 'report'}).state;
      const partly = run(reported, {type: 'answer', id: ids[0], answer: 'no'}).state;
      expect(partly.errors).to.deep.equal(ids);
      const done = run(partly, ...ids.slice(1).map((id): Action => ({type: 'answer', id, answer: 'no'}))).state;
      expect(done.errors).to.equal(null);
    });

    it('name the first unanswered questions in step mode, not the one on screen', () => {
      const onThird = run(
        initialState('step', {[ids[0]]: 'no', [ids[1]]: 'no', [ids[2]]: 'no'}),
        {type: 'continue'},
        {type: 'continue'},
      ).state;
      expect(onThird.view).to.deep.equal({name: 'question', index: 2, returnToCheck: false});
      expect(run(onThird, {type: 'report'}).state.errors).to.deep.equal(ids.slice(3));
    });

    it('with nothing missing, go to the result in mode="all"', () => {
      expect(run(initialState('all', answered()), {type: 'report'}).focus).to.deep.equal({to: 'result'});
    });
  });

  describe('error summary links', () => {
    it('focus the question in mode="all", even though nothing else changes', () => {
      const reported = run(initialState('all'), {type: 'report'}).state;
      const {state, focus} = run(reported, {type: 'go-to', id: ids[3]});
      expect(state).to.equal(reported);
      expect(focus).to.deep.equal({to: 'radio', id: ids[3]});
    });

    it('open that question in step mode, and focus it even when it is already on screen', () => {
      const reported = run(initialState('step'), {type: 'report'}).state;
      expect(run(reported, {type: 'go-to', id: ids[4]}).state.view).to.deep.equal({name: 'question', index: 4, returnToCheck: false});
      expect(run(reported, {type: 'go-to', id: ids[0]}).focus).to.deep.equal({to: 'radio', id: ids[0]});
    });
  });

  describe('step by step', () => {
    it('asks for an answer before Continue, naming only that question', () => {
      const {state, focus} = run(initialState('step'), {type: 'continue'});
      expect(state.view).to.deep.equal({name: 'question', index: 0, returnToCheck: false});
      expect(state.errors).to.deep.equal([ids[0]]);
      expect(focus).to.deep.equal({to: 'error-summary'});
    });

    it('goes on with Continue and back with Back, moving focus to the question', () => {
      const next = run(initialState('step', answered()), {type: 'continue'});
      expect(next.state.view).to.deep.equal({name: 'question', index: 1, returnToCheck: false});
      expect(next.focus).to.deep.equal({to: 'question', id: ids[1]});
      const back = run(next.state, {type: 'back'});
      expect(back.state.view).to.deep.equal({name: 'question', index: 0, returnToCheck: false});
      expect(back.focus).to.deep.equal({to: 'question', id: ids[0]});
    });

    it('shows "Check your answers" after the last question, then the result only after Continue', () => {
      const atCheck = run(initialState('step', answered()), ...ids.map((): Action => ({type: 'continue'})));
      expect(atCheck.state.view).to.deep.equal({name: 'check'});
      expect(atCheck.focus).to.deep.equal({to: 'check'});
      const result = run(atCheck.state, {type: 'continue'});
      expect(result.state.view).to.deep.equal({name: 'result'});
      expect(result.focus).to.deep.equal({to: 'result'});
    });

    it('changes one answer from the check page and comes back to it', () => {
      const atCheck = run(initialState('step', answered()), ...ids.map((): Action => ({type: 'continue'}))).state;
      const changing = run(atCheck, {type: 'change', id: ids[5]});
      expect(changing.state.view).to.deep.equal({name: 'question', index: 5, returnToCheck: true});
      expect(changing.focus).to.deep.equal({to: 'question', id: ids[5]});
      const back = run(changing.state, {type: 'answer', id: ids[5], answer: 'yes'}, {type: 'continue'});
      expect(back.state.view).to.deep.equal({name: 'check'});
      expect(back.focus).to.deep.equal({to: 'check'});
      expect(run(changing.state, {type: 'back'}).state.view).to.deep.equal({name: 'check'});
    });

    it('lists every missing question when the check page is continued incomplete', () => {
      const partly = {...answered()} as Record<string, 'no' | undefined>;
      delete partly[ids[1]];
      delete partly[ids[last]];
      const atCheck = {...initialState('step', partly), view: {name: 'check'} as const};
      const {state, focus} = run(atCheck, {type: 'continue'});
      expect(state.view).to.deep.equal({name: 'check'});
      expect(state.errors).to.deep.equal([ids[1], ids[last]]);
      expect(focus).to.deep.equal({to: 'error-summary'});
    });

    it('goes from the result back to the check page with "Change your answers"', () => {
      const atResult = {...initialState('step', answered()), view: {name: 'result'} as const};
      expect(run(atResult, {type: 'review'})).to.deep.equal({state: {...atResult, view: {name: 'check'}}, focus: {to: 'check'}});
    });

    it('leaves the result for the check page when answers set from outside make it incomplete', () => {
      const atResult = {...initialState('step', answered()), view: {name: 'result'} as const};
      expect(run(atResult, {type: 'set-answers', answers: {}}).state.view).to.deep.equal({name: 'check'});
    });
  });

  describe('Start again', () => {
    it('asks first, and No keeps every answer', () => {
      const start = initialState('all', answered({[ids[0]]: 'yes'}));
      const asking = run(start, {type: 'ask-reset'});
      expect(asking.state.confirmingReset).to.be.true;
      expect(asking.state.answers).to.equal(start.answers);
      expect(asking.focus).to.deep.equal({to: 'confirm-reset'});
      const kept = run(asking.state, {type: 'cancel-reset'});
      expect(kept.state).to.deep.equal(start);
      expect(kept.focus).to.deep.equal({to: 'start-again'});
    });

    it('Yes clears every answer and goes to the first question', () => {
      for (const mode of ['all', 'step'] as const) {
        const {state, focus} = run({...initialState(mode, answered()), confirmingReset: true}, {type: 'reset'});
        expect(state).to.deep.equal(initialState(mode));
        expect(focus).to.deep.equal({to: 'question', id: ids[0]});
      }
    });
  });

  it('missing() lists unanswered questions in order', () => {
    expect(missing(questions, {})).to.deep.equal(ids);
    expect(missing(questions, answered())).to.deep.equal([]);
  });
});
