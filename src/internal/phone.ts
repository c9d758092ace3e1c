/**
 * The `tel:` URL for a phone number as a clinic would type it
 * ("+44 20 7946 0000", "(555) 010-0199"), or undefined when the value is not
 * a phone number. Only digits and a leading + reach the URL.
 */
export function telUrl(value: string): string | undefined {
  const trimmed = value.trim().replace(/^tel:/i, '');
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return undefined;
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 15) return undefined;
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}
