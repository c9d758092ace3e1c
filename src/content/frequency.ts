import {str} from '@lit/localize';
import type {Frequency} from './side-effects.js';
import type {Msg} from './text.js';

/** A figure as a natural frequency: "About 8 in 100 treatments". */
export function naturalFrequency(msg: Msg, locale: string, frequency: Frequency): string {
  const number = new Intl.NumberFormat(locale);
  const per = number.format(frequency.per);
  const count = number.format(frequency.count);
  if (frequency.countHigh === undefined) {
    return msg(str`About ${count} in ${per} treatments`, {id: 'frequency.single'});
  }
  const high = number.format(frequency.countHigh);
  return msg(str`About ${count} to ${high} in ${per} treatments`, {id: 'frequency.range'});
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
