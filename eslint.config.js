// @ts-check
// ESLint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro, as
// withastro/docs and withastro/starlight use them; eslint-config-prettier last, so that no rule
// argues with Prettier about layout. A rule turned off or loosened here says why beside it.
import eslint from '@eslint/js';
import eslintConfigPrettier from 'eslint-config-prettier/flat';
import eslintPluginAstro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // ESLint itself skips node_modules/ and .git/. Also skip build output (dist is a link into
  // dist.sites/), Astro's generated types, the clerk's content and files served as they are.
  // tests/fixtures/ holds content, which ESLint does not read, and two scripts that it lints.
  globalIgnores([
    'dist/',
    'dist.*/',
    '.astro/',
    'coverage/',
    'tmp/',
    'ronde/',
    'content/',
    'public/',
  ]),

  eslint.configs.recommended,
  tseslint.configs.recommended,
  eslintPluginAstro.configs.recommended,

  // Everything outside src/ runs in Node: build scripts, tests and config files. Code in src/
  // runs at build time in Node as well, except the browser scripts in src/client/ and in the
  // <script> tags of .astro files (eslint-plugin-astro gives those the browser's globals).
  {
    files: ['**/*.{js,mjs,ts,astro}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/client/**'],
    languageOptions: { globals: globals.browser },
  },

  {
    rules: {
      // The content checks look for control characters on purpose (src/schemas/common.ts,
      // src/lib/content-text.ts, src/lib/report-body.ts, scripts/lib/yaml-emit.ts).
      'no-control-regex': 'off',
      // `const { key: _key, ...rest } = object` copies an object without one key.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },

  eslintConfigPrettier,
);
