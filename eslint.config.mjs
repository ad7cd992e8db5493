// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * typescript-eslint with type information (recommended type-checked rules) over the engine, its
 * tests, benchmarks and scripts. Run by `npm test` (`npm run lint`); Prettier owns the layout.
 */
export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '*.cjs', '*.mjs', 'jest.config.js'] },
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
