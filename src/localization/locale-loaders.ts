import type {LocaleModule} from '@lit/localize';
import type {TargetLocale} from './locales.js';

/**
 * How each translation is loaded. Static import paths let the bundler emit one
 * lazily loaded file per locale, found relative to the module that imports it.
 * The classic-script build (dist/dn-widgets.classic.js) has no module URL and
 * replaces this module with one that loads the same files relative to the
 * script's own URL (see classicScript() in vite.config.ts).
 */
export const loaders: Readonly<Record<TargetLocale, () => Promise<LocaleModule>>> = {
  ar: () => import('../generated/locales/ar.js'),
  de: () => import('../generated/locales/de.js'),
  es: () => import('../generated/locales/es.js'),
  fr: () => import('../generated/locales/fr.js'),
  'pt-BR': () => import('../generated/locales/pt-BR.js'),
  vi: () => import('../generated/locales/vi.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
};

/**
 * How a message id of this bundle is named in XLIFF files and clinic
 * translations. Here the two are the same; the shipped bundles write ids short
 * and replace this function with one that loads the list of public ids (see
 * shortMessageIds() in vite.config.ts).
 */
export const loadPublicMessageId = async (): Promise<(id: string) => string> => (id) => id;
