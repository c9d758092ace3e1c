import {html, nothing, type TemplateResult} from 'lit';
import {selfCareSummary} from '../content/aftercare.js';
import {
  alternativeNumberText,
  callNumber,
  delayedChestSymptoms,
  doNotDrive,
  emergencySigns,
  isTier,
  normalTierOutro,
  redFlagSources,
  redFlagsTitle,
  tierHeading,
  tierName,
  tiers as allTiers,
  urgentSigns,
  type Tier,
} from '../content/red-flags.js';
import {feverThresholdText, type Region} from '../content/regions.js';
import {sideEffects} from '../content/side-effects.js';
import {sourcesOf, type SourceId} from '../content/sources.js';
import {asText} from '../internal/text.js';
import {DnContentElement} from '../base/dn-content-element.js';
import {sentences} from '../localization/locales.js';
import {phone, richText} from '../base/rich-text.js';
import {emergencyInstruction, renderClinicContact, renderSigns, renderUrgentAdvice} from '../base/warning-signs.js';
import {redFlagsStyles} from './dn-red-flags.styles.js';

/**
 * When to get help after dry needling: what needs the emergency number now,
 * what needs the practitioner or a doctor today, and what is normal.
 *
 * @tagname dn-red-flags
 * @summary Red flags after dry needling, in three urgency tiers.
 *
 * @slot after-hours - The clinic's own out-of-hours text, shown in the urgent tier. Default: the configuration's `afterHours`.
 *
 * @csspart tier - Each tier card.
 * @csspart tier-emergency - The emergency tier card.
 * @csspart tier-urgent - The urgent tier card.
 * @csspart tier-normal - The normal tier card.
 * @csspart tier-heading - The heading of each tier card.
 * @csspart call-link - Each phone link (emergency number, clinic, advice line).
 */
export class DnRedFlags extends DnContentElement {
  static override styles = [...DnContentElement.styles, redFlagsStyles];

  static override properties = {
    tiers: {},
  };

  /**
   * Which tiers to show, separated by spaces: any of "emergency", "urgent" and
   * "normal". Default: all three. Tiers always appear most urgent first.
   */
  declare tiers: string | undefined;

  protected override get sourceIds(): SourceId[] {
    const shown = this.shownTiers;
    return sourcesOf([
      ...(shown.includes('emergency') ? [{sources: redFlagSources.emergency}] : []),
      ...(shown.includes('urgent') ? [{sources: redFlagSources.urgent}] : []),
      ...(shown.includes('normal') ? [...sideEffects, selfCareSummary] : []),
    ]);
  }

  private get shownTiers(): readonly Tier[] {
    const tiers = asText(this.tiers);
    if (tiers === undefined) return allTiers;
    const requested = tiers.split(/[\s,]+/).filter(Boolean);
    const unknown = requested.filter((tier) => !isTier(tier));
    if (unknown.length > 0) {
      this.warn(`tiers accepts "emergency", "urgent" and "normal"; ignoring ${JSON.stringify(unknown.join(' '))}.`);
    }
    const shown = allTiers.filter((tier) => requested.includes(tier));
    return shown.length > 0 ? shown : allTiers;
  }

  protected override renderContent(): TemplateResult {
    const {region} = this.clinic;
    if (!region && !asText(this.region)?.trim() && !this.configuration.region) {
      this.warn(
        'has no region, so it cannot show an emergency number. Set region="GB" (or your ISO 3166-1 code) here or in the configuration.',
      );
    }
    const fever = feverThresholdText(this.msg, this.locale, region?.temperatureUnit);
    const shown = this.shownTiers;
    return html`
      ${this.renderHeading(0, redFlagsTitle(this.msg), {
        part: 'title',
        class: 'title',
      })}
      ${shown.includes('emergency') ? this.renderEmergency(region, fever) : nothing}
      ${shown.includes('urgent') ? this.renderUrgent(region, fever) : nothing} ${shown.includes('normal') ? this.renderNormal() : nothing}
    `;
  }

  private renderTier(tier: Tier, heading: unknown, body: TemplateResult): TemplateResult {
    return html`
      <div class="tier tier--${tier}" part="tier tier-${tier}" data-tier=${tier}>
        ${this.renderHeading(1, html`<span class="visually-hidden">${tierName[tier](this.msg)} </span>${heading}`, {
          part: 'tier-heading',
          class: 'tier__heading',
        })}
        <div class="tier__body">${body}</div>
      </div>
    `;
  }

  private renderEmergency(region: Region | undefined, fever: string): TemplateResult {
    const number = region?.emergencyNumber;
    return this.renderTier(
      'emergency',
      emergencyInstruction(this.msg, number, {link: false}),
      html`
        ${renderSigns(this.msg, emergencySigns, fever)}
        <p>${delayedChestSymptoms(this.msg)}</p>
        <p><strong>${doNotDrive(this.msg)}</strong></p>
        ${
          number
            ? html`<p>
                <a class="call" part="call-link" href=${`tel:${number}`}
                  ><span>${richText((place) => callNumber(this.msg, place(phone(number, {link: false}))))}</span></a
                >
              </p>`
            : nothing
        }
        ${region?.alternatives?.map(
          (alternative) =>
            html`<p>
              ${richText((place) => alternativeNumberText[alternative.when](this.msg, place(phone(alternative.number, {known: true}))))}
            </p>`,
        )}
        ${region?.coverage ? html`<p>${region.coverage(this.msg)}</p>` : nothing}
      `,
    );
  }

  private renderUrgent(region: Region | undefined, fever: string): TemplateResult {
    const {afterHours} = this.clinic;
    return this.renderTier(
      'urgent',
      tierHeading.urgent(this.msg),
      html`
        ${renderSigns(this.msg, urgentSigns, fever)} ${renderClinicContact(this.msg, this.clinic)} ${renderUrgentAdvice(this.msg, region)}
        <slot name="after-hours">${afterHours ? html`<p data-contact="after-hours">${afterHours}</p>` : nothing}</slot>
      `,
    );
  }

  private renderNormal(): TemplateResult {
    return this.renderTier(
      'normal',
      tierHeading.normal(this.msg),
      html`
        <ul>
          ${sideEffects.map((effect) => html`<li>${effect.lasts ? sentences(this.locale, effect.feelsLike(this.msg), effect.lasts(this.msg)) : effect.feelsLike(this.msg)}</li>`)}
        </ul>
        <p>${selfCareSummary.text(this.msg)}</p>
        <p>${normalTierOutro(this.msg)}</p>
      `,
    );
  }
}
