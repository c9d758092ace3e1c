import type {SourceId} from './sources.js';
import {str} from '@lit/localize';
import type {Msg, Text} from './text.js';

/**
 * The project's screening policy (content brief, "Screening"). Sources
 * disagree on some conditions; the policy takes the cautious side.
 */

export type Answer = 'yes' | 'no' | 'not-sure';
export const answers: readonly Answer[] = ['yes', 'no', 'not-sure'];

/** "stop": do not have it until you have spoken with your practitioner. "discuss": tell them first. */
export type Outcome = 'stop' | 'discuss' | 'clear';

/** What must wait for the talk with the practitioner: the whole treatment, or only e-stim. */
export type StopScope = 'dry-needling' | 'e-stim';

export interface ScreeningQuestion {
  id: string;
  question: Text;
  /** The condition in a few words, for the reasons in the result. */
  topic: Text;
  ifYes: 'stop' | 'discuss';
  ifNotSure: 'stop' | 'discuss';
  /** What a "stop" from this question rules out. */
  stopScope: StopScope;
}

interface PolicyQuestion {
  id: string;
  question: Text;
  topic: Text;
  ifYes: 'stop' | 'discuss';
  /** Asked only when electrical stimulation is used. */
  eStimOnly?: boolean;
  /** With electrical stimulation, these answers mean "stop" for e-stim. */
  withEStim?: {stopOn: readonly Answer[]};
}

