import './config.js';
import {defineElement} from '../define.js';
import {DnSideEffects} from '../side-effects/dn-side-effects.js';

defineElement('dn-side-effects', DnSideEffects);

export {DnSideEffects};

declare global {
  interface HTMLElementTagNameMap {
    'dn-side-effects': DnSideEffects;
  }
}
