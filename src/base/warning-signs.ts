import {html, nothing, type TemplateResult} from 'lit';
import {clinicContactText, signsWithIds, tierHeading, tierName, type Escalation, type WarningSign} from '../content/red-flags.js';
import type {Region} from '../content/regions.js';
import type {Msg} from '../content/text.js';
import type {Clinic} from './dn-element.js';
import {nameFromPage, phone, richText} from './rich-text.js';

/** Warning signs as a list, each with its points and note: the one way every element shows them. */
export function renderSigns(msg: Msg, signs: readonly WarningSign[], fever: string): TemplateResult {
  return html`<ul class="signs">
    ${signs.map(
      (sign) =>
        html`<li data-sign=${sign.id}>
          ${sign.text(msg, {fever})}
          ${
            sign.details
              ? html`<ul>
                  ${sign.details.map((detail) => html`<li>${detail(msg)}</li>`)}
                </ul>`
              : nothing
          }
          ${sign.note ? html`<p class="sign-note">${sign.note(msg)}</p>` : nothing}
        </li>`,
    )}
  </ul>`;
}

/** The emergency instruction, the same in every element, with the region's number when there is one. */
export function emergencyInstruction(msg: Msg, emergencyNumber: string | undefined, {link = true} = {}) {
  return richText((place) =>
    tierHeading.emergency(msg, emergencyNumber === undefined ? undefined : place(phone(emergencyNumber, {link, known: true}))),
  );
}

/** Whom to call when something needs seeing today: the clinic's name and phone, as far as the page gave them. */
export function renderClinicContact(msg: Msg, {name, phone: clinicPhone}: Pick<Clinic, 'name' | 'phone'>): TemplateResult | typeof nothing {
  if (!name && !clinicPhone) return nothing;
  return html`<p data-contact="clinic">
    ${richText((place) => {
      if (name && clinicPhone) return clinicContactText.nameAndPhone(msg, place(nameFromPage(name)), place(phone(clinicPhone)));
      if (clinicPhone) return clinicContactText.phone(msg, place(phone(clinicPhone)));
      return clinicContactText.name(msg, place(nameFromPage(name!)));
    })}
  </p>`;
}

/** The region's line for urgent advice when the clinic is closed (NHS 111, Healthline…), if it has one. */
export function renderUrgentAdvice(msg: Msg, region: Region | undefined): TemplateResult | typeof nothing {
  const advice = region?.urgentAdvice;
  if (!advice) return nothing;
  return html`<p data-contact="advice-line">
    ${richText((place) => advice.text(msg, advice.number ? place(phone(advice.number, {known: true})) : ''))}
  </p>`;
}

/**
 * "When it is not normal any more": the signs of a side effect or rare event,
 * under the instruction of their tier, named for screen readers as the tiers
 * of `<dn-red-flags>` are, with the same number and the same clinic contact.
 */
export function renderEscalation(
  msg: Msg,
  escalation: Escalation,
  {fever, clinic, heading}: {fever: string; clinic: Clinic; heading: (content: unknown) => unknown},
): TemplateResult {
  const emergency = signsWithIds(escalation.emergency);
  const urgent = signsWithIds(escalation.urgent);
  return html`
    ${
      emergency.length > 0
        ? html`<div class="not-normal not-normal--emergency" data-tier="emergency">
            ${heading(html`<span class="visually-hidden">${tierName.emergency(msg)} </span>${emergencyInstruction(msg, clinic.region?.emergencyNumber)}`)}
            ${renderSigns(msg, emergency, fever)}
          </div>`
        : nothing
    }
    ${
      urgent.length > 0
        ? html`<div class="not-normal not-normal--urgent" data-tier="urgent">
            ${heading(html`<span class="visually-hidden">${tierName.urgent(msg)} </span>${tierHeading.urgent(msg)}`)}
            ${renderSigns(msg, urgent, fever)} ${renderClinicContact(msg, clinic)} ${renderUrgentAdvice(msg, clinic.region)}
          </div>`
        : nothing
    }
  `;
}
