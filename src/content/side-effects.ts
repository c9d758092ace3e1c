import {str} from '@lit/localize';
import type {Frequency} from './frequency.js';
import {delayedChestSymptoms, type Escalation} from './red-flags.js';
import type {SourceId} from './sources.js';
import type {Text} from './text.js';

export type SideEffectId =
  'soreness' | 'bleeding' | 'bruising' | 'tiredness' | 'faintness' | 'nausea' | 'flare' | 'skin-redness' | 'twitch' | 'headache';

export interface SideEffect {
  id: SideEffectId;
  name: Text;
  /** What it feels or looks like. */
  feelsLike: Text;
  /** How long it usually lasts, where the sources say. */
  lasts?: Text;
  /** A short figure beside the name, when a single number would mislead ("Most people"). */
  headline?: Text;
  frequencies: readonly Frequency[];
  selfCare?: Text;
  /** The red-flag signs that mean it is no longer normal. */
  notNormal: Escalation;
  sources: readonly SourceId[];
}

export const sideEffects: readonly SideEffect[] = [
  {
    id: 'soreness',
    name: (msg) => msg('Soreness', {id: 'side-effect.soreness.name'}),
    feelsLike: (msg) =>
      msg('An ache where the needles went in, like after a workout. The area can be tender when you press or move it.', {
        id: 'side-effect.soreness.feels',
      }),
    lasts: (msg) =>
      msg('It is usually worst in the first day and gone within 3 days.', {
        id: 'side-effect.soreness.lasts',
        desc: 'How long normal soreness lasts. Keep "first day" and "within 3 days" exact.',
      }),
    headline: (msg) =>
      msg('Most people', {id: 'side-effect.soreness.headline', desc: 'Beside "Soreness": how many people get it. Most people do.'}),
    frequencies: [
      {
        count: 3,
        countHigh: 9,
        per: 10,
        of: 'people',
        sentence: (msg, {count, high, per}) =>
          msg(str`In studies, about ${count} to ${high} in ${per} people were sore after dry needling.`, {
            id: 'side-effect.soreness.in-trials',
            desc: 'A figure from clinical trials. Placeholders are numbers already written in the reader’s language.',
          }),
        sources: ['L9'],
      },
      {
        count: 52,
        per: 100,
        of: 'people',
        sentence: (msg, {count, per}) =>
          msg(str`In a patient survey, about ${count} in ${per} people were sore on the first day.`, {
            id: 'side-effect.soreness.survey',
            desc: 'A figure from a survey of patients. Placeholders are numbers already written in the reader’s language.',
          }),
        sources: ['L10'],
      },
    ],
    selfCare: (msg) =>
      msg('Use heat or ice, and move and stretch gently. Rest the muscle from hard exercise for 1 to 2 days.', {
        id: 'side-effect.soreness.self-care',
      }),
    notNormal: {emergency: ['breathing-pain'], urgent: ['lasting-pain']},
    sources: ['S0', 'S2', 'S3', 'S4', 'L6', 'L9', 'L10'],
  },
  {
    id: 'bleeding',
    name: (msg) => msg('Bleeding', {id: 'side-effect.bleeding.name'}),
    feelsLike: (msg) => msg('A drop or two of blood when a needle comes out.', {id: 'side-effect.bleeding.feels'}),
    lasts: (msg) => msg('It stops within about a minute if you press on it.', {id: 'side-effect.bleeding.lasts'}),
    frequencies: [{count: 5, countHigh: 16, per: 100, of: 'treatments', sources: ['L1', 'L2']}],
    selfCare: (msg) => msg('Press on it with clean gauze.', {id: 'side-effect.bleeding.self-care'}),
    notNormal: {emergency: ['bleeding'], urgent: ['growing-bruise']},
    sources: ['S0', 'S1', 'S2', 'S3', 'L1', 'L2'],
  },
  {
    id: 'bruising',
    name: (msg) => msg('Bruising', {id: 'side-effect.bruising.name'}),
    feelsLike: (msg) =>
      msg('A small bruise where a needle went in. It is more likely if you take medicine to thin your blood.', {
        id: 'side-effect.bruising.feels',
      }),
    lasts: (msg) => msg('It fades within a few days, or up to a week.', {id: 'side-effect.bruising.lasts'}),
    frequencies: [{count: 8, per: 100, of: 'treatments', sources: ['L1', 'L2']}],
    selfCare: (msg) => msg('Put a cold pack on it early on.', {id: 'side-effect.bruising.self-care'}),
    notNormal: {urgent: ['growing-bruise']},
    sources: ['S0', 'S1', 'S2', 'S3', 'L1', 'L2'],
  },
  {
    id: 'tiredness',
    name: (msg) => msg('Tiredness', {id: 'side-effect.tiredness.name'}),
    feelsLike: (msg) => msg('Feeling tired or sleepy after the session.', {id: 'side-effect.tiredness.feels'}),
    lasts: (msg) => msg('It lasts a few hours, sometimes into the next day.', {id: 'side-effect.tiredness.lasts'}),
    frequencies: [
      {
        count: 22,
        per: 100,
        of: 'people',
        sentence: (msg, {count, per}) =>
          msg(str`In a patient survey, about ${count} in ${per} people felt tired on the first day.`, {
            id: 'side-effect.tiredness.survey',
            desc: 'A figure from a survey of patients. Placeholders are numbers already written in the reader’s language.',
          }),
        sources: ['L10'],
      },
    ],
    selfCare: (msg) =>
      msg('Plan a light day and get some sleep. Do not drive while you feel drowsy.', {
        id: 'side-effect.tiredness.self-care',
        desc: 'Includes a safety instruction: no driving while drowsy.',
      }),
    notNormal: {},
    sources: ['S0', 'S1', 'S2', 'S4', 'L1', 'L10'],
  },
  {
    id: 'faintness',
    name: (msg) => msg('Feeling faint', {id: 'side-effect.faintness.name'}),
    feelsLike: (msg) =>
      msg(
        'Feeling light-headed or faint during or just after the session, at the clinic. It is more likely if you are anxious, hungry or thirsty.',
        {
          id: 'side-effect.faintness.feels',
        },
      ),
    frequencies: [],
    selfCare: (msg) =>
      msg(
        'Eat something light before your session and drink water. If you feel faint, tell your practitioner, lie down and get up slowly. Do not drive until you feel completely normal.',
        {
          id: 'side-effect.faintness.self-care',
          desc: 'Includes a safety instruction: no driving until the person feels completely normal again.',
        },
      ),
    notNormal: {emergency: ['fainting'], urgent: ['fainting-later']},
    sources: ['S0', 'S1', 'S2', 'S3'],
  },
  {
    id: 'nausea',
    name: (msg) =>
      msg('Nausea (feeling like you might vomit)', {
        id: 'side-effect.nausea.name',
        desc: 'Name of a side effect: the urge to vomit. Use the plain word patients know, with a short explanation.',
      }),
    feelsLike: (msg) =>
      msg('Feeling like you might vomit, during or after the session. It often comes with feeling anxious.', {
        id: 'side-effect.nausea.feels',
      }),
    frequencies: [
      {
        count: 1,
        per: 800,
        of: 'treatments',
        sentence: (msg, {count, per}) =>
          msg(str`Practitioners recorded it after about ${count} in ${per} treatments.`, {
            id: 'side-effect.nausea.recorded',
            desc: 'A figure recorded by practitioners (which undercounts what patients feel). Placeholders are numbers.',
          }),
        sources: ['L1'],
      },
    ],
    selfCare: (msg) => msg('Tell your practitioner and rest.', {id: 'side-effect.nausea.self-care'}),
    notNormal: {},
    sources: ['S0', 'L1'],
  },
  {
    id: 'flare',
    name: (msg) => msg('Pain flare', {id: 'side-effect.flare.name'}),
    feelsLike: (msg) =>
      msg('Your usual pain feels worse for a day or two.', {
        id: 'side-effect.flare.feels',
        desc: 'Do not add that pain gets better afterwards: no improvement is promised.',
      }),
    frequencies: [{count: 1, per: 100, of: 'treatments', sources: ['L1']}],
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
    notNormal: {urgent: ['fever', 'spreading-redness', 'discharge', 'worsening-site']},
    sources: ['S0', 'S1', 'S3', 'S4'],
  },
  {
    id: 'twitch',
    name: (msg) => msg('Muscle twitch', {id: 'side-effect.twitch.name'}),
    feelsLike: (msg) =>
      msg('A quick jump of the muscle when a needle reaches a tight spot. This is expected during treatment.', {
        id: 'side-effect.twitch.feels',
      }),
    frequencies: [],
    notNormal: {},
    sources: ['S0', 'S2', 'S4'],
  },
  {
    id: 'headache',
    name: (msg) => msg('Headache', {id: 'side-effect.headache.name'}),
    feelsLike: (msg) => msg('A mild headache after the session.', {id: 'side-effect.headache.feels'}),
    frequencies: [
      {
        count: 15,
        per: 100,
        of: 'people',
        sentence: (msg, {count, per}) =>
          msg(str`In a patient survey, about ${count} in ${per} people had a headache on the first day.`, {
            id: 'side-effect.headache.survey',
            desc: 'A figure from a survey of patients. Placeholders are numbers already written in the reader’s language.',
          }),
        sources: ['L10'],
      },
      {
        count: 1,
        per: 700,
        of: 'treatments',
        sentence: (msg, {count, per}) =>
          msg(str`Practitioners recorded a headache after about ${count} in ${per} treatments.`, {
            id: 'side-effect.headache.recorded',
            desc: 'A figure recorded by practitioners (which undercounts what patients feel). Placeholders are numbers.',
          }),
        sources: ['L1'],
      },
    ],
    selfCare: (msg) => msg('Rest and drink water.', {id: 'side-effect.headache.self-care'}),
    notNormal: {emergency: ['headache']},
    sources: ['L1', 'L10'],
  },
];

