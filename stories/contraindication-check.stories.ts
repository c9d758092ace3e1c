import type {Meta} from '@storybook/web-components-vite';
import '../src/elements/contraindication-check.js';
import {contraindicationCheckFixtures as states} from '../test/fixtures/contraindication-check.js';
import {fixtureStory} from './story.js';

export default {
  title: 'Elements/dn-contraindication-check',
  component: 'dn-contraindication-check',
} satisfies Meta;

const story = (fixture: (typeof states)[keyof typeof states]) => fixtureStory('dn-contraindication-check', fixture);

export const Empty = story(states.empty);
export const PartlyAnswered = story(states.partlyAnswered);
export const Stop = story(states.stop);
export const Discuss = story(states.discuss);
export const Clear = story(states.clear);
export const ErrorSummary = story(states.errorSummary);
export const CustomError = story(states.customError);
export const ConfirmReset = story(states.confirmReset);
export const EStim = story(states.eStim);
export const Step = story(states.step);
export const StepError = story(states.stepError);
export const StepErrorSummary = story(states.stepErrorSummary);
export const CheckAnswers = story(states.checkAnswers);
export const StepResult = story(states.stepResult);
export const Disabled = story(states.disabled);
export const Spanish = story(states.spanish);
export const Arabic = story(states.arabic);
export const Dark = story(states.dark);
export const BadInput = story(states.badInput);
