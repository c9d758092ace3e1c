// Writes vscode.html-custom-data.json (VS Code's HTML custom data) from
// custom-elements.json, so editors complete the elements and their attributes.
import {readFileSync, writeFileSync} from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);

/**
 * Quoted literals in a union type as suggested values, in either quote style:
 * TypeScript source writes 'full' | 'summary', which the manifest keeps as is.
 */
function values(type) {
  const literals = [...(type?.text ?? '').matchAll(/(["'])(.+?)\1/g)].map((match) => ({name: match[2]}));
  return literals.length > 0 ? {values: literals} : {};
}

const tags = declarations.map((element) => ({
  name: element.tagName,
  description: [element.summary, element.description].filter(Boolean).join('\n\n'),
  attributes: (element.attributes ?? []).map((attribute) => ({
    name: attribute.name,
    description: attribute.description ?? '',
    ...values(attribute.type),
  })),
}));

writeFileSync('vscode.html-custom-data.json', `${JSON.stringify({version: 1.1, tags}, null, 2)}\n`);
console.log(`vscode.html-custom-data.json: ${tags.length} elements`);
