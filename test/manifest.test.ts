import {expect} from '@open-wc/testing';
import '../src/index.js';

interface Described {
  name: string;
  description?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Described[];
  members?: Array<Described & {privacy?: string; static?: boolean}>;
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}

// custom-elements.json is written by `npm run analyze`, which npm test runs first.
const manifest: {modules: Array<{declarations?: Declaration[]}>} = await (await fetch('/custom-elements.json')).json();
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);

describe('custom-elements.json', () => {
  it('describes the five elements and the configuration element', () => {
    expect(elements.map((element) => element.tagName).sort()).to.deep.equal([
      'dn-aftercare',
      'dn-config',
      'dn-contraindication-check',
      'dn-red-flags',
      'dn-side-effects',
      'dn-what-to-expect',
    ]);
  });

  for (const element of elements) {
    it(`lists exactly the attributes <${element.tagName}> observes, and describes everything public`, () => {
      const observed = (customElements.get(element.tagName!) as unknown as {observedAttributes: string[]}).observedAttributes;
      expect((element.attributes ?? []).map((attribute) => attribute.name).sort()).to.deep.equal([...observed].sort());
      const publicMembers = (element.members ?? []).filter(
        (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static,
      );
      for (const item of [
        ...(element.attributes ?? []),
        ...publicMembers,
        ...(element.events ?? []),
        ...(element.slots ?? []),
        ...(element.cssParts ?? []),
        ...(element.cssProperties ?? []),
      ]) {
        expect(item.description, `${element.tagName} ${item.name}`).to.be.a('string').that.is.not.empty;
      }
      if (element.tagName === 'dn-config') return; // renders its children only: no parts, no theme properties
      expect((element.cssProperties ?? []).map((property) => property.name)).to.include('--dn-color-emergency');
      expect((element.cssParts ?? []).map((part) => part.name)).to.include.members(['base', 'title', 'footer']);
    });
  }

  it('documents the screening event and the slot', () => {
    const check = elements.find((element) => element.tagName === 'dn-contraindication-check')!;
    expect(check.events!.map((event) => event.name)).to.deep.equal(['input', 'change', 'dn-screening-change', 'invalid']);
    const redFlags = elements.find((element) => element.tagName === 'dn-red-flags')!;
    expect(redFlags.slots!.map((slot) => slot.name)).to.deep.equal(['after-hours']);
  });

  it('gives VS Code the allowed values of theme, mode and variant', async () => {
    const data: {tags: Array<{name: string; attributes: Array<{name: string; values?: Array<{name: string}>}>}>} = await (
      await fetch('/vscode.html-custom-data.json')
    ).json();
    const valuesOf = (tag: string, attribute: string) =>
      data.tags
        .find((t) => t.name === tag)!
        .attributes.find((a) => a.name === attribute)!
        .values?.map((value) => value.name);
    for (const tag of ['dn-what-to-expect', 'dn-red-flags', 'dn-side-effects', 'dn-aftercare', 'dn-contraindication-check']) {
      expect(valuesOf(tag, 'theme'), tag).to.deep.equal(['light', 'dark', 'auto']);
    }
    expect(valuesOf('dn-contraindication-check', 'mode')).to.deep.equal(['all', 'step']);
    expect(valuesOf('dn-side-effects', 'variant')).to.deep.equal(['full', 'summary']);
  });
});
