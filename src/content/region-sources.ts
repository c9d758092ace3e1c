import type {RegionCode} from './regions.js';

/**
 * Where each region's numbers come from, and when they were checked: for the
 * clinicians who confirm a region, and for the test that every region has
 * one. Kept apart from regions.ts so pages do not download it.
 */
export interface RegionSource {
  source: string;
  /** ISO 8601 date the numbers were last checked against the source. */
  checked: string;
}

/** Content brief revision 2, checked on this date. */
const CHECKED = '2026-11-25';
const EU = 'European Commission, 112 the European emergency number: https://digital-strategy.ec.europa.eu/en/policies/112';

const sources: Readonly<Record<RegionCode, string>> = {
  US: 'US 911: https://www.911.gov/',
  CA: 'Government of Canada, 911 and the 811 health lines: https://www.canada.ca/',
  MX: 'Gobierno de México, 911: https://www.gob.mx/911',
  GB: 'NHS, when to call 999 and NHS 111: https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/',
  'GB-NIR': 'nidirect, 999 and the GP out-of-hours service: https://www.nidirect.gov.uk/articles/gp-out-hours-service',
  CH: 'ch.ch, emergency numbers 144 and 112: https://www.ch.ch/en/safety-and-justice/emergency-numbers/',
  NO: 'helsenorge.no, medical emergency 113: https://www.helsenorge.no/en/',
  IS: '112 Iceland: https://112.is/',
  AU: 'Triple Zero (000, 112 from mobiles): https://www.triplezero.gov.au/; 1800MEDICARE: https://www.health.gov.au/',
  NZ: 'Health New Zealand, 111 and Healthline: https://www.healthline.govt.nz/',
  IN: 'Emergency Response Support System 112: https://112.gov.in/; 108 ambulance (state services)',
  BR: 'Ministério da Saúde, SAMU 192: https://www.gov.br/saude/',
  AR: 'Argentina.gob.ar, emergency numbers (107): https://www.argentina.gob.ar/',
  CO: 'Colombia emergency line 123: https://www.gov.co/',
  CL: 'Ministerio de Salud, SAMU 131: https://www.minsal.cl/',
  PE: 'Gobierno del Perú, SAMU 106 (mainly Lima): https://www.gob.pe/',
  CN: 'National Health Commission of China, 120 emergency medical service',
  HK: 'GovHK, emergency services 999: https://www.gov.hk/',
  TW: 'National Fire Agency, 119: https://www.nfa.gov.tw/',
  SG: 'Singapore Civil Defence Force, 995: https://www.scdf.gov.sg/',
  JP: 'Fire and Disaster Management Agency, 119: https://www.fdma.go.jp/',
  KR: 'National Fire Agency, 119: https://www.nfa.go.kr/',
  VN: 'Ministry of Health of Viet Nam, 115 emergency medical service',
  PH: 'Emergency 911 Philippines: https://e911.gov.ph/',
  SA: 'Saudi Red Crescent Authority, 997: https://www.srca.org.sa/',
  AE: 'UAE Government, emergency numbers (998 ambulance): https://u.ae/',
  EG: 'Egyptian Ambulance Organization, 123',
  ZA: 'South African Government, emergency services (10177, 112 from mobiles): https://www.gov.za/',
  IE: 'Government of Ireland, emergency numbers 112 and 999: https://www.gov.ie/',
  FR: `${EU}; SAMU 15: https://www.service-public.fr/`,
  DE: `${EU}; 116117: https://www.116117.de/`,
};

/** The source of a region's numbers; EU member states not listed above use the European Commission's. */
export function regionSource(code: RegionCode): RegionSource {
  return {source: sources[code] ?? EU, checked: CHECKED};
}

/** The regions listed here by name (the rest are EU member states). */
export const regionsWithOwnSource: readonly RegionCode[] = Object.keys(sources);
