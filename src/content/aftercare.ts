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
  {id: 'bath', text: (msg) => msg('Have a warm bath if you like. You can add Epsom salts.', {id: 'aftercare.do.bath'})},
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
    id: 'hard-exercise',
    text: (msg) =>
      msg('No hard exercise or heavy lifting with the treated muscles for 1 to 2 days (24 to 48 hours).', {
        id: 'aftercare.avoid.hard-exercise',
      }),
  },
];

export type TimelineStageId = 'during' | 'first-hours' | 'next-day' | 'first-week' | 'course';

export interface TimelineStage {
  id: TimelineStageId;
  title: Text;
  whatIsNormal: Text;
  /** Hours after the session when this stage begins; undefined for the session itself. */
  startsAtHour?: number;
  sources: readonly SourceId[];
}

/** What is normal when, in order. */
export const timeline: readonly TimelineStage[] = [
  {
    id: 'during',
    title: (msg) => msg('During the session', {id: 'timeline.during.title'}),
    whatIsNormal: (msg) =>
      msg('Needling takes about 10 to 15 minutes of a longer visit. Each needle stays in from a few seconds to about 2 minutes. A muscle twitch or a deep ache is expected. Tell your practitioner if you feel faint.', {
        id: 'timeline.during.normal',
      }),
    sources: ['S2', 'S3'],
  },
  {
    id: 'first-hours',
    title: (msg) => msg('The first few hours', {id: 'timeline.first-hours.title'}),
    whatIsNormal: (msg) =>
      msg('You may feel sore or tired. You may see a drop of blood or some redness where the needles went in.', {
        id: 'timeline.first-hours.normal',
      }),
    startsAtHour: 0,
    sources: ['S0', 'S2'],
  },
  {
    id: 'next-day',
    title: (msg) => msg('The next day or two', {id: 'timeline.next-day.title'}),
    whatIsNormal: (msg) =>
      msg('Soreness may be worst in the morning. It should ease within 1 to 2 days (24 to 48 hours).', {id: 'timeline.next-day.normal'}),
    startsAtHour: 12,
    sources: ['S0', 'S2'],
  },
  {
    id: 'first-week',
    title: (msg) => msg('Within a week', {id: 'timeline.first-week.title'}),
    whatIsNormal: (msg) => msg('Any bruises fade.', {id: 'timeline.first-week.normal'}),
    startsAtHour: 48,
    sources: ['S0', 'S2'],
  },
  {
    id: 'course',
    title: (msg) => msg('Your course of treatment', {id: 'timeline.course.title'}),
    whatIsNormal: (msg) =>
      msg('Many people have 2 or 3 sessions, and some up to about 6. Sessions are often once or twice a week.', {
        id: 'timeline.course.normal',
      }),
    startsAtHour: 168,
    sources: ['S0', 'S2'],
  },
];

/** The stage a patient is in, `hoursSince` hours after their session (undefined before it). */
export function stageAt(hoursSince: number): TimelineStage | undefined {
  if (!(hoursSince >= 0)) return undefined;
  return timeline.filter((stage) => stage.startsAtHour !== undefined && stage.startsAtHour <= hoursSince).at(-1);
}
