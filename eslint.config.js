// Lint: TypeScript (type-aware where it pays), Lit and web-component rule sets, no focused tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

const FOLDERS = ['feed', 'i18n', 'time', 'client', 'select', 'elements', 'cli', 'react'];

/** One `no-restricted-imports` block per folder of src/, naming the folders it may not import. */
function layers(allowed) {
  return Object.entries(allowed).map(([folder, below]) => {
    const forbidden = FOLDERS.filter((other) => other !== folder && !below.includes(other));
    return {
      files: [`src/${folder}/**/*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                regex: `^(\\.\\./)+(${forbidden.join('|')})/`,
                message: `${below.length ? `src/${folder}/ imports only ${below.map((b) => `src/${b}/`).join(', ')}` : `src/${folder}/ imports nothing else in src/`}: layers point down (feed ← i18n ← time ← client, select ← elements ← react).`,
              },
            ],
          },
        ],
      },
    };
  });
}

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'build/',
      'node_modules/',
      'coverage/',
      '.scratch/',
      'custom-elements.json',
      // The consumer apps' builds and the Angular CLI's cache.
      'test/consumers/apps/*/dist/',
      '**/.angular/',
      'test/types/.generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Type-aware rules for the library's own code: floating promises, unsafe `any`, needless
  // assertions and the like. Lint must pass with zero warnings (`--max-warnings=0`).
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['src/**/*.ts'] })),
  {
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
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
          // The package root pulls in TZDate and the rest (no sideEffects flag): +1.3 KB brotli.
          selector: "ImportDeclaration[source.value='@date-fns/tz']",
          message: "import @date-fns/tz functions from their own paths ('@date-fns/tz/tzOffset')",
        },
        { selector: "ImportDeclaration[source.value='zod']", message: "browser code uses 'zod/mini'" },
      ],
    },
  },
  // Layers only point down: feed ← i18n ← time ← client, select ← elements; the CLI stands on
  // feed, time and i18n, and the React wrappers on the elements (and the feed layer's types).
  // A folder imports only the folders to its left (type-only imports too); client and select
  // never import each other.
  ...layers({
    feed: [],
    i18n: ['feed'],
    time: ['feed', 'i18n'],
    client: ['feed', 'i18n', 'time'],
    select: ['feed', 'i18n', 'time'],
    cli: ['feed', 'i18n', 'time'],
    react: ['feed', 'elements'],
  }),
  // Stubs of other frameworks' types (test/types/stubs/), shaped as the real ones are: `any`,
  // empty interfaces and `{}` are part of those shapes.
  {
    files: ['test/types/stubs/**/*.d.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-empty-object-type': 'off' },
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
