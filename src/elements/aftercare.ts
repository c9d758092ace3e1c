import './config.js';
import {defineElement} from '../define.js';
import {DnAftercare} from '../aftercare/dn-aftercare.js';

defineElement('dn-aftercare', DnAftercare);

export {DnAftercare};

declare global {
  interface HTMLElementTagNameMap {
    'dn-aftercare': DnAftercare;
  }
}
