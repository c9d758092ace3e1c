import {validateConfig, type DnConfig, type Theme} from '../config/config.js';
import {announceConfigChange} from './page-config.js';

/** Attribute → setting, for the settings that fit in an attribute. */
const attributeSettings = {
  region: 'region',
  'clinic-name': 'clinicName',
  'clinic-phone': 'clinicPhone',
  'after-hours': 'afterHours',
  website: 'website',
  'booking-url': 'bookingUrl',
  theme: 'theme',
  'reviewed-by': 'reviewedBy',
  'reviewed-on': 'reviewedOn',
  'e-stim': 'eStim',
} as const satisfies Record<string, keyof DnConfig>;

let contentsSheet: CSSStyleSheet | undefined;

/**
 * Renders the element's children and nothing of its own, as if it were not
 * there (display: contents), without touching the page's style attribute; a
 * constructed stylesheet is allowed under a strict Content Security Policy.
 */
function showChildrenOnly(host: HTMLElement): void {
  const root = host.attachShadow({mode: 'open'});
  if (!contentsSheet) {
    contentsSheet = new CSSStyleSheet();
    contentsSheet.replaceSync(':host { display: contents; }');
  }
  root.adoptedStyleSheets = [contentsSheet];
  root.append(document.createElement('slot'));
}

/**
 * The clinic's configuration for the part of the page inside it: every
 * dn-widgets element within reads it, unless its own attribute says otherwise.
 * Attributes carry the simple settings; the `config` property carries the same
 * object as `configure()` (terms, questions, translations too). It renders its
 * children as they are.
 *
 * @tagname dn-config
 * @summary Configuration for the dn-widgets elements inside it.
 *
 * @attr region - ISO 3166-1 alpha-2 code of the clinic's country ("GB"), or "GB-NIR".
 * @attr clinic-name - The clinic's name.
 * @attr clinic-phone - The clinic's phone number.
 * @attr after-hours - The clinic's out-of-hours arrangements, as plain text.
 * @attr website - The clinic's website (https).
 * @attr booking-url - Where patients book a session (https).
 * @attr theme - "light", "dark" or "auto".
 * @attr reviewed-by - The clinic's own clinical reviewer of the content.
 * @attr reviewed-on - The ISO 8601 date of that review.
 * @attr e-stim - The clinic uses electrical stimulation (e-stim).
 *
 * @slot - The page content the configuration applies to.
 */
export class DnConfigElement extends HTMLElement {
  static readonly observedAttributes = Object.keys(attributeSettings);

  private fromProperty: DnConfig = {};

  constructor() {
    super();
    showChildrenOnly(this);
  }

  /** The full configuration object, as for `configure()`; attributes win over it. */
  get config(): DnConfig {
    return this.fromProperty;
  }

  set config(value: DnConfig) {
    const {config, warnings} = validateConfig(value);
    for (const warning of warnings) console.warn(`<dn-config> config: ${warning}`);
    this.fromProperty = config;
    announceConfigChange();
  }

  /** The settings this element gives the elements inside it. */
  get settings(): DnConfig {
    const fromAttributes: Record<string, unknown> = {};
    for (const [attribute, setting] of Object.entries(attributeSettings)) {
      if (!this.hasAttribute(attribute)) continue;
      fromAttributes[setting] = setting === 'eStim' ? this.getAttribute(attribute) !== 'false' : this.getAttribute(attribute);
    }
    const {config, warnings} = validateConfig(fromAttributes);
    for (const warning of warnings) this.warnOnce(warning);
    return {...this.fromProperty, ...config, theme: (config.theme ?? this.fromProperty.theme) as Theme | undefined};
  }

  private readonly warned = new Set<string>();

  private warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(`<dn-config> ${message}`);
  }

  connectedCallback(): void {
    announceConfigChange();
  }

  disconnectedCallback(): void {
    announceConfigChange();
  }

  attributeChangedCallback(): void {
    announceConfigChange();
  }
}
