/**
 * A property value as text. Attributes always arrive as strings, but a page's
 * script can set a property to anything; the elements read it through this.
 */
export function asText(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : String(value);
}

/**
 * A phone number to put inside a sentence: kept left to right and on one line
 * in any language (Unicode left-to-right isolate, no-break spaces).
 */
export function phoneInText(phone: string): string {
  return `\u2066${phone.replace(/ /g, '\u00a0')}\u2069`;
}

/** A name from the page to put inside a sentence, isolated so its direction cannot reorder the sentence. */
export function nameInText(name: string): string {
  return `\u2068${name}\u2069`;
}
