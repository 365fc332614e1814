// ESLint 9 flat config: TypeScript, Lit templates (eslint-plugin-lit), custom-element rules
// (eslint-plugin-wc) and template accessibility (eslint-plugin-lit-a11y). Formatting is Prettier's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/dist/',
      'storybook-static/',
      'coverage/',
      '.tmp/',
      'tests/vendor/ajv.js',
      'examples/bench/',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'tests/**/*.ts', 'examples/**/*.{js,ts,mjs}'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'tests/**/*.ts', 'examples/**/*.{js,ts,mjs}'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'examples/**/*.{js,ts,mjs}'],
    ...litA11y.configs.recommended,
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // Tests read private state through casts and stub globals on purpose; chai asserts with
    // property access (`expect(x).to.exist`).
    files: ['tests/**/*.ts', 'tests/**/*.mjs'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
