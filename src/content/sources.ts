import {str} from '@lit/localize';
import type {Msg} from './text.js';

export type SourceId =
  'S0' | 'S1' | 'S2' | 'S3' | 'S4' | 'L1' | 'L2' | 'L3' | 'L4' | 'L5' | 'L6' | 'L7' | 'L8' | 'L9' | 'L10' | 'L11' | 'L12';

export interface Source {
  /** The citation as published. Citations stay in their own language so a reader can find them. */
  citation: string;
  /** A DOI, PMID or page address where one exists, for the link. */
  doi?: string;
  pmid?: string;
  url?: string;
}

/**
 * The project's fact base (content brief revision 2), each source once. Every
 * DOI, PMID and address was seen in a search on 2026-11-25; details that could
 * not be confirmed (some author lists, L5's DOI, L9's DOI) are left out.
 */
export const sources: Readonly<Record<SourceId, Source>> = {
  S0: {
    citation: 'Sports Acupuncturist. Dry needling side effects: what to expect (a clinic’s own web page). 2025.',
    url: 'https://sportsacupuncturist.com/2025/11/04/dry-needling-side-effects-what-to-expect-safety-guide/',
  },
  S1: {
    citation: 'Denver Physical Medicine & Rehab. What are dry needling side effects? (a clinic’s own web page).',
    url: 'https://denverphysicalmedicine.com/blog/dry-needling-side-effects/',
  },
  S2: {
    citation:
      'Ferri B. Dry needling: side effects, benefits, and risks. Verywell Health; medically reviewed by Olufade O; updated 15 May 2023.',
    url: 'https://www.verywellhealth.com/dry-needling-4774471',
  },
  S3: {citation: 'The StayWell Company. Understanding dry needling (patient information sheet).'},
  S4: {
    citation: 'Biology Insights. What to do after dry needling for best results (web page).',
    url: 'https://biologyinsights.com/what-to-do-after-dry-needling-for-best-results',
  },
  L1: {
    citation:
      'Brady S, McEvoy J, Dommerholt J, Doody C. Adverse events following trigger point dry needling: a prospective survey of chartered physiotherapists. J Man Manip Ther. 2014;22(3):134-140.',
    doi: '10.1179/2042618613Y.0000000044',
  },
  L2: {
    citation:
      'Boyce D, Wempe H, Campbell C, et al. Adverse events associated with therapeutic dry needling. Int J Sports Phys Ther. 2020;15(1):103-113.',
    doi: '10.26603/ijspt20200103',
    pmid: '32089962',
  },
  L3: {
    citation:
      'Lin et al. Incidence of iatrogenic pneumothorax following acupuncture treatments in Taiwan. Acupunct Med. 2019;37(6):332-339.',
    doi: '10.1136/acupmed-2018-011697',
    pmid: '31433202',
  },
  L4: {
    citation:
      'Mintken PE, Denman B, Dommerholt J. Pneumothorax after dry needling of intrascapular muscles using a rib bracketing technique: insights from the clinician, patient, and clinical expert. Phys Ther. 2025;105(8):pzaf078. (A case report of delayed symptoms.)',
    doi: '10.1093/ptj/pzaf078',
    pmid: '40470852',
  },
  L5: {
    citation: 'Cummings M. Safety aspects of electroacupuncture. Acupunct Med. 2011;29(2):83.',
    url: 'https://aim.bmj.com/content/29/2/83',
  },
  L6: {
    citation:
      'Martín-Pintado-Zugasti A, Mayoral del Moral O, Gerwin RD, Fernández-Carnero J. Post-needling soreness after myofascial trigger point dry needling: current status and future research. J Bodyw Mov Ther. 2018;22(4):941-946.',
    doi: '10.1016/j.jbmt.2018.01.003',
    pmid: '30368339',
  },
  L7: {
    citation:
      'An acute cervical epidural hematoma as a complication of dry needling. Spine. 2011;36(13):E891-E893. (A case report of bleeding near the spine.)',
    doi: '10.1097/BRS.0b013e3181fc1e38',
    pmid: '21289580',
  },
  L8: {
    citation:
      'Patient safety incidents from acupuncture treatments: a review of reports to the National Patient Safety Agency. Int J Risk Saf Med. 2012;24(3):163-169.',
    doi: '10.3233/JRS-2012-0569',
  },
  L9: {
    citation:
      'Navarro-Santana MJ, Sanchez-Infante J, Fernández-de-las-Peñas C, Cleland JA, Martín-Casas P, Plaza-Manzano G. Effectiveness of dry needling for myofascial trigger points associated with neck pain symptoms: an updated systematic review and meta-analysis. J Clin Med. 2020;9(10):3300.',
    url: 'https://www.mdpi.com/2077-0383/9/10/3300',
  },
  L10: {
    citation:
      'Tolbert M, Leach KS, Condo MP, Mancini A, Tinius R. Patient-perceived benefits and adverse events of dry needling. Int J Sports Phys Ther. 2025;20(9):1355-1363.',
    doi: '10.26603/001c.143187',
  },
  L11: {
    citation:
      'Gattie E, Cleland JA, Snodgrass S. The effectiveness of trigger point dry needling for musculoskeletal conditions by physical therapists: a systematic review and meta-analysis. J Orthop Sports Phys Ther. 2017;47(3):133-149.',
    doi: '10.2519/jospt.2017.7096',
    pmid: '28158962',
  },
  L12: {
    citation:
      'Kearns G, Fernández-de-las-Peñas C, Brismée JM, Gan J, Doidge J. New perspectives on dry needling following a medical model: are we screening our patients sufficiently? J Man Manip Ther. 2019;27(3):172-179.',
    doi: '10.1080/10669817.2019.1567011',
    pmid: '30935332',
  },
};

