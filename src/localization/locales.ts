import type {LocaleModule} from '@lit/localize';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';
import {loaders} from './locale-loaders.js';

export type TargetLocale = (typeof targetLocales)[number];
export type Locale = typeof sourceLocale | TargetLocale;
export type Templates = LocaleModule['templates'];

export {sourceLocale};

const loaded = new Map<TargetLocale, Promise<Templates>>();

export function loadTemplates(locale: TargetLocale): Promise<Templates> {
  let templates = loaded.get(locale);
  if (!templates) {
    templates = loaders[locale]().then((module) => module.templates);
    // A failed load may succeed later (e.g. a flaky network), so do not keep it.
    templates.catch(() => loaded.delete(locale));
    loaded.set(locale, templates);
  }
  return templates;
}

const allLocales: readonly Locale[] = [sourceLocale, ...targetLocales];

const likelyScripts = new Map<string, string | undefined>();

/** Language and script of a tag, with the likely script filled in ("zh-CN" → "zh-Hans", "pt-BR" → "pt-Latn"). */
function languageAndScript(tag: string): string | undefined {
  if (!likelyScripts.has(tag)) {
    let key: string | undefined;
    try {
      const {language, script} = new Intl.Locale(tag).maximize();
      key = `${language}-${script ?? ''}`;
    } catch {
      key = undefined;
    }
    likelyScripts.set(tag, key);
  }
  return likelyScripts.get(tag);
}

/** A well-formed tag's language, and whether it names a script ("zh-Hant", "ar-Latn"). */
const TAG = /^([a-z]{2,3})((?:-[a-z\d]{1,8})*)$/;
const SCRIPT_SUBTAG = /-[a-z]{4}(?=-|$)/;

/**
 * Of our languages, only Chinese has a script that depends on the region
 * (CLDR likely subtags: zh-TW is Traditional, zh-CN Simplified). For the others
 * a tag without a script subtag matches on its language alone, which spares
 * every page Intl.Locale's locale data (several milliseconds on first use).
 */
const SCRIPT_FROM_REGION = new Set(['zh']);

/**
 * The locale we have for a BCP 47 tag: the exact one, else one in the same
 * language and script ("es-MX" → "es", "zh-CN" → "zh-Hans", "pt-PT" → "pt-BR";
 * but "zh-TW", written in Traditional characters, matches no Simplified locale).
 */
export function matchLocale(tag: string): Locale | undefined {
  const wanted = tag.trim().toLowerCase();
  const exact = allLocales.find((locale) => locale.toLowerCase() === wanted);
  if (exact) return exact;
  const [, language, subtags] = TAG.exec(wanted) ?? [];
  if (language && !SCRIPT_FROM_REGION.has(language) && !SCRIPT_SUBTAG.test(subtags)) {
    return allLocales.find((locale) => locale.split('-')[0] === language);
  }
  const key = languageAndScript(wanted);
  return key === undefined ? undefined : allLocales.find((locale) => languageAndScript(locale) === key);
}

export function isTargetLocale(locale: Locale): locale is TargetLocale {
  return locale !== sourceLocale;
}

const rightToLeftLanguages = new Set(['ar', 'fa', 'he', 'ur']);

export function textDirection(locale: string): 'ltr' | 'rtl' {
  return rightToLeftLanguages.has(locale.split('-')[0]) ? 'rtl' : 'ltr';
}

/** Languages written without a space between sentences. */
const noSpaceBetweenSentences = new Set(['zh', 'ja']);

/**
 * Two sentences, each its own message, one after the other: with a space in
 * most languages, without one in Chinese.
 */
export function sentences(locale: string, ...parts: readonly string[]): string {
  return parts.join(noSpaceBetweenSentences.has(locale.split('-')[0]) ? '' : ' ');
}
