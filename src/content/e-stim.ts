import type {SourceId} from './sources.js';
import type {Text} from './text.js';

/**
 * Health conditions that matter when a mild electrical current is passed
 * through the needles ("e-stim"). `stop`: no e-stim until the practitioner
 * has been told (content brief, "With electrical stimulation").
 */
export const eStimCautions: ReadonlyArray<{id: string; text: Text; stop: boolean}> = [
  {
    id: 'implanted-device',
    text: (msg) =>
      msg('You have a pacemaker, defibrillator, or another electronic device or pump inside your body', {
        id: 'e-stim.implanted-device',
        desc: 'In the list of conditions that rule out e-stim until the patient has spoken with the practitioner.',
      }),
    stop: true,
  },
  {
    id: 'pregnancy',
    text: (msg) =>
      msg('You are pregnant, or could be', {
        id: 'e-stim.pregnancy',
        desc: 'In the list of conditions that rule out e-stim until the patient has spoken with the practitioner.',
      }),
    stop: true,
  },
  {
    id: 'heart-rhythm',
    text: (msg) =>
      msg('Heart rhythm problems', {
        id: 'e-stim.heart-rhythm',
        desc: 'In the list of conditions to tell the practitioner about before e-stim.',
      }),
    stop: false,
  },
  {
    id: 'metal-implant',
    text: (msg) =>
      msg('A metal implant near the area to be treated', {
        id: 'e-stim.metal-implant',
        desc: 'In the list of conditions to tell the practitioner about before e-stim.',
      }),
    stop: false,
  },
  {
    id: 'epilepsy',
    text: (msg) =>
      msg('Epilepsy or seizures', {id: 'e-stim.epilepsy', desc: 'In the list of conditions to tell the practitioner about before e-stim.'}),
    stop: false,
  },
];

export const eStimIntro: Text = (msg) =>
  msg('Sometimes a mild electrical current is passed through the needles. This is called electrical stimulation, or e-stim.', {
    id: 'e-stim.intro',
    desc: 'Where e-stim is first named: what it means.',
  });

export const eStimListHeading: {stop: Text; discuss: Text} = {
  stop: (msg) =>
    msg('Do not have e-stim until you have talked to your practitioner if:', {
      id: 'e-stim.stop-heading',
      desc: 'Before a list of conditions. It is e-stim that must not happen, not dry needling as a whole.',
    }),
  discuss: (msg) =>
    msg('Tell your practitioner before e-stim if you have:', {id: 'e-stim.discuss-heading', desc: 'Before a list of conditions.'}),
};

export const eStimSources: readonly SourceId[] = ['L5'];
