import {ReactiveElement, render, type PropertyValues} from 'lit';
import {DnElement} from './dn-element.js';

/** Where an element sits under `root`: its position among its parent's element children, at each level. */
function positionIn(root: ParentNode, element: Element): number[] | undefined {
  const position: number[] = [];
  for (let node = element; ;) {
    const parent = node.parentNode;
    if (!parent) return undefined;
    position.unshift(Array.prototype.indexOf.call(parent.children, node));
    if (parent === root) return position;
    if (!(parent instanceof Element)) return undefined;
    node = parent;
  }
}

/** The element at `position` under `root`, if it is the same kind of element. */
function atPosition(root: ParentNode, position: number[], localName: string): Element | undefined {
  let node: ParentNode | undefined = root;
  for (const index of position) node = node?.children[index];
  return node instanceof Element && node.localName === localName ? node : undefined;
}

// LitElement's update() renders into the shadow root and keeps the part; the one below it, ReactiveElement's,
// reflects attributes and marks the update done, which this element still needs.
const updateReactiveElement = ReactiveElement.prototype['update' as keyof ReactiveElement] as (changed: PropertyValues) => void;

/**
 * An element the patient reads rather than operates: no control inside it
 * changes what it shows, only its attributes, its configuration and its
 * language do, and rarely. Each update renders it anew into a fresh fragment
 * and swaps it in, so it keeps no Lit parts between updates: most of an
 * element's memory is those parts, one or more for each sentence, and this
 * content has hundreds of sentences. Disclosures the reader opened stay open,
 * and focus stays where it was, when the structure is the same.
 *
 * Its templates must not bind events (`@click`): a listener would keep every
 * part alive. Listen on the shadow root instead.
 */
export abstract class DnContentElement extends DnElement {
  private rendered: ChildNode[] = [];

  protected override update(changed: PropertyValues): void {
    const template = this.render();
    updateReactiveElement.call(this, changed);
    const fragment = document.createDocumentFragment();
    render(template, fragment, {host: this});
    const root = this.renderRoot;
    const focused = (root as ShadowRoot).activeElement;
    const focusedAt = focused ? positionIn(root, focused) : undefined;
    const opened = [...root.querySelectorAll('details[open]')].map((details) => positionIn(root, details));
    const nodes = [...fragment.childNodes];
    this.rendered.forEach((node) => node.remove());
    root.append(fragment);
    this.rendered = nodes;
    for (const position of opened) {
      const details = position && atPosition(root, position, 'details');
      if (details) (details as HTMLDetailsElement).open = true;
    }
    if (focused && focusedAt) {
      const target = atPosition(root, focusedAt, focused.localName);
      (target as HTMLElement | undefined)?.focus({preventScroll: true});
    }
  }
}
