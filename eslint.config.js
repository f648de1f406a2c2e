import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import vellum from './eslint-rules/index.js';

/** The layers of DESIGN.md, lowest first, with the entry points each package.json declares. */
const layers = ['iiif', 'state', 'engine', 'annotations', 'elements', 'vellum'].map((folder) => {
  const dir = new URL(`packages/${folder}/`, import.meta.url);
  const { name, exports } = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8'));
  return { name, dir: fileURLToPath(dir).replace(/\/$/, ''), exports: Object.keys(exports) };
});

const SOURCES = 'packages/*/src/**/*.ts';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'storybook-static/**', 'test/fixtures/generated/**', 'test/results/**', 'test/bench/node_modules/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { vellum },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'vellum/layers': ['error', { layers, confined: { openseadragon: '@vellum/engine' } }],
    },
  },
  { files: [SOURCES], ...lit.configs['flat/recommended'] },
  { files: [SOURCES], ...wc.configs['flat/recommended'], settings: { wc: { elementBaseClasses: ['LitElement'] } } },
  { files: [SOURCES], rules: { 'vellum/member-order': 'error' } },
  {
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
