import {expect} from '@open-wc/testing';
import '../src/index.js';
import {sources, type SourceId} from '../src/content/sources.js';
import {fixturesByTag} from './fixtures/index.js';
import {captureWarnings, renderFixture, shadowAll, shadowText, textOf} from './helpers.js';

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

const firstFixture = (fixtures: Readonly<Record<string, unknown>>) => Object.values(fixtures)[0] as Parameters<typeof renderFixture>[1];

describe('the footer of every element', () => {
  for (const [tag, fixtures] of fixturesByTag) {
    it(`<${tag}> says it is not medical advice, when it was reviewed, when it will be again and by whom`, async () => {
      const element = await renderFixture(tag, firstFixture(fixtures));
      const footer = shadowText(element, '[part="footer"]');
      expect(footer).to.include('This is general information, not medical advice. It does not replace care from your own practitioner.');
      expect(footer).to.match(/Last reviewed: November 25, 2026/);
      expect(footer).to.match(/Next review due: November 25, 2027/);
      expect(footer).to.include('Reviewed by: an independent clinical reviewer for the dn-widgets project');
    });

    it(`<${tag}> lists its sources, each with its DOI, PMID or page as a link where one exists`, async () => {
      const element = await renderFixture(tag, firstFixture(fixtures));
      const items = shadowAll(element, '[part="footer"] [data-citations] li');
      expect(items.length).to.be.above(0);
      expect(shadowText(element, '[part="footer"] summary')).to.equal(`Sources (${items.length})`);
      for (const item of items) {
        const source = sources[item.dataset.source as SourceId];
        const links = [...item.querySelectorAll('a')].map((a) => a.getAttribute('href'));
        if (source.doi) expect(links, item.dataset.source).to.include(`https://doi.org/${source.doi}`);
        if (source.pmid) expect(links, item.dataset.source).to.include(`https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`);
        if (source.url && !source.doi) expect(links, item.dataset.source).to.include(source.url);
        expect(textOf(item)).to.include(source.citation);
      }
    });

    it(`<${tag}> is not a contentinfo landmark outside <main>`, async () => {
      const element = await renderFixture(tag, firstFixture(fixtures));
      expect(element.shadowRoot!.querySelector('footer, [role="contentinfo"]')).to.equal(null);
    });
  }

  it('names the clinic’s own reviewer and date when the clinic sets them', async () => {
    const [tag, fixtures] = fixturesByTag[0];
    const element = await renderFixture(tag, {
      ...firstFixture(fixtures),
      attributes: {'reviewed-by': 'Dr A. Patel', 'reviewed-on': '2026-11-20'},
    });
    expect(shadowText(element, '[data-clinic-reviewer]')).to.equal('Reviewed for this clinic by Dr A. Patel on November 20, 2026');
  });

  it('shows the reviewer without a date, and warns once, for a date that is not ISO 8601', async () => {
    const [tag, fixtures] = fixturesByTag[0];
    const element = await renderFixture(tag, {
      ...firstFixture(fixtures),
      attributes: {'reviewed-by': '<b>Dr B</b>', 'reviewed-on': 'last Tuesday'},
    });
    expect(shadowText(element, '[data-clinic-reviewer]')).to.equal('Reviewed for this clinic by <b>Dr B</b>');
    expect(element.shadowRoot!.querySelector('[data-clinic-reviewer] b')).to.equal(null);
    expect(warnings.messages.filter((message) => message.includes('reviewed-on'))).to.have.length(1);
  });
});
