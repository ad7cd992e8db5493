// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

/** What a browser gives the console's code (TypeScript checks their use; ESLint needs their names). */
const BROWSER_GLOBALS = Object.fromEntries(
  [
    'window',
    'document',
    'navigator',
    'location',
    'history',
    'localStorage',
    'sessionStorage',
    'fetch',
    'Request',
    'Response',
    'Headers',
    'URL',
    'URLSearchParams',
    'crypto',
    'atob',
    'btoa',
    'console',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'HTMLElement',
    'HTMLInputElement',
    'HTMLDivElement',
    'Event',
    'KeyboardEvent',
    'Intl',
    'escape',
  ].map((name) => [name, 'readonly']),
);

/**
 * typescript-eslint with type information (recommended type-checked rules) over the engine, its
 * tests, benchmarks and scripts, and the web console (console/, its own tsconfig, the browser's
 * globals). Run by `npm test` (`npm run lint`); Prettier owns the layout.
 */
export default tseslint.config(
  {
    ignores: [
      'dist/**',
      '.build/**',
      'node_modules/**',
      'coverage/**',
      'test-output/**',
      '**/*.cjs',
      '*.mjs',
      'jest.config.js',
      'console/src/api/schema.d.ts',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Unused names are errors, except those that say they are unused on purpose (`_role`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // The one JavaScript file, test/support/ts-register.js, is a CommonJS require hook for child processes:
    // outside the TypeScript project, so linted without type information, and `require` is its module system.
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The web console runs in a browser, not in Node.
    files: ['console/**/*.ts', 'console/**/*.tsx'],
    languageOptions: { globals: BROWSER_GLOBALS },
  },
  {
    // Tests read the engine's JSON answers (`response.json()`) and assert on their shape with Jest's
    // matchers: those values are `any` on purpose, so the no-unsafe family would only add casts.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
