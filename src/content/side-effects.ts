import type {WarningSignId} from './red-flags.js';
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

/** "About `count` in `per` treatments"; `countHigh` makes it a range where studies differ. */
export interface Frequency {
  count: number;
  countHigh?: number;
  per: number;
  /** What was counted, when it is narrower than the side effect itself. */
  counted?: Text;
  sources: readonly SourceId[];
}

export interface SideEffect {
  id: SideEffectId;
  name: Text;
  /** What it feels or looks like. */
  feelsLike: Text;
  /** How long it usually lasts, where the sources say. */
  lasts?: Text;
  frequencies: readonly Frequency[];
  selfCare?: Text;
  /** The red-flag signs that mean it is no longer normal. */
  notNormal: {emergency?: readonly WarningSignId[]; urgent?: readonly WarningSignId[]};
  sources: readonly SourceId[];
}

export const sideEffects: readonly SideEffect[] = [
  {
    id: 'soreness',
    name: (msg) => msg('Soreness', {id: 'side-effect.soreness.name'}),
    feelsLike: (msg) => msg('An ache where the needles went in, like after a workout.', {id: 'side-effect.soreness.feels'}),
    lasts: (msg) => msg('It can be worst the next morning. It usually eases within 1 to 2 days.', {id: 'side-effect.soreness.lasts'}),
    frequencies: [
      {count: 2, per: 100, counted: (msg) => msg('Pain after treatment', {id: 'side-effect.soreness.counted-after'}), sources: ['L1']},
      {count: 3, countHigh: 6, per: 100, counted: (msg) => msg('Pain during treatment', {id: 'side-effect.soreness.counted-during'}), sources: ['L1', 'L2']},
    ],
    selfCare: (msg) => msg('Use heat or ice, and move and stretch gently. Rest the muscle from hard exercise for 1 to 2 days.', {id: 'side-effect.soreness.self-care'}),
    notNormal: {urgent: ['lasting-pain', 'sharp-pain']},
    sources: ['S0', 'S2', 'S3', 'S4', 'L1', 'L2'],
  },
  {
    id: 'bleeding',
    name: (msg) => msg('Bleeding', {id: 'side-effect.bleeding.name'}),
    feelsLike: (msg) => msg('A drop or two of blood when a needle comes out.', {id: 'side-effect.bleeding.feels'}),
    lasts: (msg) => msg('It stops within about a minute if you press on it.', {id: 'side-effect.bleeding.lasts'}),
    frequencies: [{count: 5, countHigh: 16, per: 100, sources: ['L1', 'L2']}],
    selfCare: (msg) => msg('Press on it with clean gauze.', {id: 'side-effect.bleeding.self-care'}),
    notNormal: {emergency: ['bleeding']},
    sources: ['S0', 'S1', 'S2', 'S3', 'L1', 'L2'],
  },
  {
    id: 'bruising',
    name: (msg) => msg('Bruising', {id: 'side-effect.bruising.name'}),
    feelsLike: (msg) => msg('A small bruise where a needle went in. It is more likely if you take blood thinners.', {id: 'side-effect.bruising.feels'}),
    lasts: (msg) => msg('It fades within a few days, or up to a week.', {id: 'side-effect.bruising.lasts'}),
    frequencies: [{count: 8, per: 100, sources: ['L1', 'L2']}],
    selfCare: (msg) => msg('Put a cold pack on it early on.', {id: 'side-effect.bruising.self-care'}),
    notNormal: {urgent: ['worsening']},
    sources: ['S0', 'S1', 'S2', 'S3', 'L1', 'L2'],
  },
  {
    id: 'tiredness',
    name: (msg) => msg('Tiredness', {id: 'side-effect.tiredness.name'}),
    feelsLike: (msg) => msg('Feeling tired or sleepy after the session.', {id: 'side-effect.tiredness.feels'}),
    lasts: (msg) => msg('It lasts a few hours, sometimes into the next day.', {id: 'side-effect.tiredness.lasts'}),
    frequencies: [],
    selfCare: (msg) => msg('Plan a light day and get some sleep.', {id: 'side-effect.tiredness.self-care'}),
    notNormal: {},
    sources: ['S0', 'S1', 'S2', 'S4', 'L1'],
  },
  {
    id: 'faintness',
    name: (msg) => msg('Feeling faint', {id: 'side-effect.faintness.name'}),
    feelsLike: (msg) => msg('Feeling light-headed or faint during or just after the session. It is more likely if you are anxious, hungry or thirsty.', {id: 'side-effect.faintness.feels'}),
    frequencies: [],
    selfCare: (msg) => msg('Eat something light before your session and drink water. If you feel faint, tell your practitioner, lie down and get up slowly.', {id: 'side-effect.faintness.self-care'}),
    notNormal: {emergency: ['fainting', 'breathing', 'chest']},
    sources: ['S0', 'S1', 'S2', 'S3'],
  },
  {
    id: 'nausea',
    name: (msg) => msg('Feeling sick', {id: 'side-effect.nausea.name'}),
    feelsLike: (msg) => msg('Feeling a little sick during or after the session, often when you feel anxious.', {id: 'side-effect.nausea.feels'}),
    frequencies: [{count: 1, per: 1000, sources: ['L1']}],
    selfCare: (msg) => msg('Tell your practitioner and rest.', {id: 'side-effect.nausea.self-care'}),
    notNormal: {},
    sources: ['S0', 'L1'],
  },
  {
    id: 'flare',
    name: (msg) => msg('Pain flare', {id: 'side-effect.flare.name'}),
    feelsLike: (msg) => msg('Your usual pain feels worse before it gets better.', {id: 'side-effect.flare.feels'}),
    lasts: (msg) => msg('It lasts a day or two.', {id: 'side-effect.flare.lasts'}),
    frequencies: [{count: 1, per: 100, sources: ['L1']}],
    selfCare: (msg) => msg('Stay gently active. A light massage can help.', {id: 'side-effect.flare.self-care'}),
    notNormal: {urgent: ['lasting-pain']},
    sources: ['S0', 'S1', 'L1'],
  },
  {
    id: 'skin-redness',
    name: (msg) => msg('Red skin', {id: 'side-effect.skin-redness.name'}),
    feelsLike: (msg) => msg('Red or warm skin, or small red spots, where the needles went in.', {id: 'side-effect.skin-redness.feels'}),
    lasts: (msg) => msg('It goes within minutes to a few hours.', {id: 'side-effect.skin-redness.lasts'}),
    frequencies: [],
    selfCare: (msg) => msg('Nothing is needed.', {id: 'side-effect.skin-redness.self-care'}),
    notNormal: {urgent: ['spreading-redness', 'discharge', 'worsening']},
    sources: ['S0', 'S1', 'S3', 'S4'],
  },
  {
    id: 'twitch',
    name: (msg) => msg('Muscle twitch', {id: 'side-effect.twitch.name'}),
    feelsLike: (msg) => msg('A quick jump of the muscle when a needle reaches a tight spot. This is expected during treatment.', {id: 'side-effect.twitch.feels'}),
    frequencies: [],
    notNormal: {},
    sources: ['S0', 'S2', 'S4'],
  },
  {
    id: 'headache',
    name: (msg) => msg('Headache', {id: 'side-effect.headache.name'}),
    feelsLike: (msg) => msg('A mild headache after the session.', {id: 'side-effect.headache.feels'}),
    frequencies: [{count: 1, per: 700, sources: ['L1']}],
    selfCare: (msg) => msg('Rest and drink water.', {id: 'side-effect.headache.self-care'}),
    notNormal: {urgent: ['worry']},
    sources: ['L1'],
  },
];

