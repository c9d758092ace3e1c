import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {runtimeMsg} from '@lit/localize/internal/runtime-msg.js';
import type {Msg} from '../content/text.js';
import {warnOnce} from '../internal/warn.js';
import type {ClinicTranslation} from '../config/config.js';
import {targetLocales} from '../generated/locale-codes.js';
import {compileClinicTranslation} from './clinic-translations.js';
import {isTargetLocale, loadTemplates, matchLocale, sourceLocale, type Locale, type Templates} from './locales.js';
import {loadPublicMessageId} from './locale-loaders.js';

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

type ClinicTranslations = Readonly<Record<string, ClinicTranslation>> | undefined;

/** The clinic's language for a tag: the same tag, else the same language ("pl" for "pl-PL"). */
function clinicLanguage(tag: string, translations: ClinicTranslations): string | undefined {
  const languages = Object.keys(translations ?? {});
  const base = tag.split('-')[0].toLowerCase();
  return (
    languages.find((language) => language.toLowerCase() === tag.toLowerCase()) ??
    languages.find((language) => language.split('-')[0].toLowerCase() === base)
  );
}

/** A language the element can speak: one of the clinic's (first), or one of the library's. */
type Choice = {kind: 'clinic'; language: string} | {kind: 'library'; locale: Locale};

function choose(tag: string, translations: ClinicTranslations): Choice | undefined {
  const clinic = clinicLanguage(tag, translations);
  if (clinic) return {kind: 'clinic', language: clinic};
  const locale = matchLocale(tag);
  return locale ? {kind: 'library', locale} : undefined;
}

function browserChoice(translations: ClinicTranslations): Choice {
  for (const tag of navigator.languages ?? []) {
    const choice = choose(tag, translations);
    if (choice) return choice;
  }
  return {kind: 'library', locale: sourceLocale};
}

/** Compiled clinic translations, each checked once. */
const compiled = new WeakMap<ClinicTranslation, ReturnType<typeof compileClinicTranslation>>();

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
  /** The locale the element renders in: one of the library's, or a language the clinic supplied. */
  locale: string = sourceLocale;
  /** Whether that language is the clinic's own translation. */
  clinicTranslation = false;
  /** Settles when the element's locale is loaded (or has fallen back to English). */
  loaded: Promise<void> = Promise.resolve();

  private templates: Templates | undefined;
  private requested: string | undefined;

  constructor(
    private readonly host: Host,
    /** The languages the clinic supplied, from the configuration. */
    private readonly clinicTranslations: () => ClinicTranslations,
  ) {
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
    const translations = this.clinicTranslations();
    let choice = declared === undefined ? browserChoice(translations) : choose(declared, translations);
    if (choice === undefined) {
      warnOnce(this.host, `has no translation for lang="${declared}"; it is shown in English.`);
      choice = {kind: 'library', locale: sourceLocale};
    }
    const key = choice.kind === 'clinic' ? `clinic:${choice.language}` : choice.locale;
    if (key === this.requested && (choice.kind === 'library' || this.loadedTranslation === translations?.[choice.language])) return;
    this.loaded =
      choice.kind === 'clinic' ? this.loadClinic(key, choice.language, translations![choice.language], declared) : this.load(choice.locale);
  }

  private loadedTranslation: ClinicTranslation | undefined;

  /**
   * A clinic's own language, checked against a library translation for
   * completeness. An incomplete one is refused, with a warning that lists
   * what is missing, and the element speaks its fallback language.
   */
  private async loadClinic(key: string, language: string, translation: ClinicTranslation, declared: string | undefined): Promise<void> {
    this.requested = key;
    this.loadedTranslation = translation;
    let result = compiled.get(translation);
    if (!result) {
      try {
        const [reference, publicId] = await Promise.all([loadTemplates(targetLocales[0]), loadPublicMessageId()]);
        result = compileClinicTranslation(reference, translation, publicId);
      } catch {
        result = {templates: {}, missing: ['(the library translation to check it against could not be loaded)'], invalid: []};
      }
      compiled.set(translation, result);
    }
    if (this.requested !== key) return;
    const {templates, missing, invalid} = result;
    if (missing.length > 0 || invalid.length > 0) {
      const list = (ids: string[]) => `${ids.slice(0, 12).join(', ')}${ids.length > 12 ? ` and ${ids.length - 12} more` : ''}`;
      warnOnce(
        this.host,
        `cannot use the clinic's "${language}" translation: ${[
          missing.length > 0 ? `${missing.length} messages are missing (${list(missing)})` : '',
          invalid.length > 0 ? `${invalid.length} have the wrong placeholders (${list(invalid)})` : '',
        ]
          .filter(Boolean)
          .join('; ')}. It is shown in its fallback language.`,
      );
      const fallback = (declared && matchLocale(declared)) || sourceLocale;
      await this.load(fallback);
      return;
    }
    this.templates = templates;
    this.locale = language;
    this.clinicTranslation = true;
    this.host.requestUpdate();
  }

  private async load(wanted: Locale): Promise<void> {
    this.requested = wanted;
    this.loadedTranslation = undefined;
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
    this.clinicTranslation = false;
    this.host.requestUpdate();
  }
}