const policy: readonly PolicyQuestion[] = [
  {
    id: 'needle-fear',
    question: (msg) =>
      msg('Are you very afraid of needles, or do you not want needles?', {
        id: 'screening.needle-fear.question',
        desc: 'A screening question before dry needling, answered Yes, No or Not sure.',
      }),
    topic: (msg) =>
      msg('A strong fear of needles, or not wanting needles', {
        id: 'screening.needle-fear.topic',
        desc: 'The condition in a few words, listed in the result under "Because of these answers".',
      }),
    ifYes: 'stop',
  },
  {
    id: 'infection',
    question: (msg) =>
      msg('Do you have an infection now, such as a fever, or infected skin where you will be treated?', {
        id: 'screening.infection.question',
        desc: 'A screening question before dry needling, answered Yes, No or Not sure.',
      }),
    topic: (msg) =>
      msg('An infection now', {
        id: 'screening.infection.topic',
        desc: 'The condition in a few words, listed in the result under "Because of these answers".',
      }),
    ifYes: 'stop',
  },
  {
    id: 'new-illness',
    question: (msg) =>
      msg('Do you have a new illness today, such as a cold, flu, fever, vomiting or diarrhoea? Do not count a long-term condition.', {
        id: 'screening.new-illness.question',
        desc: 'A screening question before dry needling, answered Yes, No or Not sure. Only a new, short illness today; not a long-term condition.',
      }),
    topic: (msg) =>
      msg('A new illness today', {
        id: 'screening.new-illness.topic',
        desc: 'The condition in a few words, listed in the result under "Because of these answers".',
      }),
    ifYes: 'stop',
  },
  {
    id: 'alcohol-drugs',
    question: (msg) =>
      msg('Have you had any alcohol, drugs or medicines today that affect how clearly you can think?', {
        id: 'screening.alcohol-drugs.question',
        desc: 'A screening question before dry needling, answered Yes, No or Not sure. Drugs means any drugs, legal or not; medicines means any medicine (such as strong pain relievers or sleeping pills).',
      }),
    topic: (msg) =>
      msg('Alcohol, drugs or medicines today that affect your thinking', {
        id: 'screening.alcohol-drugs.topic',
        desc: 'The condition in a few words, listed in the result under "Because of these answers".',
      }),
    ifYes: 'stop',
  },
  {
    id: 'lymphoedema',
    question: (msg) =>
      msg('Do you have lymphoedema (long-lasting swelling because lymph fluid does not drain) in the area to be treated?', {
        id: 'screening.lymphoedema.question',
        desc: 'A screening question before dry needling, answered Yes, No or Not sure.',
      }),
    topic: (msg) =>
      msg('Lymphoedema in the area to be treated', {
        id: 'screening.lymphoedema.topic',
        desc: 'The condition in a few words, listed in the result under "Because of these answers".',
      }),
    ifYes: 'stop',
  },
  {
    id: 'consent',
    question: (msg) =>
      msg('Are you filling this in for someone who cannot understand the treatment or agree to it?', {
        id: 'screening.consent.question',
        desc: 'A screening question before dry needling, answered Yes, No or Not sure.',
      }),
    topic: (msg) =>
      msg('Someone else is filling this in for the patient', {
        id: 'screening.consent.topic',
        desc: 'The condition in a few words, listed in the result under "Because of these answers".',
      }),
    ifYes: 'stop',
  },
  {
    id: 'implanted-device',
    question: (msg) =>
      msg('Do you have a pacemaker, a defibrillator, or another electronic device or pump inside your body?', {
        id: 'screening.implanted-device.question',
        desc: 'A screening question before dry needling, answered Yes, No or Not sure.',
      }),
    topic: (msg) =>
      msg('A pacemaker, defibrillator or other device inside your body', {
        id: 'screening.implanted-device.topic',
        desc: 'The condition in a few words, listed in the result under "Because of these answers".',
      }),
    ifYes: 'discuss',
    withEStim: {stopOn: ['yes', 'not-sure']},
  },
  {
    id: 'pregnancy',
    question: (msg) =>
      msg('Are you pregnant, or could you be?', {
        id: 'screening.pregnancy.question',
        desc: 'A screening question before dry needling, answered Yes, No or Not sure.',
      }),
    topic: (msg) =>
      msg('Being pregnant, or maybe pregnant', {
        id: 'screening.pregnancy.topic',
        desc: 'The condition in a few words, listed in the result under "Because of these answers".',
      }),
    ifYes: 'discuss',
    withEStim: {stopOn: ['yes']},
  },
  {
    id: 'blood-thinners',
    question: (msg) =>
      msg(
        'Do you take medicine to thin your blood or prevent clots? For example: warfarin, apixaban, rivaroxaban, edoxaban, dabigatran, heparin injections, clopidogrel, ticagrelor, prasugrel or daily aspirin. Or do you have a bleeding disorder, or bleed or bruise easily?',
        {
          id: 'screening.blood-thinners.question',
          desc: 'A screening question before dry needling, answered Yes, No or Not sure. Keep every medicine name, including the antiplatelet medicines (clopidogrel, ticagrelor, prasugrel, daily aspirin): use the names patients in your language know.',
        },
      ),
    topic: (msg) =>
      msg('Medicine to thin the blood, or bleeding easily', {
        id: 'screening.blood-thinners.topic',
        desc: 'The condition in a few words, listed in the result under "Because of these answers".',
      }),
    ifYes: 'discuss',
  },
  {
    id: 'weak-immunity',
    question: (msg) =>
      msg('Do you have a weak immune system, for example because of chemotherapy or steroids?', {
        id: 'screening.weak-immunity.question',
        desc: 'A screening question before dry needling, answered Yes, No or Not sure.',
      }),
    topic: (msg) =>
      msg('A weak immune system', {
        id: 'screening.weak-immunity.topic',
        desc: 'The condition in a few words, listed in the result under "Because of these answers".',
      }),
    ifYes: 'discuss',
  },
  {
    id: 'diabetes',
    question: (msg) =>
      msg('Do you have diabetes?', {
        id: 'screening.diabetes.question',
        desc: 'A screening question before dry needling, answered Yes, No or Not sure.',
      }),
    topic: (msg) =>
      msg('Diabetes', {
        id: 'screening.diabetes.topic',
        desc: 'The condition in a few words, listed in the result under "Because of these answers".',
      }),
    ifYes: 'discuss',
  },
  {
    id: 'epilepsy',
    question: (msg) =>
      msg('Do you have epilepsy or seizures?', {
        id: 'screening.epilepsy.question',
        desc: 'A screening question before dry needling, answered Yes, No or Not sure.',
      }),
    topic: (msg) =>
      msg('Epilepsy or seizures', {
        id: 'screening.epilepsy.topic',
        desc: 'The condition in a few words, listed in the result under "Because of these answers".',
      }),
    ifYes: 'discuss',
  },
  {
    id: 'heart-valve',
    question: (msg) =>
      msg('Do you have a problem with a heart valve, or a replacement heart valve?', {
        id: 'screening.heart-valve.question',
        desc: 'A screening question before dry needling, answered Yes, No or Not sure.',
      }),
    topic: (msg) =>
      msg('A heart valve problem or replacement valve', {
        id: 'screening.heart-valve.topic',
        desc: 'The condition in a few words, listed in the result under "Because of these answers".',
      }),
    ifYes: 'discuss',
  },
  {
    id: 'cancer',
    question: (msg) =>
      msg('Do you have cancer now, anywhere in your body? Or have you had cancer treatment near the area to be treated?', {
        id: 'screening.cancer.question',
        desc: 'A screening question before dry needling, answered Yes, No or Not sure.',
      }),
    topic: (msg) =>
      msg('Cancer, or cancer treatment near the area', {
        id: 'screening.cancer.topic',
        desc: 'The condition in a few words, listed in the result under "Because of these answers".',
      }),
    ifYes: 'discuss',
  },
  {
    id: 'lymph-nodes',
    question: (msg) =>
      msg('Have you had lymph nodes removed, or radiotherapy (radiation treatment), near the area to be treated?', {
        id: 'screening.lymph-nodes.question',
        desc: 'A screening question before dry needling, answered Yes, No or Not sure.',
      }),
    topic: (msg) =>
      msg('Lymph nodes removed, or radiotherapy, near the area', {
        id: 'screening.lymph-nodes.topic',
        desc: 'The condition in a few words, listed in the result under "Because of these answers".',
      }),
    ifYes: 'discuss',
  },
  {
    id: 'vascular',
    question: (msg) =>
      msg('Do you have problems with your blood vessels, or varicose veins, in the area to be treated?', {
        id: 'screening.vascular.question',
        desc: 'A screening question before dry needling, answered Yes, No or Not sure.',
      }),
    topic: (msg) =>
      msg('Blood vessel problems or varicose veins in the area', {
        id: 'screening.vascular.topic',
        desc: 'The condition in a few words, listed in the result under "Because of these answers".',
      }),
    ifYes: 'discuss',
  },
  {
    id: 'implant',
    question: (msg) =>
      msg(
        'Do you have an implant near the area to be treated, such as a breast implant, a joint replacement, or a metal plate or screws?',
        {
          id: 'screening.implant.question',
          desc: 'A screening question before dry needling, answered Yes, No or Not sure.',
        },
      ),
    topic: (msg) =>
      msg('An implant near the area', {
        id: 'screening.implant.topic',
        desc: 'The condition in a few words, listed in the result under "Because of these answers".',
      }),
    ifYes: 'discuss',
  },
  {
    id: 'numb-area',
    question: (msg) =>
      msg('Is the area to be treated numb, or does it have little feeling?', {
        id: 'screening.numb-area.question',
        desc: 'A screening question before dry needling, answered Yes, No or Not sure.',
      }),
    topic: (msg) =>
      msg('Little or no feeling in the area', {
        id: 'screening.numb-area.topic',
        desc: 'The condition in a few words, listed in the result under "Because of these answers".',
      }),
    ifYes: 'discuss',
  },
  {
    id: 'broken-skin',
    question: (msg) =>
      msg('Do you have broken skin or a rash in the area to be treated?', {
        id: 'screening.broken-skin.question',
        desc: 'A screening question before dry needling, answered Yes, No or Not sure.',
      }),
    topic: (msg) =>
      msg('Broken skin or a rash in the area', {
        id: 'screening.broken-skin.topic',
        desc: 'The condition in a few words, listed in the result under "Because of these answers".',
      }),
    ifYes: 'discuss',
  },
  {
    id: 'metal-allergy',
    question: (msg) =>
      msg('Are you allergic to metal, such as nickel?', {
        id: 'screening.metal-allergy.question',
        desc: 'A screening question before dry needling, answered Yes, No or Not sure.',
      }),
    topic: (msg) =>
      msg('An allergy to metal', {
        id: 'screening.metal-allergy.topic',
        desc: 'The condition in a few words, listed in the result under "Because of these answers".',
      }),
    ifYes: 'discuss',
  },
  {
    id: 'lung',
    question: (msg) =>
      msg('Do you have a lung disease, or have you had surgery on your chest?', {
        id: 'screening.lung.question',
        desc: 'A screening question before dry needling, answered Yes, No or Not sure.',
      }),
    topic: (msg) =>
      msg('Lung disease or past chest surgery', {
        id: 'screening.lung.topic',
        desc: 'The condition in a few words, listed in the result under "Because of these answers".',
      }),
    ifYes: 'discuss',
  },
  {
    id: 'recent-surgery',
    question: (msg) =>
      msg('Have you recently had surgery near the area to be treated?', {
        id: 'screening.recent-surgery.question',
        desc: 'A screening question before dry needling, answered Yes, No or Not sure.',
      }),
    topic: (msg) =>
      msg('Recent surgery near the area', {
        id: 'screening.recent-surgery.topic',
        desc: 'The condition in a few words, listed in the result under "Because of these answers".',
      }),
    ifYes: 'discuss',
  },
  {
    id: 'communication',
    question: (msg) =>
      msg('Do you need an interpreter, or help to say how you feel during treatment?', {
        id: 'screening.communication.question',
        desc: 'A screening question before dry needling, answered Yes, No or Not sure.',
      }),
    topic: (msg) =>
      msg('Needing an interpreter or help to communicate', {
        id: 'screening.communication.topic',
        desc: 'The condition in a few words, listed in the result under "Because of these answers".',
      }),
    ifYes: 'discuss',
  },
  {
    id: 'fainting',
    question: (msg) =>
      msg('Have you ever fainted when you had needles or an injection?', {
        id: 'screening.fainting.question',
        desc: 'A screening question before dry needling, answered Yes, No or Not sure.',
      }),
    topic: (msg) =>
      msg('Fainting with needles before', {
        id: 'screening.fainting.topic',
        desc: 'The condition in a few words, listed in the result under "Because of these answers".',
      }),
    ifYes: 'discuss',
  },
  {
    id: 'under-18',
    question: (msg) =>
      msg('Are you under 18?', {
        id: 'screening.under-18.question',
        desc: 'A screening question before dry needling, answered Yes, No or Not sure.',
      }),
    topic: (msg) =>
      msg('Being under 18', {
        id: 'screening.under-18.topic',
        desc: 'The condition in a few words, listed in the result under "Because of these answers".',
      }),
    ifYes: 'discuss',
  },
  {
    id: 'heart-rhythm',
    question: (msg) =>
      msg('Do you have heart rhythm problems?', {
        id: 'screening.heart-rhythm.question',
        desc: 'A screening question before dry needling, answered Yes, No or Not sure.',
      }),
    topic: (msg) =>
      msg('Heart rhythm problems', {
        id: 'screening.heart-rhythm.topic',
        desc: 'The condition in a few words, listed in the result under "Because of these answers".',
      }),
    ifYes: 'discuss',
    eStimOnly: true,
  },
];

