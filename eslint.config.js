import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const markupSinks = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'Page and template text must never become markup: use textContent.' },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'Page and template text must never become markup.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Page and template text must never become markup.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page and template text must never become markup.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name='write']", message: 'No document.write.' },
];

const frameworkFree = {
  patterns: [
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'dexie-react-hooks'], message: 'lib/ is framework-free: React belongs in components/.' },
    { group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', '@wxt-dev/*'], message: 'Only lib/ext/ may touch the extension APIs.' },
    { group: ['**/components/**', '@/components/*', '**/entrypoints/**', '@/entrypoints/*'], message: 'lib/ must not depend on UI or entrypoints.' },
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/fixtures/**', 'test-results/**', 'playwright-report/**', 'demo-screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', ...markupSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/ext/**'],
    rules: {
      'no-restricted-imports': ['error', frameworkFree],
      'no-restricted-globals': ['error', { name: 'browser', message: 'Only lib/ext/ may use browser.*' }, { name: 'chrome', message: 'Only lib/ext/ may use chrome.*' }],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', { patterns: [{ group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', '**/lib/ext/**', '@/lib/ext/*'], message: 'components/ are React only: extension APIs come through ExtApi.' }, { group: ['**/entrypoints/**', '@/entrypoints/*'], message: 'Entrypoints are not imported.' }] }],
      'no-restricted-globals': ['error', { name: 'browser', message: 'components/ get extension APIs through ExtApi.' }, { name: 'chrome', message: 'components/ get extension APIs through ExtApi.' }],
    },
  },
  {
    files: ['entrypoints/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/entrypoints/**', '@/entrypoints/*', '../*/**'], message: 'Entrypoints do not import each other.' }] }],
    },
  },
);
