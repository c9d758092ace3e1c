import {str} from '@lit/localize';
import type {Msg, Text} from './text.js';
import {formatNumber} from '../internal/intl.js';

/**
 * An ISO 3166-1 alpha-2 code in upper case ("GB"), or an ISO 3166-2
 * subdivision where it changes whom to call ("GB-NIR").
 */
export type RegionCode = string;

export type TemperatureUnit = 'celsius' | 'fahrenheit';

/** A further number that reaches emergency help, and when it applies. */
export interface AlternativeNumber {
  number: string;
  /** "any": works from any phone; "mobile": from mobile phones; "medical": a medical-only line. */
  when: 'any' | 'mobile' | 'medical';
}

/**
 * A national line for urgent advice that is not an emergency, offered in the
 * urgent tier for when the clinic is closed.
 */
export interface UrgentAdvice {
  /** The number to dial, when the line has one. */
  number?: string;
  /** A whole sentence; `phone` is where the renderer puts the number as a call link. */
  text: (msg: Msg, phone: string) => string;
}

export interface Region {
  code: RegionCode;
  /** The number to call when a life is at risk. */
  emergencyNumber: string;
  alternatives?: readonly AlternativeNumber[];
  /** Where the emergency number does not cover the whole country. */
  coverage?: Text;
  urgentAdvice?: UrgentAdvice;
  temperatureUnit: TemperatureUnit;
}

const EU_MEMBER_STATES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
] as const;

/** Where a member state differs from plain 112. */
const euDifferences: Partial<Record<(typeof EU_MEMBER_STATES)[number], Partial<Region>>> = {
  IE: {alternatives: [{number: '999', when: 'any'}]},
  FR: {alternatives: [{number: '15', when: 'medical'}]},
  DE: {
    urgentAdvice: {
      number: '116117',
      text: (msg, phone) =>
        msg(str`If you cannot reach your practitioner today, call the out-of-hours doctor service on ${phone}.`, {
          id: 'region.de.urgent-advice',
          desc: 'Urgent tier, Germany: the national medical on-call service (ärztlicher Bereitschaftsdienst, 116117). Not for emergencies. The placeholder is the phone number, shown as a link.',
        }),
    },
  },
};

