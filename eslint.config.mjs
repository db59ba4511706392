// Lint: TypeScript rules, Lit template rules and lit-a11y accessibility rules on templates.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'custom-elements.json', 'bench/pages/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    plugins: { lit, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'Render text through Lit bindings.' }, { property: 'outerHTML', message: 'Render text through Lit bindings.' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'No unsafeHTML on content.' }, { name: 'lit/directives/style-map.js', message: 'Strict CSP: styles only in static styles.' }] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // `role="list"` on a styled `<ul>` is deliberate: WebKit drops list semantics with `list-style: none`.
      'lit-a11y/no-redundant-role': 'off',
    },
  },
  {
    files: ['src/**/*.test.ts', 'src/test-utils/**/*.ts'],
    rules: {
      'no-restricted-properties': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      'lit-a11y/click-events-have-key-events': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**/*.ts'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly', performance: 'readonly', document: 'readonly', window: 'readonly', requestAnimationFrame: 'readonly', PerformanceObserver: 'readonly' } },
  }
);
