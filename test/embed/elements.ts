/** What the test pages read of an element found by id in their own document. */

/** The element's shadow root text, white space folded. */
export const text = (id: string): string => document.getElementById(id)!.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** Resolves once the element is defined and has rendered. */
export async function upgraded(id: string): Promise<void> {
  const element = document.getElementById(id) as HTMLElement & {updateComplete?: Promise<unknown>};
  await customElements.whenDefined(element.localName);
  await element.updateComplete;
}
