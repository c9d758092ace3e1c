// What built JavaScript loses on its way to a page, in the bundles (vite.config.ts) and in
// the npm build (scripts/finish-npm-build.mjs) alike: translator notes, which belong in the
// XLIFF files, and the indentation and CSS layout of html``/css`` templates.
import {minifyTemplateLiterals} from './template-literals.mjs';
import {stripTranslatorNotes} from './translator-notes.mjs';

export const forShipping = (code) => minifyTemplateLiterals(stripTranslatorNotes(code));
