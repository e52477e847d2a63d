// Lint rules, including the layer boundaries: core/ is framework-free, client code never imports server/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import next from '@next/eslint-plugin-next';

export default tseslint.config(
  { ignores: ['.next/**', 'node_modules/**', 'build/**', 'public/models/**', 'public/ort/**', '**/*.tmp.ts', 'next-env.d.ts', 'server/db/migrations/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks, '@next/next': next },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...next.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      // Links to /api/… JSON are plain <a> on purpose: they are documents, not client-side routes.
      '@next/next/no-html-link-for-pages': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['react', 'react-dom', 'next', 'next/*', '@/server/*', '@/components/*', '@/app/*', 'node:*', 'fs', 'path'], message: 'core/ is plain TypeScript shared by server, browser and pipeline.' },
      ] }],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'app/**/*.tsx', 'lib/**/*.{ts,tsx}', 'workers/**/*.ts'],
    // Tests run in Node and may check client parsers against the server's.
    ignores: ['app/api/**', 'lib/trpc/serverCaller.ts', '**/*.test.ts'],
    rules: {
      // Type-only imports are erased at build time: `import type { AppRouter }` is the one allowed link.
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [
        { group: ['@/server/*'], allowTypeImports: true, message: 'Client code reaches the server only through tRPC (import type { AppRouter }) or the server caller.' },
      ] }],
    },
  },
);
