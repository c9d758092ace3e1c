/**
 * Server-rendered fallback content for the dn-widgets elements: plain HTML,
 * from the same content modules and translations the elements render, to put
 * inside an element for visitors without JavaScript (and for search engines).
 * The element hides it when it upgrades.
 *
 * ```js
 * import {renderFallback} from 'dn-widgets/fallback.js';
 * const html = await renderFallback('dn-red-flags', {locale: 'es', region: 'ES', clinicName: 'Fisio Río'});
 * // <dn-red-flags region="ES" clinic-name="Fisio Río">${html}</dn-red-flags>
 * ```
 */
import {runtimeMsg} from '@lit/localize/internal/runtime-msg.js';
import type {Msg} from '../content/text.js';
import {isTargetLocale, loadTemplates, matchLocale, sourceLocale, type Locale} from '../localization/locales.js';
import {fillFallback, type FallbackOptions} from './fill.js';
import {buildFallbackPack, fallbackTags, type FallbackPack, type FallbackTag} from './pack.js';

export {fillFallback, regionKey, type FallbackOptions} from './fill.js';
export {buildFallbackPack, fallbackTags, type FallbackPack, type FallbackPart, type FallbackTag, type RegionValues} from './pack.js';
export {formatDate, datePattern, type DatePattern} from './date.js';
export {allLocales} from '../generated/locale-codes.js';
export {lookUpRegion, supportedRegions} from '../content/regions.js';

/** A `msg` that translates into `locale`, as an element in that language does. */
async function msgFor(locale: Locale): Promise<Msg> {
  const templates = isTargetLocale(locale) ? await loadTemplates(locale) : undefined;
  return ((template, options) => runtimeMsg(templates, template, options)) as Msg;
}

const packs = new Map<Locale, Promise<FallbackPack>>();

/**
 * The locale's fallback pack: every element's fallback as templates, with the
 * region table and the clinic's sentences. A language tag the library does not
 * have ("es-MX" → "es") resolves as the elements resolve it; unknown is English.
 */
export function fallbackPack(languageTag: string = sourceLocale): Promise<FallbackPack> {
  const locale = matchLocale(languageTag) ?? sourceLocale;
  let pack = packs.get(locale);
  if (!pack) {
    pack = msgFor(locale).then((msg) => buildFallbackPack(msg, locale));
    packs.set(locale, pack);
  }
  return pack;
}

/**
 * The fallback of one element as HTML: what it says in `locale`, for these
 * attributes (with the clinic's settings merged in, the element's own first).
 */
export async function renderFallback(tag: FallbackTag, options: FallbackOptions & {locale?: string} = {}): Promise<string> {
  if (!fallbackTags.includes(tag))
    throw new Error(`renderFallback: unknown element ${JSON.stringify(tag)}; use one of ${fallbackTags.join(', ')}`);
  return fillFallback(await fallbackPack(options.locale), tag, options);
}
