/**
 * Intl formatters, one per locale and options for the whole page. Creating a
 * formatter loads locale data and is far slower than formatting with it: a
 * hundred elements each building their own spent more time here than in
 * rendering.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  kind: string,
  locale: string,
  options: object,
  create: () => T,
): T {
  const key = `${kind} ${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

const numberFormat = (locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached('number', locale, options, () => new Intl.NumberFormat(locale, options));

const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const relativeTimeFormat = (locale: string, options: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat =>
  cached('relative', locale, options, () => new Intl.RelativeTimeFormat(locale, options));

// English, the source language, is on almost every page, and its small numbers
// and long dates are simple to write exactly as Intl writes them (a test
// compares the two). Writing them here spares the page the first use of
// Intl.NumberFormat and Intl.DateTimeFormat, which loads their locale data:
// about 25 ms in desktop Chromium, several times that on a mid-range phone.
const ENGLISH = 'en';
const ENGLISH_UNIT_SYMBOLS = {celsius: '°C', fahrenheit: '°F'} as const;
const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Below a billion with at most one decimal: what English writes with a comma every three digits. */
const isPlain = (value: number) => value >= 0 && value < 1_000_000_000 && Number.isInteger(value * 10);
const englishNumber = (value: number) => String(value).replace(/^\d+/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ','));

/** A number as the reader writes it ("1,000", "١٢"); with a unit, a temperature with at most one decimal ("100.4°F"). */
export function formatNumber(locale: string, value: number, unit?: keyof typeof ENGLISH_UNIT_SYMBOLS): string {
  if (locale === ENGLISH && isPlain(value)) return `${englishNumber(value)}${unit ? ENGLISH_UNIT_SYMBOLS[unit] : ''}`;
  return numberFormat(locale, unit ? {style: 'unit', unit, maximumFractionDigits: 1} : {}).format(value);
}

/** A date written out in full ("November 12, 2026"), in UTC or in the reader's time zone. */
export function formatLongDate(locale: string, date: Date, {utc}: {utc: boolean}): string {
  const year = utc ? date.getUTCFullYear() : date.getFullYear();
  if (locale === ENGLISH && year >= 1000 && year <= 9999) {
    const month = utc ? date.getUTCMonth() : date.getMonth();
    const day = utc ? date.getUTCDate() : date.getDate();
    return `${ENGLISH_MONTHS[month]} ${day}, ${year}`;
  }
  return dateFormat(locale, utc ? {dateStyle: 'long', timeZone: 'UTC'} : {dateStyle: 'long'}).format(date);
}
