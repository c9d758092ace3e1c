import {VERSION} from './version.js';

type Versioned = CustomElementConstructor & {version?: string};

let warnedAboutVersions = false;

/**
 * Registers a custom element unless this page already has one under that name,
 * for example from a second copy of the bundle loaded by another plugin. When
 * that copy is another version, says so once: the first copy's elements are
 * the ones the page gets.
 */
export function defineElement(tagName: string, elementClass: Versioned): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tagName) as Versioned | undefined;
  if (!existing) {
    customElements.define(tagName, elementClass);
    return;
  }
  if (existing.version !== elementClass.version && !warnedAboutVersions) {
    warnedAboutVersions = true;
    console.warn(
      `dn-widgets ${elementClass.version ?? VERSION} was loaded on a page that already has dn-widgets ${existing.version ?? '(unknown version)'}; ` +
        `the page uses ${existing.version ?? 'the first'}. Load one copy of dn-widgets only.`,
    );
  }
}
