import type {DnContraindicationCheck} from '../src/contraindication-check/dn-contraindication-check.js';
import {contraindicationCheckFixtures as states} from './fixtures/contraindication-check.js';
import type {Fixture} from './fixtures/fixture.js';
import {renderFixture, shadowAll, textOf} from './helpers.js';

/** What a user of <dn-contraindication-check> sees and hears, found the way they find it. */

export const render = (state: Fixture = states.empty) => renderFixture<DnContraindicationCheck>('dn-contraindication-check', state);

/** The question groups, as a screen reader lists them: each named by its legend. */
export function groups(element: Element): Array<{name: string; fieldset: HTMLFieldSetElement}> {
  return shadowAll<HTMLFieldSetElement>(element, 'fieldset').map((fieldset) => ({
    name: textOf(fieldset.querySelector('legend')),
    fieldset,
  }));
}

/** The question's text without step mode's "Question 1 of 16". */
export const questionText = (name: string) => name.replace(/^Question \d+ of \d+ /, '');

/** The radio labelled `label` in the group at `index` (the only one in step mode: 0). */
export function radio(element: Element, index: number, label: string): HTMLInputElement {
  const fieldset = groups(element)[index].fieldset;
  const labelElement = [...fieldset.querySelectorAll('label')].find((l) => textOf(l) === label);
  if (!labelElement) throw new Error(`no "${label}" in question ${index}`);
  return fieldset.querySelector<HTMLInputElement>(`#${labelElement.htmlFor}`)!;
}

/** Answers the question at `index` the way a patient does: by clicking the answer's label. */
export async function choose(element: DnContraindicationCheck, index: number, label: string): Promise<void> {
  const fieldset = groups(element)[index].fieldset;
  [...fieldset.querySelectorAll('label')].find((l) => textOf(l) === label)!.click();
  await element.updateComplete;
}

export function button(element: Element, label: string): HTMLButtonElement {
  const found = shadowAll<HTMLButtonElement>(element, 'button').find((b) => textOf(b) === label);
  if (!found) throw new Error(`no button "${label}"; buttons: ${shadowAll(element, 'button').map(textOf).join(', ')}`);
  return found;
}

export async function click(element: DnContraindicationCheck, target: HTMLElement): Promise<void> {
  target.click();
  await element.updateComplete;
}

export const result = (element: Element) => element.shadowRoot!.querySelector<HTMLElement>('[part~="result"]');
export const errorSummary = (element: Element) => element.shadowRoot!.querySelector<HTMLElement>('[part~="error-summary"]');
export const liveRegion = (element: Element) => element.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;

export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * An element as a short description ("button Continue", "fieldset q-…"), so a
 * failed assertion prints something readable instead of a whole element.
 */
export function describe_(element: Element | null): string {
  if (!element) return 'nothing';
  const part = element.getAttribute('part');
  if (element instanceof HTMLInputElement) return `radio ${element.id}`;
  if (element.localName === 'button') return `button ${textOf(element)}`;
  if (element.localName === 'a') return `link ${textOf(element)}`;
  if (element.localName === 'fieldset') return `question ${element.id}`;
  return part ? `${part}` : `${element.localName}${element.id ? `#${element.id}` : ''}`;
}

export const focused = () => describe_(deepActiveElement());

export async function answerAll(element: DnContraindicationCheck, label = 'No'): Promise<void> {
  for (let index = 0; index < groups(element).length; index += 1) await choose(element, index, label);
}

/** Records what the polite live region says: each change of its text. */
export function recordAnnouncements(element: Element): {said: string[]; stop(): void} {
  const region = liveRegion(element);
  const said: string[] = [];
  let last = textOf(region);
  const observer = new MutationObserver(() => {
    const now = textOf(region);
    if (now !== last && now !== '') said.push(now);
    last = now;
  });
  observer.observe(region, {childList: true, characterData: true, subtree: true});
  return {
    said,
    stop: () => {
      observer.takeRecords();
      observer.disconnect();
    },
  };
}

/** Lets the live-region observer run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve));
