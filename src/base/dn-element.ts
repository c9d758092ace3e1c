import {LitElement, html, type PropertyDeclarations, type TemplateResult} from 'lit';
import {firstSet, themes, type DnConfig, type TermKey, type Theme} from '../config/config.js';
import {replaceTerms, termReplacements} from '../content/terms.js';
import {ConfigController} from '../config/config-controller.js';
import type {Escalation} from '../content/red-flags.js';
import {feverThresholdText, lookUpRegion, type Region} from '../content/regions.js';
import {contentReview, disclaimer, reviewText, sourceLink, sources, type SourceId} from '../content/sources.js';
import type {Msg} from '../content/text.js';
import {telUrl} from '../internal/phone.js';
import {formatLongDate, formatNumber} from '../internal/intl.js';
import {asText} from '../internal/text.js';
import {warnOnce} from '../internal/warn.js';
import {LocaleController} from '../localization/locale-controller.js';
import {textDirection} from '../localization/locales.js';
import {baseStyles} from './dn-element.styles.js';
import {renderEscalation} from './warning-signs.js';
import {VERSION} from '../version.js';

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

type HeadingTemplate = (part: string, className: string, content: unknown) => TemplateResult;

// One template per level rather than lit's static html: smaller, and no string joining per heading.
const headingTemplates: Readonly<Record<HeadingLevel, HeadingTemplate>> = {
  2: (part, className, content) => html`<h2 part=${part} class=${className}>${content}</h2>`,
  3: (part, className, content) => html`<h3 part=${part} class=${className}>${content}</h3>`,
  4: (part, className, content) => html`<h4 part=${part} class=${className}>${content}</h4>`,
  5: (part, className, content) => html`<h5 part=${part} class=${className}>${content}</h5>`,
  6: (part, className, content) => html`<h6 part=${part} class=${className}>${content}</h6>`,
};

const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

const MAX_CLINIC_NAME_LENGTH = 120;

/** The clinic as every element shows it: settings resolved and checked. */
export interface Clinic {
  region: Region | undefined;
  name: string | undefined;
  /** A phone number that makes a valid `tel:` link. */
  phone: string | undefined;
  afterHours: string | undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_REVIEWER_LENGTH = 120;

/**
 * What every dn-widgets element shares: its own language, a heading level that
 * fits the host page's outline, the theme tokens and the sources footer.
 *
 * @cssprop --dn-font-family - Font of all text. Default: inherited from the page.
 * @cssprop --dn-font-size - Base font size. Default: 1rem.
 * @cssprop --dn-color-text - Body text. Default: #212b32 (dark theme #f0f4f5).
 * @cssprop --dn-color-text-muted - Footer and secondary text. Default: #4c6272 (dark #c2ccd1).
 * @cssprop --dn-color-surface - Background. Default: #ffffff (dark #1b262e).
 * @cssprop --dn-color-border - Rules and neutral borders. Default: #aeb7bd (dark #6b7b85).
 * @cssprop --dn-color-link - Links and disclosure labels. Default: #005eb8 (dark #8cc2ff).
 * @cssprop --dn-color-focus - Background of a focused link or control. Default: #ffeb3b.
 * @cssprop --dn-color-highlight - Background of highlighted boxes. Default: #e8f1f8 (dark #243847).
 * @cssprop --dn-color-accent - Timeline and highlight accent. Default: the link colour.
 * @cssprop --dn-color-dot - Filled dots of a frequency picture. Default: the link colour.
 * @cssprop --dn-color-dot-empty - Empty dots of a frequency picture. Default: #d8dde0 (dark #4a5961).
 * @cssprop --dn-color-emergency - Emergency tier and "stop" result. Default: #d5281b.
 * @cssprop --dn-color-emergency-text - Text on the emergency colour. Default: #ffffff.
 * @cssprop --dn-color-urgent - Urgent tier and "discuss" result. Default: #ffb81c.
 * @cssprop --dn-color-urgent-text - Text on the urgent colour. Default: #212b32.
 * @cssprop --dn-color-normal - Normal tier and "clear" result. Default: #005eb8.
 * @cssprop --dn-color-normal-text - Text on the normal colour. Default: #ffffff.
 * @cssprop --dn-color-button - Buttons. Default: #007f3b.
 * @cssprop --dn-color-button-text - Text on buttons. Default: #ffffff.
 * @cssprop --dn-color-error - Error messages. Default: #d5281b (dark #ff8a80).
 * @cssprop --dn-radius - Corner radius of cards and buttons. Default: 4px.
 * @cssprop --dn-space - Base spacing unit. Default: 1rem.
 *
 * @csspart base - The element's outer wrapper; carries its `lang` and `dir`.
 * @csspart title - The element's main heading.
 * @csspart footer - The disclaimer, review dates, reviewer and sources.
 */
export abstract class DnElement extends LitElement {
  /** The dn-widgets version this element class comes from. */
  static readonly version = VERSION;