/** Numbers from content brief revision 2; where each comes from is in region-sources.ts. */
const table: readonly Region[] = [
  {code: 'US', emergencyNumber: '911', temperatureUnit: 'fahrenheit'},
  {
    code: 'CA',
    emergencyNumber: '911',
    urgentAdvice: {
      number: '811',
      text: (msg, phone) =>
        msg(str`If you cannot reach your practitioner today, in most provinces you can call ${phone} for health advice.`, {
          id: 'region.ca.urgent-advice',
          desc: 'Urgent tier, Canada: the 811 health advice line, available in most provinces (not all). Not for emergencies. The placeholder is the phone number, shown as a link.',
        }),
    },
    temperatureUnit: 'celsius',
  },
  {code: 'MX', emergencyNumber: '911', temperatureUnit: 'celsius'},
  {
    code: 'GB',
    emergencyNumber: '999',
    urgentAdvice: {
      number: '111',
      text: (msg, phone) =>
        msg(str`If you cannot reach your practitioner today, call NHS ${phone} (England, Scotland and Wales).`, {
          id: 'region.gb.urgent-advice',
          desc: 'Urgent tier, United Kingdom: NHS 111, the non-emergency health line of England, Scotland and Wales (not Northern Ireland). Keep "NHS" and the country names. The placeholder is the number 111, shown as a link.',
        }),
    },
    temperatureUnit: 'celsius',
  },
  {
    code: 'GB-NIR',
    emergencyNumber: '999',
    urgentAdvice: {
      text: (msg) =>
        msg('If you cannot reach your practitioner today, contact your GP out-of-hours service.', {
          id: 'region.gb-nir.urgent-advice',
          desc: 'Urgent tier, Northern Ireland: the family doctor (GP) service for evenings, nights and weekends. Not for emergencies.',
        }),
    },
    temperatureUnit: 'celsius',
  },
  {code: 'CH', emergencyNumber: '144', alternatives: [{number: '112', when: 'any'}], temperatureUnit: 'celsius'},
  {code: 'NO', emergencyNumber: '113', temperatureUnit: 'celsius'},
  {code: 'IS', emergencyNumber: '112', temperatureUnit: 'celsius'},
  {
    code: 'AU',
    emergencyNumber: '000',
    alternatives: [{number: '112', when: 'mobile'}],
    urgentAdvice: {
      number: '1800 633 422',
      text: (msg, phone) =>
        msg(str`If you cannot reach your practitioner today, call 1800MEDICARE on ${phone} for health advice.`, {
          id: 'region.au.urgent-advice',
          desc: 'Urgent tier, Australia: 1800MEDICARE, the national health advice line (it replaced healthdirect in 2026). Keep the name 1800MEDICARE. The placeholder is the number, shown as a link.',
        }),
    },
    temperatureUnit: 'celsius',
  },
  {
    code: 'NZ',
    emergencyNumber: '111',
    urgentAdvice: {
      number: '0800 611 116',
      text: (msg, phone) =>
        msg(str`If you cannot reach your practitioner today, call Healthline on ${phone}.`, {
          id: 'region.nz.urgent-advice',
          desc: 'Urgent tier, New Zealand: Healthline, the free national health advice line. Keep the name Healthline. The placeholder is the number, shown as a link.',
        }),
    },
    temperatureUnit: 'celsius',
  },
  {code: 'IN', emergencyNumber: '108', alternatives: [{number: '112', when: 'any'}], temperatureUnit: 'celsius'},
  {code: 'BR', emergencyNumber: '192', temperatureUnit: 'celsius'},
  {code: 'AR', emergencyNumber: '107', temperatureUnit: 'celsius'},
  {code: 'CO', emergencyNumber: '123', temperatureUnit: 'celsius'},
  {code: 'CL', emergencyNumber: '131', temperatureUnit: 'celsius'},
  {
    code: 'PE',
    emergencyNumber: '106',
    coverage: (msg) =>
      msg('This number mainly covers Lima. Elsewhere, go to the nearest emergency department.', {
        id: 'region.pe.coverage',
        desc: 'Emergency tier, Peru: the SAMU ambulance number 106 mainly serves Lima.',
      }),
    temperatureUnit: 'celsius',
  },
  {code: 'CN', emergencyNumber: '120', temperatureUnit: 'celsius'},
  {code: 'HK', emergencyNumber: '999', temperatureUnit: 'celsius'},
  {code: 'TW', emergencyNumber: '119', temperatureUnit: 'celsius'},
  {code: 'SG', emergencyNumber: '995', temperatureUnit: 'celsius'},
  {code: 'JP', emergencyNumber: '119', temperatureUnit: 'celsius'},
  {code: 'KR', emergencyNumber: '119', temperatureUnit: 'celsius'},
  {code: 'VN', emergencyNumber: '115', temperatureUnit: 'celsius'},
  {code: 'PH', emergencyNumber: '911', temperatureUnit: 'celsius'},
  {code: 'SA', emergencyNumber: '997', temperatureUnit: 'celsius'},
  {code: 'AE', emergencyNumber: '998', temperatureUnit: 'celsius'},
  {code: 'EG', emergencyNumber: '123', temperatureUnit: 'celsius'},
  {
    code: 'ZA',
    emergencyNumber: '10177',
    alternatives: [{number: '112', when: 'mobile'}],
    temperatureUnit: 'celsius',
  },
  ...EU_MEMBER_STATES.map((code) => ({
    code,
    emergencyNumber: '112',
    temperatureUnit: 'celsius' as const,
    ...euDifferences[code],
  })),
];

const regions: ReadonlyMap<RegionCode, Region> = new Map(table.map((region) => [region.code, region]));

export const supportedRegions: readonly RegionCode[] = [...regions.keys()];

/** Codes clinics type that mean another code. */
export const regionAliases: Readonly<Record<string, RegionCode>> = {UK: 'GB'};

export type RegionLookup = {kind: 'found'; region: Region} | {kind: 'unsupported'; code: RegionCode} | {kind: 'malformed'; value: string};

/**
 * Looks up a region as a clinic might type it (" gb ", "UK", "GB-NIR"). A
 * subdivision without an entry of its own ("GB-SCT") uses its country's.
 */
export function lookUpRegion(value: string): RegionLookup {
  const code = value.trim().toUpperCase().replace(/_/g, '-');
  const match = /^([A-Z]{2})(?:-([A-Z0-9]{1,3}))?$/.exec(code);
  if (!match) return {kind: 'malformed', value};
  const country = regionAliases[match[1]] ?? match[1];
  const subdivision = match[2] ? `${country}-${match[2]}` : undefined;
  const region = (subdivision && regions.get(subdivision)) || regions.get(country);
  return region ? {kind: 'found', region} : {kind: 'unsupported', code};
}

/** A fever starts at 38 °C, which is 100.4 °F. */
const feverThreshold: Readonly<Record<TemperatureUnit, number>> = {
  celsius: 38,
  fahrenheit: 100.4,
};

/**
 * The fever threshold as patients read it in their language and unit
 * ("38 °C", "100.4 °F"); both units when the region, and so the unit, is unknown.
 */
export function feverThresholdText(msg: Msg, locale: string, unit: TemperatureUnit | undefined): string {
  const format = (valueUnit: TemperatureUnit) => formatNumber(locale, feverThreshold[valueUnit], valueUnit);
  if (unit) return format(unit);
  return msg(str`${format('celsius')} (${format('fahrenheit')})`, {
    id: 'fever.both-units',
    desc: 'A temperature in Celsius, then the same in Fahrenheit in brackets, used inside the fever warning. Use your language’s brackets and spacing.',
  });
}
