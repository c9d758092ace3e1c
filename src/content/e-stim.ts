import type {SourceId} from './sources.js';
import type {Text} from './text.js';

/**
 * Health conditions that matter when an electrical current is passed through
 * the needles ("e-stim"). `stop` marks those that rule e-stim out until the
 * practitioner has been told.
 */
export const eStimCautions: ReadonlyArray<{id: string; text: Text; question: Text; stop: boolean}> = [
  {
    id: 'implanted-device',
    text: (msg) => msg('A pacemaker, defibrillator, or another implanted electronic device or pump', {id: 'e-stim.implanted-device'}),
    question: (msg) =>
      msg('Do you have a pacemaker, a defibrillator, or another electronic device or pump inside your body?', {
        id: 'screening.e-stim-implanted-device.question',
      }),
    stop: true,
  },
  {
    id: 'heart-rhythm',
    text: (msg) => msg('Heart rhythm problems', {id: 'e-stim.heart-rhythm'}),
    question: (msg) => msg('Do you have heart rhythm problems?', {id: 'screening.e-stim-heart-rhythm.question'}),
    stop: false,
  },
  {
    id: 'metal-implant',
    text: (msg) => msg('A metal implant near the area to be treated', {id: 'e-stim.metal-implant'}),
    question: (msg) => msg('Do you have a metal implant near the area to be treated?', {id: 'screening.e-stim-metal-implant.question'}),
    stop: false,
  },
  {
    id: 'epilepsy',
    text: (msg) => msg('Epilepsy or seizures', {id: 'e-stim.epilepsy'}),
    question: (msg) => msg('Do you have epilepsy or seizures?', {id: 'screening.epilepsy.question'}),
    stop: false,
  },
  {
    id: 'pregnancy',
    text: (msg) => msg('Being pregnant, or maybe pregnant', {id: 'e-stim.pregnancy'}),
    question: (msg) => msg('Are you pregnant, or could you be?', {id: 'screening.pregnancy.question'}),
    stop: false,
  },
];

export const eStimIntro: Text = (msg) =>
  msg('Sometimes a mild electrical current is passed through the needles. This is called electrical stimulation, or e-stim. Tell your practitioner before treatment if you have:', {
    id: 'e-stim.intro',
  });

export const eStimSources: readonly SourceId[] = ['L5'];
