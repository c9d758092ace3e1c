import {expect, fixture} from '@open-wc/testing';
import type {LitElement} from 'lit';
import '../src/index.js';
import {captureWarnings} from './helpers.js';

const TAGS = ['dn-red-flags', 'dn-side-effects', 'dn-aftercare', 'dn-contraindication-check'] as const;

const HOSTILE_STRINGS = [
  '<img src=x onerror="window.__dnHostile=1">',
  '"><svg onload="window.__dnHostile=1">',
  '<script>window.__dnHostile=1</script>',
  'javascript:window.__dnHostile=1',
  '__proto__',
  'constructor',
  'toString',
  '',
  '   ',
  '\u202Eevil\u0000',
  '-1',
  '1e309',
  'NaN',
  '{"outcome":"clear"}',
  'A'.repeat(100_000),
];

const WRONG_TYPES: unknown[] = [42, {}, ['soreness'], null, true, Number.NaN];

/** Valid attributes an element needs to render without a warning of its own. */
const BASELINE: Record<string, Record<string, string>> = {'dn-red-flags': {region: 'GB'}};

type Element_ = LitElement & Record<string, unknown>;

async function expectStillSafe(element: Element_, warnings: string[], label: string): Promise<void> {
  await element.updateComplete;
  element.requestUpdate();
  await element.updateComplete;
  const root = element.shadowRoot!;
  expect((window as {__dnHostile?: unknown}).__dnHostile, label).to.equal(undefined);
  expect(root.querySelector('img, script, svg[onload], [onerror]'), label).to.equal(null);
  expect(root.textContent, label).to.include('This is general information, not medical advice.');
  expect(root.querySelector('[part="title"]')!.textContent!.trim().length, label).to.be.greaterThan(0);
  expect(warnings.length, `${label}: ${warnings.join(' | ')}`).to.be.at.most(1);
}

describe('hostile and malformed input', () => {
  let errors: string[];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(String('message' in event ? event.message : event.reason));
  let warnings: ReturnType<typeof captureWarnings>;

  beforeEach(() => {
    errors = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    expect(errors, 'no exception reaches the page').to.deep.equal([]);
  });

  for (const tag of TAGS) {
    const elementClass = customElements.get(tag) as unknown as typeof LitElement & {observedAttributes: string[]};
    const attributes = [...elementClass.observedAttributes, 'lang'];
    const properties = [...elementClass.elementProperties.entries()].filter(([, options]) => !options.state).map(([name]) => String(name));

    for (const attribute of attributes) {
      it(`<${tag} ${attribute}> survives hostile strings`, async () => {
        for (const value of HOSTILE_STRINGS) {
          warnings.messages.length = 0;
          const element = document.createElement(tag) as unknown as Element_;
          for (const [name, valid] of Object.entries(BASELINE[tag] ?? {})) element.setAttribute(name, valid);
          element.setAttribute(attribute, value);
          await fixture(element);
          await expectStillSafe(element, warnings.messages, `${attribute}=${JSON.stringify(value.slice(0, 30))}`);
        }
      });
    }

    for (const property of properties) {
      it(`<${tag}>.${property} survives wrong types`, async () => {
        for (const value of WRONG_TYPES) {
          warnings.messages.length = 0;
          const element = document.createElement(tag) as unknown as Element_;
          for (const [name, valid] of Object.entries(BASELINE[tag] ?? {})) element.setAttribute(name, valid);
          await fixture(element);
          element[property] = value;
          await expectStillSafe(element, warnings.messages, `${property}=${JSON.stringify(value)}`);
        }
      });
    }
  }
});
