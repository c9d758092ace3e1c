import {expect} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../src/index.js';
import {redFlagsFixtures} from './fixtures/red-flags.js';
import {renderFixture} from './helpers.js';

const surface = (element: Element) => getComputedStyle(element.shadowRoot!.querySelector('[part="base"]')!).backgroundColor;

describe('theming', () => {
  afterEach(async () => {
    await emulateMedia({colorScheme: 'light'}).catch(() => undefined);
  });

  it('applies the dark palette with theme="dark", and follows the reader with theme="auto"', async function () {
    const light = await renderFixture('dn-red-flags', redFlagsFixtures.unitedKingdom);
    const dark = await renderFixture('dn-red-flags', {name: 'dark', attributes: {region: 'GB', theme: 'dark'}});
    const auto = await renderFixture('dn-red-flags', {name: 'auto', attributes: {region: 'GB', theme: 'auto'}});
    expect(surface(light)).to.equal('rgb(255, 255, 255)');
    expect(surface(dark)).to.equal('rgb(27, 38, 46)');
    expect(surface(auto)).to.equal('rgb(255, 255, 255)');
    try {
      await emulateMedia({colorScheme: 'dark'});
    } catch {
      this.skip(); // colour-scheme emulation is not available in every engine's automation
    }
    expect(surface(auto)).to.equal('rgb(27, 38, 46)');
    expect(surface(light)).to.equal('rgb(255, 255, 255)');
  });

  it('lets a clinic override any colour with a --dn-* custom property, in either theme', async () => {
    const element = await renderFixture('dn-red-flags', {name: 'branded', attributes: {region: 'GB', theme: 'dark'}});
    element.style.setProperty('--dn-color-surface', 'rgb(1, 2, 3)');
    element.style.setProperty('--dn-color-normal', 'rgb(11, 85, 99)');
    expect(surface(element)).to.equal('rgb(1, 2, 3)');
    const normalHeading = element.shadowRoot!.querySelector('[part~="tier-normal"] [part="tier-heading"]')!;
    expect(getComputedStyle(normalHeading).backgroundColor).to.equal('rgb(11, 85, 99)');
  });

  it('warns about an unknown theme and stays light', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const element = await renderFixture('dn-red-flags', {name: 'bad theme', attributes: {region: 'GB', theme: 'neon'}});
      expect(surface(element)).to.equal('rgb(255, 255, 255)');
      expect(warnings.join()).to.include('theme must be');
    } finally {
      console.warn = warn;
    }
  });
});
