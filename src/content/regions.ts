/** An ISO 3166-1 alpha-2 region code in upper case, e.g. "GB". */
export type RegionCode = string;

export type TemperatureUnit = 'celsius' | 'fahrenheit';

export interface Region {
  code: RegionCode;
  /** The number to call when a life is at risk. */
  emergencyNumber: string;
  /** A second emergency number that also works, e.g. 112 from mobiles in Australia. */
  mobileEmergencyNumber?: string;
  /** A phone line for urgent help that is not life-threatening, e.g. NHS 111. */
  urgentAdvice?: {name: string; number: string};
  temperatureUnit: TemperatureUnit;
}

const EU_MEMBER_STATES = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const;

const regions: ReadonlyMap<RegionCode, Region> = new Map<RegionCode, Region>([
  ['US', {code: 'US', emergencyNumber: '911', temperatureUnit: 'fahrenheit'}],
  ['CA', {code: 'CA', emergencyNumber: '911', temperatureUnit: 'celsius'}],
  [
    'GB',
    {
      code: 'GB',
      emergencyNumber: '999',
      urgentAdvice: {name: 'NHS 111', number: '111'},
      temperatureUnit: 'celsius',
    },
  ],
  ['AU', {code: 'AU', emergencyNumber: '000', mobileEmergencyNumber: '112', temperatureUnit: 'celsius'}],
  ['NZ', {code: 'NZ', emergencyNumber: '111', temperatureUnit: 'celsius'}],
  ['IN', {code: 'IN', emergencyNumber: '112', temperatureUnit: 'celsius'}],
  ...EU_MEMBER_STATES.map(
    (code): [RegionCode, Region] => [code, {code, emergencyNumber: '112', temperatureUnit: 'celsius'}],
  ),
]);

export const supportedRegions: readonly RegionCode[] = [...regions.keys()];

export type RegionLookup =
  | {kind: 'found'; region: Region}
  | {kind: 'unsupported'; code: RegionCode}
  | {kind: 'malformed'; value: string};

/** Looks up a region code as a clinic might type it (" gb ", "GB"). */
export function lookUpRegion(value: string): RegionLookup {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) return {kind: 'malformed', value};
  const region = regions.get(code);
  return region ? {kind: 'found', region} : {kind: 'unsupported', code};
}

/** The region subtag of a BCP 47 language tag ("en-GB" → "GB"), if it has one. */
export function regionOfLanguageTag(tag: string): RegionCode | undefined {
  try {
    return new Intl.Locale(tag).region?.toUpperCase();
  } catch {
    return undefined;
  }
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
export function feverThresholdText(locale: string, unit: TemperatureUnit | undefined): string {
  const format = (value: number, valueUnit: TemperatureUnit) =>
    new Intl.NumberFormat(locale, {style: 'unit', unit: valueUnit, maximumFractionDigits: 1}).format(value);
  if (unit) return format(feverThreshold[unit], unit);
  return `${format(feverThreshold.celsius, 'celsius')} (${format(feverThreshold.fahrenheit, 'fahrenheit')})`;
}
