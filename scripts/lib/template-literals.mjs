// Lit templates ship as written: the indentation of every html`` and the
// whitespace and layout of every css`` travel to each patient's phone. This
// shrinks them in built JavaScript (never in the source, which stays
// readable): in html`` and svg``, a run of whitespace across lines becomes one
// space, which renders the same; css`` loses comments and the spaces CSS does
// not need. Quoted strings in CSS and ${…} expressions are left alone.
import {parse} from 'acorn';
import MagicString from 'magic-string';

const MARKUP_TAGS = new Set(['html', 'svg', 'staticHtml']);

/**
 * Minimal CSS: no comments, no spaces around { } ; , > or after :, no ; before }.
 * A piece between ${…} expressions keeps one space at its ends (`solid ${colour}`).
 */
export function minifyCss(text, {piece = false} = {}) {
  const kept = [];
  // Private-use characters mark the kept strings: CSS never contains them.
  const keep = (match) => `\uE000${kept.push(match) - 1}\uE001`;
  return text
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, keep)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(piece ? /$^/ : /^ | $/g, '')
    .replace(/\uE000(\d+)\uE001/g, (_match, index) => kept[Number(index)]);
}

/** Markup with each run of whitespace that spans lines as one space. */
export const minifyMarkup = (text) => text.replace(/\s*\n\s*/g, ' ');

function tagName(tag) {
  if (tag.type === 'Identifier') return tag.name;
  if (tag.type === 'MemberExpression' && !tag.computed) return tag.property.name;
  return undefined;
}

function visit(node, callback) {
  if (!node || typeof node.type !== 'string') return;
  callback(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) visit(child, callback);
    else if (value && typeof value.type === 'string') visit(value, callback);
  }
}

/** JavaScript with its css``, html`` and svg`` templates minified, or the same code when it has none. */
export function minifyTemplateLiterals(code) {
  if (!/\b(?:css|html|svg|staticHtml)\s*`/.test(code)) return code;
  const output = new MagicString(code);
  const program = parse(code, {ecmaVersion: 'latest', sourceType: 'module'});
  visit(program, (node) => {
    if (node.type !== 'TaggedTemplateExpression') return;
    const name = tagName(node.tag);
    const minify = name === 'css' ? minifyCss : MARKUP_TAGS.has(name) ? minifyMarkup : undefined;
    if (!minify) return;
    const {quasis} = node.quasi;
    for (const quasi of quasis) {
      if (quasi.start === quasi.end) continue;
      const text = minify(quasi.value.raw, {piece: quasis.length > 1});
      if (text === '') output.remove(quasi.start, quasi.end);
      else if (text !== quasi.value.raw) output.overwrite(quasi.start, quasi.end, text);
    }
  });
  return output.toString();
}
