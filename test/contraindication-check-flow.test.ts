import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {a11ySnapshot, sendKeys} from '@web/test-runner-commands';
import '../src/elements/contraindication-check.js';
import type {DnContraindicationCheck} from '../src/contraindication-check/dn-contraindication-check.js';
import {questionsFor, type ScreeningQuestion} from '../src/content/screening.js';
import type {Msg} from '../src/content/text.js';
import {answered, contraindicationCheckFixtures as states} from './fixtures/contraindication-check.js';
import {captureWarnings, textOf} from './helpers.js';
import {
  choose,
  errorSummary,
  deepActiveElement,
  focused,
  groups,
  radio,
  recordAnnouncements,
  render,
  result,
  settle,
} from './check-helpers.js';

/**
 * Keyboard and screen-reader flows of <dn-contraindication-check>, in both
 * modes: the order a screen reader meets things in, what the live region says
 * and when, and where focus is after each action, with a visible ring.
 */

const en = ((text: string) => text) as unknown as Msg;
const questions = questionsFor({eStim: false});
const last = questions.length - 1;

type Entry = [role: string, name: string];

/** The roles and names a screen reader meets, in reading order, from the rendered DOM (shadow root included). */
function readingOrder(element: Element): Entry[] {
  const entries: Entry[] = [];
  const walk = (node: Element) => {
    const style = getComputedStyle(node);
    if (style.display === 'none' || node.getAttribute('aria-hidden') === 'true') return;
    const role = node.getAttribute('role');
    if (/^h[2-6]$/.test(node.localName)) entries.push(['heading', textOf(node)]);
    else if (role === 'radiogroup') entries.push(['radiogroup', textOf(node.shadowRoot ?? node.querySelector('legend'))]);
    else if (node instanceof HTMLInputElement && node.type === 'radio') entries.push(['radio', textOf(node.labels![0])]);
    else if (node.localName === 'button') entries.push(['button', textOf(node)]);
    else if (node.localName === 'section' && node.hasAttribute('aria-labelledby')) {
      entries.push([
        'region',
        textOf(
          node.getRootNode() instanceof ShadowRoot
            ? (node.getRootNode() as ShadowRoot).getElementById(node.getAttribute('aria-labelledby')!)
            : null,
        ),
      ]);
    } else if (role === 'alert' || role === 'status') entries.push([role, '']);
    for (const child of node.children) walk(child);
  };
  for (const child of element.shadowRoot!.children) walk(child);
  return entries;
}

const ROLES = new Set(['heading', 'radiogroup', 'radio', 'button', 'region', 'alert']);

/**
 * The same, from the browser's own accessibility tree, where the test runner
 * can read it (Chromium). The page holds only this element (fixtures are
 * removed after each test), so the whole page's tree is the element's.
 */
