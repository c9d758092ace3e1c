import {expect} from '@open-wc/testing';
import '../src/elements/aftercare.js';
import type {DnAftercare} from '../src/aftercare/dn-aftercare.js';
import {AFTERCARE_NOW, aftercareFixtures} from './fixtures/aftercare.js';
import {captureWarnings, renderFixture, shadowAll, shadowText, textOf} from './helpers.js';
import type {Fixture} from './fixtures/fixture.js';

const render = (state: Fixture) => renderFixture<DnAftercare>('dn-aftercare', state);

const realNow = Date.now;
let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => {
  warnings = captureWarnings();
  const fixedNow = Date.parse(AFTERCARE_NOW);
  Date.now = () => fixedNow;
});
afterEach(() => {
  warnings.restore();
  Date.now = realNow;
});

const stages = (element: Element) => shadowAll(element, '[data-stage]');
const currentStage = (element: Element) => element.shadowRoot!.querySelector<HTMLElement>('[aria-current="step"]')?.dataset.stage;
const nowBox = (element: Element) => element.shadowRoot!.querySelector('[part="now"]');

describe('<dn-aftercare>', () => {
  it('says what to do and what to avoid', async () => {
    const element = await render(aftercareFixtures.plain);
    const doList = [...element.shadowRoot!.querySelectorAll('[data-list="do"] li')].map(textOf);
    expect(doList).to.have.length(6);
    expect(doList.join(' '))
      .to.include('Drink water')
      .and.include('A warm (not hot) bath')
      .and.include('ice')
      .and.include('heat')
      .and.include('short walks')
      .and.include('exercises your practitioner gave you')
      .and.include('which pain reliever suits you');
    const avoid = textOf(element.shadowRoot!.querySelector('[data-list="avoid"]'));
    expect(avoid).to.include('No hard exercise or heavy lifting with the treated muscles for 1 to 2 days (24 to 48 hours).');
    expect(avoid).to.include('Do not drive if you feel faint or drowsy. Wait until you feel completely normal.');
    expect(shadowText(element)).not.to.match(/toxin|detox|flush|healing crisis|arnica/i);
  });

  it('shows the timeline of what is normal when, in order, with no stage marked', async () => {
    const element = await render(aftercareFixtures.plain);
    expect(stages(element).map((s) => s.dataset.stage)).to.deep.equal(['during', 'first-day', 'day-3', 'first-week', 'course']);
    expect(textOf(stages(element)[0]))
      .to.include('10 to 15 minutes')
      .and.include('about 2 minutes')
      .and.include('twitch')
      .and.include('With e-stim (a mild electrical current through the needles), needles may stay in for 20 to 30 minutes.')
      .and.include(
        'Keep still. Tell your practitioner at once if you feel faint, feel a sharp, burning or electric pain, or cough or feel short of breath.',
      );
    expect(textOf(stages(element)[1])).to.include('Soreness is usually at its worst in the first day.');
    expect(textOf(stages(element)[2])).to.include('It has usually gone 3 days after the session.');
    expect(textOf(stages(element)[2].querySelector('[data-tier="urgent"]'))).to.include(
      'Contact your practitioner or a doctor today if: Your pain is getting worse more than 2 days after the session, or has not started to ease 3 days after it',
    );
    expect(textOf(stages(element)[4]))
      .to.include('2 or 3 sessions')
      .and.include('about 6')
      .and.include('once or twice a week');
    expect(currentStage(element)).to.equal(undefined);
    expect(nowBox(element)).to.equal(null);
    expect(warnings.messages).to.deep.equal([]);
  });

  const moments: Array<[keyof typeof aftercareFixtures, string, string | undefined, string | undefined]> = [
    ['justTreated', 'Your session was 2 hours ago.', 'first-day', 'Next: Days 2 and 3.'],
    ['nextDay', 'Your session was 20 hours ago.', 'first-day', 'Next: Days 2 and 3.'],
    ['dayThree', 'Your session was 2 days ago.', 'day-3', 'Next: Within a week.'],
    ['fewDays', 'Your session was 4 days ago.', 'first-week', 'Next: Your course of treatment.'],
    ['weeksLater', 'Your session was 21 days ago.', 'course', undefined],
    ['upcoming', 'Your session is tomorrow.', undefined, 'Next: During the session.'],
  ];
  for (const [fixture, said, stage, next] of moments) {
    it(`marks where the patient is: ${aftercareFixtures[fixture].name}`, async () => {
      const element = await render(aftercareFixtures[fixture]);
      const box = textOf(nowBox(element));
      expect(box).to.include(said);
      expect(currentStage(element)).to.equal(stage);
      if (stage) {
        expect(textOf(element.shadowRoot!.querySelector('[aria-current="step"]'))).to.include('You are here');
      }
      if (next) expect(box).to.include(next);
      else expect(box).not.to.include('Next:');
    });
  }

  it('says "1 minute ago" for a session that has only just ended', async () => {
    const element = await render({name: 'just now', attributes: {'treated-at': '2026-11-23T09:59:50Z'}});
    expect(textOf(nowBox(element))).to.include('Your session was 1 minute ago.');
    expect(currentStage(element)).to.equal('first-day');
  });

  it('shows the plain timeline and warns once for an invalid treated-at', async () => {
    const element = await render(aftercareFixtures.badInput);
    expect(nowBox(element)).to.equal(null);
    expect(stages(element)).to.have.length(5);
    expect(element.shadowRoot!.querySelector('script')).to.equal(null);
    element.requestUpdate();
    await element.updateComplete;
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('treated-at');
  });

  it('says the time in the element language', async () => {
    const element = await render(aftercareFixtures.spanish);
    expect(textOf(nowBox(element))).to.include('hace 20 horas');
  });

  it('gives each stage a heading one level below the timeline heading', async () => {
    const element = await render(aftercareFixtures.plain);
    expect(shadowAll(element, '[part="stage-heading"]').map((h) => h.localName)).to.deep.equal(['h4', 'h4', 'h4', 'h4', 'h4']);
  });

  it('speaks Arabic right to left', async () => {
    const element = await render(aftercareFixtures.arabic);
    expect(element.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(shadowText(element, '[part="title"]')).to.match(/[\u0600-\u06FF]/);
  });
});
