/**
 * A complete clinic translation as a clinic writes it, named by the public
 * message ids of the XLIFF files: every message is "[pl] " and its id, with
 * the placeholders of the library's translation ("[pl] tier.emergency.heading {0}").
 */
export async function completeClinicTranslation(): Promise<Record<string, string>> {
  const {templates} = await import('../src/generated/locales/es.js');
  return Object.fromEntries(
    Object.entries(templates).map(([id, template]) => {
      const count = typeof template === 'string' ? 0 : (template as {values: number[]}).values.length;
      return [id, `[pl] ${id}${Array.from({length: count}, (_, index) => ` {${index}}`).join('')}`];
    }),
  );
}
