/**
 * A property value as text. Attributes always arrive as strings, but a page's
 * script can set a property to anything; the elements read it through this.
 */
export function asText(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : String(value);
}