/**
 * The questions to ask, in order, with the rules that apply: with `eStim`,
 * the electrical-stimulation questions too, and the stricter e-stim rules.
 * Implants and devices are asked of everyone, so a clinic that forgets the
 * e-stim setting still hears about a pacemaker.
 */
export function questionsFor({eStim}: {eStim: boolean}): readonly ScreeningQuestion[] {
  return policy
    .filter((entry) => eStim || !entry.eStimOnly)
    .map(({id, question, topic, ifYes, withEStim}) => {
      const stopOn = eStim ? (withEStim?.stopOn ?? []) : [];
      return {
        id,
        question,
        topic,
        ifYes: stopOn.includes('yes') ? 'stop' : ifYes,
        ifNotSure: stopOn.includes('not-sure') ? 'stop' : 'discuss',
        stopScope: withEStim ? 'e-stim' : 'dry-needling',
      };
    });
}

export const screeningSources: readonly SourceId[] = ['S2', 'S3', 'L5', 'L12'];

export type Answers = Readonly<Record<string, Answer | undefined>>;

export interface Reason {
  questionId: string;
  answer: 'yes' | 'not-sure';
  /** What this answer on its own leads to. */
  leadsTo: 'stop' | 'discuss';
  /** With `leadsTo: "stop"`: what must wait, dry needling or only e-stim. */
  stops?: StopScope;
}

