// Run as `eslint -c tests/eslint.config.js .` so the top level stays as the design card lists it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'dist/**', 'node_modules/**', 'tests/.screenshots/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // No network and no page storage anywhere; lib/ is held tighter below (a later block wins for the same rule).
    files: ['entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'fetch', 'XMLHttpRequest', 'WebSocket', 'localStorage', 'sessionStorage'],
    },
  },
  {
    // The pure core must not touch the browser or the network (ARCHITECTURE.md: a pure core, thin shells).
    files: ['lib/**/*.ts'],
    ignores: ['lib/db/**', 'lib/cli/**'],
    rules: {
      'no-restricted-globals': ['error', 'chrome', 'browser', 'fetch', 'XMLHttpRequest', 'WebSocket', 'localStorage', 'sessionStorage'],
    },
  },
);