export type RareEventId = 'pneumothorax' | 'infection' | 'nerve-vessel-injury' | 'allergy' | 'retained-needle';

export interface RareEvent {
  id: RareEventId;
  name: Text;
  /** What it is, a paragraph each. */
  about: readonly Text[];
  frequencies: readonly Frequency[];
  /** Its signs, by tier: the same red-flag signs `<dn-red-flags>` lists. */
  signs: Escalation;
  sources: readonly SourceId[];
}

export const rareEvents: readonly RareEvent[] = [
  {
    id: 'pneumothorax',
    name: (msg) => msg('Collapsed lung (pneumothorax)', {id: 'rare-event.pneumothorax.name', desc: 'Name of a rare, serious side effect.'}),
    about: [
      (msg) => msg('Air gets between the lung and the chest wall.', {id: 'rare-event.pneumothorax.about'}),
      delayedChestSymptoms,
      (msg) => msg('The risk is higher if you have lung disease or had chest surgery.', {id: 'rare-event.pneumothorax.risk'}),
    ],
    frequencies: [
      {
        count: 2,
        per: 1_000_000,
        of: 'treatments',
        sentence: (msg, {count, per}) =>
          msg(
            str`After acupuncture near the chest, about ${count} in ${per} treatments led to a hospital stay for a collapsed lung. How often it happens after dry needling has not been measured.`,
            {
              id: 'rare-event.pneumothorax.figure',
              desc: 'A figure from a large study of acupuncture (not dry needling). Placeholders are numbers already written in the reader’s language. Keep the second sentence: the rate for dry needling is unknown.',
            },
          ),
        sources: ['L3'],
      },
    ],
    signs: {emergency: ['breathing', 'breathing-pain']},
    sources: ['S1', 'S2', 'S3', 'S4', 'L3', 'L4'],
  },
  {
    id: 'infection',
    name: (msg) => msg('Infection', {id: 'rare-event.infection.name', desc: 'Name of a rare, serious side effect.'}),
    about: [
      (msg) =>
        msg('An infection where a needle went in. This is very rare when single-use sterile needles are used.', {
          id: 'rare-event.infection.about',
        }),
    ],
    frequencies: [],
    signs: {emergency: ['sepsis'], urgent: ['fever', 'spreading-redness', 'discharge']},
    sources: ['S0', 'S2', 'S3', 'S4'],
  },
  {
    id: 'nerve-vessel-injury',
    name: (msg) =>
      msg('Injury to a nerve or blood vessel', {id: 'rare-event.nerve-vessel-injury.name', desc: 'Name of a rare, serious side effect.'}),
    about: [
      (msg) =>
        msg(
          'A needle can injure a nerve or a blood vessel, or cause bleeding under the skin. This is rare. Very rarely, needling near the spine has caused bleeding near the spine.',
          {
            id: 'rare-event.nerve-vessel-injury.about',
          },
        ),
    ],
    frequencies: [],
    signs: {emergency: ['stroke', 'spine'], urgent: ['tingling', 'growing-bruise']},
    sources: ['S2', 'S3', 'L7'],
  },
  {
    id: 'allergy',
    name: (msg) => msg('Allergic reaction', {id: 'rare-event.allergy.name', desc: 'Name of a rare, serious side effect.'}),
    about: [
      (msg) =>
        msg('A reaction to the metal in the needles, such as nickel, or to the skin cleaner or tape. This is rare.', {
          id: 'rare-event.allergy.about',
        }),
    ],
    frequencies: [],
    signs: {emergency: ['swelling'], urgent: ['rash']},
    sources: ['S0', 'S2'],
  },
  {
    id: 'retained-needle',
    name: (msg) => msg('A needle left in the skin', {id: 'rare-event.retained-needle.name', desc: 'Name of a rare side effect.'}),
    about: [
      (msg) =>
        msg(
          'A needle, or part of one, can be left in the skin. This is rare. In one national review of safety reports about acupuncture, about 1 in 3 reports were about this.',
          {
            id: 'rare-event.retained-needle.about',
          },
        ),
    ],
    frequencies: [],
    signs: {urgent: ['retained-needle']},
    sources: ['L8'],
  },
];