export interface ScreeningResult {
  /** null while any question is unanswered. */
  outcome: Outcome | null;
  /** The answers that lead away from "clear", most serious first, in question order within a tier. */
  reasons: Reason[];
  /** With "stop": "e-stim" when only e-stim must wait, else "dry-needling". */
  stops?: StopScope;
}

/** The rules: "stop" beats "discuss"; "not sure" counts as "discuss" unless the question says otherwise. */
export function screen(questions: readonly ScreeningQuestion[], given: Answers): ScreeningResult {
  const reasons: Reason[] = [];
  for (const question of questions) {
    const answer = given[question.id];
    if (answer !== 'yes' && answer !== 'not-sure') continue;
    const leadsTo = answer === 'yes' ? question.ifYes : question.ifNotSure;
    reasons.push(
      leadsTo === 'stop'
        ? {questionId: question.id, answer, leadsTo, stops: question.stopScope}
        : {questionId: question.id, answer, leadsTo},
    );
  }
  reasons.sort((a, b) => Number(b.leadsTo === 'stop') - Number(a.leadsTo === 'stop'));
  const complete = questions.every((question) => given[question.id] !== undefined);
  if (!complete) return {outcome: null, reasons};
  const stopping = reasons.filter((reason) => reason.leadsTo === 'stop');
  if (stopping.length > 0) {
    return {outcome: 'stop', reasons, stops: stopping.some((reason) => reason.stops === 'dry-needling') ? 'dry-needling' : 'e-stim'};
  }
  return {outcome: reasons.length > 0 ? 'discuss' : 'clear', reasons};
}