  static override styles = [baseStyles];

  static override properties: PropertyDeclarations = {
    headingLevel: {type: Number, attribute: 'heading-level'},
    theme: {reflect: true},
    region: {},
    clinicName: {attribute: 'clinic-name'},
    clinicPhone: {attribute: 'clinic-phone'},
    reviewedBy: {attribute: 'reviewed-by'},
    reviewedOn: {attribute: 'reviewed-on'},
  };

  /**
   * Level (2–6) of the element's main heading, so it fits the host page's
   * outline; headings inside it are one level lower.
   */
  declare headingLevel: number;

  /** "light", "dark", or "auto" to follow the reader's colour scheme. Default: the configuration's, else "light". */
  declare theme: 'light' | 'dark' | 'auto' | undefined;

  /**
   * Where the clinic is: an ISO 3166-1 alpha-2 code ("GB"; "UK" means GB), or
   * "GB-NIR" for Northern Ireland. Sets the emergency number, the urgent-advice
   * line and the temperature unit. Never taken from a language tag; without
   * it (here or in the configuration) the text says "your local emergency number".
   */
  declare region: string | undefined;

  /** The clinic's name, for whom to contact. Default: the configuration's. */
  declare clinicName: string | undefined;

  /** The clinic's phone, shown as a `tel:` link. Default: the configuration's. */
  declare clinicPhone: string | undefined;

  /** The clinic's own clinical reviewer of this content, shown in the footer (e.g. "Dr A. Patel, physiotherapist"). */
  declare reviewedBy: string | undefined;

  /** When the clinic's reviewer checked it, as an ISO 8601 date ("2026-11-20"). */
  declare reviewedOn: string | undefined;

  private readonly configController = new ConfigController(this, () => this.localeController.resolve());
  private readonly localeController = new LocaleController(this, () => this.configuration.translations);

  /** The element's internals: custom states for styling (`:state(theme-dark)`), and forms where an element is one. */
  protected readonly internals = this.attachInternals();

  constructor() {
    super();
    this.headingLevel = DEFAULT_HEADING_LEVEL;
  }

  // A printout carries everything: every disclosure opens for printing and closes again after.
  private readonly openForPrint = () => {
    this.renderRoot.querySelectorAll('details').forEach((details) => {
      details.dataset.openBeforePrint = String(details.open);
      details.open = true;
    });
  };

  private readonly restoreAfterPrint = () => {
    this.renderRoot.querySelectorAll('details').forEach((details) => {
      details.open = details.dataset.openBeforePrint === 'true';
    });
  };

  override connectedCallback(): void {
    this.upgradeProperties();
    super.connectedCallback();
    window.addEventListener('beforeprint', this.openForPrint);
    window.addEventListener('afterprint', this.restoreAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.openForPrint);
    window.removeEventListener('afterprint', this.restoreAfterPrint);
  }

  /**
   * A page, a framework (Vue's `.prop`, Svelte, Preact) or an inline script may
   * set a property on the element before the bundle defines it. That value is
   * an own property of the element, which hides the class's accessor: the
   * element would never see it, and reading the property would return that
   * frozen value forever. Lit re-applies its reactive properties itself; this
   * does the same for every other accessor (such as `answers`): take the own
   * value off and set it again through the accessor (the standard "upgrade
   * property" pattern).
   */
  private upgradeProperties(): void {
    const self = this as unknown as Record<string, unknown>;
    for (const key of Object.keys(this)) {
      let proto: object | null = Object.getPrototypeOf(this);
      while (proto && proto !== HTMLElement.prototype && !Object.getOwnPropertyDescriptor(proto, key)?.set) {
        proto = Object.getPrototypeOf(proto);
      }
      if (!proto || proto === HTMLElement.prototype) continue;
      const value = self[key];
      delete self[key];
      self[key] = value;
    }
  }

  /** What the page configures for this element: a `<dn-config>` around it, then `configure()`. */
  protected get configuration(): DnConfig {
    return this.configController.inherited;
  }

  /** The theme in use: the element's own, else the configuration's, else light. */
  private get effectiveTheme(): Theme {
    const own = asText(this.theme);
    if (own !== undefined && !themes.includes(own as Theme)) this.warn(`theme must be "light", "dark" or "auto"; using "light".`);
    return (firstSet(own && themes.includes(own as Theme) ? (own as Theme) : undefined, this.configuration.theme) as Theme) ?? 'light';
  }

