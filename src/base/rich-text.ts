import {html, type TemplateResult} from 'lit';
import {telUrl} from '../internal/phone.js';

/** What may stand inside a translated sentence: text or a template (a link, a name). */
type Placed = string | TemplateResult;

const PLACEHOLDER = /\uE000(\d+)\uE001/;

/**
 * A translated sentence with markup inside it, such as a phone link. The
 * sentence stays one message, so translators order it and punctuate it as
 * their language needs; `place` returns a marker (private-use characters)
 * that the message carries through translation, replaced here by the markup.
 */
export function richText(build: (place: (content: Placed) => string) => string): Placed[] {
  const placed: Placed[] = [];
  const text = build((content) => `\uE000${placed.push(content) - 1}\uE001`);
  return text.split(PLACEHOLDER).map((part, index) => (index % 2 === 1 ? (placed[Number(part)] ?? '') : part));
}

/**
 * A phone number inside a sentence: isolated and left to right in any
 * language, kept on one line, and a `tel:` link when it is a valid number.
 * `known` numbers come from our own region table and may be short ("15").
 */
export function phone(number: string, {link = true, known = false} = {}): TemplateResult {
  const tel = known ? `tel:${number.replace(/\D/g, '')}` : telUrl(number);
  const bdi = html`<bdi class="phone" dir="ltr">${number}</bdi>`;
  return link && tel ? html`<a class="phone-link" part="call-link" href=${tel}>${bdi}</a>` : bdi;
}

/** A name from the page inside a sentence, isolated so its own direction cannot reorder the sentence. */
export function nameFromPage(name: string): TemplateResult {
  return html`<bdi>${name}</bdi>`;
}
