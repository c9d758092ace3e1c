import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {runtimeMsg} from '@lit/localize/internal/runtime-msg.js';
import type {Msg} from '../content/text.js';
import {warnOnce} from '../internal/warn.js';
import {isTargetLocale, loadTemplates, matchLocale, sourceLocale, type Locale, type Templates} from './locales.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The element whose `lang` applies: the element itself or its nearest ancestor with one, crossing shadow roots. */
function elementWithLanguage(element: Element): Element | undefined {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

function browserLocale(): Locale {
  for (const tag of navigator.languages ?? []) {
    const locale = matchLocale(tag);
    if (locale) return locale;
  }
  return sourceLocale;
}

const connected = new Set<LocaleController>();
/** Locales whose translations failed to load: said once per page, not once per element. */
const failedLocales = new Set<Locale>();
const observedRoots = new WeakSet<Node>();
let langObserver: MutationObserver | undefined;

/**
 * Re-resolves every element's language when a `lang` attribute changes in the
 * document or in any shadow root that contains an element.
 */
function followLangChanges(element: Element): void {
  langObserver ??= new MutationObserver(() => connected.forEach((controller) => controller.resolve()));
  let root: Node = element.getRootNode();
  for (;;) {
    const target = root instanceof Document ? root.documentElement : root;
    if (!observedRoots.has(target)) {
      observedRoots.add(target);
      langObserver.observe(target, {attributes: true, attributeFilter: ['lang'], subtree: true});
    }
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
}

/**
 * Gives one element its own language, independent of any other element and of
 * @lit/localize's page-wide locale, which this library never configures: a
 * host page that uses @lit/localize itself keeps full control of it.
 */
export class LocaleController implements ReactiveController {
  /** The locale the element renders in. */
  locale: Locale = sourceLocale;
  /** Settles when the element's locale is loaded (or has fallen back to English). */
  loaded: Promise<void> = Promise.resolve();

  private templates: Templates | undefined;
  private requested: Locale | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  readonly msg = ((template, options) => runtimeMsg(this.templates, template, options)) as Msg;

  hostConnected(): void {
    connected.add(this);
    followLangChanges(this.host);
    this.resolve();
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  resolve(): void {
    const declared = elementWithLanguage(this.host)?.getAttribute('lang')?.trim() || undefined;
    let locale = declared === undefined ? browserLocale() : matchLocale(declared);
    if (locale === undefined) {
      warnOnce(this.host, `has no translation for lang="${declared}"; it is shown in English.`);
      locale = sourceLocale;
    }
    if (locale !== this.requested) this.loaded = this.load(locale);
  }

  private async load(wanted: Locale): Promise<void> {
    this.requested = wanted;
    let locale = wanted;
    let templates: Templates | undefined;
    if (isTargetLocale(wanted)) {
      try {
        templates = await loadTemplates(wanted);
      } catch (error) {
        if (!failedLocales.has(wanted)) {
          failedLocales.add(wanted);
          console.warn(`dn-widgets could not load its "${wanted}" translations (${String(error)}); those elements are shown in English.`);
        }
        locale = sourceLocale;
      }
    }
    if (this.requested !== wanted) return; // the language changed again while this one loaded
    this.templates = templates;
    this.locale = locale;
    this.host.requestUpdate();
  }
}
