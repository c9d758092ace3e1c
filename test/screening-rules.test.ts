import {expect} from '@open-wc/testing';
import {answers as allAnswers, questionsFor, screen, type Answer, type Answers, type Outcome} from '../src/content/screening.js';
import {answered} from './fixtures/contraindication-check.js';

const severity: Record<Outcome, number> = {clear: 0, discuss: 1, stop: 2};

/** An independent statement of the policy: each answer's own outcome, the most serious wins. */
function expectedOutcome(ifYes: Record<string, 'stop' | 'discuss'>, given: Answers): Outcome {
  const each = Object.entries(given).map(([id, answer]): Outcome =>
    answer === 'yes' ? ifYes[id] : answer === 'not-sure' ? 'discuss' : 'clear',
  );
  return each.reduce<Outcome>((worst, outcome) => (severity[outcome] > severity[worst] ? outcome : worst), 'clear');
}

for (const eStim of [false, true]) {
  const questions = questionsFor({eStim});
  const ifYes = Object.fromEntries(questions.map((q) => [q.id, q.ifYes]));
  const label = eStim ? 'with e-stim' : 'without e-stim';

  describe(`screening rules ${label}`, () => {
    it('follow the project policy: which "yes" answers mean stop', () => {
      const stops = questions.filter((q) => q.ifYes === 'stop').map((q) => q.id);
      expect(stops).to.deep.equal(
        ['needle-fear', 'infection', 'unwell', 'lymphoedema', 'consent', ...(eStim ? ['e-stim-implanted-device'] : [])],
      );
      const discuss = questions.filter((q) => q.ifYes === 'discuss').map((q) => q.id);
      expect(discuss).to.deep.equal([
        'pregnancy', 'blood-thinners', 'weak-immunity', 'diabetes', 'epilepsy', 'vascular', 'metal-allergy', 'lung',
        'recent-surgery', 'fainting', 'under-18', ...(eStim ? ['e-stim-heart-rhythm', 'e-stim-metal-implant'] : []),
      ]);
    });

    it('give every single answer its outcome and reason', () => {
      for (const question of questions) {
        for (const answer of allAnswers) {
          const result = screen(questions, answered({[question.id]: answer}, {eStim}));
          const expected: Outcome = answer === 'no' ? 'clear' : answer === 'not-sure' ? 'discuss' : question.ifYes;
          expect(result.outcome, `${question.id}=${answer}`).to.equal(expected);
          expect(result.reasons).to.deep.equal(
            answer === 'no' ? [] : [{questionId: question.id, answer, leadsTo: answer === 'yes' ? question.ifYes : 'discuss'}],
          );
        }
      }
    });

    it('let stop beat discuss in every pair of answers', () => {
      let checked = 0;
      for (const first of questions) {
        for (const second of questions) {
          if (first === second) continue;
          for (const a of allAnswers) {
            for (const b of allAnswers) {
              const given = answered({[first.id]: a, [second.id]: b}, {eStim});
              const result = screen(questions, given);
              expect(result.outcome, `${first.id}=${a}, ${second.id}=${b}`).to.equal(expectedOutcome(ifYes, given));
              const stopsFirst = result.reasons.findIndex((r) => r.leadsTo === 'discuss');
              expect(result.reasons.slice(stopsFirst === -1 ? result.reasons.length : stopsFirst).every((r) => r.leadsTo === 'discuss')).to.be.true;
              checked += 1;
            }
          }
        }
      }
      expect(checked).to.equal(questions.length * (questions.length - 1) * 9);
    });

    it('give no outcome while any question is unanswered, but keep the reasons so far', () => {
      for (const question of questions) {
        const given: Record<string, Answer | undefined> = {...answered({infection: 'yes'}, {eStim})};
        delete given[question.id];
        const result = screen(questions, given);
        expect(result.outcome).to.equal(null);
        expect(result.reasons.map((r) => r.questionId)).to.deep.equal(question.id === 'infection' ? [] : ['infection']);
      }
      expect(screen(questions, {}).outcome).to.equal(null);
    });

    it('ignore answers to questions that are not asked', () => {
      const result = screen(questions, {...answered({}, {eStim}), 'e-stim-implanted-device': eStim ? 'no' : 'yes', bogus: 'yes'});
      expect(result.outcome).to.equal('clear');
    });
  });
}
