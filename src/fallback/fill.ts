import {telUrl} from '../internal/phone.js';
import {formatDate, localDigits} from './date.js';
import {escapeHtml, phoneHtml} from './html.js';
import type {FallbackPack, FallbackPart, FallbackTag} from './pack.js';

/**
 * What a fallback shows: the element's own attributes, with the page's
 * configuration already merged in (the element's attribute first). Values are
 * checked as the elements check them; anything invalid is left out.
 */
export interface FallbackOptions {
  headingLevel?: number | string;
  region?: string;
  clinicName?: string;
  clinicPhone?: string;
  afterHours?: string;
  reviewedBy?: string;
  reviewedOn?: string;
  /** `<dn-red-flags>`. */
  tiers?: string;
  /** `<dn-side-effects>`. */
  variant?: string;
  items?: string;
  /** `<dn-side-effects>` and `<dn-contraindication-check>`. */
  eStim?: boolean;
  /** `<dn-what-to-expect>`. */
  sections?: string;
}

const MAX_NAME = 120;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const words = (value: string | undefined) => [...new Set((value ?? '').split(/[\s,]+/).filter(Boolean))];

/** The requested ids that exist, in the requested order; all of them when none does. */
function chosen(requested: string | undefined, known: readonly string[], keepOrder: boolean): string[] {
  if (requested === undefined) return [...known];
  const ids = words(requested).filter((id) => known.includes(id));
  if (ids.length === 0) return [...known];
  return keepOrder ? ids : known.filter((id) => ids.includes(id));
}

/** The region's entry in the pack, as `lookUpRegion` finds it ("uk", "GB-SCT" → "GB"); "" when there is none. */
export function regionKey(pack: FallbackPack, value: string | undefined): string {
  const code = (value ?? '').trim().toUpperCase().replace(/_/g, '-');
  const match = /^([A-Z]{2})(?:-([A-Z0-9]{1,3}))?$/.exec(code);
  if (!match) return '';
  const country = pack.regionAliases[match[1]] ?? match[1];
  const subdivision = match[2] ? `${country}-${match[2]}` : undefined;
  if (subdivision && pack.regions[subdivision]) return subdivision;
  return pack.regions[country] ? country : '';
}

function clinicName(value: string | undefined): string | undefined {
  const name = value?.trim();
  if (!name) return undefined;
  return name.length <= MAX_NAME ? name : `${name.slice(0, MAX_NAME - 1)}…`;
}

function fillClinic(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(name|phone|date|count)\}\}/g, (_, key: string) => values[key] ?? '');
}

/** The parts an element shows, in order, for its attributes. */
function partsFor(tag: FallbackTag, options: FallbackOptions): string[] {
  switch (tag) {
    case 'dn-red-flags':
      return ['title', ...chosen(options.tiers, ['emergency', 'urgent', 'normal'], false), 'footer'];
    case 'dn-what-to-expect':
      return [
        'title',
        'intro',
        ...chosen(options.sections, ['what-it-is', 'who', 'evidence', 'before', 'during', 'after'], true).map((id) => `section:${id}`),
        'footer',
      ];
    case 'dn-side-effects': {
      const variant = options.variant === 'summary' ? 'summary' : 'full';
      const items = chosen(
        options.items,
        ['soreness', 'bleeding', 'bruising', 'tiredness', 'faintness', 'nausea', 'flare', 'skin-redness', 'twitch', 'headache'],
        true,
      );
      return [
        'title',
        'emergency',
        'intro',
        variant === 'full' ? '<ul>' : '<dl>',
        ...items.map((id) => `${variant}:${id}`),
        variant === 'full' ? '</ul>' : '</dl>',
        'rest',
        ...(options.eStim ? ['e-stim'] : []),
        'footer',
      ];
    }
    case 'dn-aftercare':
      return ['title', 'body', 'footer'];
    case 'dn-contraindication-check':
      return ['title', 'intro', options.eStim ? 'questions:e-stim' : 'questions', 'footer'];
  }
}

/**
 * An element's fallback as HTML, from a locale's pack: the parts the element
 * shows for these options, with the region's numbers, the clinic's contact and
 * the heading levels filled in. Every value from the options is escaped.
 */
export function fillFallback(pack: FallbackPack, tag: FallbackTag, options: FallbackOptions = {}): string {
  const elementParts = pack.elements[tag];
  const names = partsFor(tag, options);
  const parts = names.flatMap((name): FallbackPart[] => {
    if (name.startsWith('<')) return [{html: name, sources: []}];
    return elementParts[name] ? [elementParts[name]] : [];
  });

  const level = Number(options.headingLevel ?? 2);
  const base = Number.isInteger(level) && level >= 2 && level <= 6 ? level : 2;
  const region = pack.regions[regionKey(pack, options.region)];

  const name = clinicName(options.clinicName);
  const tel = options.clinicPhone ? telUrl(options.clinicPhone) : undefined;
  const phone = tel ? phoneHtml(options.clinicPhone!.trim(), tel) : undefined;
  const nameHtml = name ? `<bdi>${escapeHtml(name)}</bdi>` : undefined;
  let contact = '';
  if (nameHtml && phone) contact = fillClinic(pack.clinic.nameAndPhone, {name: nameHtml, phone});
  else if (phone) contact = fillClinic(pack.clinic.phone, {phone});
  else if (nameHtml) contact = fillClinic(pack.clinic.name, {name: nameHtml});

  const afterHours = options.afterHours?.trim();
  const reviewer = clinicName(options.reviewedBy);
  const reviewedOn = options.reviewedOn?.trim();
  const dated = reviewedOn && ISO_DATE.test(reviewedOn) && !Number.isNaN(Date.parse(reviewedOn)) ? reviewedOn : undefined;
  const reviewerLine = reviewer
    ? `<p data-clinic-reviewer>${fillClinic(dated ? pack.clinic.reviewer : pack.clinic.reviewerUndated, {
        name: `<bdi>${escapeHtml(reviewer)}</bdi>`,
        date: dated ? formatDate(pack.date, dated) : '',
      })}</p>`
    : '';

  const cited = new Set(parts.flatMap((part) => part.sources));
  const sourceIds = Object.keys(pack.sources.items).filter((id) => cited.has(id as FallbackPart['sources'][number]));
  const sourcesHtml =
    `<details><summary>${fillClinic(pack.sources.heading, {count: localDigits(pack.date, sourceIds.length)})}</summary>` +
    `<ol>${sourceIds.map((id) => pack.sources.items[id]).join('')}</ol></details>`;

  const values: Record<string, string> = {
    'clinic.contact': contact ? `<p data-contact="clinic">${contact}</p>` : '',
    'clinic.afterHours': afterHours ? `<p data-contact="after-hours">${escapeHtml(afterHours)}</p>` : '',
    'clinic.reviewer': reviewerLine,
    sources: sourcesHtml,
  };
  for (const [key, value] of Object.entries(region)) values[`region.${key}`] = value;

  const body = parts
    .map((part) => part.html)
    .join('')
    .replace(/\{\{(h\d|region\.\w+|clinic\.\w+|sources)\}\}/g, (_, token: string) =>
      token.startsWith('h') ? String(Math.min(base + Number(token.slice(1)), 6)) : (values[token] ?? ''),
    );
  return `<div class="dn-fallback" data-dn-fallback lang="${escapeHtml(pack.locale)}" dir="${pack.dir}">${body}</div>`;
}
