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
  emergency: (msg) =>
    msg('Emergency advice:', {
      id: 'tier.emergency.name',
      desc: 'Hidden text read by screen readers before the emergency heading. Must sound like an emergency.',
    }),
  urgent: (msg) =>
    msg('Urgent advice:', {
      id: 'tier.urgent.name',
      desc: 'Hidden text read by screen readers before the urgent heading: act today, but it is NOT an emergency. Must not sound like the emergency tier.',
    }),
  normal: (msg) =>
    msg('Non-urgent advice:', {
      id: 'tier.normal.name',
      desc: 'Hidden text read by screen readers before the heading about normal side effects.',
    }),
};

export type EmergencySignId =
  | 'breathing'
  | 'chest'
  | 'breathing-pain'
  | 'colour'
  | 'stroke'
  | 'spine'
  | 'headache'
  | 'swelling'
  | 'fainting'
  | 'bleeding'
  | 'sepsis'
  | 'doom';

export type UrgentSignId =
  | 'fever'
  | 'spreading-redness'
  | 'discharge'
  | 'worsening-site'
  | 'tingling'
  | 'growing-bruise'
  | 'rash'
  | 'fainting-later'
  | 'lasting-pain'
  | 'retained-needle'
  | 'worry';

export type WarningSignId = EmergencySignId | UrgentSignId;

export interface WarningSign<Id extends WarningSignId = WarningSignId> {
  id: Id;
  /** `fever` is the threshold already written in the region's unit, e.g. "38 °C". */
  text: (msg: Msg, context: {fever: string}) => string;
  /** Points under the sign, when it has several ("Someone faints and:"). */
  details?: readonly Text[];
  /** What to do, or how to tell it apart from something normal. */
  note?: Text;
}

