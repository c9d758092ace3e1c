/**
 * HTML as strings, for the server-rendered fallback: every piece of text is
 * escaped here, and markup only ever comes from this module's own helpers.
 */

const ESCAPES: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

/** Text made safe for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

const MARKER = /\uE000(\d+)\uE001/g;

/**
 * A translated sentence with markup inside it (a phone link, a name), as
 * `richText` does for the elements: the sentence stays one message; `place`
 * returns a marker that survives translation and escaping, replaced here by
 * the markup.
 */
export function richHtml(build: (place: (html: string) => string) => string): string {
  const placed: string[] = [];
  const text = build((html) => `\uE000${placed.push(html) - 1}\uE001`);
  return escapeHtml(text).replace(MARKER, (_, index: string) => placed[Number(index)] ?? '');
}

/** A phone number inside a sentence, isolated and left to right, as a `tel:` link when `tel` is given. */
export function phoneHtml(number: string, tel: string | undefined): string {
  const bdi = `<bdi dir="ltr">${escapeHtml(number)}</bdi>`;
  return tel ? `<a href="${escapeHtml(tel)}">${bdi}</a>` : bdi;
}

/** A number from our own region table (it may be short, "15"): always a link. */
export function knownPhoneHtml(number: string): string {
  return phoneHtml(number, `tel:${number.replace(/\D/g, '')}`);
}

/**
 * A heading `depth` levels below the element's main heading. The level is a
 * token (`{{h1}}`), filled in with the element's `heading-level` when the
 * fallback is assembled.
 */
export function heading(depth: number, content: string, className = ''): string {
  const attributes = className ? ` class="${className}"` : '';
  return `<h{{h${depth}}}${attributes}>${content}</h{{h${depth}}}>`;
}

/** Text only the screen reader hears (the tier names), as on the elements. */
export function visuallyHidden(text: string): string {
  return `<span class="dn-visually-hidden">${escapeHtml(text)} </span>`;
}
