/**
 * Each embedding scenario is a page of its own, in a frame: the first copy of
 * dn-widgets in a page registers the elements, so scenarios cannot share one.
 */

export type FrameWindow = Window & typeof globalThis & {dnWarnings: string[]; scriptError?: boolean};

/** Before anything else in a frame: records console warnings in `window.dnWarnings`. */
const recordWarnings = `<script>
  window.dnWarnings = [];
  const warn = console.warn;
  console.warn = (...args) => { window.dnWarnings.push(args.join(' ')); warn(...args); };
</script>`;

/** Opens `body` (HTML) in a new frame with a `<head>` of `head`, and resolves once the frame has loaded and its scripts have run. */
export async function openFrame(body: string, head = ''): Promise<FrameWindow> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${recordWarnings}${head}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as FrameWindow;
}

type Upgradable = HTMLElement & {updateComplete: Promise<boolean>};

/** The first element matching `selector` in the frame, once defined and rendered in its language; undefined if it never was defined. */
export async function rendered(frame: FrameWindow, selector: string): Promise<Upgradable | undefined> {
  const element = frame.document.querySelector<Upgradable>(selector)!;
  if (!frame.customElements.get(element.localName)) return undefined;
  await element.updateComplete;
  return element;
}

/** What the element shows, white space folded. */
export function shown(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

/** The language the element renders in. */
export function renderedLang(element: Element): string | undefined {
  return element.shadowRoot?.querySelector<HTMLElement>('[part="base"]')?.lang;
}

/** The URLs of the translation files the frame downloaded. */
export function translationsLoaded(frame: FrameWindow): string[] {
  return frame.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.includes('/locales/'));
}

/** The warnings that say a translation failed to load. */
export function translationWarnings(frame: FrameWindow): string[] {
  return frame.dnWarnings.filter((message) => message.includes('could not load its'));
}
