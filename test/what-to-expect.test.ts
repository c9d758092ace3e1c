import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../src/elements/what-to-expect.js';
import '../src/elements/aftercare.js';
import {configure} from '../src/elements/config.js';
import type {DnWhatToExpect} from '../src/what-to-expect/dn-what-to-expect.js';
import {whatToExpectFixtures} from './fixtures/what-to-expect.js';
import type {Fixture} from './fixtures/fixture.js';
import {captureWarnings, renderFixture, shadowAll, shadowText, textOf} from './helpers.js';

const render = (state: Fixture) => renderFixture<DnWhatToExpect>('dn-what-to-expect', state);
const sectionIds = (element: Element) => shadowAll(element, '[data-section]').map((section) => section.dataset.section);
const section = (element: Element, id: string) => textOf(element.shadowRoot!.querySelector(`[data-section="${id}"]`));

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => {
  configure({});
  warnings.restore();
});

describe('<dn-what-to-expect>', () => {
  it('answers a new patient’s questions in order: what it is, who, evidence, before, during, after', async () => {
    const element = await render(whatToExpectFixtures.full);
    expect(sectionIds(element)).to.deep.equal(['what-it-is', 'who', 'evidence', 'before', 'during', 'after']);
    expect(shadowAll(element, '[part="section-heading"]').map(textOf)).to.deep.equal([
      'What dry needling is',
      'Who does it',
      'What it is used for, and does it work?',
      'Before your first session',
      'During the session',
      'After the session',
    ]);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('says how it differs from acupuncture, and that needles are single-use', async () => {
    const element = await render(whatToExpectFixtures.full);
    const text = section(element, 'what-it-is');
    expect(text).to.include('no medicine in it').and.include('traditional Chinese medicine').and.include('used only once');
  });

  it('gives questions to ask the practitioner', async () => {
    const element = await render(whatToExpectFixtures.full);
    const questions = [...element.shadowRoot!.querySelectorAll('[data-section="who"] li')].map(textOf);
    expect(questions).to.have.length(5);
    expect(questions[0]).to.equal('What training do you have in dry needling?');
  });

  it('is honest about the evidence and never promises a result', async () => {
    const element = await render(whatToExpectFixtures.full);
    const text = section(element, 'evidence');
    expect(text).to.include('may ease muscle pain for up to about 3 months');
    expect(text)
      .to.include('more good studies are needed')
      .and.include('does not work for everyone')
      .and.include('nobody can promise you a result');
    expect(shadowText(element)).not.to.match(/\bsafe\b|guarantee|cure|before it gets better|toxin/i);
  });

  it('says the patient can say no or stop at any time', async () => {
    const element = await render(whatToExpectFixtures.full);
    expect(section(element, 'before')).to.include('You can ask questions, say no, or ask to stop at any time');
  });

  it('tells the session facts and the course from the modules that hold them, the same words as <dn-aftercare>', async () => {
    const element = await render(whatToExpectFixtures.full);
    const aftercare = await renderFixture('dn-aftercare', {name: 'plain', attributes: {}});
    const during = textOf(aftercare.shadowRoot!.querySelector('[data-stage="during"]'));
    const course = textOf(aftercare.shadowRoot!.querySelector('[data-stage="course"] .stage__text'));
    expect(during).to.include(shadowAll(element, '[data-section="during"] p').map(textOf)[1]);
    expect(during).to.include('Keep still. Tell your practitioner at once');
    expect(section(element, 'during')).to.include('Keep still. Tell your practitioner at once');
    expect(section(element, 'after')).to.include(course);
  });

  it('shows the chosen sections in the chosen order', async () => {
    const element = await render(whatToExpectFixtures.chosenSections);
    expect(sectionIds(element)).to.deep.equal(['before', 'during', 'after']);
    expect(shadowAll(element, '[part="footer"] [data-source]').map((item) => item.dataset.source)).not.to.include('L11');
  });

  it('follows heading-level', async () => {
    const element = await render(whatToExpectFixtures.headingLevel);
    expect(shadowAll(element, 'h2, h3, h4, h5, h6').map((heading) => heading.localName)).to.deep.equal([
      'h3',
      'h4',
      'h4',
      'h4',
      'h4',
      'h4',
      'h4',
    ]);
  });

  it('falls back safely from bad input, with one warning per problem', async () => {
    const element = await render(whatToExpectFixtures.badInput);
    expect(sectionIds(element)).to.have.length(6);
    expect(element.shadowRoot!.querySelector('b')).to.equal(null);
    element.requestUpdate();
    await element.updateComplete;
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages.join('\n')).to.include('sections').and.include('heading-level');
  });

  it('ends with a link to book, with the clinic’s name, when the configuration has a booking page', async () => {
    configure({bookingUrl: 'https://riverside.example/book', clinicName: 'Riverside Physio'});
    const element = await fixture<DnWhatToExpect>(html`<dn-what-to-expect></dn-what-to-expect>`);
    const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('[part="book-link"]')!;
    expect(textOf(link)).to.equal('Book a session with Riverside Physio');
    expect(link.href).to.equal('https://riverside.example/book');
  });

  it('speaks the clinic’s words for "practitioner" and "session"', async () => {
    configure({terms: {en: {practitioner: 'physiotherapist', session: 'appointment'}}});
    const element = await fixture<DnWhatToExpect>(html`<dn-what-to-expect></dn-what-to-expect>`);
    expect(shadowText(element)).to.include('Questions you can ask your physiotherapist:').and.include('Before your first appointment');
  });
});

describe('<dn-what-to-expect> printed', () => {
  it('prints every section, and the booking link as a plain bordered link', async function () {
    configure({bookingUrl: 'https://riverside.example/book'});
    const element = await fixture<DnWhatToExpect>(html`<dn-what-to-expect></dn-what-to-expect>`);
    try {
      await emulateMedia({media: 'print'});
    } catch {
      this.skip(); // emulating print needs the Chrome DevTools Protocol: checked in Chromium
    }
    try {
      for (const section of shadowAll(element, '[data-section]')) expect(getComputedStyle(section).display).to.not.equal('none');
      const link = element.shadowRoot!.querySelector<HTMLElement>('[part="book-link"]')!;
      expect(getComputedStyle(link).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(link).borderTopStyle).to.equal('solid');
    } finally {
      await emulateMedia({media: 'screen'});
    }
  });
});
