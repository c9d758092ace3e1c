export function stripTranslatorNotes(code: string): string;