export const emergencySigns: readonly WarningSign<EmergencySignId>[] = [
  {
    id: 'breathing',
    text: (msg) =>
      msg('You have trouble breathing, or you feel short of breath', {
        id: 'red-flag.breathing',
        desc: 'A warning sign after dry needling, in a list under a heading that says what to do. Emergency tier.',
      }),
  },
  {
    id: 'chest',
    text: (msg) =>
      msg('You have pain or tightness in your chest', {
        id: 'red-flag.chest',
        desc: 'A warning sign after dry needling, in a list under a heading that says what to do. Emergency tier.',
      }),
  },
  {
    id: 'breathing-pain',
    text: (msg) =>
      msg('You have a sharp pain in your chest, side, back or shoulder that catches when you breathe in, or a new dry cough', {
        id: 'red-flag.breathing-pain',
        desc: 'A warning sign after dry needling, in a list under a heading that says what to do. Emergency tier: signs of a collapsed lung. "Catches" means the pain stops the breath short.',
      }),
    note: (msg) =>
      msg(
        'Normal soreness is a dull ache where the needles went in. It hurts when you press or move the area. It does not make you short of breath or catch when you breathe in.',
        {
          id: 'red-flag.breathing-pain.note',
          desc: 'Under the collapsed-lung sign: how normal soreness differs from it.',
        },
      ),
  },
  {
    id: 'colour',
    text: (msg) =>
      msg('Your skin, lips or tongue turn blue, grey, pale or patchy', {
        id: 'red-flag.colour',
        desc: 'A warning sign after dry needling, in a list under a heading that says what to do. Emergency tier.',
      }),
    note: (msg) =>
      msg('On brown or black skin, this may be easier to see on the lips, gums and palms of the hands.', {
        id: 'red-flag.colour.note',
        desc: 'Under the skin-colour emergency sign.',
      }),
  },
  {
    id: 'stroke',
    text: (msg) =>
      msg('You suddenly have weakness or numbness, or cannot move, in your face, an arm or a leg, or you have trouble speaking or seeing', {
        id: 'red-flag.stroke',
        desc: 'A warning sign after dry needling, in a list under a heading that says what to do. Emergency tier: sudden nerve problems. "Trouble speaking" means being unable to speak clearly.',
      }),
  },
  {
    id: 'spine',
    text: (msg) =>
      msg(
        'You have new weakness or numbness in both arms or both legs, numbness between your legs, or new trouble controlling when you pee or poo',
        {
          id: 'red-flag.spine',
          desc: 'A warning sign after dry needling, in a list under a heading that says what to do. Emergency tier: signs of bleeding near the spine. "Pee or poo" is plain words for bladder and bowels; use plain words too.',
        },
      ),
  },
  {
    id: 'headache',
    text: (msg) =>
      msg('You have a sudden, very bad headache that is at its worst within a minute, or the worst headache you have ever had', {
        id: 'red-flag.headache',
        desc: 'A warning sign after dry needling, in a list under a heading that says what to do. Emergency tier.',
      }),
  },
  {
    id: 'swelling',
    text: (msg) =>
      msg('Your lips, mouth, tongue or throat suddenly swell, or you have trouble swallowing', {
        id: 'red-flag.swelling',
        desc: 'A warning sign after dry needling, in a list under a heading that says what to do. Emergency tier: a severe allergic reaction.',
      }),
  },
  {
    id: 'fainting',
    text: (msg) =>
      msg('Someone faints and:', {
        id: 'red-flag.fainting',
        desc: 'A warning sign after dry needling, in a list under a heading that says what to do. Emergency tier. Spoken to the person who is with someone who fainted. A list of signs follows; any one of them is an emergency.',
      }),
    details: [
      (msg) =>
        msg('does not wake up within 1 minute', {
          id: 'red-flag.fainting.not-waking',
          desc: 'Continues "Someone faints and:". Emergency sign.',
        }),
      (msg) =>
        msg('is not breathing normally', {id: 'red-flag.fainting.breathing', desc: 'Continues "Someone faints and:". Emergency sign.'}),
      (msg) =>
        msg('has chest pain, or a fast or uneven heartbeat', {
          id: 'red-flag.fainting.heart',
          desc: 'Continues "Someone faints and:". Emergency sign.',
        }),
      (msg) => msg('has a fit (seizure)', {id: 'red-flag.fainting.seizure', desc: 'Continues "Someone faints and:". Emergency sign.'}),
      (msg) =>
        msg('has trouble speaking, seeing or moving', {
          id: 'red-flag.fainting.stroke',
          desc: 'Continues "Someone faints and:". Emergency sign.',
        }),
      (msg) =>
        msg('hit their head or is badly hurt', {id: 'red-flag.fainting.injury', desc: 'Continues "Someone faints and:". Emergency sign.'}),
    ],
  },
  {
    id: 'bleeding',
    text: (msg) =>
      msg('Bleeding has not stopped after 10 minutes of firm pressure, or blood spurts out', {
        id: 'red-flag.bleeding',
        desc: 'A warning sign after dry needling, in a list under a heading that says what to do. Emergency tier. Keep "10 minutes" and "firm pressure" exact.',
      }),
  },
  {
    id: 'sepsis',
    text: (msg) =>
      msg(
        'You are confused or your speech is slurred, you are breathing very fast, or you have a rash that does not fade when you press a glass on it',
        {
          id: 'red-flag.sepsis',
          desc: 'A warning sign after dry needling, in a list under a heading that says what to do. Emergency tier: signs of sepsis (a reaction to infection).',
        },
      ),
    note: (msg) =>
      msg('This is an emergency with or without a fever.', {id: 'red-flag.sepsis.note', desc: 'Under the sepsis emergency sign.'}),
  },
  {
    id: 'doom',
    text: (msg) =>
      msg('You suddenly feel that you might die', {
        id: 'red-flag.doom',
        desc: 'A warning sign after dry needling, in a list under a heading that says what to do. Emergency tier.',
      }),
  },
];

