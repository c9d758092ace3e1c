import {html, nothing, type TemplateResult} from 'lit';
import {eStimCautions, eStimIntro, eStimListHeading, eStimSources} from '../content/e-stim.js';
import {fitsInHundred, naturalFrequency, perHundred, type Frequency} from '../content/frequency.js';
import {redFlagSources} from '../content/red-flags.js';
import {
  overallRates,
  rareEvents,
  sideEffects,
  sideEffectsHeadings,
  sideEffectsIntro,
  type SideEffect,
  type SideEffectId,
} from '../content/side-effects.js';
import {sourcesOf, type SourceId} from '../content/sources.js';
import {asText} from '../internal/text.js';
import {DnContentElement} from '../base/dn-content-element.js';
import {sentences} from '../localization/locales.js';
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
export class DnSideEffects extends DnContentElement {
  static override styles = [...DnContentElement.styles, iconArrayStyles, sideEffectsStyles];

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
  declare eStim: boolean | undefined;

  constructor() {
    super();
    this.variant = 'full';
  }

  /** Whether e-stim is used: the element's own `e-stim`, else the configuration's. */
  private get usesEStim(): boolean {
    return this.eStim ?? this.configuration.eStim ?? false;
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
      this.warn(`items has unknown ids ${JSON.stringify(unknown.join(' ').slice(0, 80))}; known ids: ${[...known.keys()].join(', ')}.`);
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
      ...(this.usesEStim ? [{sources: eStimSources}] : []),
    ]);
  }

  /** The figure beside a side effect's name, when one figure says it fairly. */
  private headlineFigure(effect: SideEffect): TemplateResult | typeof nothing {
    const [figure] = effect.frequencies;
    const text =
      effect.headline?.(this.msg) ??
      (effect.frequencies.length === 1 && !figure.sentence ? naturalFrequency(this.msg, this.locale, figure) : undefined);
    return text ? html`<span class="item__figure">${text}</span>` : nothing;
  }

  private renderFrequency(frequency: Frequency, {picture}: {picture: boolean}): TemplateResult {
    return html`<div class="frequency">
      ${picture && fitsInHundred(frequency) ? renderIconArray(perHundred(frequency)) : nothing}
      <p>${naturalFrequency(this.msg, this.locale, frequency)}</p>
    </div>`;
  }

  private description(effect: SideEffect): string {
    const feels = effect.feelsLike(this.msg);
    return effect.lasts ? sentences(this.locale, feels, effect.lasts(this.msg)) : feels;
  }

  protected override renderContent(): TemplateResult {
    const variant = this.validVariant;
    const items = this.shownItems;
    const full = variant === 'full';
    return html`
      ${renderIconArrayPatterns()} ${this.renderHeading(0, sideEffectsHeadings.title(this.msg), {part: 'title', class: 'title'})}
      <p class="lead">${sideEffectsIntro(this.msg)}</p>
      <div class="section">
        ${this.renderHeading(1, sideEffectsHeadings.normal(this.msg), {part: 'section-heading'})}
        ${full ? this.renderFullItems(items) : this.renderSummaryItems(items)}
      </div>
      <div class="section">
        ${this.renderHeading(1, sideEffectsHeadings.overall(this.msg), {
          part: 'section-heading',
        })}
        ${overallRates.map(
          (rate) =>
            html`${this.renderHeading(2, rate.name(this.msg), {part: 'item-heading', class: 'label'})}
            ${this.renderFrequency(rate.frequency, {picture: full})} ${rate.note ? html`<p>${rate.note(this.msg)}</p>` : nothing}`,
        )}
      </div>
      <div class="section">
        ${this.renderHeading(1, sideEffectsHeadings.rare(this.msg), {
          part: 'section-heading',
        })}
        ${rareEvents.map(
          (event) =>
            html`<div class="rare-event" part="rare-event" data-rare-event=${event.id}>
              ${this.renderHeading(2, event.name(this.msg), {part: 'item-heading', class: 'label'})}
              ${event.about.map((paragraph) => html`<p>${paragraph(this.msg)}</p>`)}
              ${event.frequencies.map((frequency) => html`<p>${naturalFrequency(this.msg, this.locale, frequency)}</p>`)}
              ${this.renderNotNormal(event.signs, 3)}
            </div>`,
        )}
      </div>
      ${this.usesEStim ? this.renderEStim() : nothing}
    `;
  }

  private renderSummaryItems(items: readonly SideEffect[]): TemplateResult {
    return html`<dl class="summary-list">
      ${items.map(
        (effect) =>
          html`<div class="summary-item" data-item=${effect.id}>
            <dt>${effect.name(this.msg)} ${this.headlineFigure(effect)}</dt>
            <dd>${this.description(effect)}</dd>
          </div>`,
      )}
    </dl>`;
  }

  private renderFullItems(items: readonly SideEffect[]): TemplateResult {
    return html`<ul class="items">
      ${items.map(
        (effect) =>
          html`<li class="item" part="item" data-item=${effect.id}>
            <details>
              <summary>
                <span class="item__name">${effect.name(this.msg)}</span>
                ${this.headlineFigure(effect)}
              </summary>
              <div class="item__body">
                <p>${this.description(effect)}</p>
                ${
                  effect.frequencies.length > 0
                    ? html`${this.renderHeading(2, sideEffectsHeadings.howOften(this.msg), {part: 'item-heading', class: 'label'})}
                      ${effect.frequencies.map((frequency) => this.renderFrequency(frequency, {picture: true}))}`
                    : nothing
                }
                ${
                  effect.selfCare
                    ? html`${this.renderHeading(2, sideEffectsHeadings.whatHelps(this.msg), {part: 'item-heading', class: 'label'})}
                        <p>${effect.selfCare(this.msg)}</p>`
                    : nothing
                }
                ${this.renderNotNormal(effect.notNormal, 2)}
              </div>
            </details>
          </li>`,
      )}
    </ul>`;
  }

  private renderEStim(): TemplateResult {
    const stop = eStimCautions.filter((caution) => caution.stop);
    const discuss = eStimCautions.filter((caution) => !caution.stop);
    return html`<div class="section" data-section="e-stim">
      ${this.renderHeading(1, sideEffectsHeadings.eStim(this.msg), {
        part: 'section-heading',
      })}
      <p>${eStimIntro(this.msg)}</p>
      <p class="label">${eStimListHeading.stop(this.msg)}</p>
      <ul data-e-stim="stop">
        ${stop.map((caution) => html`<li>${caution.text(this.msg)}</li>`)}
      </ul>
      <p class="label">${eStimListHeading.discuss(this.msg)}</p>
      <ul data-e-stim="discuss">
        ${discuss.map((caution) => html`<li>${caution.text(this.msg)}</li>`)}
      </ul>
    </div>`;
  }
}
