export function forShipping(code: string): string;
