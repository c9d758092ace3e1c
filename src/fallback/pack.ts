import {aftercareAvoid, aftercareDo, aftercareHeadings, aftercareSources, selfCareSummary, timeline} from '../content/aftercare.js';
import {eStimCautions, eStimIntro, eStimListHeading, eStimSources} from '../content/e-stim.js';
import {naturalFrequency, type Frequency} from '../content/frequency.js';
import {
  alternativeNumberText,
  callNumber,
  clinicContactText,
  delayedChestSymptoms,
  doNotDrive,
  emergencySigns,
  normalTierOutro,
  redFlagSources,
  redFlagsTitle,
  signsWithIds,
  tierHeading,
  tierName,
  urgentSigns,
  type Escalation,
  type WarningSign,
} from '../content/red-flags.js';
import {feverThresholdText, lookUpRegion, regionAliases, supportedRegions, type Region} from '../content/regions.js';
import {questionsFor, screeningIntro, screeningSources} from '../content/screening.js';
import {overallRates, rareEvents, sideEffects, sideEffectsHeadings, sideEffectsIntro, type SideEffect} from '../content/side-effects.js';
import {contentReview, disclaimer, reviewText, sourceLink, sources, type SourceId} from '../content/sources.js';
import type {Msg} from '../content/text.js';
import {whatToExpectIntro, whatToExpectSections, whatToExpectTitle} from '../content/what-to-expect.js';
import {sentences, textDirection} from '../localization/locales.js';
import {datePattern, formatDate, type DatePattern} from './date.js';
import {escapeHtml as e, heading, knownPhoneHtml, richHtml, visuallyHidden} from './html.js';

/**
 * The server-rendered fallback of every element in one locale, as templates:
 * the same content modules and messages the elements render, written as plain
 * HTML once at build time. What depends on the page is left as tokens, filled
 * in when the fallback is assembled (by `fillFallback` here, or by the
 * WordPress plugin's PHP from this same data):
 *
 * - `{{h0}}`…`{{h4}}`: heading levels below the element's `heading-level`;
 * - `{{region.*}}`: the region's numbers and fever unit, from `regions`;
 * - `{{clinic.*}}`: the clinic's contact, out-of-hours text and reviewer.
 */
export interface FallbackPack {
  /** Format version of this data; the plugin checks it. */
  format: 1;
  locale: string;
  dir: 'ltr' | 'rtl';
  /** Each element's parts, by name: HTML with tokens, and the sources it cites. */
  elements: Readonly<Record<FallbackTag, Readonly<Record<string, FallbackPart>>>>;
  /** The values of the `{{region.*}}` tokens for each supported region; "" is no region. */
  regions: Readonly<Record<string, RegionValues>>;
  /** Region codes clinics type that mean another code ("UK" is "GB"). */
  regionAliases: Readonly<Record<string, string>>;
  /** The clinic's sentences, with `{{name}}`, `{{phone}}` and `{{date}}` where the clinic's values go. */
  clinic: Readonly<Record<'nameAndPhone' | 'phone' | 'name' | 'reviewer' | 'reviewerUndated', string>>;
  /** The footer's sources heading, with `{{count}}`, and each source as a list item, in the order they are cited. */
  sources: {heading: string; items: Readonly<Record<string, string>>};
  /** How this locale writes a long date, for the clinic's review date. */
  date: DatePattern;
}

export type FallbackTag = 'dn-what-to-expect' | 'dn-red-flags' | 'dn-side-effects' | 'dn-aftercare' | 'dn-contraindication-check';
export const fallbackTags: readonly FallbackTag[] = [
  'dn-what-to-expect',
  'dn-red-flags',
  'dn-side-effects',
  'dn-aftercare',
  'dn-contraindication-check',
];

export interface FallbackPart {
  html: string;
  sources: readonly SourceId[];
}

export type RegionValues = Readonly<
  Record<'fever' | 'emergencyHeading' | 'callLink' | 'alternatives' | 'coverage' | 'urgentAdvice', string>
>;

const part = (html: string, partSources: readonly SourceId[] = []): FallbackPart => ({html, sources: [...partSources]});

/** The same list of signs every element shows, each with its points and note. */
function signsHtml(msg: Msg, signs: readonly WarningSign[]): string {
  const items = signs.map((sign) => {
    const details = sign.details ? `<ul>${sign.details.map((detail) => `<li>${e(detail(msg))}</li>`).join('')}</ul>` : '';
    const note = sign.note ? `<p>${e(sign.note(msg))}</p>` : '';
    return `<li data-sign="${sign.id}">${e(sign.text(msg, {fever: '{{region.fever}}'}))}${details}${note}</li>`;
  });
  return `<ul class="dn-fallback__signs">${items.join('')}</ul>`;
}

