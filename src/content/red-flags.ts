import {str} from '@lit/localize';
import type {SourceId} from './sources.js';
import type {Msg, Text} from './text.js';

/** Urgency tiers, after the NHS care cards: most urgent first. */
export type Tier = 'emergency' | 'urgent' | 'normal';
export const tiers: readonly Tier[] = ['emergency', 'urgent', 'normal'];

export function isTier(value: string): value is Tier {
  return (tiers as readonly string[]).includes(value);
}

/** Said before each tier's heading but only heard by screen readers, as on NHS care cards. */
export const tierName: Readonly<Record<Tier, Text>> = {
  emergency: (msg) => msg('Emergency advice:', {id: 'tier.emergency.name'}),
  urgent: (msg) => msg('Urgent advice:', {id: 'tier.urgent.name'}),
  normal: (msg) => msg('Non-urgent advice:', {id: 'tier.normal.name'}),
};

export type WarningSignId =
  | 'breathing'
  | 'chest'
  | 'colour'
  | 'speaking'
  | 'fainting'
  | 'doom'
  | 'bleeding'
  | 'fever'
  | 'spreading-redness'
  | 'worsening'
  | 'discharge'
  | 'weakness'
  | 'sharp-pain'
  | 'lasting-pain'
  | 'worry';

export interface WarningSign {
  id: WarningSignId;
  /** `fever` is the threshold already formatted in the region's unit, e.g. "38 °C". */
  text: (msg: Msg, context: {fever: string}) => string;
}

export const emergencySigns: readonly WarningSign[] = [
  {id: 'breathing', text: (msg) => msg('Trouble breathing, or you feel short of breath', {id: 'red-flag.breathing'})},
  {id: 'chest', text: (msg) => msg('Pain or tightness in your chest', {id: 'red-flag.chest'})},
  {id: 'colour', text: (msg) => msg('Blue, purple or grey lips, skin or nails', {id: 'red-flag.colour'})},
  {id: 'speaking', text: (msg) => msg('Trouble speaking', {id: 'red-flag.speaking'})},
  {id: 'fainting', text: (msg) => msg('You faint, or you feel faint or dizzy at home', {id: 'red-flag.fainting'})},
  {id: 'doom', text: (msg) => msg('A strong feeling that something is very wrong', {id: 'red-flag.doom'})},
  {
    id: 'bleeding',
    text: (msg) => msg('Bleeding that does not stop when you press hard on it', {id: 'red-flag.bleeding'}),
  },
];

export const urgentSigns: readonly WarningSign[] = [
  {
    id: 'fever',
    text: (msg, {fever}) => msg(str`A temperature of ${fever} or higher, or chills`, {id: 'red-flag.fever'}),
  },
  {id: 'spreading-redness', text: (msg) => msg('Redness that spreads, or red lines on the skin', {id: 'red-flag.spreading-redness'})},
  {id: 'worsening', text: (msg) => msg('Swelling, warmth or pain that gets worse', {id: 'red-flag.worsening'})},
  {id: 'discharge', text: (msg) => msg('Pus or fluid coming out where a needle went in', {id: 'red-flag.discharge'})},
  {id: 'weakness', text: (msg) => msg('New weakness or numbness', {id: 'red-flag.weakness'})},
  {id: 'sharp-pain', text: (msg) => msg('Sudden sharp or shooting pain', {id: 'red-flag.sharp-pain'})},
  {id: 'lasting-pain', text: (msg) => msg('Pain that is much worse, or no better, after 2 days', {id: 'red-flag.lasting-pain'})},
  {id: 'worry', text: (msg) => msg('Any new symptom that worries you', {id: 'red-flag.worry'})},
];

/** Chest symptoms after needling near the chest can be delayed: say so beside the emergency signs. */
export const delayedChestSymptoms: Text = (msg) =>
  msg('If you had needles near your chest, upper back, shoulder or neck, breathing or chest problems can start hours later, or up to 2 days later.', {
    id: 'red-flag.delayed-chest',
  });

export const redFlagSources: Readonly<Record<'emergency' | 'urgent', readonly SourceId[]>> = {
  emergency: ['S2', 'S3', 'S4', 'L4'],
  urgent: ['S0', 'S3', 'S4'],
};

export const tierHeading = {
  emergency: (msg: Msg, emergencyNumber: string | undefined) =>
    emergencyNumber
      ? msg(str`Call ${emergencyNumber} now if you have:`, {id: 'tier.emergency.heading'})
      : msg('Call your local emergency number now if you have:', {id: 'tier.emergency.heading-no-number'}),
  urgent: (msg: Msg) => msg('Contact your practitioner or a doctor today if you have:', {id: 'tier.urgent.heading'}),
  normal: (msg: Msg) => msg('This is normal and should pass on its own:', {id: 'tier.normal.heading'}),
};

export const normalTierOutro: Text = (msg) =>
  msg('If something lasts longer than this, or gets worse, contact your practitioner.', {id: 'tier.normal.outro'});
