import {expect} from '@open-wc/testing';
import {
  answers as allAnswers,
  questionsFor,
  resultWording,
  screen,
  type Answer,
  type Answers,
  type Outcome,
} from '../src/content/screening.js';
import {answered} from './fixtures/contraindication-check.js';

const severity: Record<Outcome, number> = {clear: 0, discuss: 1, stop: 2};

/**
 * The content brief's screening policy, written out again independently of
 * src/content/screening.ts: what each answer to each question leads to.
 */
const STOP_ON_YES = ['needle-fear', 'infection', 'new-illness', 'alcohol-drugs', 'lymphoedema', 'consent'];
const DISCUSS_ON_YES = [
  'implanted-device',
  'pregnancy',
  'blood-thinners',
  'weak-immunity',
  'diabetes',
  'epilepsy',
  'heart-valve',
  'cancer',
  'lymph-nodes',
  'vascular',
  'implant',
  'numb-area',
  'broken-skin',
  'metal-allergy',
  'lung',
  'recent-surgery',
  'communication',
  'fainting',
  'under-18',
];
const E_STIM_ONLY = ['heart-rhythm'];

function policy(id: string, answer: Answer, eStim: boolean): Outcome {
  if (answer === 'no') return 'clear';
  if (eStim && id === 'implanted-device') return 'stop';
  if (eStim && id === 'pregnancy' && answer === 'yes') return 'stop';
  if (answer === 'not-sure') return 'discuss';
  return STOP_ON_YES.includes(id) ? 'stop' : 'discuss';
}

function expectedOutcome(given: Answers, eStim: boolean): Outcome {
  return Object.entries(given)
    .map(([id, answer]) => policy(id, answer!, eStim))
    .reduce<Outcome>((worst, outcome) => (severity[outcome] > severity[worst] ? outcome : worst), 'clear');
}

for (const eStim of [false, true]) {
  const questions = questionsFor({eStim});
  const label = eStim ? 'with e-stim' : 'without e-stim';

  describe(`screening rules ${label}`, () => {
    it('ask every question of revision 2, implants and devices of everyone', () => {
      expect(questions.map((q) => q.id)).to.have.members([...STOP_ON_YES, ...DISCUSS_ON_YES, ...(eStim ? E_STIM_ONLY : [])]);
      expect(questions.map((q) => q.id))
        .to.include('implanted-device')
        .and.include('implant');
    });

    it('give every single answer its outcome and reason', () => {
      for (const question of questions) {
        for (const answer of allAnswers) {
          const result = screen(questions, answered({[question.id]: answer}, {eStim}));
          const expected = policy(question.id, answer, eStim);
          expect(result.outcome, `${question.id}=${answer}`).to.equal(expected);
          expect(
            result.reasons.map((r) => [r.questionId, r.answer, r.leadsTo]),
            `${question.id}=${answer}`,
          ).to.deep.equal(answer === 'no' ? [] : [[question.id, answer, expected]]);
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
              expect(result.outcome, `${first.id}=${a}, ${second.id}=${b}`).to.equal(expectedOutcome(given, eStim));
              const firstDiscuss = result.reasons.findIndex((r) => r.leadsTo === 'discuss');
              expect(result.reasons.slice(firstDiscuss === -1 ? result.reasons.length : firstDiscuss).every((r) => r.leadsTo === 'discuss'))
                .to.be.true;
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
      const result = screen(questions, {...answered({}, {eStim}), ...(eStim ? {} : {'heart-rhythm': 'yes'}), bogus: 'yes'});
      expect(result.outcome).to.equal('clear');
    });
  });
}

describe('screening rules for implanted devices', () => {
  it('never turn a pacemaker into "clear" when the clinic forgets the e-stim setting', () => {
    for (const answer of ['yes', 'not-sure'] as const) {
      const questions = questionsFor({eStim: false});
      expect(screen(questions, answered({'implanted-device': answer})).outcome).to.equal('discuss');
    }
  });

  it('with e-stim, stop e-stim (not dry needling) on "yes" and on "not sure"', () => {
    const questions = questionsFor({eStim: true});
    for (const answer of ['yes', 'not-sure'] as const) {
      const result = screen(questions, answered({'implanted-device': answer}, {eStim: true}));
      expect(result.outcome).to.equal('stop');
      expect(resultWording(result)).to.equal('stop-e-stim');
    }
  });

  it('with e-stim, stop e-stim on pregnancy "yes", but discuss on "not sure"', () => {
    const questions = questionsFor({eStim: true});
    expect(resultWording(screen(questions, answered({pregnancy: 'yes'}, {eStim: true})))).to.equal('stop-e-stim');
    expect(resultWording(screen(questions, answered({pregnancy: 'not-sure'}, {eStim: true})))).to.equal('discuss');
  });

  it('say "stop dry needling" when a stop applies to the treatment as a whole, whatever else stops e-stim', () => {
    const questions = questionsFor({eStim: true});
    const result = screen(questions, answered({'implanted-device': 'yes', infection: 'yes'}, {eStim: true}));
    expect(resultWording(result)).to.equal('stop');
  });
});
