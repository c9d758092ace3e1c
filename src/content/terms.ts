import type {TermKey} from '../config/config.js';

/**
 * The words the library's own text uses for the terms a clinic may change, in
 * each language, base form first. A clinic's word replaces them wherever they
 * stand as whole words; where a language uses several forms, the clinic gives
 * one word per form. Languages that attach these words to others (Arabic), or
 * use the same word for something clinical (Chinese 治疗, "treatment"), are
 * left out for that term: a replacement there could change clinical wording.
 */
export const libraryTermForms: Readonly<Record<string, Partial<Record<TermKey, readonly string[]>>>> = {
  en: {practitioner: ['practitioner'], session: ['session', 'sessions']},
  de: {practitioner: ['Therapeut', 'Therapeuten'], session: ['Sitzung', 'Sitzungen']},
  es: {practitioner: ['profesional de la salud'], session: ['sesión', 'sesiones']},
  fr: {practitioner: ['praticien'], session: ['séance', 'séances']},
  'pt-BR': {practitioner: ['profissional de saúde'], session: ['sessão', 'sessões']},
  vi: {practitioner: ['chuyên viên trị liệu'], session: ['buổi điều trị']},
  'zh-Hans': {practitioner: ['治疗师']},
  ar: {},
};

/** A clinic's word for a term: one word for the base form, or one per form ({Therapeut: …, Therapeuten: …}). */
export type TermWords = string | Readonly<Record<string, string>>;

/** Form → replacement for one term in one language; English plurals follow the clinic's word. */
export function termReplacements(locale: string, key: TermKey, words: TermWords): {replacements: Map<string, string>; problems: string[]} {
  const forms = libraryTermForms[locale]?.[key] ?? [];
  const replacements = new Map<string, string>();
  const problems: string[] = [];
  if (forms.length === 0) {
    problems.push(
      `"${key}" cannot be changed in "${locale}": the library's ${locale} text has no separate word for it that is safe to replace.`,
    );
    return {replacements, problems};
  }
  if (typeof words === 'string') {
    replacements.set(forms[0], words);
    if (locale === 'en' && forms[1]) replacements.set(forms[1], /(s|x|z|ch|sh)$/.test(words) ? `${words}es` : `${words}s`);
    else if (forms.length > 1) {
      problems.push(
        `"${key}" in "${locale}" has ${forms.length} forms (${forms.join(', ')}); give one word for each, e.g. {${forms.map((form) => `"${form}": "…"`).join(', ')}}. Only "${forms[0]}" is replaced.`,
      );
    }
  } else {
    for (const form of forms) {
      if (typeof words[form] === 'string' && words[form].trim()) replacements.set(form, words[form].trim());
      else problems.push(`"${key}" in "${locale}" has no word for the form "${form}"; it is left as it is.`);
    }
  }
  return {replacements, problems};
}

const letter = /\p{L}/u;
const capitalize = (word: string) => word.charAt(0).toLocaleUpperCase() + word.slice(1);

/** The text with each form replaced where it stands as a whole word, keeping a capital at the start of a sentence. */
export function replaceTerms(text: string, replacements: ReadonlyMap<string, string>): string {
  let result = text;
  // Longest first, so "sessions" is not read as "session" + "s".
  for (const [form, word] of [...replacements].sort(([a], [b]) => b.length - a.length)) {
    for (const [from, to] of [
      [form, word],
      [capitalize(form), capitalize(word)],
    ]) {
      let index = result.indexOf(from);
      while (index !== -1) {
        const before = result[index - 1];
        const after = result[index + from.length];
        // Whole words only, in scripts that have word boundaries; Chinese has none to check.
        const whole =
          !letter.test(from.charAt(0)) ||
          /\p{Script=Han}/u.test(from) ||
          !((before && letter.test(before)) || (after && letter.test(after)));
        if (whole) {
          result = result.slice(0, index) + to + result.slice(index + from.length);
          index = result.indexOf(from, index + to.length);
        } else {
          index = result.indexOf(from, index + from.length);
        }
      }
    }
  }
  return result;
}
