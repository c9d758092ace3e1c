import {eStimCautions} from './e-stim.js';
import type {SourceId} from './sources.js';
import type {Text} from './text.js';

/**
 * The project's screening policy (content README, "Screening"). Sources
 * disagree on some conditions; the policy takes the cautious side.
 */

export type Answer = 'yes' | 'no' | 'not-sure';
export const answers: readonly Answer[] = ['yes', 'no', 'not-sure'];

/** "stop": do not have dry needling until you have spoken with your practitioner. "discuss": tell them first. */
export type Outcome = 'stop' | 'discuss' | 'clear';

export interface ScreeningQuestion {
  id: string;
  question: Text;
  /** The condition in a few words, for the reasons in the result. */
  topic: Text;
  /** What a "yes" means. "Not sure" always means "discuss". */
  ifYes: 'stop' | 'discuss';
  /** Asked only when electrical stimulation is used. */
  eStimOnly: boolean;
}

/** A question about a condition that matters for electrical stimulation; some of them are asked of everyone. */
function fromEStimCaution(id: string, {eStimOnly}: {eStimOnly: boolean}): ScreeningQuestion {
  const caution = eStimCautions.find((candidate) => candidate.id === id)!;
  return {
    id: eStimOnly ? `e-stim-${id}` : id,
    question: caution.question,
    topic: caution.text,
    ifYes: caution.stop ? 'stop' : 'discuss',
    eStimOnly,
  };
}

const screeningQuestions: readonly ScreeningQuestion[] = [
  {
    id: 'needle-fear',
    question: (msg) => msg('Are you very afraid of needles, or do you not want needles?', {id: 'screening.needle-fear.question'}),
    topic: (msg) => msg('A strong fear of needles, or not wanting needles', {id: 'screening.needle-fear.topic'}),
    ifYes: 'stop',
    eStimOnly: false,
  },
  {
    id: 'infection',
    question: (msg) =>
      msg('Do you have an infection now, such as a fever, or infected skin where you will be treated?', {id: 'screening.infection.question'}),
    topic: (msg) => msg('An infection now', {id: 'screening.infection.topic'}),
    ifYes: 'stop',
    eStimOnly: false,
  },
  {
    id: 'unwell',
    question: (msg) => msg('Do you feel ill today?', {id: 'screening.unwell.question'}),
    topic: (msg) => msg('Feeling ill today', {id: 'screening.unwell.topic'}),
    ifYes: 'stop',
    eStimOnly: false,
  },
  {
    id: 'lymphoedema',
    question: (msg) =>
      msg('Do you have lymphoedema (long-lasting swelling because lymph fluid does not drain) in the area to be treated?', {
        id: 'screening.lymphoedema.question',
      }),
    topic: (msg) => msg('Lymphoedema in the area to be treated', {id: 'screening.lymphoedema.topic'}),
    ifYes: 'stop',
    eStimOnly: false,
  },
  {
    id: 'consent',
    question: (msg) =>
      msg('Are you filling this in for someone who cannot understand the treatment or agree to it?', {id: 'screening.consent.question'}),
    topic: (msg) => msg('Someone else is filling this in for the patient', {id: 'screening.consent.topic'}),
    ifYes: 'stop',
    eStimOnly: false,
  },
  fromEStimCaution('pregnancy', {eStimOnly: false}),
  {
    id: 'blood-thinners',
    question: (msg) => msg('Do you take blood thinners, or do you have a bleeding disorder?', {id: 'screening.blood-thinners.question'}),
    topic: (msg) => msg('Blood thinners or a bleeding disorder', {id: 'screening.blood-thinners.topic'}),
    ifYes: 'discuss',
    eStimOnly: false,
  },
  {
    id: 'weak-immunity',
    question: (msg) =>
      msg('Do you have a weak immune system, for example because of chemotherapy or steroids?', {id: 'screening.weak-immunity.question'}),
    topic: (msg) => msg('A weak immune system', {id: 'screening.weak-immunity.topic'}),
    ifYes: 'discuss',
    eStimOnly: false,
  },
  {
    id: 'diabetes',
    question: (msg) => msg('Do you have diabetes?', {id: 'screening.diabetes.question'}),
    topic: (msg) => msg('Diabetes', {id: 'screening.diabetes.topic'}),
    ifYes: 'discuss',
    eStimOnly: false,
  },
  fromEStimCaution('epilepsy', {eStimOnly: false}),
  {
    id: 'vascular',
    question: (msg) =>
      msg('Do you have problems with your blood vessels, or varicose veins, in the area to be treated?', {id: 'screening.vascular.question'}),
    topic: (msg) => msg('Blood vessel problems or varicose veins in the area', {id: 'screening.vascular.topic'}),
    ifYes: 'discuss',
    eStimOnly: false,
  },
  {
    id: 'metal-allergy',
    question: (msg) => msg('Are you allergic to metal, such as nickel?', {id: 'screening.metal-allergy.question'}),
    topic: (msg) => msg('An allergy to metal', {id: 'screening.metal-allergy.topic'}),
    ifYes: 'discuss',
    eStimOnly: false,
  },
  {
    id: 'lung',
    question: (msg) => msg('Do you have a lung disease, or have you had surgery on your chest?', {id: 'screening.lung.question'}),
    topic: (msg) => msg('Lung disease or past chest surgery', {id: 'screening.lung.topic'}),
    ifYes: 'discuss',
    eStimOnly: false,
  },
  {
    id: 'recent-surgery',
    question: (msg) => msg('Have you recently had surgery near the area to be treated?', {id: 'screening.recent-surgery.question'}),
    topic: (msg) => msg('Recent surgery near the area', {id: 'screening.recent-surgery.topic'}),
    ifYes: 'discuss',
    eStimOnly: false,
  },
  {
    id: 'fainting',
    question: (msg) => msg('Have you ever fainted when you had needles?', {id: 'screening.fainting.question'}),
    topic: (msg) => msg('Fainting with needles before', {id: 'screening.fainting.topic'}),
    ifYes: 'discuss',
    eStimOnly: false,
  },
  {
    id: 'under-18',
    question: (msg) => msg('Are you under 18?', {id: 'screening.under-18.question'}),
    topic: (msg) => msg('Being under 18', {id: 'screening.under-18.topic'}),
    ifYes: 'discuss',
    eStimOnly: false,
  },
  fromEStimCaution('implanted-device', {eStimOnly: true}),
  fromEStimCaution('heart-rhythm', {eStimOnly: true}),
  fromEStimCaution('metal-implant', {eStimOnly: true}),
];

