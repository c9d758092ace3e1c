import {str} from '@lit/localize';
import type {SourceId} from './sources.js';
import type {Msg} from './text.js';
import {formatNumber} from '../internal/intl.js';

/** The figures of a frequency, already written in the reader's language ("1,000"). */
export interface FrequencyFigures {
  count: string;
  high: string;
  per: string;
}

/** "About `count` in `per` treatments"; `countHigh` makes it a range where studies differ. */
export interface Frequency {
  count: number;
  countHigh?: number;
  per: number;
  /** What the denominator counts. */
  of: 'treatments' | 'people';
  /**
   * The whole sentence, when it must say who counted or what was counted
   * because that is narrower than the words suggest.
   */
  sentence?: (msg: Msg, figures: FrequencyFigures) => string;
  sources: readonly SourceId[];
}

function figuresOf(locale: string, frequency: Frequency): FrequencyFigures {
  return {
    count: formatNumber(locale, frequency.count),
    high: formatNumber(locale, frequency.countHigh ?? frequency.count),
    per: formatNumber(locale, frequency.per),
  };
}

/** A figure as a natural frequency: "About 8 in 100 treatments", or the frequency's own sentence. */
export function naturalFrequency(msg: Msg, locale: string, frequency: Frequency): string {
  const figures = figuresOf(locale, frequency);
  if (frequency.sentence) return frequency.sentence(msg, figures);
  const {count, high, per} = figures;
  const range = frequency.countHigh !== undefined;
  if (frequency.of === 'people') {
    return range
      ? msg(str`About ${count} to ${high} in ${per} people`, {
          id: 'frequency.range.people',
          desc: 'A figure as a natural frequency. Placeholders are numbers already written in the reader’s language; keep "About".',
        })
      : msg(str`About ${count} in ${per} people`, {
          id: 'frequency.single.people',
          desc: 'A figure as a natural frequency. Placeholders are numbers already written in the reader’s language; keep "About".',
        });
  }
  return range
    ? msg(str`About ${count} to ${high} in ${per} treatments`, {
        id: 'frequency.range',
        desc: 'A figure as a natural frequency. Placeholders are numbers already written in the reader’s language; keep "About".',
      })
    : msg(str`About ${count} in ${per} treatments`, {
        id: 'frequency.single',
        desc: 'A figure as a natural frequency. Placeholders are numbers already written in the reader’s language; keep "About".',
      });
}

/** Whether a figure can be drawn as dots out of 100 (at least one whole dot). */
export function fitsInHundred(frequency: Frequency): boolean {
  return (frequency.count * 100) / frequency.per >= 1;
}

/** The figure scaled to "out of 100", as whole dots, for the icon array. */
export function perHundred(frequency: Frequency): {low: number; high: number} {
  const scale = 100 / frequency.per;
  const low = Math.round(frequency.count * scale);
  return {low, high: Math.round((frequency.countHigh ?? frequency.count) * scale)};
}
