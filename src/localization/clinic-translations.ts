import type {ClinicTranslation} from '../config/config.js';
import type {Templates} from './locales.js';

type Template = Templates[string];

/** How many placeholders a message has, from a library translation of it. */
function placeholders(template: Template): number {
  return typeof template === 'string' ? 0 : template.values.length;
}

/**
 * A clinic's translation as templates @lit/localize's runtime understands:
 * "Call {0} now" becomes strings and placeholder indices, as lit-localize
 * builds them. `reference` is any complete library translation: it gives
 * every message id and its number of placeholders; `publicId` names an id as
 * the clinic's file does. A message that is missing, or whose placeholders do
 * not match, makes the translation incomplete.
 */
export function compileClinicTranslation(
  reference: Templates,
  translation: ClinicTranslation,
  publicId: (id: string) => string = (id) => id,
): {templates: Templates; missing: string[]; invalid: string[]} {
  const templates: Record<string, Template> = {};
  const missing: string[] = [];
  const invalid: string[] = [];
  for (const [id, template] of Object.entries(reference)) {
    const text = translation.messages[publicId(id)];
    if (typeof text !== 'string' || text.trim() === '') {
      missing.push(publicId(id));
      continue;
    }
    const parts = text.split(/\{(\d+)\}/);
    const strings = parts.filter((_, index) => index % 2 === 0);
    const values = parts.filter((_, index) => index % 2 === 1).map(Number);
    const expected = placeholders(template);
    const everyOnce = values.length === expected && [...values].sort((a, b) => a - b).every((value, index) => value === index);
    if (!everyOnce) {
      invalid.push(publicId(id));
      continue;
    }
    templates[id] =
      expected === 0 ? text : ({strTag: true, strings: Object.assign(strings, {raw: strings}), values} as unknown as Template);
  }
  return {templates, missing, invalid};
}
