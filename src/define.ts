/**
 * Registers a custom element unless this page already has one under that name,
 * for example from a second copy of the bundle loaded by another plugin.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tagName)) return;
  customElements.define(tagName, elementClass);
}
