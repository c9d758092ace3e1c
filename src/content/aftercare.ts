import type {UrgentSignId} from './red-flags.js';
import type {SourceId} from './sources.js';
import type {Text} from './text.js';

/** The short version of the aftercare advice, for places that point to it. */
export const selfCareSummary: {text: Text; sources: readonly SourceId[]} = {
  text: (msg) =>
    msg('To feel better, use heat or ice and keep moving gently. Rest the treated muscles from hard exercise for 1 to 2 days.', {
      id: 'aftercare.summary',
    }),
  sources: ['S0', 'S2', 'S4'],
};

export interface AftercareTip {
  id: string;
  text: Text;
}

export const aftercareSources: readonly SourceId[] = ['S0', 'S2', 'S4'];

export const aftercareDo: readonly AftercareTip[] = [
  {id: 'water', text: (msg) => msg('Drink water. It can help you feel more comfortable.', {id: 'aftercare.do.water'})},
  {
    id: 'bath',
    text: (msg) =>
      msg('A warm (not hot) bath can help you feel more comfortable. You can add Epsom salts.', {
        id: 'aftercare.do.bath',
        desc: 'Warm, not hot: make sure the word cannot be read as hot. A bath means a bathtub.',
      }),
  },
  {
    id: 'heat-ice',
    text: (msg) => msg('Use ice in the first hours if the area is swollen. Use heat after the first day.', {id: 'aftercare.do.heat-ice'}),
  },
  {id: 'move', text: (msg) => msg('Keep moving gently, with short walks and light stretching.', {id: 'aftercare.do.move'})},
  {id: 'exercises', text: (msg) => msg('Keep doing the exercises your practitioner gave you.', {id: 'aftercare.do.exercises'})},
  {id: 'pain-relief', text: (msg) => msg('Ask your practitioner which pain reliever suits you.', {id: 'aftercare.do.pain-relief'})},
];

export const aftercareAvoid: readonly AftercareTip[] = [
  {
    id: 'driving',
    text: (msg) =>
      msg('Do not drive if you feel faint or drowsy. Wait until you feel completely normal.', {
        id: 'aftercare.avoid.driving',
        desc: 'Safety advice after a session: no driving until the person feels completely normal again.',
      }),
  },
  {
    id: 'hard-exercise',
    text: (msg) =>
      msg('No hard exercise or heavy lifting with the treated muscles for 1 to 2 days (24 to 48 hours).', {
        id: 'aftercare.avoid.hard-exercise',
      }),
  },
];

/** What happens during a session; also told before the first visit. */
export const sessionFacts: {title: Text; length: Text; whatToDo: Text; sources: readonly SourceId[]} = {
  title: (msg) => msg('During the session', {id: 'timeline.during.title'}),
  length: (msg) =>
    msg(
      'Needling usually takes 10 to 15 minutes of a longer visit. Each needle stays in from a few seconds to about 2 minutes. With e-stim (a mild electrical current through the needles), needles may stay in for 20 to 30 minutes. A muscle twitch or a deep ache is expected.',
      {
        id: 'timeline.during.normal',
        desc: 'What happens during a session. Keep the times exact: 10 to 15 minutes; a few seconds to about 2 minutes; 20 to 30 minutes with e-stim.',
      },
    ),
  whatToDo: (msg) =>
    msg(
      'Keep still. Tell your practitioner at once if you feel faint, feel a sharp, burning or electric pain, or cough or feel short of breath.',
      {
        id: 'timeline.during.say-at-once',
        desc: 'Safety instruction during a session: what to report straight away.',
      },
    ),
  sources: ['S2', 'S3', 'L5'],
};

/** How many sessions people usually have. */
export const courseOfTreatment: Text = (msg) =>
  msg('Many people have 2 or 3 sessions, and some up to about 6. Sessions are often once or twice a week.', {
    id: 'timeline.course.normal',
  });

export type TimelineStageId = 'during' | 'first-day' | 'day-3' | 'first-week' | 'course';

export interface TimelineStage {
  id: TimelineStageId;
  title: Text;
  whatIsNormal: Text;
  /** Hours after the session when this stage begins; undefined for the session itself. */
  startsAtHour?: number;
  /** What to do at this stage, when there is something. */
  instruction?: Text;
  /** Signs that mean this stage is not going as it should. */
  watchFor?: readonly UrgentSignId[];
  sources: readonly SourceId[];
}

/** What is normal when, in order. */
export const timeline: readonly TimelineStage[] = [
  {
    id: 'during',
    title: sessionFacts.title,
    whatIsNormal: sessionFacts.length,
    instruction: sessionFacts.whatToDo,
    sources: ['S2', 'S3', 'L5'],
  },
  {
    id: 'first-day',
    title: (msg) => msg('The first day', {id: 'timeline.first-day.title'}),
    whatIsNormal: (msg) =>
      msg(
        'You may feel sore or tired. You may see a drop of blood or some redness where the needles went in. Soreness is usually at its worst in the first day.',
        {
          id: 'timeline.first-day.normal',
        },
      ),
    startsAtHour: 0,
    sources: ['S0', 'S2', 'L6'],
  },
  {
    id: 'day-3',
    title: (msg) =>
      msg('Days 2 and 3', {id: 'timeline.day-3.title', desc: 'A stage of the timeline: the second and third day after the session.'}),
    whatIsNormal: (msg) => msg('Soreness should be easing. It has usually gone 3 days after the session.', {id: 'timeline.day-3.normal'}),
    startsAtHour: 24,
    watchFor: ['lasting-pain'],
    sources: ['S0', 'S2', 'L6'],
  },
  {
    id: 'first-week',
    title: (msg) => msg('Within a week', {id: 'timeline.first-week.title'}),
    whatIsNormal: (msg) => msg('Any bruises fade.', {id: 'timeline.first-week.normal'}),
    startsAtHour: 72,
    sources: ['S0', 'S2'],
  },
  {
    id: 'course',
    title: (msg) => msg('Your course of treatment', {id: 'timeline.course.title'}),
    whatIsNormal: courseOfTreatment,
    startsAtHour: 168,
    sources: ['S0', 'S2'],
  },
];

/** The stage a patient is in, `hoursSince` hours after their session (undefined before it). */
export function stageAt(hoursSince: number): TimelineStage | undefined {
  if (!(hoursSince >= 0)) return undefined;
  return timeline.filter((stage) => stage.startsAtHour !== undefined && stage.startsAtHour <= hoursSince).at(-1);
}

/** The headings of `<dn-aftercare>`. */
export const aftercareHeadings: Readonly<Record<'title' | 'do' | 'avoid' | 'timeline', Text>> = {
  title: (msg) => msg('After your dry needling session', {id: 'aftercare.title'}),
  do: (msg) => msg('What helps', {id: 'aftercare.do-heading'}),
  avoid: (msg) => msg('What to avoid', {id: 'aftercare.avoid-heading'}),
  timeline: (msg) => msg('What is normal, and when', {id: 'aftercare.timeline-heading'}),
};
