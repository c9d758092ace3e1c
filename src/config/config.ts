/**
 * The clinic's configuration, as plain data: what a page sets once with
 * `configure()` or a `<dn-config>` element, and what every element reads.
 * Validation is a pure function: bad values are dropped with a warning, so a
 * mistake never blanks a widget.
 */

export type Theme = 'light' | 'dark' | 'auto';
export const themes: readonly Theme[] = ['light', 'dark', 'auto'];

/** The words a clinic may change: what the clinician is called, and what a visit is called. */
export type TermKey = 'practitioner' | 'session';
export const termKeys: readonly TermKey[] = ['practitioner', 'session'];

/** One of the clinic's own intake questions, with its text in each language the clinic supports. */
export interface ClinicQuestion {
  /** Lower-case letters, digits and hyphens; submitted under this id. */
  id: string;
  /** The question by language tag ("en", "es"); the first one is the fallback. */
  text: Readonly<Record<string, string>>;
}

/** A language the library does not ship, supplied by the clinic: every message id, translated. */
export interface ClinicTranslation {
  /** The language's own name, for the clinic's records ("Polski"). */
  name?: string;
  /** Message id → text, with {0}, {1} where the English has placeholders. */
  messages: Readonly<Record<string, string>>;
}

export interface DnConfig {
  /** ISO 3166-1 alpha-2 code ("GB", or "GB-NIR"): the emergency number and urgent-advice line. */
  region?: string;
  clinicName?: string;
  clinicPhone?: string;
  /** The clinic's out-of-hours arrangements, as plain text. */
  afterHours?: string;
  /** The clinic's website (https). */
  website?: string;
  /** Where patients book a session (https). */
  bookingUrl?: string;
  theme?: Theme;
  /** The clinic's own clinical reviewer of the content, and the ISO 8601 date of that review. */
  reviewedBy?: string;
  reviewedOn?: string;
  /** The clinic uses electrical stimulation (e-stim) through the needles. */
  eStim?: boolean;
  /**
   * Per language: the clinic's words for the named terms, e.g.
   * {en: {practitioner: 'physiotherapist', session: 'appointment'}}; where a
   * language has several forms, one word per form ({Therapeut: …, Therapeuten: …}).
   */
  terms?: Readonly<Record<string, Partial<Record<TermKey, string | Readonly<Record<string, string>>>>>>;
  /** The clinic's own questions, added to the pre-treatment check; "yes" or "not sure" means "discuss". */
  questions?: readonly ClinicQuestion[];
  /** Languages the library does not ship, by language tag. */
  translations?: Readonly<Record<string, ClinicTranslation>>;
}

export type TextSetting = 'region' | 'clinicName' | 'clinicPhone' | 'afterHours' | 'website' | 'bookingUrl' | 'reviewedBy' | 'reviewedOn';
const textSettings: readonly TextSetting[] = [
  'region',
  'clinicName',
  'clinicPhone',
  'afterHours',
  'website',
  'bookingUrl',
  'reviewedBy',
  'reviewedOn',
];

const MAX_TEXT = 500;
const QUESTION_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An https address, or undefined: a configured link never runs script or leaves https. */
export function safeUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The valid part of a configuration, and one warning per problem. */
export function validateConfig(input: unknown): {config: DnConfig; warnings: string[]} {
  const warnings: string[] = [];
  if (!isRecord(input)) {
    if (input !== undefined && input !== null) warnings.push('the configuration must be an object; it is ignored.');
    return {config: {}, warnings};
  }
  const known = new Set<string>([...textSettings, 'theme', 'eStim', 'terms', 'questions', 'translations']);
  const unknown = Object.keys(input).filter((key) => !known.has(key));
  if (unknown.length > 0) warnings.push(`unknown settings are ignored: ${unknown.map((key) => JSON.stringify(key)).join(', ')}.`);

  const config: {-readonly [K in keyof DnConfig]: DnConfig[K]} = {};
  for (const key of textSettings) {
    const value = input[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' || value.length > MAX_TEXT) {
      warnings.push(`${key} must be text of at most ${MAX_TEXT} characters; it is ignored.`);
      continue;
    }
    if ((key === 'website' || key === 'bookingUrl') && !safeUrl(value)) {
      warnings.push(`${key} must be an https:// address; it is ignored.`);
      continue;
    }
    config[key] = value;
  }
  if (input.theme !== undefined) {
    if (themes.includes(input.theme as Theme)) config.theme = input.theme as Theme;
    else warnings.push('theme must be "light", "dark" or "auto"; it is ignored.');
  }
  if (input.eStim !== undefined) {
    if (typeof input.eStim === 'boolean') config.eStim = input.eStim;
    else warnings.push('eStim must be true or false; it is ignored.');
  }
  if (input.terms !== undefined) config.terms = validateTerms(input.terms, warnings);
  if (input.questions !== undefined) config.questions = validateQuestions(input.questions, warnings);
  if (input.translations !== undefined) config.translations = validateTranslations(input.translations, warnings);
  return {config, warnings};
}