  /** The region, clinic name, phone and out-of-hours text: the element's own attribute first, then the configuration. */
  protected get clinic(): Clinic {
    const config = this.configuration;
    return {
      region: this.resolveRegion(firstSet(asText(this.region)?.trim(), config.region)),
      name: this.resolveClinicName(firstSet(asText(this.clinicName)?.trim(), config.clinicName?.trim())),
      phone: this.resolveClinicPhone(firstSet(asText(this.clinicPhone)?.trim(), config.clinicPhone?.trim())),
      afterHours: config.afterHours?.trim() || undefined,
    };
  }

  private resolveRegion(value: string | undefined): Region | undefined {
    if (!value) return undefined;
    const lookup = lookUpRegion(value);
    if (lookup.kind === 'malformed') {
      this.warn(
        `region=${JSON.stringify(value.slice(0, 40))} is not an ISO 3166-1 alpha-2 code such as "GB"; showing no emergency number.`,
      );
      return undefined;
    }
    if (lookup.kind === 'unsupported') {
      this.warn(`has no emergency number for region "${lookup.code}"; it tells patients to call their local emergency number.`);
      return undefined;
    }
    return lookup.region;
  }

  private resolveClinicName(name: string | undefined): string | undefined {
    if (!name || name.length <= MAX_CLINIC_NAME_LENGTH) return name || undefined;
    this.warn(`clinic-name is longer than ${MAX_CLINIC_NAME_LENGTH} characters; it is shortened.`);
    return `${name.slice(0, MAX_CLINIC_NAME_LENGTH - 1)}…`;
  }

  private resolveClinicPhone(phone: string | undefined): string | undefined {
    if (!phone) return undefined;
    if (telUrl(phone)) return phone;
    this.warn(`clinic-phone=${JSON.stringify(phone.slice(0, 40))} is not a phone number; it is not shown.`);
    return undefined;
  }

  /** The fever threshold in the clinic's unit, or in both when its region is unknown. */
  protected get fever(): string {
    return feverThresholdText(this.msg, this.locale, this.clinic.region?.temperatureUnit);
  }

  /** The signs that mean something is no longer normal, with the same instruction and contact as `<dn-red-flags>`. */
  protected renderNotNormal(escalation: Escalation, depth: number): TemplateResult {
    return renderEscalation(this.msg, escalation, {
      fever: this.fever,
      clinic: this.clinic,
      heading: (content) => this.renderHeading(depth, content, {part: 'not-normal-heading', class: 'not-normal__heading'}),
    });
  }

  /** Sets or clears a custom state, where the browser has them (`:host(:state(name))`). */
  protected setState(name: string, on: boolean): void {
    const states = this.internals.states as Set<string> | undefined;
    if (!states) return;
    if (on) states.add(name);
    else states.delete(name);
  }

  /** Translates a message into the element's own language, in the clinic's own words for the named terms. */
  protected get msg(): Msg {
    const replacements = this.termReplacements;
    if (replacements.size === 0) return this.localeController.msg;
    return ((template, options) => {
      // Called through a plain function type, so lit-localize's extractor does not take it for a message.
      const translate = this.localeController.msg as (...args: unknown[]) => unknown;
      const text = translate(template, options);
      return typeof text === 'string' ? replaceTerms(text, replacements) : text;
    }) as Msg;
  }

  private cachedTerms: {terms: DnConfig['terms']; locale: string; replacements: Map<string, string>} | undefined;

  /** The clinic's words for the terms it may change, in the element's language. */
  private get termReplacements(): Map<string, string> {
    const terms = this.configuration.terms;
    const locale = this.locale;
    const cached = this.cachedTerms;
    if (cached && cached.terms === terms && cached.locale === locale) return cached.replacements;
    const all = new Map<string, string>();
    this.cachedTerms = {terms, locale, replacements: all};
    if (!terms) return all;
    const language =
      Object.keys(terms).find((tag) => tag.toLowerCase() === locale.toLowerCase()) ??
      Object.keys(terms).find((tag) => tag.split('-')[0].toLowerCase() === locale.split('-')[0].toLowerCase());
    for (const [key, words] of Object.entries(language ? terms[language] : {})) {
      if (!words) continue;
      const {replacements, problems} = termReplacements(locale, key as TermKey, words);
      for (const problem of problems) this.warn(`terms: ${problem}`);
      for (const [form, word] of replacements) all.set(form, word);
    }
    return all;
  }