/** The emergency tier of `<dn-red-flags>`: also the opening of every fallback that lists emergency signs. */
function emergencyTier(msg: Msg): string {
  return (
    `<div class="dn-fallback__tier dn-fallback__tier--emergency" data-tier="emergency">` +
    heading(1, `${visuallyHidden(tierName.emergency(msg))}{{region.emergencyHeading}}`) +
    signsHtml(msg, emergencySigns) +
    `<p>${e(delayedChestSymptoms(msg))}</p>` +
    `<p><strong>${e(doNotDrive(msg))}</strong></p>` +
    `{{region.callLink}}{{region.alternatives}}{{region.coverage}}</div>`
  );
}

/** "When it is not normal any more", as `renderEscalation` shows it. */
function escalationHtml(msg: Msg, escalation: Escalation, depth: number): string {
  const emergency = signsWithIds(escalation.emergency);
  const urgent = signsWithIds(escalation.urgent);
  return (
    (emergency.length > 0
      ? `<div data-tier="emergency">${heading(depth, `${visuallyHidden(tierName.emergency(msg))}{{region.emergencyHeading}}`)}${signsHtml(msg, emergency)}</div>`
      : '') +
    (urgent.length > 0
      ? `<div data-tier="urgent">${heading(depth, `${visuallyHidden(tierName.urgent(msg))}${e(tierHeading.urgent(msg))}`)}${signsHtml(msg, urgent)}{{clinic.contact}}{{region.urgentAdvice}}</div>`
      : '')
  );
}

function redFlags(msg: Msg, locale: string): Record<string, FallbackPart> {
  const description = (effect: SideEffect) =>
    effect.lasts ? sentences(locale, effect.feelsLike(msg), effect.lasts(msg)) : effect.feelsLike(msg);
  return {
    title: part(heading(0, e(redFlagsTitle(msg)))),
    emergency: part(emergencyTier(msg), redFlagSources.emergency),
    urgent: part(
      `<div class="dn-fallback__tier dn-fallback__tier--urgent" data-tier="urgent">` +
        heading(1, `${visuallyHidden(tierName.urgent(msg))}${e(tierHeading.urgent(msg))}`) +
        signsHtml(msg, urgentSigns) +
        `{{clinic.contact}}{{region.urgentAdvice}}{{clinic.afterHours}}</div>`,
      redFlagSources.urgent,
    ),
    normal: part(
      `<div class="dn-fallback__tier dn-fallback__tier--normal" data-tier="normal">` +
        heading(1, `${visuallyHidden(tierName.normal(msg))}${e(tierHeading.normal(msg))}`) +
        `<ul>${sideEffects.map((effect) => `<li>${e(description(effect))}</li>`).join('')}</ul>` +
        `<p>${e(selfCareSummary.text(msg))}</p><p>${e(normalTierOutro(msg))}</p></div>`,
      [...sideEffects.flatMap((effect) => effect.sources), ...selfCareSummary.sources],
    ),
  };
}