export const urgentSigns: readonly WarningSign<UrgentSignId>[] = [
  {
    id: 'fever',
    text: (msg, {fever}) =>
      msg(str`You have a temperature of ${fever} or higher, or chills`, {
        id: 'red-flag.fever',
        desc: 'A warning sign after dry needling, in a list under a heading that says what to do. Urgent tier (today). The placeholder is a temperature already written with its unit.',
      }),
  },
  {
    id: 'spreading-redness',
    text: (msg) =>
      msg('Redness spreads, or you see red lines on the skin', {
        id: 'red-flag.spreading-redness',
        desc: 'A warning sign after dry needling, in a list under a heading that says what to do. Urgent tier (today).',
      }),
  },
  {
    id: 'discharge',
    text: (msg) =>
      msg('Pus or fluid comes out where a needle went in', {
        id: 'red-flag.discharge',
        desc: 'A warning sign after dry needling, in a list under a heading that says what to do. Urgent tier (today).',
      }),
  },
  {
    id: 'worsening-site',
    text: (msg) =>
      msg('Swelling, warmth or redness where a needle went in gets worse after the first 24 hours', {
        id: 'red-flag.worsening-site',
        desc: 'A warning sign after dry needling, in a list under a heading that says what to do. Urgent tier (today). Only when it is getting worse after the first 24 hours; keep that time condition exact.',
      }),
  },
  {
    id: 'tingling',
    text: (msg) =>
      msg('Tingling or numbness near where a needle went in has not gone after a day', {
        id: 'red-flag.tingling',
        desc: 'A warning sign after dry needling, in a list under a heading that says what to do. Urgent tier (today). Near a needle site only, and still there after one day.',
      }),
  },
  {
    id: 'growing-bruise',
    text: (msg) =>
      msg('A bruise or lump keeps growing or gets very painful, especially if you take medicine to thin your blood', {
        id: 'red-flag.growing-bruise',
        desc: 'A warning sign after dry needling, in a list under a heading that says what to do. Urgent tier (today).',
      }),
  },
  {
    id: 'rash',
    text: (msg) =>
      msg('You have an itchy, raised rash that spreads beyond where the needles went in, or that lasts more than a day', {
        id: 'red-flag.rash',
        desc: 'A warning sign after dry needling, in a list under a heading that says what to do. Urgent tier (today): an allergic reaction. Either condition is enough: the rash spreads beyond the needle sites, or it lasts more than a day.',
      }),
  },
  {
    id: 'fainting-later',
    text: (msg) =>
      msg('You faint after you leave the clinic, or you keep feeling faint or dizzy', {
        id: 'red-flag.fainting-later',
        desc: 'A warning sign after dry needling, in a list under a heading that says what to do. Urgent tier (today). Only after leaving the clinic; fainting with danger signs is in the emergency tier.',
      }),
  },
  {
    id: 'lasting-pain',
    text: (msg) =>
      msg('Your pain is getting worse more than 2 days after the session, or has not started to ease 3 days after it', {
        id: 'red-flag.lasting-pain',
        desc: 'A warning sign after dry needling, in a list under a heading that says what to do. Urgent tier (today). Two time conditions, keep both exact: pain that is getting worse once 2 days have passed; or pain that has not begun to ease when 3 days have passed since the session.',
      }),
  },
  {
    id: 'retained-needle',
    text: (msg) =>
      msg('A needle, or part of one, is still in your skin', {
        id: 'red-flag.retained-needle',
        desc: 'A warning sign after dry needling, in a list under a heading that says what to do. Urgent tier (today).',
      }),
    note: (msg) =>
      msg(
        'If you can see the end of the needle sticking out, pull it straight out, keep it and show it to your practitioner. If you cannot see the end, do not dig for it.',
        {
          id: 'red-flag.retained-needle.note',
          desc: 'Under the "needle left in the skin" sign: what to do before contacting the practitioner. The end of the needle sticks out of the skin: pull it out. The end cannot be seen (it is under the skin): do not dig for it.',
        },
      ),
  },
  {
    id: 'worry',
    text: (msg) =>
      msg('You have any new symptom that worries you', {
        id: 'red-flag.worry',
        desc: 'A warning sign after dry needling, in a list under a heading that says what to do. Urgent tier (today).',
      }),
  },
];

const allSigns: readonly WarningSign[] = [...emergencySigns, ...urgentSigns];

/** The signs with these ids, in the order of the red-flag list. */
export function signsWithIds(ids: readonly WarningSignId[] | undefined): WarningSign[] {
  return allSigns.filter((sign) => ids?.includes(sign.id));
}

/** Which signs mean "not normal any more" for a side effect or a rare event, by tier. */
export interface Escalation {
  emergency?: readonly EmergencySignId[];
  urgent?: readonly UrgentSignId[];
}

/**
 * After needling over the ribs or at the base of the neck, a collapsed lung can
 * show itself late: said beside the emergency signs.
 */
export const delayedChestSymptoms: Text = (msg) =>
  msg(
    'Breathing or chest problems can start hours later, or even a few days later. This can happen after needles anywhere over your ribs (front, side, armpit, upper or middle back), at the base of your neck or on top of your shoulder.',
    {
      id: 'red-flag.delayed-chest',
      desc: 'Beside the emergency signs. Keep "hours later, or even a few days later" and every body area; never add "only".',
    },
  );

