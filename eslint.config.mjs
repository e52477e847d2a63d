// Lint rules, including the layer boundaries. The layers, bottom to top (scripts/layerBoundaries.test.ts
// checks the same table exactly, resolving every path and dynamic import; these rules are the editor's
// early warning, written to catch `@/x/…` and relative `../../x/…` alike):
//   core                 plain TypeScript: no Node, React, Next, onnxruntime; imports only core/
//   surrogates/runtime   core                        surrogates/pipeline  core, runtime
//   surrogates/bench     core, runtime               workers              core, surrogates/runtime
//   server               core, surrogates/runtime (never workers/, lib/ or the UI)
//   lib, components      core, workers, lib (components: also the pure surrogates/runtime, not its Node
//                        predictor); server by `import type` only (lib/trpc/serverCaller.ts is
//                        the server caller; lib tests check client parsers against the server's)
//   app                  pages: as components; app/api/** (the HTTP entries): server too; app/layout.tsx
//                        (a server component) reads the public address from server/publicUrl.ts
//   scripts, bench       top: anything but app/ and components/            e2e: e2e/ only
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import next from '@next/eslint-plugin-next';

const UP = '\\.\\./';

/**
 * A no-restricted-imports pattern for imports reaching `dirs` (top-level folders, or `surrogates/pipeline`)
 * from a file `depth` folders deep: as `@/dir/…` or as exactly `depth` × `../` then `dir/…`. The exact
 * depth keeps `../surrogates/X` inside components/ (components/surrogates) from matching.
 */
function reaching(dirs, depth, message, allowTypeImports = false) {
  return {
    regex: `^(@/|(${UP}){${depth}})(${dirs.join('|')})(/|$)`,
    caseSensitive: true,
    message,
    ...(allowTypeImports && { allowTypeImports }),
  };
}

