import './config.js';
import {defineElement} from '../define.js';
import {DnRedFlags} from '../red-flags/dn-red-flags.js';

defineElement('dn-red-flags', DnRedFlags);

export {DnRedFlags};

declare global {
  interface HTMLElementTagNameMap {
    'dn-red-flags': DnRedFlags;
  }
}
