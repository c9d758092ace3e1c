import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {ignores: ['dist/', 'storybook-static/', 'src/generated/', 'coverage/', 'node_modules/', 'custom-elements.json']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    languageOptions: {globals: {...globals.browser}},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.{js,mjs,ts}', '.storybook/**', 'web-test-runner.config.mjs'],
    languageOptions: {globals: {...globals.node}},
  },
  {
    files: ['test/**'],
    languageOptions: {globals: {...globals.mocha}},
    rules: {
      // Tests use chai's property assertions (expect(x).to.be.true).
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
