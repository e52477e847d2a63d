// The layers of the tree, checked on every import (`@/x`, relative, `export … from`, `import()`):
//
//   core (bottom: plain TypeScript, no Node, DOM framework, React, Next or onnxruntime)
//   ← surrogates/runtime ← surrogates/pipeline        (surrogates/bench: core and runtime)
//   ← workers (core, surrogates/runtime)
//   ← server (core, surrogates/runtime; never workers, lib or the UI)
//   ← lib, components (core, workers, lib; server by `import type` only, the AppRouter type)
//   ← app (pages as components; app/api/** is the HTTP entry and imports server)
//   ← scripts, bench, e2e (top: anything but app and components)
//
// eslint.config.mjs states the same table as no-restricted-imports rules for the editor; this test
// is the exact check (it resolves every path, and sees dynamic imports, which the lint rule does not).
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

type Layer =
  | 'core'
  | 'surrogates/runtime'
  | 'surrogates/pipeline'
  | 'surrogates/bench'
  | 'workers'
  | 'server'
  | 'lib'
  | 'components'
  | 'app'
  | 'app/api'
  | 'scripts'
  | 'bench'
  | 'e2e';

const NOT_UI: Layer[] = [
  'core',
  'surrogates/runtime',
  'surrogates/pipeline',
  'surrogates/bench',
  'workers',
  'server',
  'lib',
  'app',
  'app/api',
  'scripts',
  'bench',
  'e2e',
];

/** What each layer may import (its own folder included); `server` for client layers means `import type` only. */
const ALLOWED: Record<Layer, { value: Layer[]; typeOnly?: Layer[] }> = {
  core: { value: ['core'] },
  'surrogates/runtime': { value: ['core', 'surrogates/runtime'] },
  'surrogates/pipeline': { value: ['core', 'surrogates/runtime', 'surrogates/pipeline'] },
  'surrogates/bench': { value: ['core', 'surrogates/runtime', 'surrogates/bench'] },
  workers: { value: ['core', 'surrogates/runtime', 'workers'] },
  server: { value: ['core', 'surrogates/runtime', 'server'] },
  lib: { value: ['core', 'workers', 'lib'], typeOnly: ['server'] },
  // surrogates/runtime is pure TS shared by Node and browser (feature encoding, the OOD definition).
  components: { value: ['core', 'surrogates/runtime', 'workers', 'lib', 'components'], typeOnly: ['server'] },
  app: { value: ['core', 'workers', 'lib', 'components', 'app'], typeOnly: ['server'] },
  'app/api': { value: ['core', 'surrogates/runtime', 'server', 'lib', 'app/api'] },
  // The top: every layer except the UI (scripts never render) and the e2e journeys.
  scripts: { value: NOT_UI.filter((l) => l !== 'app' && l !== 'e2e') },
  bench: { value: NOT_UI.filter((l) => l !== 'app' && l !== 'e2e') },
  e2e: { value: ['e2e'] },
};

/**
 * Files allowed one import across the line, each for a stated reason. Tests (`*.test.ts`) get two
 * freedoms: lib tests may import server (they check the client's URL parsers against the server's),
 * and server tests may import app/api (they drive the real HTTP entry). Never surrogates → server.
 */
/** Modules of an allowed layer that still need Node: the UI may import the rest of surrogates/runtime. */
const NODE_ONLY = /^surrogates\/runtime\/createNodePredictor$/;

const FILE_EXCEPTIONS: { file: RegExp; target: Layer; why: string }[] = [
  { file: /^lib\/trpc\/serverCaller\.ts$/, target: 'server', why: 'the server-side tRPC caller for prefetch in pages' },
  {
    file: /^app\/layout\.tsx$/,
    target: 'server',
    why: "the root layout (a server component) sets metadataBase from the deployment's PUBLIC_URL (server/publicUrl.ts)",
  },
  { file: /^lib\/.*\.test\.ts$/, target: 'server', why: "tests check the client's URL parsers against the server's" },
  { file: /^server\/.*\.test\.ts$/, target: 'app/api', why: 'tests drive the real HTTP entry' },
  {
    file: /^e2e\/profiled-[\w-]+\.spec\.ts$/,
    target: 'core',
    why: "journeys with a profiled device store a synthetic profile and check the page against core's prediction of it (#12)",
  },
];