export const answerLabel: Readonly<Record<Answer, Text>> = {
  yes: (msg) => msg('Yes', {id: 'screening.answer.yes'}),
  no: (msg) => msg('No', {id: 'screening.answer.no'}),
  'not-sure': (msg) => msg('Not sure', {id: 'screening.answer.not-sure'}),
};

/** The wording of a result: "stop" has two, for dry needling as a whole and for e-stim only. */
export type ResultWording = 'stop' | 'stop-e-stim' | 'discuss' | 'clear';

export function resultWording(result: ScreeningResult): ResultWording | null {
  if (result.outcome === 'stop' && result.stops === 'e-stim') return 'stop-e-stim';
  return result.outcome;
}

const callBeforeAppointment: Text = (msg) =>
  msg('Call your practitioner before your appointment, and show them these answers.', {
    id: 'screening.outcome.stop.next',
    desc: 'The result of the screening questions.',
  });

/** What each result tells the patient. "clear" never says "safe". */
export const outcomeText: Readonly<Record<ResultWording, {heading: Text; body: Text; next: Text}>> = {
  stop: {
    heading: (msg) =>
      msg('Talk to your practitioner before you have dry needling', {
        id: 'screening.outcome.stop.heading',
        desc: 'The result of the screening questions. The strongest result.',
      }),
    body: (msg) =>
      msg('Something in your answers means you should not have dry needling until you have spoken with your practitioner.', {
        id: 'screening.outcome.stop.body',
        desc: 'The result of the screening questions.',
      }),
    next: callBeforeAppointment,
  },
  'stop-e-stim': {
    heading: (msg) =>
      msg('Talk to your practitioner before you have e-stim', {
        id: 'screening.outcome.stop-e-stim.heading',
        desc: 'The result of the screening questions. Only electrical stimulation (e-stim) must wait, not dry needling as a whole.',
      }),
    body: (msg) =>
      msg(
        'Something in your answers means you should not have e-stim (a mild electrical current through the needles) until you have spoken with your practitioner.',
        {
          id: 'screening.outcome.stop-e-stim.body',
          desc: 'The result of the screening questions.',
        },
      ),
    next: callBeforeAppointment,
  },
  discuss: {
    heading: (msg) =>
      msg('Tell your practitioner about this before treatment', {
        id: 'screening.outcome.discuss.heading',
        desc: 'The result of the screening questions.',
      }),
    body: (msg) =>
      msg('Your practitioner needs to know this before treatment. They may change how they treat you.', {
        id: 'screening.outcome.discuss.body',
        desc: 'The result of the screening questions.',
      }),
    next: (msg) =>
      msg('Show these answers to your practitioner at the start of your appointment.', {
        id: 'screening.outcome.discuss.next',
        desc: 'The result of the screening questions.',
      }),
  },
  clear: {
    heading: (msg) =>
      msg('Your answers show nothing you need to discuss before treatment', {
        id: 'screening.outcome.clear.heading',
        desc: 'The result of the screening questions. It must never sound like "safe" or "nothing wrong".',
      }),
    body: (msg) =>
      msg('Your practitioner will still review your health history.', {
        id: 'screening.outcome.clear.body',
        desc: 'The result of the screening questions.',
      }),
    next: (msg) =>
      msg('Tell your practitioner if anything changes before your appointment.', {
        id: 'screening.outcome.clear.next',
        desc: 'The result of the screening questions.',
      }),
  },
};

