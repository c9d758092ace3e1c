const warned = new WeakMap<Element, Set<string>>();

/**
 * Tells the page author about a bad input once per element, however often the
 * element re-renders with it.
 */
export function warnOnce(element: Element, message: string): void {
  const said = warned.get(element) ?? new Set<string>();
  warned.set(element, said);
  if (said.has(message)) return;
  said.add(message);
  console.warn(`<${element.localName}> ${message}`);
}
