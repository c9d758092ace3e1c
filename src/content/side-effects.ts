import type {SourceId} from './sources.js';
import type {Text} from './text.js';

export type SideEffectId =
  | 'soreness'
  | 'bleeding'
  | 'bruising'
  | 'tiredness'
  | 'faintness'
  | 'nausea'
  | 'flare'
  | 'skin-redness'
  | 'twitch'
  | 'headache';

export interface SideEffect {
  id: SideEffectId;
  /** What is normal and for how long, in a sentence or two. */
  whatIsNormal: Text;
  sources: readonly SourceId[];
}

export const sideEffects: readonly SideEffect[] = [
  {
    id: 'soreness',
    whatIsNormal: (msg) =>
      msg('Soreness where the needles went in, like after a workout. It can be worst the next morning and usually eases within 2 days.', {
        id: 'side-effect.soreness.normal',
      }),
    sources: ['S0', 'S2', 'S3', 'S4', 'L1', 'L2'],
  },
  {
    id: 'bleeding',
    whatIsNormal: (msg) =>
      msg('A drop or two of blood when a needle comes out. It stops within about a minute if you press on it.', {
        id: 'side-effect.bleeding.normal',
      }),
    sources: ['S0', 'S1', 'S2', 'S3', 'L1', 'L2'],
  },
  {
    id: 'bruising',
    whatIsNormal: (msg) =>
      msg('A small bruise. It fades within a few days, or up to a week.', {id: 'side-effect.bruising.normal'}),
    sources: ['S0', 'S1', 'S2', 'S3', 'L1', 'L2'],
  },
  {
    id: 'tiredness',
    whatIsNormal: (msg) =>
      msg('Feeling tired or sleepy for a few hours, sometimes into the next day.', {id: 'side-effect.tiredness.normal'}),
    sources: ['S0', 'S1', 'S2', 'S4', 'L1'],
  },
  {
    id: 'faintness',
    whatIsNormal: (msg) =>
      msg('Feeling light-headed during or just after the session. Tell your practitioner and lie down until it passes.', {
        id: 'side-effect.faintness.normal',
      }),
    sources: ['S0', 'S1', 'S2', 'S3'],
  },
  {
    id: 'nausea',
    whatIsNormal: (msg) =>
      msg('Feeling a little sick during or after the session.', {id: 'side-effect.nausea.normal'}),
    sources: ['S0', 'L1'],
  },
  {
    id: 'flare',
    whatIsNormal: (msg) =>
      msg('Your usual pain feels worse for a day or two before it gets better.', {id: 'side-effect.flare.normal'}),
    sources: ['S0', 'S1', 'L1'],
  },
  {
    id: 'skin-redness',
    whatIsNormal: (msg) =>
      msg('Red or warm skin, or small red spots, where the needles went in. This goes within a few hours.', {
        id: 'side-effect.skin-redness.normal',
      }),
    sources: ['S0', 'S1', 'S3', 'S4'],
  },
  {
    id: 'twitch',
    whatIsNormal: (msg) =>
      msg('A quick jump of the muscle while the needle is in. This is expected.', {id: 'side-effect.twitch.normal'}),
    sources: ['S0', 'S2', 'S4'],
  },
  {
    id: 'headache',
    whatIsNormal: (msg) => msg('A mild headache after the session.', {id: 'side-effect.headache.normal'}),
    sources: ['L1'],
  },
];
