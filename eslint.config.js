// Lint: TypeScript (type-aware where it pays), Lit and web-component rule sets, no focused tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.scratch/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='eval']",
          message: 'no eval: the library runs under strict CSP',
        },
        { selector: "NewExpression[callee.name='Function']", message: 'no new Function: strict CSP' },
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'feed text never reaches HTML parsing',
        },
        {
          selector: "ImportDeclaration[source.value='date-fns']",
          message: "import date-fns functions from their own paths ('date-fns/addDays')",
        },
        { selector: "ImportDeclaration[source.value='zod']", message: "browser code uses 'zod/mini'" },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.mjs'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name=/^(it|describe|suite|test)$/][callee.property.name='only']",
          message: 'a focused test skips the rest of the suite',
        },
      ],
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