/** The questions to ask, in order: with `eStim`, the electrical stimulation ones too. */
export function questionsFor({eStim}: {eStim: boolean}): readonly ScreeningQuestion[] {
  return screeningQuestions.filter((question) => eStim || !question.eStimOnly);
}

export const screeningSources: readonly SourceId[] = ['S2', 'S3', 'L5'];

export type Answers = Readonly<Record<string, Answer | undefined>>;

export interface Reason {
  questionId: string;
  answer: 'yes' | 'not-sure';
  /** What this answer on its own leads to. */
  leadsTo: 'stop' | 'discuss';
}

export interface ScreeningResult {
  /** null while any question is unanswered. */
  outcome: Outcome | null;
  /** The answers that lead away from "clear", most serious first, in question order within a tier. */
  reasons: Reason[];
}

/** The rules: "stop" beats "discuss", and "not sure" counts as "discuss". */
export function screen(questions: readonly ScreeningQuestion[], given: Answers): ScreeningResult {
  const reasons: Reason[] = [];
  for (const question of questions) {
    const answer = given[question.id];
    if (answer === 'yes') reasons.push({questionId: question.id, answer, leadsTo: question.ifYes});
    if (answer === 'not-sure') reasons.push({questionId: question.id, answer, leadsTo: 'discuss'});
  }
  reasons.sort((a, b) => Number(b.leadsTo === 'stop') - Number(a.leadsTo === 'stop'));
  const complete = questions.every((question) => given[question.id] !== undefined);
  if (!complete) return {outcome: null, reasons};
  const outcome: Outcome = reasons.some((r) => r.leadsTo === 'stop') ? 'stop' : reasons.length > 0 ? 'discuss' : 'clear';
  return {outcome, reasons};
}

export const answerLabel: Readonly<Record<Answer, Text>> = {
  yes: (msg) => msg('Yes', {id: 'screening.answer.yes'}),
  no: (msg) => msg('No', {id: 'screening.answer.no'}),
  'not-sure': (msg) => msg('Not sure', {id: 'screening.answer.not-sure'}),
};

/** What each outcome tells the patient. "clear" never says "safe". */
export const outcomeText: Readonly<Record<Outcome, {heading: Text; body: Text; next: Text}>> = {
  stop: {
    heading: (msg) => msg('Talk to your practitioner before you have dry needling', {id: 'screening.outcome.stop.heading'}),
    body: (msg) =>
      msg('Something in your answers means you should not have dry needling until you have spoken with your practitioner.', {
        id: 'screening.outcome.stop.body',
      }),
    next: (msg) =>
      msg('Call your practitioner before your appointment, and show them these answers.', {id: 'screening.outcome.stop.next'}),
  },
  discuss: {
    heading: (msg) => msg('Tell your practitioner about this before treatment', {id: 'screening.outcome.discuss.heading'}),
    body: (msg) =>
      msg('Your practitioner needs to know this before treatment. They may change how they treat you.', {
        id: 'screening.outcome.discuss.body',
      }),
    next: (msg) => msg('Show these answers to your practitioner at the start of your appointment.', {id: 'screening.outcome.discuss.next'}),
  },
  clear: {
    heading: (msg) => msg('Nothing in your answers needs a talk first', {id: 'screening.outcome.clear.heading'}),
    body: (msg) => msg('Your practitioner will still review your health history.', {id: 'screening.outcome.clear.body'}),
    next: (msg) => msg('Tell your practitioner if anything changes before your appointment.', {id: 'screening.outcome.clear.next'}),
  },
};

/** Heard before the result heading by screen readers, like the red-flag tiers. */
export const outcomeName: Readonly<Record<Outcome, Text>> = {
  stop: (msg) => msg('Result: stop and talk first.', {id: 'screening.outcome.stop.name'}),
  discuss: (msg) => msg('Result: tell your practitioner.', {id: 'screening.outcome.discuss.name'}),
  clear: (msg) => msg('Result: nothing found.', {id: 'screening.outcome.clear.name'}),
};