/** Where a reader can find a source: its DOI, else its page, else its PubMed record. */
export function sourceLink(source: Source): string | undefined {
  if (source.doi) return `https://doi.org/${source.doi}`;
  if (source.url) return source.url;
  if (source.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`;
  return undefined;
}

/** The clinical review of the library's own content (ISO 8601 dates). */
export const contentReview = {
  /** When a clinician last checked all patient text against the sources. */
  lastReviewed: '2026-11-25',
  /** When it must be checked again. */
  nextReview: '2027-11-25',
} as const;

export const disclaimer = (msg: Msg) =>
  msg('This is general information, not medical advice. It does not replace care from your own practitioner.', {
    id: 'footer.disclaimer',
    desc: 'Footer of every widget. Keep the meaning exact: it is a legal and safety notice.',
  });

export const reviewText = {
  lastReviewed: (msg: Msg, date: string) =>
    msg(str`Last reviewed: ${date}`, {
      id: 'footer.last-reviewed',
      desc: 'Footer. The placeholder is a date already written in the reader’s language.',
    }),
  nextReview: (msg: Msg, date: string) =>
    msg(str`Next review due: ${date}`, {
      id: 'footer.next-review',
      desc: 'Footer: when the content must be checked again. The placeholder is a date.',
    }),
  libraryReviewer: (msg: Msg) =>
    msg('Reviewed by: an independent clinical reviewer for the dn-widgets project', {
      id: 'footer.reviewed-by.library',
      desc: 'Footer: who checked the content, when the clinic has not named its own reviewer.',
    }),
  clinicReviewer: (msg: Msg, name: string, date: string) =>
    msg(str`Reviewed for this clinic by ${name} on ${date}`, {
      id: 'footer.reviewed-by.clinic',
      desc: 'Footer: the clinic’s own clinical reviewer. First placeholder: a person’s name as the clinic typed it; second: a date.',
    }),
  clinicReviewerUndated: (msg: Msg, name: string) =>
    msg(str`Reviewed for this clinic by ${name}`, {
      id: 'footer.reviewed-by.clinic-undated',
      desc: 'Footer: the clinic’s own clinical reviewer, when the clinic gave no date. The placeholder is a person’s name.',
    }),
  clinicTranslation: (msg: Msg) =>
    msg('This translation is the clinic’s own. The dn-widgets project has not checked it.', {
      id: 'footer.clinic-translation',
      desc: 'Footer, shown only when a clinic supplies a language of its own: a clinic translating the library translates this sentence too.',
    }),
  sources: (msg: Msg, count: string) =>
    msg(str`Sources (${count})`, {
      id: 'footer.sources',
      desc: 'Footer: label of the disclosure that lists the sources. The placeholder is a number.',
    }),
};

/** The sources of several items, each once, in the order of the table above. */
export function sourcesOf(items: ReadonlyArray<{sources: readonly SourceId[]}>): SourceId[] {
  const used = new Set(items.flatMap((item) => item.sources));
  return (Object.keys(sources) as SourceId[]).filter((id) => used.has(id));
}