function validateTerms(input: unknown, warnings: string[]): DnConfig['terms'] {
  if (!isRecord(input)) {
    warnings.push('terms must be an object of languages, e.g. {en: {practitioner: "physiotherapist"}}; it is ignored.');
    return undefined;
  }
  const terms: Record<string, Partial<Record<TermKey, string | Record<string, string>>>> = {};
  for (const [language, words] of Object.entries(input)) {
    if (!LANGUAGE_TAG.test(language) || !isRecord(words)) {
      warnings.push(`terms.${language} must be an object of words for a language tag; it is ignored.`);
      continue;
    }
    for (const [key, word] of Object.entries(words)) {
      if (!termKeys.includes(key as TermKey)) {
        warnings.push(
          `terms.${language}.${key} cannot be changed: only ${termKeys.join(' and ')} can. Clinical wording (signs, tiers, questions, results, figures) stays as reviewed.`,
        );
        continue;
      }
      const isWord = (value: unknown) => typeof value === 'string' && value.trim() !== '' && value.length <= 60;
      if (isWord(word)) (terms[language] ??= {})[key as TermKey] = (word as string).trim();
      else if (isRecord(word) && Object.values(word).every(isWord))
        (terms[language] ??= {})[key as TermKey] = word as Record<string, string>;
      else warnings.push(`terms.${language}.${key} must be a word or short phrase (or one per form); it is ignored.`);
    }
  }
  return terms;
}

function validateQuestions(input: unknown, warnings: string[]): readonly ClinicQuestion[] | undefined {
  if (!Array.isArray(input)) {
    warnings.push('questions must be a list of {id, text}; they are ignored.');
    return undefined;
  }
  const questions: ClinicQuestion[] = [];
  const seen = new Set<string>();
  for (const [index, question] of input.entries()) {
    const where = `questions[${index}]`;
    if (!isRecord(question) || typeof question.id !== 'string' || !QUESTION_ID.test(question.id)) {
      warnings.push(`${where} needs an id of lower-case letters, digits and hyphens; it is left out.`);
      continue;
    }
    if (seen.has(question.id)) {
      warnings.push(`${where}: the id "${question.id}" is already used; it is left out.`);
      continue;
    }
    if (!isRecord(question.text)) {
      warnings.push(`${where} ("${question.id}") needs its text by language, e.g. {en: "…"}; it is left out.`);
      continue;
    }
    const text = Object.fromEntries(
      Object.entries(question.text).filter(
        ([language, value]) => LANGUAGE_TAG.test(language) && typeof value === 'string' && value.trim() !== '' && value.length <= MAX_TEXT,
      ),
    ) as Record<string, string>;
    if (Object.keys(text).length === 0) {
      warnings.push(`${where} ("${question.id}") has no text in any language; it is left out.`);
      continue;
    }
    seen.add(question.id);
    questions.push({id: question.id, text});
  }
  return questions;
}

function validateTranslations(input: unknown, warnings: string[]): DnConfig['translations'] {
  if (!isRecord(input)) {
    warnings.push('translations must be an object of languages; they are ignored.');
    return undefined;
  }
  const translations: Record<string, ClinicTranslation> = {};
  for (const [language, translation] of Object.entries(input)) {
    if (!LANGUAGE_TAG.test(language) || !isRecord(translation) || !isRecord(translation.messages)) {
      warnings.push(`translations.${language} must be {messages: {id: text}} for a language tag; it is ignored.`);
      continue;
    }
    const messages = Object.fromEntries(Object.entries(translation.messages).filter(([, text]) => typeof text === 'string')) as Record<
      string,
      string
    >;
    translations[language] = {name: typeof translation.name === 'string' ? translation.name : undefined, messages};
  }
  return translations;
}

/** The first value that is set, from the most specific source to the least. */
export function firstSet<T>(...values: ReadonlyArray<T | undefined>): T | undefined {
  return values.find((value) => value !== undefined && value !== '');
}

/**
 * The text of a clinic question in `locale`: that language, else its base
 * language ("es" for "es-MX"), else the clinic's first language.
 */
export function clinicQuestionText(question: ClinicQuestion, locale: string): {text: string; fallback: boolean} {
  const languages = Object.keys(question.text);
  const base = locale.split('-')[0].toLowerCase();
  const match =
    languages.find((language) => language.toLowerCase() === locale.toLowerCase()) ??
    languages.find((language) => language.split('-')[0].toLowerCase() === base);
  return match ? {text: question.text[match], fallback: false} : {text: question.text[languages[0]], fallback: true};
}