/** Packages core/ must not import: Node, the UI frameworks, model runtimes, server-only guards. */
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
function forbiddenInCore(specifier: string): boolean {
  return (
    specifier.startsWith('node:') ||
    NODE_BUILTINS.has(specifier.split('/')[0]) ||
    /^(react|react-dom|next|server-only)(\/|$)/.test(specifier) ||
    /^onnxruntime-/.test(specifier) ||
    /^@trpc\//.test(specifier)
  );
}

export interface SourceFile {
  /** Repository-relative, forward slashes: `core/metrics/quantile.ts`. */
  path: string;
  source: string;
}

interface ImportRef {
  specifier: string;
  typeOnly: boolean;
}

/** Every module a file imports or re-exports, statically or with `import()`. */
function importsOf(file: SourceFile): ImportRef[] {
  const sf = ts.createSourceFile(
    file.path,
    file.source,
    ts.ScriptTarget.Latest,
    false,
    file.path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const out: ImportRef[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      // `import { type A, type B }` is erased like `import type { A, B }`.
      const allInlineTypes = !!clause && !clause.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly);
      out.push({ specifier: node.moduleSpecifier.text, typeOnly: !!clause && (clause.isTypeOnly || allInlineTypes) });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      out.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      out.push({ specifier: node.arguments[0].text, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      out.push({ specifier: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The layer a repository path belongs to; null for root files (configs, proxy.ts). */
export function layerOf(p: string): Layer | null {
  const [top, second] = p.split('/');
  if (top === 'surrogates')
    return second === 'runtime' || second === 'pipeline' || second === 'bench' ? (`surrogates/${second}` as Layer) : null;
  if (top === 'app') return second === 'api' ? 'app/api' : p.includes('/') ? 'app' : null;
  const layers: Layer[] = ['core', 'workers', 'server', 'lib', 'components', 'scripts', 'bench', 'e2e'];
  return p.includes('/') && (layers as string[]).includes(top) ? (top as Layer) : null;
}

/** The repository path a local specifier points at (`@/x` or relative), or null for a package. */
function resolveLocal(from: string, specifier: string): string | null {
  if (specifier.startsWith('@/')) return path.posix.normalize(specifier.slice(2));
  if (specifier.startsWith('./') || specifier.startsWith('../'))
    return path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  return null;
}

export interface LayerViolation {
  file: string;
  specifier: string;
  message: string;
}

/** Every import in `files` that crosses the layer table. */
export function layerViolations(files: SourceFile[]): { violations: LayerViolation[] } {
  const violations: LayerViolation[] = [];
  for (const file of files) {
    const from = layerOf(file.path);
    if (!from) continue;
    for (const { specifier, typeOnly } of importsOf(file)) {
      const target = resolveLocal(file.path, specifier);
      if (target === null) {
        if (from === 'core' && forbiddenInCore(specifier)) {
          violations.push({
            file: file.path,
            specifier,
            message: 'core/ is plain TypeScript run by server, browser, workers and pipeline alike: no Node, React, Next or onnxruntime',
          });
        }
        continue;
      }
      const to = layerOf(target);
      if (to === null) {
        violations.push({ file: file.path, specifier, message: `${target} is outside every layer` });
        continue;
      }
      if (from === 'components' && NODE_ONLY.test(target)) {
        violations.push({ file: file.path, specifier, message: 'components may not import the Node-only surrogate predictor' });
        continue;
      }
      const allowed = ALLOWED[from];
      if (allowed.value.includes(to) || (typeOnly && allowed.typeOnly?.includes(to))) continue;
      if (FILE_EXCEPTIONS.some((e) => e.file.test(file.path) && e.target === to)) continue;
      const violation = {
        file: file.path,
        specifier,
        message: `${from} may not import ${to}${allowed.typeOnly?.includes(to) ? ' (only `import type`)' : ''}`,
      };
      violations.push(violation);
    }
  }
  return { violations };
}

describe('layerViolations (synthetic tree)', () => {
  const f = (p: string, source: string): SourceFile => ({ path: p, source });

  it('catches an upward import written either way: `@/` and relative', () => {
    const { violations } = layerViolations([
      f('surrogates/pipeline/load.ts', "import { readDataset } from '../../server/dataset/readDataset';"),
      f('surrogates/bench/run.ts', "import { quantile } from '@/bench/summarize';"),
      f('core/metrics/x.ts', "export { y } from '../../workers/search/y';"),
    ]);
    expect(violations.map((v) => `${v.file}: ${v.message}`)).toEqual([
      'surrogates/pipeline/load.ts: surrogates/pipeline may not import server',
      'surrogates/bench/run.ts: surrogates/bench may not import bench',
      'core/metrics/x.ts: core may not import workers',
    ]);
  });

  it('catches Node, React, Next and onnxruntime in core/, static or dynamic', () => {
    const { violations } = layerViolations([
      f('core/a.ts', "import { readFileSync } from 'fs';\nimport path from 'node:path';"),
      f('core/space/b.ts', "import { useMemo } from 'react';\nconst ort = () => import('onnxruntime-web');"),
      f('core/space/c.ts', "import Link from 'next/link';\nimport { z } from 'zod';\nimport { prng } from '../random/prng';"),
    ]);
    expect(violations.map((v) => v.specifier)).toEqual(['fs', 'node:path', 'react', 'onnxruntime-web', 'next/link']);
  });

  it('lets client code import server types only, and tests their two stated freedoms', () => {
    const { violations } = layerViolations([
      f('components/x/A.tsx', "import type { AppRouter } from '@/server/trpc/appRouter';\nimport { type Foo } from '@/server/foo';"),
      f('components/x/B.tsx', "import { appRouter } from '@/server/trpc/appRouter';"),
      f('lib/url/p.test.ts', "import { q } from '@/server/rest/q';"),
      f('server/rest/r.test.ts', "import { POST } from '@/app/api/trpc/[trpc]/route';"),
      f('surrogates/pipeline/t.test.ts', "import { resolveDataDir } from '../../server/dataset/resolveDataDir';"),
      f('server/services/s.ts', "import type { X } from '@/workers/surrogate/protocol';"),
      f('components/x/C.tsx', "import { outOfDistributionLevel } from '@/surrogates/runtime/outOfDistributionLevel';"),
      f('components/x/D.tsx', "import { createNodePredictor } from '@/surrogates/runtime/createNodePredictor';"),
    ]);
    expect(violations.map((v) => v.file)).toEqual([
      'components/x/B.tsx',
      'surrogates/pipeline/t.test.ts',
      'server/services/s.ts',
      'components/x/D.tsx',
    ]);
  });

  it('lets the top layer import anything but the UI', () => {
    const { violations } = layerViolations([
      f(
        'scripts/train.ts',
        "import { a } from '../server/a';\nimport { b } from '@/surrogates/pipeline/b';\nimport { c } from '@/bench/c';",
      ),
      f('bench/x.ts', "import { d } from '../components/D';"),
    ]);
    expect(violations.map((v) => v.file)).toEqual(['bench/x.ts']);
  });
});

describe('the tree', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const folders = ['core', 'surrogates', 'workers', 'server', 'lib', 'components', 'app', 'scripts', 'bench', 'e2e'];
  const files: SourceFile[] = folders.flatMap((folder) =>
    (readdirSync(path.join(root, folder), { recursive: true }) as string[])
      .map((p) => `${folder}/${p.split(path.sep).join('/')}`)
      .filter((p) => /\.(ts|tsx|mts)$/.test(p) && !p.endsWith('.d.ts'))
      .map((p) => ({ path: p, source: readFileSync(path.join(root, p), 'utf8') })),
  );
  const result = layerViolations(files);

  it('reads the whole tree', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(files.some((f) => f.path === 'core/metrics/quantile.ts')).toBe(true);
  });

  it('has no import across the layers', () => {
    expect(result.violations.map((v) => `${v.file} imports ${v.specifier}: ${v.message}`)).toEqual([]);
  });
});
