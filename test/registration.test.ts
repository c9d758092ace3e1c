import {expect} from '@open-wc/testing';
import {defineElement} from '../src/define.js';
import {DnRedFlags} from '../src/elements/red-flags.js';
import {VERSION} from '../src/version.js';
import {captureWarnings} from './helpers.js';

describe('registration', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('registers <dn-red-flags>', () => {
    expect(customElements.get('dn-red-flags')).to.equal(DnRedFlags);
  });

  it('tolerates a second copy of the same version defining the same tags, silently', () => {
    class SecondCopy extends HTMLElement {
      static version = VERSION;
    }
    expect(() => defineElement('dn-red-flags', SecondCopy)).not.to.throw();
    expect(customElements.get('dn-red-flags')).to.equal(DnRedFlags);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('warns once when another version is loaded too', () => {
    class OtherVersion extends HTMLElement {
      static version = '9.9.9';
    }
    defineElement('dn-red-flags', OtherVersion);
    defineElement('dn-red-flags', OtherVersion);
    expect(customElements.get('dn-red-flags')).to.equal(DnRedFlags);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include(`dn-widgets 9.9.9 was loaded on a page that already has dn-widgets ${VERSION}`);
  });

  it('knows its own version', async () => {
    const packageJson = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(packageJson.version);
    expect((DnRedFlags as unknown as {version: string}).version).to.equal(VERSION);
  });
});
