import type {Meta} from '@storybook/web-components-vite';
import '../src/elements/red-flags.js';
import {redFlagsFixtures as states} from '../test/fixtures/red-flags.js';
import {fixtureStory} from './story.js';

export default {
  title: 'Elements/dn-red-flags',
  component: 'dn-red-flags',
} satisfies Meta;

const story = (fixture: (typeof states)[keyof typeof states]) => fixtureStory('dn-red-flags', fixture);

export const UnitedKingdom = story(states.unitedKingdom);
export const UnitedStates = story(states.unitedStates);
export const Canada = story(states.canada);
export const EuMemberState = story(states.euMemberState);
export const Australia = story(states.australia);
export const NewZealand = story(states.newZealand);
export const India = story(states.india);
export const France = story(states.france);
export const NorthernIreland = story(states.northernIreland);
export const LanguageTagIsNotARegion = story(states.languageTagIsNotARegion);
export const NoRegion = story(states.noRegion);
export const EmergencyOnly = story(states.emergencyOnly);
export const UrgentOnly = story(states.urgentOnly);
export const NormalOnly = story(states.normalOnly);
export const ClinicContact = story(states.clinicContact);
export const HeadingLevel = story(states.headingLevel);
export const Spanish = story(states.spanish);
export const Arabic = story(states.arabic);
export const ArabicWithRegion = story(states.arabicWithRegion);
export const ClinicReviewer = story(states.clinicReviewer);
export const Dark = story(states.dark);
export const BadInput = story(states.badInput);
