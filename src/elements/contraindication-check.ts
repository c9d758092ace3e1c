import './config.js';
import {defineElement} from '../define.js';
import {DnContraindicationCheck} from '../contraindication-check/dn-contraindication-check.js';

defineElement('dn-contraindication-check', DnContraindicationCheck);

export {DnContraindicationCheck};
export type {Answer, Answers, Outcome, Reason, ScreeningChangeDetail} from '../contraindication-check/dn-contraindication-check.js';

declare global {
  interface HTMLElementTagNameMap {
    'dn-contraindication-check': DnContraindicationCheck;
  }
  interface HTMLElementEventMap {
    'dn-screening-change': CustomEvent<import('../contraindication-check/dn-contraindication-check.js').ScreeningChangeDetail>;
  }
}
