/**
 * A long date ("20 November 2026", "20. November 2026", "2026年11月20日") as
 * data: the order of its parts, the month names and the digits of a locale,
 * taken from Intl once at build time. A server without Intl (PHP without the
 * intl extension) formats a clinic's review date with it exactly as the
 * element's `Intl.DateTimeFormat(locale, {dateStyle: 'long'})` does.
 */
export type DatePart = {type: 'day' | 'month' | 'year'} | {type: 'literal'; value: string};

export interface DatePattern {
  /** The parts in order: "day", "month", "year", or literal text. */
  parts: readonly DatePart[];
  /** Month names as they stand in a long date, January first. */
  months: readonly string[];
  /** The locale's digits, 0 to 9. */
  digits: string;
}

const longDate = (locale: string) => new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'});

export function datePattern(locale: string): DatePattern {
  const format = longDate(locale);
  const parts = format.formatToParts(new Date(Date.UTC(2026, 10, 20))).flatMap((part): DatePart[] => {
    if (part.type === 'day' || part.type === 'month' || part.type === 'year') return [{type: part.type}];
    return part.type === 'literal' ? [{type: 'literal', value: part.value}] : [];
  });
  const months = Array.from(
    {length: 12},
    (_, month) =>
      format.formatToParts(new Date(Date.UTC(2026, month, 20))).find((part) => part.type === 'month')?.value ?? String(month + 1),
  );
  const number = new Intl.NumberFormat(locale, {useGrouping: false});
  const digits = Array.from({length: 10}, (_, digit) => number.format(digit)).join('');
  return {parts, months, digits};
}

/** Writes a number in the pattern's digits. */
export function localDigits(pattern: DatePattern, value: number): string {
  const digits = [...pattern.digits];
  return String(value).replace(/\d/g, (digit) => digits[Number(digit)]);
}

/** Formats an ISO 8601 date ("2026-11-20") with a pattern; the plugin's PHP does the same. */
export function formatDate(pattern: DatePattern, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return pattern.parts
    .map((part) => {
      if (part.type === 'literal') return part.value;
      if (part.type === 'month') return pattern.months[month - 1];
      return localDigits(pattern, part.type === 'day' ? day : year);
    })
    .join('');
}
