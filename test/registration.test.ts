import {expect} from '@open-wc/testing';
import {defineElement} from '../src/define.js';
import {DnRedFlags} from '../src/elements/red-flags.js';

describe('registration', () => {
  it('registers <dn-red-flags>', () => {
    expect(customElements.get('dn-red-flags')).to.equal(DnRedFlags);
  });

  it('tolerates a second copy of the bundle defining the same tags', () => {
    class SecondCopy extends HTMLElement {}
    expect(() => defineElement('dn-red-flags', SecondCopy)).not.to.throw();
    expect(customElements.get('dn-red-flags')).to.equal(DnRedFlags);
  });
});
