export function readMessageIds(dir: string): string[];
export function shortIds(ids: readonly string[]): Map<string, string>;
export function shortenOptionIds(code: string, short: ReadonlyMap<string, string>): string;
export function shortenGeneratedKeys(code: string, short: ReadonlyMap<string, string>): string;