function sideEffectsParts(msg: Msg, locale: string): Record<string, FallbackPart> {
  const description = (effect: SideEffect) =>
    effect.lasts ? sentences(locale, effect.feelsLike(msg), effect.lasts(msg)) : effect.feelsLike(msg);
  const frequency = (figure: Frequency) => `<p>${e(naturalFrequency(msg, locale, figure))}</p>`;
  const headline = (effect: SideEffect) => {
    const [figure] = effect.frequencies;
    const text =
      effect.headline?.(msg) ?? (effect.frequencies.length === 1 && !figure.sentence ? naturalFrequency(msg, locale, figure) : undefined);
    return text ? ` ${e(text)}` : '';
  };
  const parts: Record<string, FallbackPart> = {
    title: part(heading(0, e(sideEffectsHeadings.title(msg)))),
    // Emergency text first: the emergency tier of <dn-red-flags>, whose signs the
    // element shows further down, under the side effects and rare events they belong to.
    emergency: part(emergencyTier(msg), redFlagSources.emergency),
    intro: part(`<p>${e(sideEffectsIntro(msg))}</p>` + heading(1, e(sideEffectsHeadings.normal(msg)))),
  };
  for (const effect of sideEffects) {
    parts[`full:${effect.id}`] = part(
      `<li data-item="${effect.id}"><details open><summary>${e(effect.name(msg))}${headline(effect)}</summary>` +
        `<p>${e(description(effect))}</p>` +
        (effect.frequencies.length > 0
          ? heading(2, e(sideEffectsHeadings.howOften(msg))) + effect.frequencies.map(frequency).join('')
          : '') +
        (effect.selfCare ? heading(2, e(sideEffectsHeadings.whatHelps(msg))) + `<p>${e(effect.selfCare(msg))}</p>` : '') +
        escalationHtml(msg, effect.notNormal, 2) +
        `</details></li>`,
      effect.sources,
    );
    parts[`summary:${effect.id}`] = part(
      `<div data-item="${effect.id}"><dt>${e(effect.name(msg))}${headline(effect)}</dt><dd>${e(description(effect))}</dd></div>`,
      effect.sources,
    );
  }
  parts.rest = part(
    heading(1, e(sideEffectsHeadings.overall(msg))) +
      overallRates
        .map((rate) => heading(2, e(rate.name(msg))) + frequency(rate.frequency) + (rate.note ? `<p>${e(rate.note(msg))}</p>` : ''))
        .join('') +
      heading(1, e(sideEffectsHeadings.rare(msg))) +
      rareEvents
        .map(
          (event) =>
            `<div data-rare-event="${event.id}">` +
            heading(2, e(event.name(msg))) +
            event.about.map((paragraph) => `<p>${e(paragraph(msg))}</p>`).join('') +
            event.frequencies.map(frequency).join('') +
            escalationHtml(msg, event.signs, 3) +
            `</div>`,
        )
        .join(''),
    [
      ...rareEvents.flatMap((event) => event.sources),
      ...overallRates.flatMap((rate) => rate.frequency.sources),
      ...redFlagSources.emergency,
      ...redFlagSources.urgent,
    ],
  );
  const stop = eStimCautions.filter((caution) => caution.stop);
  const discuss = eStimCautions.filter((caution) => !caution.stop);
  parts['e-stim'] = part(
    `<div data-section="e-stim">` +
      heading(1, e(sideEffectsHeadings.eStim(msg))) +
      `<p>${e(eStimIntro(msg))}</p>` +
      `<p>${e(eStimListHeading.stop(msg))}</p><ul>${stop.map((caution) => `<li>${e(caution.text(msg))}</li>`).join('')}</ul>` +
      `<p>${e(eStimListHeading.discuss(msg))}</p><ul>${discuss.map((caution) => `<li>${e(caution.text(msg))}</li>`).join('')}</ul>` +
      `</div>`,
    eStimSources,
  );
  return parts;
}

function aftercare(msg: Msg): Record<string, FallbackPart> {
  const stages = timeline.map(
    (stage) =>
      `<li data-stage="${stage.id}">` +
      heading(2, e(stage.title(msg))) +
      `<p>${e(stage.whatIsNormal(msg))}</p>` +
      (stage.instruction ? `<p><strong>${e(stage.instruction(msg))}</strong></p>` : '') +
      (stage.watchFor ? escalationHtml(msg, {urgent: stage.watchFor}, 3) : '') +
      `</li>`,
  );
  return {
    title: part(heading(0, e(aftercareHeadings.title(msg)))),
    body: part(
      heading(1, e(aftercareHeadings.do(msg))) +
        `<ul>${aftercareDo.map((tip) => `<li>${e(tip.text(msg))}</li>`).join('')}</ul>` +
        heading(1, e(aftercareHeadings.avoid(msg))) +
        `<ul>${aftercareAvoid.map((tip) => `<li>${e(tip.text(msg))}</li>`).join('')}</ul>` +
        heading(1, e(aftercareHeadings.timeline(msg))) +
        `<ol>${stages.join('')}</ol>` +
        `<p>${e(normalTierOutro(msg))}</p>`,
      [...aftercareSources, ...timeline.flatMap((stage) => stage.sources), ...redFlagSources.urgent],
    ),
  };
}

function whatToExpect(msg: Msg): Record<string, FallbackPart> {
  const parts: Record<string, FallbackPart> = {
    title: part(heading(0, e(whatToExpectTitle(msg)))),
    intro: part(`<p>${e(whatToExpectIntro(msg))}</p>`),
  };
  for (const section of whatToExpectSections) {
    parts[`section:${section.id}`] = part(
      `<div data-section="${section.id}">` +
        heading(1, e(section.title(msg))) +
        section.paragraphs.map((paragraph) => `<p>${e(paragraph(msg))}</p>`).join('') +
        (section.list
          ? `<p>${e(section.list.intro(msg))}</p><ul>${section.list.items.map((item) => `<li>${e(item(msg))}</li>`).join('')}</ul>`
          : '') +
        `</div>`,
      section.sources,
    );
  }
  return parts;
}

/**
 * The pre-treatment check without script: what it is for and every question,
 * to read (and to ask the practitioner about); answering needs the element.
 */