/** Heard before the result heading by screen readers, like the red-flag tiers. */
export const outcomeName: Readonly<Record<ResultWording, Text>> = {
  stop: (msg) =>
    msg('Result: stop and talk first.', {
      id: 'screening.outcome.stop.name',
      desc: 'Hidden text for screen readers before the strongest result: do not have dry needling until you have talked to your practitioner.',
    }),
  'stop-e-stim': (msg) =>
    msg('Result: no e-stim until you have talked.', {
      id: 'screening.outcome.stop-e-stim.name',
      desc: 'Hidden text for screen readers before the result that rules out electrical stimulation (not dry needling) until the patient has talked to the practitioner.',
    }),
  discuss: (msg) =>
    msg('Result: tell your practitioner.', {
      id: 'screening.outcome.discuss.name',
      desc: 'Hidden text for screen readers before the result that asks the patient to tell the practitioner before treatment.',
    }),
  clear: (msg) =>
    msg('Result: nothing to discuss first.', {
      id: 'screening.outcome.clear.name',
      desc: 'Hidden text for screen readers before the clear result. Must not sound like "safe".',
    }),
};

/** About 8 seconds a question, never less than 2 minutes (so the sentence stays plural). */
export const minutesFor = (count: number): number => Math.max(2, Math.ceil((count * 8) / 60));

/** What the check says before its first question. */
export const screeningIntro = {
  title: (msg: Msg) => msg('Before dry needling: a quick health check', {id: 'screening.title'}),
  intro: (msg: Msg) =>
    msg('Answer these questions to see if you should talk to your practitioner before treatment.', {id: 'screening.intro'}),
  /** `questions`: the questions asked (the placeholders keep the names translators saw). */
  length: (msg: Msg, questions: {length: number}) =>
    msg(str`There are ${questions.length} questions. It takes about ${minutesFor(questions.length)} minutes.`, {
      id: 'screening.length',
      desc: 'Before the first question: how many questions there are (always more than 1) and about how many minutes they take (always 2 or more).',
    }),
};
