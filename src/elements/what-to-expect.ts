import './config.js';
import {defineElement} from '../define.js';
import {DnWhatToExpect} from '../what-to-expect/dn-what-to-expect.js';

defineElement('dn-what-to-expect', DnWhatToExpect);

export {DnWhatToExpect};

declare global {
  interface HTMLElementTagNameMap {
    'dn-what-to-expect': DnWhatToExpect;
  }
}
