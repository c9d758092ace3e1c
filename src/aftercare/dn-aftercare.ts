import {html, nothing, type TemplateResult} from 'lit';
import {str} from '@lit/localize';
import {
  aftercareAvoid,
  aftercareDo,
  aftercareHeadings,
  aftercareSources,
  stageAt,
  timeline,
  type TimelineStage,
} from '../content/aftercare.js';
import {normalTierOutro, redFlagSources} from '../content/red-flags.js';
import {sourcesOf, type SourceId} from '../content/sources.js';
import {asText} from '../internal/text.js';
import {DnContentElement} from '../base/dn-content-element.js';
import {sentences} from '../localization/locales.js';
import {aftercareStyles} from './dn-aftercare.styles.js';
import {relativeTimeFormat} from '../internal/intl.js';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const HOUR = 3_600_000;

/**
 * What to do and avoid after a dry needling session, and a timeline of what is
 * normal when. With `treated-at`, it marks where the patient is now.
 *
 * @tagname dn-aftercare
 * @summary Aftercare advice and a timeline of what is normal when.
 *
 * @csspart now - The "your session was … ago" box (with `treated-at`).
 * @csspart timeline - The list of stages.
 * @csspart stage - Each stage of the timeline.
 */
export class DnAftercare extends DnContentElement {
  static override styles = [...DnContentElement.styles, aftercareStyles];

  static override properties = {
    treatedAt: {attribute: 'treated-at'},
  };

  /**
   * When the session was, as an ISO 8601 date-time ("2026-11-23T14:30"). The
   * timeline then marks where the patient is now and what comes next.
   */
  declare treatedAt: string | undefined;

  protected override get sourceIds(): SourceId[] {
    return sourcesOf([
      {sources: aftercareSources},
      ...timeline,
      ...(timeline.some((stage) => stage.watchFor) ? [{sources: redFlagSources.urgent}] : []),
    ]);
  }

  /** Hours since the session, or undefined without a valid `treated-at`. */
  private get hoursSinceSession(): number | undefined {
    const value = asText(this.treatedAt)?.trim();
    if (!value) return undefined;
    const time = ISO_DATE_TIME.test(value) ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(time)) {
      this.warn(
        `treated-at=${JSON.stringify(value.slice(0, 40))} is not an ISO 8601 date-time such as "2026-11-23T14:30"; showing the timeline without "now".`,
      );
      return undefined;
    }
    return (Date.now() - time) / HOUR;
  }

  private relativeTime(hours: number): string {
    const format = relativeTimeFormat(this.locale, {numeric: 'auto'});
    const size = Math.abs(hours);
    const direction = hours < 0 ? 1 : -1; // a session in the past is "… ago"
    // At least one minute, so a session that has just ended never reads "was now".
    if (size < 1) return format.format(direction * Math.max(1, Math.round(size * 60)), 'minute');
    if (size < 24) return format.format(Math.round(-hours), 'hour');
    return format.format(Math.round(-hours / 24), 'day');
  }

  protected override renderContent(): TemplateResult {
    const hours = this.hoursSinceSession;
    const current = hours === undefined ? undefined : stageAt(hours);
    return html`
      ${this.renderHeading(0, aftercareHeadings.title(this.msg), {part: 'title', class: 'title'})}
      ${hours === undefined ? nothing : this.renderNow(hours, current)}
      <div class="lists">
        <div>
          ${this.renderHeading(1, aftercareHeadings.do(this.msg), {part: 'section-heading'})}
          <ul data-list="do">
            ${aftercareDo.map((tip) => html`<li>${tip.text(this.msg)}</li>`)}
          </ul>
        </div>
        <div>
          ${this.renderHeading(1, aftercareHeadings.avoid(this.msg), {part: 'section-heading'})}
          <ul data-list="avoid">
            ${aftercareAvoid.map((tip) => html`<li>${tip.text(this.msg)}</li>`)}
          </ul>
        </div>
      </div>
      ${this.renderHeading(1, aftercareHeadings.timeline(this.msg), {part: 'section-heading'})}
      <ol class="timeline" part="timeline">
        ${timeline.map((stage) => this.renderStage(stage, stage === current))}
      </ol>
      <p>${normalTierOutro(this.msg)}</p>
    `;
  }

  private renderNow(hours: number, current: TimelineStage | undefined): TemplateResult {
    const when = this.relativeTime(hours);
    const next = timeline[current ? timeline.indexOf(current) + 1 : 0];
    return html`<div class="now" part="now">
      <p>
        <strong>
          ${
            hours >= 0
              ? this.msg(str`Your session was ${when}.`, {id: 'aftercare.now.past'})
              : this.msg(str`Your session is ${when}.`, {id: 'aftercare.now.future'})
          }
        </strong>
      </p>
      ${
        current
          ? html`<p>
              ${sentences(this.locale, this.msg(str`Now: ${current.title(this.msg)}.`, {id: 'aftercare.now.stage'}), current.whatIsNormal(this.msg))}
            </p>`
          : nothing
      }
      ${next ? html`<p>${sentences(this.locale, this.msg(str`Next: ${next.title(this.msg)}.`, {id: 'aftercare.now.next'}), next.whatIsNormal(this.msg))}</p>` : nothing}
    </div>`;
  }

  private renderStage(stage: TimelineStage, isCurrent: boolean): TemplateResult {
    return html`<li class="stage" part="stage" data-stage=${stage.id} aria-current=${isCurrent ? 'step' : nothing}>
      ${this.renderHeading(
        2,
        html`${stage.title(this.msg)}
        ${isCurrent ? html`<span class="you-are-here">${this.msg('You are here', {id: 'aftercare.you-are-here'})}</span>` : nothing}`,
        {part: 'stage-heading', class: 'stage__title'},
      )}
      <p class="stage__text">${stage.whatIsNormal(this.msg)}</p>
      ${stage.instruction ? html`<p class="stage__text"><strong>${stage.instruction(this.msg)}</strong></p>` : nothing}
      ${stage.watchFor ? this.renderNotNormal({urgent: stage.watchFor}, 3) : nothing}
    </li>`;
  }
}
