import type {Msg} from './text.js';

export type SourceId = 'S0' | 'S1' | 'S2' | 'S3' | 'S4' | 'L1' | 'L2' | 'L3' | 'L4' | 'L5';

/**
 * Citations stay in the language they were published in, so a reader can find
 * them; they are not translated.
 */
export const sources: Readonly<Record<SourceId, string>> = {
  S0: 'Sports acupuncture clinic article on dry needling side effects',
  S1: '"What Are Dry Needling Side Effects?", physical therapy clinic, Denver',
  S2: 'Ferri B. "Dry Needling: Side Effects, Benefits, and Risks". Verywell Health, medically reviewed, updated 15 May 2023',
  S3: '"Understanding Dry Needling", StayWell patient leaflet',
  S4: '"What to Do After Dry Needling for Best Results"',
  L1: 'Brady S, McEvoy J, Dommerholt J, Doody C. Adverse events following trigger point dry needling: a prospective survey of chartered physiotherapists. J Man Manip Ther. 2014;22(3):134-140',
  L2: 'Boyce D et al. Adverse events associated with therapeutic dry needling. Int J Sports Phys Ther. 2020;15(1):103-113',
  L3: 'Lin SK et al. Incidence of iatrogenic pneumothorax following acupuncture treatments in Taiwan. Acupunct Med. 2019;37(6):332-339',
  L4: 'Case reports of pneumothorax after dry needling with delayed symptoms (e.g. Mintken, Denman, Dommerholt, Phys Ther 2025)',
  L5: 'Cummings M. Safety aspects of electroacupuncture. Acupunct Med. 2011;29(2):83-85',
};

/** The date a clinician last checked all patient text against the sources (ISO 8601). */
export const lastReviewed = '2026-11-23';

export const disclaimer = (msg: Msg) =>
  msg(
    'This is general information, not medical advice. It does not replace care from your own practitioner.',
    {id: 'footer.disclaimer'},
  );

/** The sources of several items, each once, in the order of the table above. */
export function sourcesOf(items: ReadonlyArray<{sources: readonly SourceId[]}>): SourceId[] {
  const used = new Set(items.flatMap((item) => item.sources));
  return (Object.keys(sources) as SourceId[]).filter((id) => used.has(id));
}
