/** Registers every dn-widgets element; import a single element from "dn-widgets/<name>.js" instead to ship less. */
export {DnWhatToExpect} from './elements/what-to-expect.js';
export {DnAftercare} from './elements/aftercare.js';
export {
  DnContraindicationCheck,
  type Answer,
  type Answers,
  type Outcome,
  type Reason,
  type ScreeningChangeDetail,
} from './elements/contraindication-check.js';
export {DnRedFlags} from './elements/red-flags.js';
export {DnSideEffects} from './elements/side-effects.js';
export {DnElement} from './base/dn-element.js';
export {
  DnConfigElement,
  configure,
  type ClinicQuestion,
  type ClinicTranslation,
  type DnConfig,
  type TermKey,
  type Theme,
} from './elements/config.js';
