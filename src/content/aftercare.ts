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
