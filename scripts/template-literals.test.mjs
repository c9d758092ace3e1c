import assert from 'node:assert/strict';
import {test} from 'node:test';
import {minifyCss, minifyMarkup, minifyTemplateLiterals} from './lib/template-literals.mjs';

test('CSS loses comments and layout but keeps selectors, strings and calc() as they mean', () => {
  const css = `
    /* a note */
    :host :focus-visible,
    a > b {
      content: '  two  spaces ';
      margin: calc(1em + 2px) 0;
      border: 1px solid var(--x, #fff);
    }
    @media (width > 40em) {
      .a { color: red; }
    }
  `;
  assert.equal(
    minifyCss(css),
    ":host :focus-visible,a>b{content:'  two  spaces ';margin:calc(1em + 2px) 0;border:1px solid var(--x,#fff)}@media (width>40em){.a{color:red}}",
  );
});

test('a CSS piece between expressions keeps the space that separates it from a value', () => {
  assert.equal(minifyTemplateLiterals('css`\n  .b {\n    border: 1px solid ${c};\n  }\n`'), 'css` .b{border:1px solid ${c}}`');
  assert.equal(minifyTemplateLiterals('css`\n  :host {\n    ${dark}\n  }\n`'), 'css` :host{${dark}}`');
});

test('markup keeps one space wherever whitespace spanned lines, and spaces within a line', () => {
  assert.equal(
    minifyMarkup('<p>\n      ${a}\n      <span class="x"> ${b} </span>\n    </p>'),
    '<p> ${a} <span class="x"> ${b} </span> </p>',
  );
});

test('only html, svg and css templates change; other template literals and nested templates keep their text', () => {
  const code =
    'const warning = `line one\n    line two`; const view = html`<ul>\n  ${items.map((item) => html`<li>\n  ${item}\n</li>`)}\n</ul>`;';
  assert.equal(
    minifyTemplateLiterals(code),
    'const warning = `line one\n    line two`; const view = html`<ul> ${items.map((item) => html`<li> ${item} </li>`)} </ul>`;',
  );
});