export type RareEventId = 'pneumothorax' | 'infection' | 'nerve-vessel-injury';

export interface RareEvent {
  id: RareEventId;
  name: Text;
  about: Text;
  frequencies: readonly Frequency[];
  sources: readonly SourceId[];
}

export const rareEvents: readonly RareEvent[] = [
  {
    id: 'pneumothorax',
    name: (msg) => msg('Collapsed lung (pneumothorax)', {id: 'rare-event.pneumothorax.name'}),
    about: (msg) =>
      msg('Air gets between the lung and the chest wall. This can only happen when needles go near the chest, upper back, shoulder or neck. Signs can start hours later, or up to 2 days later. The risk is higher if you have lung disease or had chest surgery.', {
        id: 'rare-event.pneumothorax.about',
      }),
    frequencies: [
      {count: 1, per: 1_000_000, counted: (msg) => msg('In a large study of acupuncture', {id: 'rare-event.pneumothorax.counted'}), sources: ['L3']},
    ],
    sources: ['S1', 'S2', 'S3', 'S4', 'L3', 'L4'],
  },
  {
    id: 'infection',
    name: (msg) => msg('Infection', {id: 'rare-event.infection.name'}),
    about: (msg) =>
      msg('An infection where a needle went in. This is very rare when single-use sterile needles are used.', {id: 'rare-event.infection.about'}),
    frequencies: [],
    sources: ['S0', 'S2', 'S3', 'S4'],
  },
  {
    id: 'nerve-vessel-injury',
    name: (msg) => msg('Injury to a nerve, blood vessel or organ', {id: 'rare-event.nerve-vessel-injury.name'}),
    about: (msg) =>
      msg('A needle can hurt a nerve, a blood vessel or an organ, or cause a large bruise under the skin. This is rare.', {
        id: 'rare-event.nerve-vessel-injury.about',
      }),
    frequencies: [],
    sources: ['S2', 'S3'],
  },
];

/** How often any side effect happens, across all treatments. */
export const overallRates: ReadonlyArray<{id: 'mild' | 'major'; name: Text; frequency: Frequency; note?: Text}> = [
  {
    id: 'mild',
    name: (msg) => msg('Any mild side effect', {id: 'overall.mild.name'}),
    frequency: {count: 20, countHigh: 33, per: 100, sources: ['L1', 'L2']},
  },
  {
    id: 'major',
    name: (msg) => msg('A major event, such as a collapsed lung, heavy bleeding or a long flare', {id: 'overall.major.name'}),
    frequency: {count: 1, per: 1000, sources: ['L2']},
    note: (msg) => msg('Another large study saw no serious event in 7,629 treatments.', {id: 'overall.major.note'}),
  },
];

export const sideEffectsIntro: Text = (msg) =>
  msg('Most side effects are mild and go away on their own. Here is what is normal, how often it happens and what helps.', {
    id: 'side-effects.intro',
  });
