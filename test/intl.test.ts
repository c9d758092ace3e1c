import {expect} from '@open-wc/testing';
import {formatLongDate, formatNumber} from '../src/internal/intl.js';

// English numbers and dates are written without Intl (to spare its locale data);
// in every browser they must read exactly as Intl writes them.
describe('English numbers and dates without Intl', () => {
  it('writes whole numbers below a billion as Intl.NumberFormat does', () => {
    const intl = new Intl.NumberFormat('en');
    const differ: number[] = [];
    const numbers = [1_000_000, 999_999_999];
    for (let n = 0; n < 1_000_000_000; n += n < 2000 ? 1 : n < 1_000_000 ? 997 : 999_983) numbers.push(n);
    for (const n of numbers) if (formatNumber('en', n) !== intl.format(n)) differ.push(n);
    expect(differ).to.deep.equal([]);
    expect(formatNumber('en', 1_000_000)).to.equal('1,000,000');
  });

  it('writes temperatures with one decimal as Intl does', () => {
    const differ: string[] = [];
    for (const unit of ['celsius', 'fahrenheit'] as const) {
      const intl = new Intl.NumberFormat('en', {style: 'unit', unit, maximumFractionDigits: 1});
      for (let tenths = 0; tenths < 2000; tenths += 1) {
        const value = tenths / 10;
        if (formatNumber('en', value, unit) !== intl.format(value)) differ.push(`${value} ${unit}`);
      }
    }
    expect(differ).to.deep.equal([]);
    expect(formatNumber('en', 100.4, 'fahrenheit')).to.equal('100.4°F');
  });

  it('writes every day from 2024 to 2031 as Intl.DateTimeFormat does, in UTC and in local time', () => {
    const utc = new Intl.DateTimeFormat('en', {dateStyle: 'long', timeZone: 'UTC'});
    const local = new Intl.DateTimeFormat('en', {dateStyle: 'long'});
    const differ: string[] = [];
    for (let time = Date.UTC(2024, 0, 1); time < Date.UTC(2032, 0, 1); time += 86_400_000) {
      const date = new Date(time);
      if (formatLongDate('en', date, {utc: true}) !== utc.format(date)) differ.push(`UTC ${date.toISOString()}`);
      const noon = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12);
      if (formatLongDate('en', noon, {utc: false}) !== local.format(noon)) differ.push(`local ${noon.toString()}`);
    }
    expect(differ).to.deep.equal([]);
  });

  it('leaves other languages to Intl', () => {
    expect(formatNumber('ar', 12)).to.equal(new Intl.NumberFormat('ar').format(12));
    expect(formatNumber('de', 1000)).to.equal('1.000');
    const date = new Date(Date.UTC(2026, 10, 12));
    expect(formatLongDate('de', date, {utc: true})).to.equal('12. November 2026');
    expect(formatLongDate('fr', date, {utc: true})).to.equal('12 novembre 2026');
  });
});
