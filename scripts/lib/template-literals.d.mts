export function minifyCss(text: string, options?: {piece?: boolean}): string;
export function minifyMarkup(text: string): string;
export function minifyTemplateLiterals(code: string): string;
