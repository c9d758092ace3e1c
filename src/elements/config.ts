import {defineElement} from '../define.js';
import {DnConfigElement} from '../config/dn-config.js';

// Every element entry imports this, so <dn-config> works with any one element alone.
defineElement('dn-config', DnConfigElement);

export {DnConfigElement};
export {configure} from '../config/page-config.js';
export type {ClinicQuestion, ClinicTranslation, DnConfig, TermKey, Theme} from '../config/config.js';

declare global {
  interface HTMLElementTagNameMap {
    'dn-config': DnConfigElement;
  }
}