async function accessibilityTree(): Promise<Entry[] | undefined> {
  let snapshot: {role: string; name?: string; children?: unknown[]};
  // Only the Chrome DevTools Protocol gives it: Firefox (WebDriver BiDi) and WebKit (WebDriver) check the DOM order only.
  if (!/Chrome\//.test(navigator.userAgent)) return undefined;
  try {
    snapshot = (await a11ySnapshot({})) as unknown as typeof snapshot;
  } catch {
    return undefined; // not every launcher can read the accessibility tree
  }
  const entries: Entry[] = [];
  const walk = (node: typeof snapshot) => {
    if (ROLES.has(node.role)) entries.push([node.role, (node.name ?? '').replace(/\s+/g, ' ').trim()]);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(snapshot);
  return entries;
}

async function expectReadingOrder(element: Element, expected: Entry[]): Promise<void> {
  const order = readingOrder(element).filter(([role]) => ROLES.has(role));
  expect(order).to.deep.equal(expected);
  const tree = await accessibilityTree();
  if (tree) expect(tree).to.deep.equal(expected);
}

const questionEntries = (question: ScreeningQuestion, progress = ''): Entry[] => [
  ['radiogroup', `${progress}${question.question(en)}`],
  ['radio', 'Yes'],
  ['radio', 'No'],
  ['radio', 'Not sure'],
];

/** Focus is on `expected`, and (where the window has focus) shows a ring or highlight. */
async function expectFocus(expected: string): Promise<void> {
  // A key press is handled after sendKeys returns in some engines under load (Firefox over
  // WebDriver BiDi): wait for focus to arrive, then check where it is.
  await waitUntil(() => focused() === expected, undefined, {timeout: 3000}).catch(() => undefined);
  expect(focused()).to.equal(expected);
  const active = deepActiveElement()!;
  if (!active.matches(':focus')) return; // Firefox under WebDriver may not give the window focus
  const style = getComputedStyle(active);
  const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  expect(visible, `a visible focus ring on ${expected}`).to.be.true;
}

async function press(element: DnContraindicationCheck, key: string): Promise<void> {
  await sendKeys({press: key});
  await element.updateComplete;
}

/** Tabs until focus is on `target` (a button or link by its text), as a keyboard user does. */
async function tabTo(element: DnContraindicationCheck, target: string): Promise<void> {
  for (let i = 0; i < 200 && focused() !== target; i += 1) await press(element, 'Tab');
  expect(focused()).to.equal(target);
}

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

describe('mode="all" with a keyboard and a screen reader', () => {
  it('reads the title, then each question as a required group of three radios, in order', async () => {
    const element = await render(states.empty);
    await expectReadingOrder(element, [
      ['heading', 'Before dry needling: a quick health check'],
      ...questions.flatMap((question) => questionEntries(question)),
    ]);
  });

  it('keeps focus on the last question when it completes the form, so a second arrow key records "Not sure"', async () => {
    const element = await render({
      name: 'all but the last',
      attributes: {},
      properties: {answers: Object.fromEntries(questions.slice(0, last).map((q) => [q.id, 'no']))},
    });
    const said = recordAnnouncements(element);
    radio(element, last, 'Yes').focus();
    await press(element, 'ArrowRight');
    expect(element.answers[questions[last].id]).to.equal('no');
    expect(result(element) !== null, 'a result is shown').to.be.true;
    await expectFocus(`radio ${radio(element, last, 'No').id}`);
    await press(element, 'ArrowRight');
    expect(element.answers[questions[last].id]).to.equal('not-sure');
    await expectFocus(`radio ${radio(element, last, 'Not sure').id}`);
    await settle();
    // Said once when the result appeared, and once more because it changed (nothing found, then tell your practitioner).
    expect(said.said).to.deep.equal([
      'Result: nothing to discuss first. Your answers show nothing you need to discuss before treatment',
      'Result: tell your practitioner. Tell your practitioner about this before treatment',
    ]);
    await press(element, 'ArrowLeft');
    await press(element, 'ArrowRight');
    await settle();
    // Back to "Not sure" through "No": the result changed twice, each said once; answers that keep the result say nothing.
    expect(said.said).to.have.length(4);
    await choose(element, 0, 'Not sure');
    await settle();
    expect(said.said).to.have.length(4);
    said.stop();
  });

  it('reads the result as a region after the questions, and Start again asks first, with focus always visible', async () => {
    const element = await render(states.discuss);
    const resultName = `Result: tell your practitioner. Tell your practitioner about this before treatment`;
    const order = readingOrder(element).filter(([role]) => ROLES.has(role));
    expect(order.slice(-4)).to.deep.equal([
      ['region', resultName],
      ['heading', resultName],
      ['button', 'Print your answers'],
      ['button', 'Start again'],
    ]);
    radio(element, last, 'No').focus();
    await tabTo(element, 'button Start again');
    await expectFocus('button Start again');
    await press(element, 'Enter');
    await expectFocus('confirm-reset');
    expect(textOf(deepActiveElement())).to.include('Do you want to clear all your answers and start again?');
    await tabTo(element, 'button No, keep my answers');
    await press(element, 'Enter');
    await expectFocus('button Start again');
    expect(element.outcome).to.equal('discuss');
    await press(element, 'Enter');
    await tabTo(element, 'button Yes, clear my answers');
    await press(element, 'Enter');
    expect(element.answers).to.deep.equal({});
    await expectFocus(`question ${groups(element)[0].fieldset.id}`);
  });

  it('sent incomplete: announces the error summary, focuses it, and each link leads to its question', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><dn-contraindication-check required name="screening"></dn-contraindication-check><button>Send</button></form>`,
    );
    const element = form.querySelector<DnContraindicationCheck>('dn-contraindication-check')!;
    await element.updateComplete;
    await choose(element, 0, 'No');
    form.querySelector('button')!.focus();
    await sendKeys({press: 'Enter'});
    await settle(); // the form's report may end a task later
    await element.updateComplete;
    await expectFocus('error-summary');
    const order = readingOrder(element).filter(([role]) => ROLES.has(role));
    expect(order.slice(0, 3)).to.deep.equal([
      ['heading', 'Before dry needling: a quick health check'],
      ['alert', ''],
      ['heading', 'There is a problem'],
    ]);
    await press(element, 'Tab');
    expect(focused()).to.equal(`link Answer the question: ${questions[1].question(en)}`);
    await press(element, 'Enter');
    await expectFocus(`radio ${radio(element, 1, 'Yes').id}`);
  });
});

describe('mode="step" with a keyboard and a screen reader', () => {
  it('reads one question with its progress, then Continue; Enter moves on with focus on the next question', async () => {
    const element = await render(states.step);
    const said = recordAnnouncements(element);
    await expectReadingOrder(element, [
      ['heading', 'Before dry needling: a quick health check'],
      ...questionEntries(questions[0], `Question 1 of ${questions.length} `),
      ['button', 'Continue'],
    ]);
    await press(element, 'Tab');
    while (!focused().startsWith('radio')) await press(element, 'Tab');
    await press(element, 'ArrowRight');
    await press(element, 'Enter');
    await expectFocus(`question ${groups(element)[0].fieldset.id}`);
    expect(groups(element)[0].name).to.include(`Question 2 of ${questions.length}`);
    await settle();
    expect(said.said).to.deep.equal([]);
    said.stop();
  });

  it('goes through every question, checks the answers, changes one, and shows the result only after "See your result"', async () => {
    const element = await render({name: 'step, answered', attributes: {mode: 'step'}, properties: {answers: answered()}});
    const said = recordAnnouncements(element);
    for (let i = 0; i < questions.length; i += 1) {
      radio(element, 0, 'No').focus();
      await press(element, 'Enter');
      if (i < last) await expectFocus(`question ${groups(element)[0].fieldset.id}`);
    }
    await expectFocus('check');
    expect(result(element) === null, 'no result is shown').to.be.true;
    const checkOrder = readingOrder(element).filter(([role]) => ROLES.has(role));
    expect(checkOrder.slice(0, 3)).to.deep.equal([
      ['heading', 'Before dry needling: a quick health check'],
      ['region', 'Check your answers'],
      ['heading', 'Check your answers'],
    ]);
    expect(checkOrder.slice(-2)).to.deep.equal([
      ['button', 'See your result'],
      ['button', 'Back'],
    ]);
    await tabTo(element, `link Change your answer to: ${questions[2].question(en)}`);
    await press(element, 'Enter');
    await expectFocus(`question ${groups(element)[0].fieldset.id}`);
    expect(groups(element)[0].name).to.include(questions[2].question(en));
    radio(element, 0, 'No').focus();
    await press(element, 'ArrowRight');
    await press(element, 'Enter');
    await expectFocus('check');
    await tabTo(element, 'button See your result');
    await settle();
    expect(said.said).to.deep.equal([]);
    await press(element, 'Enter');
    await expectFocus('result');
    expect(result(element)!.dataset.outcome).to.equal('discuss');
    await expectReadingOrder(element, [
      ['heading', 'Before dry needling: a quick health check'],
      ['region', 'Result: tell your practitioner. Tell your practitioner about this before treatment'],
      ['heading', 'Result: tell your practitioner. Tell your practitioner about this before treatment'],
      ['button', 'Print your answers'],
      ['button', 'Change your answers'],
      ['button', 'Start again'],
    ]);
    // Focus on the result is how step mode says it: the live region stays quiet.
    await settle();
    expect(said.said).to.deep.equal([]);
    await tabTo(element, 'button Change your answers');
    await press(element, 'Enter');
    await expectFocus('check');
    said.stop();
  });

  it('Continue without an answer: the summary names this question, and its link focuses it', async () => {
    const element = await render(states.step);
    await press(element, 'Tab');
    await tabTo(element, 'button Continue');
    await press(element, 'Enter');
    await expectFocus('error-summary');
    await press(element, 'Tab');
    expect(focused()).to.equal(`link Answer the question: ${questions[0].question(en)}`);
    await press(element, 'Enter');
    await expectFocus(`radio ${radio(element, 0, 'Yes').id}`);
    await press(element, 'ArrowRight');
    expect(errorSummary(element) === null, 'no error summary').to.be.true;
    await expectFocus(`radio ${radio(element, 0, 'No').id}`);
  });
});