function contraindicationCheck(msg: Msg): Record<string, FallbackPart> {
  const questions = (eStim: boolean) => {
    const asked = questionsFor({eStim});
    return part(
      `<p>${e(screeningIntro.length(msg, asked))}</p>` +
        `<ol>${asked.map((question) => `<li data-question="${question.id}">${e(question.question(msg))}</li>`).join('')}</ol>`,
      screeningSources,
    );
  };
  return {
    title: part(heading(0, e(screeningIntro.title(msg)))),
    intro: part(`<p>${e(screeningIntro.intro(msg))}</p>`),
    questions: questions(false),
    'questions:e-stim': questions(true),
  };
}

function regionValues(msg: Msg, locale: string, region: Region | undefined): RegionValues {
  const number = region?.emergencyNumber;
  const advice = region?.urgentAdvice;
  return {
    fever: e(feverThresholdText(msg, locale, region?.temperatureUnit)),
    emergencyHeading: richHtml((place) => tierHeading.emergency(msg, number === undefined ? undefined : place(knownPhoneHtml(number)))),
    callLink: number
      ? `<p><a class="dn-fallback__call" href="tel:${number}">${richHtml((place) => callNumber(msg, place(`<bdi dir="ltr">${e(number)}</bdi>`)))}</a></p>`
      : '',
    alternatives: (region?.alternatives ?? [])
      .map(
        (alternative) =>
          `<p>${richHtml((place) => alternativeNumberText[alternative.when](msg, place(knownPhoneHtml(alternative.number))))}</p>`,
      )
      .join(''),
    coverage: region?.coverage ? `<p>${e(region.coverage(msg))}</p>` : '',
    urgentAdvice: advice
      ? `<p data-contact="advice-line">${richHtml((place) => advice.text(msg, advice.number ? place(knownPhoneHtml(advice.number)) : ''))}</p>`
      : '',
  };
}

function sourceItem(id: SourceId): string {
  const source = sources[id];
  const link = sourceLink(source);
  const label = source.doi ? `doi:${source.doi}` : link && new URL(link).hostname.replace(/^www\./, '');
  return (
    `<li lang="en" dir="ltr" data-source="${id}">[${id}] ${e(source.citation)}` +
    (link ? ` <a href="${e(link)}">${e(label ?? link)}</a>` : '') +
    (source.pmid && source.doi ? ` <a href="https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/">PMID ${source.pmid}</a>` : '') +
    `</li>`
  );
}

/** The footer every element ends with; the clinic's reviewer and the sources are filled in per element. */
function footer(msg: Msg, date: DatePattern): FallbackPart {
  return part(
    `<div class="dn-fallback__footer">` +
      `<p>${e(disclaimer(msg))}</p>` +
      `<p>${e(reviewText.lastReviewed(msg, formatDate(date, contentReview.lastReviewed)))}</p>` +
      `<p>${e(reviewText.nextReview(msg, formatDate(date, contentReview.nextReview)))}</p>` +
      `<p>${e(reviewText.libraryReviewer(msg))}</p>` +
      `{{clinic.reviewer}}{{sources}}</div>`,
  );
}

/** Every element's fallback in one locale, with `msg` translating into it. */
export function buildFallbackPack(msg: Msg, locale: string): FallbackPack {
  const date = datePattern(locale);
  const withFooter = (parts: Record<string, FallbackPart>) => ({...parts, footer: footer(msg, date)});
  const regions: Record<string, RegionValues> = {'': regionValues(msg, locale, undefined)};
  for (const code of supportedRegions) {
    const lookup = lookUpRegion(code);
    if (lookup.kind === 'found') regions[code] = regionValues(msg, locale, lookup.region);
  }
  return {
    format: 1,
    locale,
    dir: textDirection(locale),
    elements: {
      'dn-what-to-expect': withFooter(whatToExpect(msg)),
      'dn-red-flags': withFooter(redFlags(msg, locale)),
      'dn-side-effects': withFooter(sideEffectsParts(msg, locale)),
      'dn-aftercare': withFooter(aftercare(msg)),
      'dn-contraindication-check': withFooter(contraindicationCheck(msg)),
    },
    regions,
    regionAliases,
    clinic: {
      nameAndPhone: e(clinicContactText.nameAndPhone(msg, '{{name}}', '{{phone}}')),
      phone: e(clinicContactText.phone(msg, '{{phone}}')),
      name: e(clinicContactText.name(msg, '{{name}}')),
      reviewer: e(reviewText.clinicReviewer(msg, '{{name}}', '{{date}}')),
      reviewerUndated: e(reviewText.clinicReviewerUndated(msg, '{{name}}')),
    },
    sources: {
      heading: e(reviewText.sources(msg, '{{count}}')),
      items: Object.fromEntries((Object.keys(sources) as SourceId[]).map((id) => [id, sourceItem(id)])),
    },
    date,
  };
}
