import {html, nothing, type TemplateResult} from 'lit';
import {eStimCautions, eStimIntro, eStimSources} from '../content/e-stim.js';
import {fitsInHundred, naturalFrequency, perHundred} from '../content/frequency.js';
import {emergencySigns, redFlagSources, tierHeading, tierName, urgentSigns} from '../content/red-flags.js';
import {feverThresholdText} from '../content/regions.js';
import {
  overallRates,
  rareEvents,
  sideEffects,
  sideEffectsIntro,
  type Frequency,
  type SideEffect,
  type SideEffectId,
} from '../content/side-effects.js';
import {sourcesOf, type SourceId} from '../content/sources.js';
import {asText} from '../internal/text.js';
import {DnElement} from '../base/dn-element.js';
import {iconArrayStyles, renderIconArray, renderIconArrayPatterns} from '../base/icon-array.js';
import {sideEffectsStyles} from './dn-side-effects.styles.js';

type Variant = 'summary' | 'full';
const variants: readonly Variant[] = ['summary', 'full'];

/**
 * What side effects of dry needling are normal, how often they happen, how
 * long they last, what helps, and when they stop being normal.
 *
 * @tagname dn-side-effects
 * @summary Normal and rare side effects of dry needling, with real figures.
 *
 * @csspart item - Each side effect (a disclosure in the full variant).
 * @csspart icon-array - The 100-dot picture of a frequency.
 */
export class DnSideEffects extends DnElement {
  static override styles = [...DnElement.styles, iconArrayStyles, sideEffectsStyles];

  static override properties = {
    variant: {},
    items: {},
    eStim: {type: Boolean, attribute: 'e-stim'},
  };

  /**
   * "full" (default): each side effect opens to show how often, what helps and
   * when to get help. "summary": a short list to scan.
   */
  declare variant: 'full' | 'summary';

  /** Which side effects to show, and in what order: ids separated by spaces, e.g. "soreness bruising". Default: all. */
  declare items: string | undefined;

  /** Adds what to tell the practitioner when electrical stimulation (e-stim) is used. */
  declare eStim: boolean;

  constructor() {
    super();
    this.variant = 'full';
    this.eStim = false;
  }

  private get validVariant(): Variant {
    const variant = asText(this.variant);
    if (variants.some((known) => known === variant)) return variant as Variant;
    this.warn(`variant must be "summary" or "full"; using "full".`);
    return 'full';
  }

