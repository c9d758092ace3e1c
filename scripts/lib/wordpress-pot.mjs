// A gettext template (.pot) of the WordPress plugin's own strings: its admin
// screens, the block editor's controls, block.json and the plugin header.
// (wp-cli's `wp i18n make-pot` does this too, but wp-cli is not packaged in
// Debian.) Patient text is not here: it comes translated from the elements.
import {readFileSync, readdirSync} from 'node:fs';
import {join, relative} from 'node:path';

const FUNCTIONS = ['__', '_e', 'esc_html__', 'esc_html_e', 'esc_attr__', 'esc_attr_e'];

/** A JavaScript or PHP string literal's value (single or double quoted). */
function unquote(literal) {
  const quote = literal[0];
  return literal.slice(1, -1).replace(new RegExp(`\\\\([\\\\${quote}])`, 'g'), '$1');
}

const potString = (text) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

function filesIn(dir, extensions) {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && extensions.some((extension) => entry.name.endsWith(extension)))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/** Every translatable string of the plugin in `root`, with where it is and its translator note. */
export function extractStrings(root, domain) {
  const entries = new Map();
  const add = (text, reference, {context, comment} = {}) => {
    const key = `${context ?? ''}\u0004${text}`;
    const entry = entries.get(key) ?? {text, context, references: [], comments: new Set()};
    entry.references.push(reference);
    if (comment) entry.comments.add(comment);
    entries.set(key, entry);
  };
  const literal = String.raw`('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")`;
  const call = new RegExp(String.raw`\b(${FUNCTIONS.join('|')})\(\s*${literal}\s*,\s*${literal}`, 'g');
  for (const file of filesIn(root, ['.php', '.js'])) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(call)) {
      if (unquote(match[3]) !== domain) continue;
      const line = source.slice(0, match.index).split('\n').length;
      const before = source.slice(0, match.index).split('\n').slice(-3).join('\n');
      const note = /\/\*\s*translators:\s*([\s\S]*?)\*\/\s*$/.exec(before.replace(/\n\s*(?:\$\w+\s*=\s*|return\s+|sprintf\(\s*)*$/, ''));
      add(unquote(match[2]), `${relative(root, file)}:${line}`, {comment: note ? `translators: ${note[1].trim()}` : undefined});
    }
  }
  for (const file of filesIn(join(root, 'blocks'), ['block.json'])) {
    const block = JSON.parse(readFileSync(file, 'utf8'));
    const reference = relative(root, file);
    add(block.title, reference, {context: 'block title'});
    add(block.description, reference, {context: 'block description'});
    for (const keyword of block.keywords ?? []) add(keyword, reference, {context: 'block keyword'});
  }
  const header = readFileSync(join(root, `${domain}.php`), 'utf8');
  for (const field of ['Plugin Name', 'Description', 'Author']) {
    const value = new RegExp(`\\* ${field}:\\s*(.+)`).exec(header)?.[1].trim();
    if (value) add(value, `${domain}.php`, {comment: `${field} of the plugin`});
  }
  return [...entries.values()];
}

export function potFile(entries, {name, version}) {
  const lines = [
    `# Translation template of the ${name} WordPress plugin.`,
    'msgid ""',
    'msgstr ""',
    `"Project-Id-Version: ${name} ${version}\\n"`,
    '"MIME-Version: 1.0\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"',
    '"X-Domain: dn-widgets\\n"',
    '',
  ];
  for (const entry of entries) {
    for (const comment of entry.comments) lines.push(`#. ${comment}`);
    lines.push(`#: ${entry.references.join(' ')}`);
    if (entry.context) lines.push(`msgctxt ${potString(entry.context)}`);
    lines.push(`msgid ${potString(entry.text)}`, 'msgstr ""', '');
  }
  return lines.join('\n');
}