  /** The locale the element renders in, e.g. "es". */
  protected get locale(): string {
    return this.localeController.locale;
  }

  /** The sources of what the element currently shows, listed in its footer. */
  protected abstract get sourceIds(): readonly SourceId[];

  protected abstract renderContent(): TemplateResult;

  protected warn(message: string): void {
    warnOnce(this, message);
  }

  // Rendering waits for the element's language, so it never flashes English
  // first, and `updateComplete` means "rendered in the right language".
  protected override async scheduleUpdate(): Promise<void> {
    await this.localeController.loaded;
    super.scheduleUpdate();
  }

  private get validHeadingLevel(): HeadingLevel {
    const level = Number(this.headingLevel);
    if (Number.isInteger(level) && level >= 2 && level <= 6) return level as HeadingLevel;
    this.warn(`heading-level must be a whole number from 2 to 6; using ${DEFAULT_HEADING_LEVEL}.`);
    return DEFAULT_HEADING_LEVEL;
  }

  /** A heading `depth` levels below the element's main heading (never beyond h6). */
  protected renderHeading(depth: number, content: unknown, attributes: {part: string; class?: string}) {
    const level = Math.min(this.validHeadingLevel + depth, 6) as HeadingLevel;
    return headingTemplates[level](attributes.part, attributes.class ?? '', content);
  }

  protected override render(): TemplateResult {
    const theme = this.effectiveTheme;
    for (const name of themes) this.setState(`theme-${name}`, name === theme);
    return html`
      <div class="root" part="base" lang=${this.locale} dir=${textDirection(this.localeController.locale)}>
        ${this.renderContent()} ${this.renderFooter()}
      </div>
    `;
  }

  private formatDate(isoDate: string): string {
    return formatLongDate(this.locale, new Date(`${isoDate}T00:00:00Z`), {utc: true});
  }

  /** The clinic's reviewer line, when the clinic named one. */
  private renderClinicReviewer(): string | undefined {
    let name = firstSet(asText(this.reviewedBy)?.trim(), this.configuration.reviewedBy?.trim());
    if (!name) return undefined;
    if (name.length > MAX_REVIEWER_LENGTH) {
      this.warn(`reviewed-by is longer than ${MAX_REVIEWER_LENGTH} characters; it is shortened.`);
      name = `${name.slice(0, MAX_REVIEWER_LENGTH - 1)}…`;
    }
    const date = firstSet(asText(this.reviewedOn)?.trim(), this.configuration.reviewedOn?.trim());
    if (date && ISO_DATE.test(date) && !Number.isNaN(Date.parse(date)))
      return reviewText.clinicReviewer(this.msg, name, this.formatDate(date));
    if (date)
      this.warn(`reviewed-on=${JSON.stringify(date.slice(0, 40))} is not an ISO 8601 date such as "2026-11-20"; the date is not shown.`);
    return reviewText.clinicReviewerUndated(this.msg, name);
  }

  private renderFooter(): TemplateResult {
    const ids = this.sourceIds;
    const clinicReviewer = this.renderClinicReviewer();
    return html`
      <div class="footer" part="footer">
        <p>${disclaimer(this.msg)}</p>
        <p>${reviewText.lastReviewed(this.msg, this.formatDate(contentReview.lastReviewed))}</p>
        <p>${reviewText.nextReview(this.msg, this.formatDate(contentReview.nextReview))}</p>
        <p>${reviewText.libraryReviewer(this.msg)}</p>
        ${this.localeController.clinicTranslation ? html`<p data-clinic-translation>${reviewText.clinicTranslation(this.msg)}</p>` : ''}
        ${clinicReviewer ? html`<p data-clinic-reviewer>${clinicReviewer}</p>` : ''}
        <details>
          <summary>${reviewText.sources(this.msg, formatNumber(this.locale, ids.length))}</summary>
          <ol data-citations>
            ${ids.map((id) => this.renderSource(id))}
          </ol>
        </details>
      </div>
    `;
  }

  private renderSource(id: SourceId): TemplateResult {
    const source = sources[id];
    const link = sourceLink(source);
    const label = source.doi ? `doi:${source.doi}` : link && new URL(link).hostname.replace(/^www\./, '');
    return html`<li lang="en" dir="ltr" data-source=${id}>
      <span class="source-id">[${id}]</span> ${source.citation} ${link ? html`<a href=${link}>${label}</a>` : ''}
      ${source.pmid && source.doi ? html`<a href=${`https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`}>PMID ${source.pmid}</a>` : ''}
    </li>`;
  }
}
