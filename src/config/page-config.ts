import {validateConfig, type DnConfig} from './config.js';

/**
 * Where the page's configuration lives: on the document, under a registered
 * symbol rather than a global name, so a second copy of the bundle (another
 * plugin) reads the same settings and hears the same changes.
 */
const PAGE_CONFIG = Symbol.for('dn-widgets.page-config');
/** Fired on the document whenever the page configuration or a `<dn-config>` changes. */
export const CONFIG_CHANGE = 'dn-config-change';

type WithPageConfig = Document & {[PAGE_CONFIG]?: DnConfig};

/** Tells every element, from every copy of the bundle, to read its settings again. */
export function announceConfigChange(): void {
  document.dispatchEvent(new Event(CONFIG_CHANGE));
}

/**
 * Sets the clinic's configuration for the whole page: every dn-widgets
 * element reads it, unless a `<dn-config>` around it or its own attribute
 * says otherwise. Each call replaces the previous configuration; elements
 * already on the page update at once. Bad values are left out, with a
 * console warning each.
 *
 * ```js
 * import {configure} from 'dn-widgets';
 * configure({region: 'GB', clinicName: 'Riverside Physio', clinicPhone: '020 7946 0000', theme: 'auto'});
 * ```
 */
export function configure(config: DnConfig): void {
  const {config: valid, warnings} = validateConfig(config);
  for (const warning of warnings) console.warn(`dn-widgets configure(): ${warning}`);
  (document as WithPageConfig)[PAGE_CONFIG] = valid;
  announceConfigChange();
}

/** The page's configuration, as `configure()` last set it. */
export function pageConfig(): DnConfig {
  return (document as WithPageConfig)[PAGE_CONFIG] ?? {};
}
