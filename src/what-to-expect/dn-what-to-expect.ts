import {html, nothing, type TemplateResult} from 'lit';
import {safeUrl} from '../config/config.js';
import {sourcesOf, type SourceId} from '../content/sources.js';
import {
  bookingLinkText,
  whatToExpectIntro,
  whatToExpectSectionIds,
  whatToExpectSections,
  whatToExpectTitle,
  type WhatToExpectSection,
  type WhatToExpectSectionId,
} from '../content/what-to-expect.js';
import {DnContentElement} from '../base/dn-content-element.js';
import {nameFromPage, richText} from '../base/rich-text.js';
import {asText} from '../internal/text.js';
import {whatToExpectStyles} from './dn-what-to-expect.styles.js';

/**
 * What dry needling is and how a visit goes, for a new patient before the
 * first session: what it is, who does it, what it is used for and what the
 * evidence says, and what happens before, during and after.
 *
 * @tagname dn-what-to-expect
 * @summary What to expect from dry needling, before the first visit.
 *
 * @csspart section - Each section.
 * @csspart section-heading - The heading of each section.
 * @csspart book-link - The link to the clinic's booking page, when the configuration has one.
 */
export class DnWhatToExpect extends DnContentElement {
  static override styles = [...DnContentElement.styles, whatToExpectStyles];

  static override properties = {
    sections: {},
  };

  /**
   * Which sections to show, in this order, by id separated by spaces: any of
   * "what-it-is who evidence before during after". Default: all, in that order.
   */
  declare sections: string | undefined;

  private get shownSections(): readonly WhatToExpectSection[] {
    const value = asText(this.sections);
    if (value === undefined) return whatToExpectSections;
    const requested = [...new Set(value.split(/[\s,]+/).filter(Boolean))];
    const unknown = requested.filter((id) => !whatToExpectSectionIds.includes(id as WhatToExpectSectionId));
    if (unknown.length > 0) {
      this.warn(
        `sections has unknown ids ${JSON.stringify(unknown.join(' ').slice(0, 80))}; known ids: ${whatToExpectSectionIds.join(', ')}.`,
      );
    }
    const shown = requested.flatMap((id) => whatToExpectSections.find((section) => section.id === id) ?? []);
    return shown.length > 0 ? shown : whatToExpectSections;
  }

  protected override get sourceIds(): SourceId[] {
    return sourcesOf(this.shownSections);
  }

  protected override renderContent(): TemplateResult {
    return html`
      ${this.renderHeading(0, whatToExpectTitle(this.msg), {part: 'title', class: 'title'})}
      <p class="lead">${whatToExpectIntro(this.msg)}</p>
      ${this.shownSections.map((section) => this.renderSection(section))} ${this.renderBookingLink()}
    `;
  }

  private renderSection(section: WhatToExpectSection): TemplateResult {
    return html`<div class="section" part="section" data-section=${section.id}>
      ${this.renderHeading(1, section.title(this.msg), {part: 'section-heading', class: 'section__heading'})}
      ${section.paragraphs.map((paragraph) => html`<p>${paragraph(this.msg)}</p>`)}
      ${
        section.list
          ? html`<p>${section.list.intro(this.msg)}</p>
              <ul>
                ${section.list.items.map((item) => html`<li>${item(this.msg)}</li>`)}
              </ul>`
          : nothing
      }
    </div>`;
  }

  /** "Book a session", when the page configuration gives the clinic's booking page. */
  private renderBookingLink(): TemplateResult | typeof nothing {
    const url = this.configuration.bookingUrl && safeUrl(this.configuration.bookingUrl);
    if (!url) return nothing;
    const {name} = this.clinic;
    return html`<p>
      <a class="book" part="book-link" href=${url}
        ><span
          >${richText((place) => (name ? bookingLinkText.withClinic(this.msg, place(nameFromPage(name))) : bookingLinkText.plain(this.msg)))}</span
        ></a
      >
    </p>`;
  }
}