/** One config block per layer and file depth; a later block replaces an earlier one's patterns for its files. */
function layerBlocks() {
  const block = (files, patterns, ignores = []) => ({
    files,
    ignores,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
  });
  const atDepth = (folder, depth, ext = '{ts,tsx}') => [`${folder}/${'*/'.repeat(depth - 1)}*.${ext}`];
  const ui = ['app', 'components'];
  const top = ['scripts', 'bench', 'e2e'];
  const surrogatesAbove = (sibling) => ({
    regex: `^(@/surrogates/|${UP})(${sibling.join('|')})(/|$)`,
    caseSensitive: true,
    message: 'surrogates/: runtime ← pipeline; bench measures the runtime.',
  });
  const notUi = 'is below the UI and the CLIs: it imports core/ (and surrogates/runtime/), never a layer above.';
  const client = 'Client code reaches the server only through tRPC (import type { AppRouter }) or the server caller.';
  return [
    ...[1, 2].map((d) =>
      block(atDepth('core', d, 'ts'), [
        {
          regex: `^(node:.*|${builtinModules.join('|')}|react|react-dom|next|server-only|onnxruntime-[^/]*|@trpc/.*)(/|$)`,
          caseSensitive: true,
          message: 'core/ is plain TypeScript shared by server, browser, workers and pipeline.',
        },
        reaching(['server', 'surrogates', 'workers', 'lib', ...ui, ...top], d, 'core/ is the bottom layer: it imports only core/.'),
      ]),
    ),
    block(atDepth('surrogates/runtime', 1, 'ts'), [
      reaching(['server', 'workers', 'lib', ...ui, ...top], 2, `surrogates/runtime ${notUi}`),
      surrogatesAbove(['pipeline', 'bench']),
    ]),
    block(atDepth('surrogates/pipeline', 1, 'ts'), [
      reaching(['server', 'workers', 'lib', ...ui, ...top], 2, `surrogates/pipeline ${notUi} The CLI reads the dataset and passes it in.`),
      surrogatesAbove(['bench']),
    ]),
    block(atDepth('surrogates/bench', 1, 'ts'), [
      reaching(['server', 'workers', 'lib', ...ui, ...top], 2, `surrogates/bench ${notUi}`),
      surrogatesAbove(['pipeline']),
    ]),
    block(atDepth('workers', 2, 'ts'), [reaching(['server', 'lib', ...ui, ...top, 'surrogates/(pipeline|bench)'], 2, `workers/ ${notUi}`)]),
    block(atDepth('server', 2, 'ts'), [reaching(['workers', 'lib', ...ui, ...top, 'surrogates/(pipeline|bench)'], 2, `server/ ${notUi}`)]),
    // Tests drive the real HTTP entry (app/api/trpc/[trpc]/route.ts).
    block(
      ['server/**/*.test.ts'],
      [reaching(['workers', 'lib', 'components', 'app(?!/api/)', ...top, 'surrogates/(pipeline|bench)'], 2, `server/ ${notUi}`)],
    ),
    ...[1, 2].map((d) =>
      block(atDepth('lib', d), [
        reaching(['surrogates', ...ui, ...top], d, 'lib/ is wiring for the UI.'),
        reaching(['server'], d, client, true),
      ]),
    ),
    // The server-side tRPC caller, and tests checking client parsers against the server's.
    block(['lib/trpc/serverCaller.ts', 'lib/**/*.test.ts'], [reaching(['surrogates', ...ui, ...top], 2, 'lib/ is wiring for the UI.')]),
    block(atDepth('components', 2), [
      // surrogates/runtime is pure (feature encoding, the OOD definition); its Node predictor is the one exception.
      reaching(
        ['surrogates/(pipeline|bench)', 'surrogates/runtime/createNodePredictor', 'app', ...top],
        2,
        'components/ import core, lib, workers clients and the pure surrogates/runtime.',
      ),
      reaching(['server'], 2, client, true),
    ]),
    ...[1, 2, 3, 4, 5].map((d) =>
      block(
        atDepth('app', d),
        [
          reaching(['surrogates', ...top], d, 'app/ composes components; the CLIs are not part of it.'),
          reaching(['server'], d, client, true),
        ],
        ['app/api/**'],
      ),
    ),
    block(
      ['app/layout.tsx'],
      [
        reaching(['surrogates', ...top], 1, 'app/ composes components; the CLIs are not part of it.'),
        { regex: `^(@/|${UP})server/(?!publicUrl$)`, caseSensitive: true, message: client, allowTypeImports: true },
      ],
    ),
    ...[3, 4, 5].map((d) =>
      block(atDepth('app/api', d - 1), [
        reaching(['components', 'surrogates/(pipeline|bench)', ...top], d, 'app/api/ is the HTTP entry over server/.'),
      ]),
    ),
    ...['scripts', 'bench'].map((folder) =>
      block(atDepth(folder, 1), [reaching([...ui, 'e2e'], 1, 'Scripts and benches never render the UI.')]),
    ),
    block(atDepth('e2e', 1), [
      reaching(
        ['core', 'server', 'surrogates', 'workers', 'lib', ...ui, 'scripts', 'bench'],
        1,
        'e2e/ journeys test what a user sees, through the browser only.',
      ),
    ]),
    // A journey with a profiled device (#12) stores a synthetic profile and checks the page against
    // core's prediction of it: core/ only (scripts/layerBoundaries.test.ts has the same exception).
    block(
      ['e2e/profiled-*.spec.ts'],
      [
        reaching(
          ['server', 'surrogates', 'workers', 'lib', ...ui, 'scripts', 'bench'],
          1,
          'e2e/ journeys test what a user sees, through the browser only.',
        ),
      ],
    ),
  ];
}

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'build/**',
      'public/models/**',
      'public/ort/**',
      '**/*.tmp.ts',
      'next-env.d.ts',
      'server/db/migrations/**',
      'test-results/**',
    ],
  },
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
  ...layerBlocks(),
);