/** How often any side effect happens, across all treatments. */
export const overallRates: ReadonlyArray<{id: 'mild' | 'major'; name: Text; frequency: Frequency; note?: Text}> = [
  {
    id: 'mild',
    name: (msg) =>
      msg('Mild side effects', {
        id: 'overall.mild.name',
        desc: 'Heading of the overall figure for mild side effects (recorded by practitioners).',
      }),
    frequency: {
      count: 19,
      countHigh: 37,
      per: 100,
      of: 'treatments',
      sentence: (msg, {count, high, per}) =>
        msg(str`Practitioners recorded about ${count} to ${high} mild side effects per ${per} treatments.`, {
          id: 'overall.mild.figure',
          desc: 'A figure recorded by practitioners (which undercounts what patients feel). Placeholders are numbers.',
        }),
      sources: ['L1', 'L2'],
    },
  },
  {
    id: 'major',
    name: (msg) =>
      msg('A major event, such as a collapsed lung, heavy bleeding or a long pain flare', {
        id: 'overall.major.name',
        desc: '"Major" here is a study’s word for events that needed more care. Use a different word from "serious" in overall.major.note.',
      }),
    frequency: {count: 1, per: 1000, of: 'treatments', sources: ['L2']},
    note: (msg) =>
      msg('Another large study saw no serious event in 7,629 treatments.', {
        id: 'overall.major.note',
        desc: '"Serious" is a different, stronger category than "major" above: keep two different words.',
      }),
  },
];

export const sideEffectsIntro: Text = (msg) =>
  msg('Most side effects are mild and go away on their own. Here is what is normal, how often it happens and what helps.', {
    id: 'side-effects.intro',
  });

/** The headings of `<dn-side-effects>`. */
export const sideEffectsHeadings: Readonly<Record<'title' | 'normal' | 'overall' | 'rare' | 'howOften' | 'whatHelps' | 'eStim', Text>> = {
  title: (msg) => msg('Side effects of dry needling', {id: 'side-effects.title'}),
  normal: (msg) => msg('Normal side effects', {id: 'side-effects.normal-heading'}),
  overall: (msg) => msg('How often side effects happen', {id: 'side-effects.overall-heading'}),
  rare: (msg) => msg('Rare but serious', {id: 'side-effects.rare-heading'}),
  howOften: (msg) => msg('How often', {id: 'side-effects.how-often'}),
  whatHelps: (msg) => msg('What helps', {id: 'side-effects.what-helps'}),
  eStim: (msg) => msg('With electrical stimulation (e-stim)', {id: 'side-effects.e-stim-heading'}),
};
