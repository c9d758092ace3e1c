import {fixture} from '@open-wc/testing';
import {createFixtureElement, type Fixture} from './fixtures/fixture.js';
import type {DnElement} from '../src/base/dn-element.js';

/** Puts a fixture's element in the page and waits until it has rendered in its language. */
export async function renderFixture<T extends DnElement>(tagName: string, state: Fixture): Promise<T> {
  const element = (await fixture(createFixtureElement(tagName, state))) as T;
  await element.updateComplete;
  if (state.act) {
    await state.act(element);
    await element.updateComplete;
  }
  return element;
}

/** The text of a node, as a reader sees and hears it: white space folded. */
export function textOf(node: Node | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The text in the element's shadow root, or in the part of it that `selector` picks. */
export function shadowText(element: Element, selector?: string): string {
  const root = element.shadowRoot!;
  return textOf(selector ? root.querySelector(selector) : root);
}

export function shadowAll<T extends Element = HTMLElement>(element: Element, selector: string): T[] {
  return [...element.shadowRoot!.querySelectorAll<T>(selector)];
}

/** Records console warnings for the duration of a test. */
export function captureWarnings(): {messages: string[]; restore(): void} {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {messages, restore: () => (console.warn = original)};
}