  private get shownItems(): readonly SideEffect[] {
    const items = asText(this.items);
    if (items === undefined) return sideEffects;
    const requested = [...new Set(items.split(/[\s,]+/).filter(Boolean))];
    const known = new Map(sideEffects.map((effect) => [effect.id as string, effect]));
    const unknown = requested.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      this.warn(
        `items has unknown ids ${JSON.stringify(unknown.join(' ').slice(0, 80))}; known ids: ${[...known.keys()].join(', ')}.`,
      );
    }
    const shown = requested.flatMap((id) => known.get(id as SideEffectId) ?? []);
    return shown.length > 0 ? shown : sideEffects;
  }

  protected override get sourceIds(): SourceId[] {
    return sourcesOf([
      ...this.shownItems,
      ...rareEvents,
      ...overallRates.map((rate) => rate.frequency),
      {sources: redFlagSources.emergency},
      {sources: redFlagSources.urgent},
      ...(this.eStim ? [{sources: eStimSources}] : []),
    ]);
  }

  private frequencyText(frequency: Frequency): string {
    const figure = naturalFrequency(this.msg, this.locale, frequency);
    return frequency.counted ? `${frequency.counted(this.msg)}: ${figure}` : figure;
  }

  /** The figure beside a side effect's name: only one that counts the side effect itself, not a narrower part of it. */
  private headlineFigure(effect: SideEffect): TemplateResult | typeof nothing {
    const [figure] = effect.frequencies;
    if (!figure || effect.frequencies.length > 1 || figure.counted) return nothing;
    return html`<span class="item__figure">${naturalFrequency(this.msg, this.locale, figure)}</span>`;
  }

  private renderFrequency(frequency: Frequency): TemplateResult {
    return html`<div class="frequency">
      ${fitsInHundred(frequency) ? renderIconArray(perHundred(frequency)) : nothing}
      <p>${this.frequencyText(frequency)}</p>
    </div>`;
  }

  protected override renderContent(): TemplateResult {
    const variant = this.validVariant;
    const items = this.shownItems;
    return html`
      ${renderIconArrayPatterns()}
      ${this.renderHeading(0, this.msg('Side effects of dry needling', {id: 'side-effects.title'}), {part: 'title', class: 'title'})}
      <p class="lead">${sideEffectsIntro(this.msg)}</p>
      <div class="section">
        ${this.renderHeading(1, this.msg('Normal side effects', {id: 'side-effects.normal-heading'}), {part: 'section-heading'})}
        ${variant === 'full' ? this.renderFullItems(items) : this.renderSummaryItems(items)}
      </div>
      <div class="section">
        ${this.renderHeading(1, this.msg('How often side effects happen', {id: 'side-effects.overall-heading'}), {part: 'section-heading'})}
        ${overallRates.map(
          (rate) => html`<p class="label">${rate.name(this.msg)}</p>
            ${variant === 'full' ? this.renderFrequency(rate.frequency) : html`<p>${this.frequencyText(rate.frequency)}</p>`}
            ${rate.note ? html`<p>${rate.note(this.msg)}</p>` : nothing}`,
        )}
      </div>
      <div class="section">
        ${this.renderHeading(1, this.msg('Rare but serious', {id: 'side-effects.rare-heading'}), {part: 'section-heading'})}
        <ul class="summary-list">
          ${rareEvents.map(
            (event) => html`<li>
              <strong>${event.name(this.msg)}.</strong> ${event.about(this.msg)}
              ${event.frequencies.map((frequency) => this.frequencyText(frequency) + '.')}
            </li>`,
          )}
        </ul>
      </div>
      ${this.eStim ? this.renderEStim() : nothing}
    `;
  }

  private renderSummaryItems(items: readonly SideEffect[]): TemplateResult {
    return html`<ul class="summary-list">
      ${items.map(
        (effect) => html`<li data-item=${effect.id}>
          <strong>${effect.name(this.msg)}:</strong> ${effect.feelsLike(this.msg)} ${effect.lasts?.(this.msg)}
          ${this.headlineFigure(effect)}
        </li>`,
      )}
    </ul>`;
  }

  private renderFullItems(items: readonly SideEffect[]): TemplateResult {
    return html`<ul class="items">
      ${items.map(
        (effect) => html`<li class="item" part="item" data-item=${effect.id}>
          <details>
            <summary>
              <span class="item__name">${effect.name(this.msg)}</span>
              ${this.headlineFigure(effect)}
            </summary>
            <div class="item__body">
              <p>${effect.feelsLike(this.msg)} ${effect.lasts?.(this.msg)}</p>
              ${effect.frequencies.length > 0
                ? html`<p class="label">${this.msg('How often', {id: 'side-effects.how-often'})}</p>
                    ${effect.frequencies.map((frequency) => this.renderFrequency(frequency))}`
                : nothing}
              ${effect.selfCare
                ? html`<p class="label">${this.msg('What helps', {id: 'side-effects.what-helps'})}</p>
                    <p>${effect.selfCare(this.msg)}</p>`
                : nothing}
              ${this.renderNotNormal(effect)}
            </div>
          </details>
        </li>`,
      )}
    </ul>`;
  }

  private renderNotNormal(effect: SideEffect): TemplateResult {
    const fever = feverThresholdText(this.locale, undefined);
    const emergency = emergencySigns.filter((sign) => effect.notNormal.emergency?.includes(sign.id));
    const urgent = urgentSigns.filter((sign) => effect.notNormal.urgent?.includes(sign.id));
    return html`
      ${emergency.length > 0
        ? html`<div class="not-normal not-normal--emergency" data-tier="emergency">
            <p class="label"><span class="visually-hidden">${tierName.emergency(this.msg)} </span>${tierHeading.emergency(this.msg, undefined)}</p>
            <ul>${emergency.map((sign) => html`<li>${sign.text(this.msg, {fever})}</li>`)}</ul>
          </div>`
        : nothing}
      ${urgent.length > 0
        ? html`<div class="not-normal not-normal--urgent" data-tier="urgent">
            <p class="label"><span class="visually-hidden">${tierName.urgent(this.msg)} </span>${tierHeading.urgent(this.msg)}</p>
            <ul>${urgent.map((sign) => html`<li>${sign.text(this.msg, {fever})}</li>`)}</ul>
          </div>`
        : nothing}
    `;
  }

  private renderEStim(): TemplateResult {
    return html`<div class="section" data-section="e-stim">
      ${this.renderHeading(1, this.msg('With electrical stimulation (e-stim)', {id: 'side-effects.e-stim-heading'}), {part: 'section-heading'})}
      <p>${eStimIntro(this.msg)}</p>
      <ul>
        ${eStimCautions.map((caution) => html`<li>${caution.text(this.msg)}</li>`)}
      </ul>
    </div>`;
  }
}