export const redFlagSources: Readonly<Record<'emergency' | 'urgent', readonly SourceId[]>> = {
  emergency: ['S2', 'S3', 'S4', 'L3', 'L4', 'L7'],
  urgent: ['S0', 'S3', 'S4', 'L6', 'L8'],
};

/**
 * What each tier tells the patient to do. The emergency instruction is the one
 * every element gives: `number` is where the renderer puts the number.
 */
export const tierHeading = {
  emergency: (msg: Msg, number: string | undefined) =>
    number
      ? msg(str`Call ${number} or go to the nearest emergency department now if:`, {
          id: 'tier.emergency.heading',
          desc: 'Heading of the emergency tier, before a list of signs. The placeholder is the emergency phone number, shown as a link.',
        })
      : msg('Call your local emergency number or go to the nearest emergency department now if:', {
          id: 'tier.emergency.heading-no-number',
          desc: 'Heading of the emergency tier when the clinic has not set its country, before a list of signs.',
        }),
  urgent: (msg: Msg) =>
    msg('Contact your practitioner or a doctor today if:', {
      id: 'tier.urgent.heading',
      desc: 'Heading of the urgent tier, before a list of signs: act today, not an emergency.',
    }),
  normal: (msg: Msg) =>
    msg('This is normal and should pass on its own:', {
      id: 'tier.normal.heading',
      desc: 'Heading of the tier that lists normal side effects.',
    }),
};

export const doNotDrive: Text = (msg) =>
  msg('Do not drive yourself.', {
    id: 'tier.emergency.do-not-drive',
    desc: 'Emergency tier, after the signs: do not drive to hospital yourself.',
  });

/** Further numbers that reach emergency help; `number` is where the renderer puts the number. */
export const alternativeNumberText = {
  any: (msg: Msg, number: string) =>
    msg(str`You can also call ${number}.`, {
      id: 'tier.emergency.also',
      desc: 'Emergency tier: a second emergency number. The placeholder is the number, shown as a link.',
    }),
  mobile: (msg: Msg, number: string) =>
    msg(str`From a mobile phone, you can also call ${number}.`, {
      id: 'tier.emergency.also-mobile',
      desc: 'Emergency tier: a second emergency number that works from mobile phones. The placeholder is the number, shown as a link.',
    }),
  medical: (msg: Msg, number: string) =>
    msg(str`For a medical emergency, you can also call ${number}.`, {
      id: 'tier.emergency.also-medical',
      desc: 'Emergency tier: a second number for medical emergencies only (France: SAMU 15). The placeholder is the number, shown as a link.',
    }),
};

/** The label of a phone link that calls an emergency number. */
export const callNumber = (msg: Msg, number: string) =>
  msg(str`Call ${number}`, {
    id: 'action.call-number',
    desc: 'Label of a button-like link that phones an emergency number. The placeholder is the number.',
  });

export const clinicContactText = {
  nameAndPhone: (msg: Msg, name: string, phone: string) =>
    msg(str`Call ${name} on ${phone}.`, {
      id: 'tier.urgent.call-clinic',
      desc: 'Urgent tier: whom to call. First placeholder: the clinic name as the clinic typed it; second: its phone number, shown as a link.',
    }),
  phone: (msg: Msg, phone: string) =>
    msg(str`Call your practitioner on ${phone}.`, {
      id: 'tier.urgent.call-practitioner',
      desc: 'Urgent tier: whom to call when the clinic gave a phone number but no name. The placeholder is the number, shown as a link.',
    }),
  name: (msg: Msg, name: string) =>
    msg(str`Contact ${name} or your doctor.`, {
      id: 'tier.urgent.contact-clinic',
      desc: 'Urgent tier: whom to contact when the clinic gave its name but no phone. The placeholder is the clinic name.',
    }),
};

export const normalTierOutro: Text = (msg) =>
  msg('If something lasts longer than this, or gets worse, contact your practitioner.', {
    id: 'tier.normal.outro',
    desc: 'After the list of normal side effects: when to contact the practitioner.',
  });

/** The title of `<dn-red-flags>`. */
export const redFlagsTitle: Text = (msg) => msg('After dry needling: when to get help', {id: 'red-flags.title'});
