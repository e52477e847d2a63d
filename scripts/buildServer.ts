// The last step of `npm run build`: compiles the production server (scripts/start.ts and the project code
// it imports: the import, the stored searches, the database layer, the turn scheduler, the API handlers it
// answers before Next) to one JavaScript
// file, so that `npm start` runs plain node with no TypeScript loader. Packages stay imports of
// node_modules (Next.js, PGlite, onnxruntime-node load their own files and native parts at run time).
// Written into .next/ so that a new `next build`, which empties .next, can never leave a server bundle
// of older code beside a newer app build: `npm start` then finds it missing and builds both again.
import { build } from 'esbuild';
import { SERVER_BUNDLE } from './process/productionServer';

async function main() {
  const t0 = performance.now();
  const result = await build({
    entryPoints: ['scripts/start.ts'],
    outfile: SERVER_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Every bare import is a package: resolved from node_modules at run time, never copied in.
    // The project's own `@/…` imports are resolved through tsconfig.json's paths and bundled.
    packages: 'external',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    plugins: [
      {
        // `server-only` throws unless resolved with the react-server condition (as Next and vitest do);
        // this bundle is the server, so the guard is empty here. Node's own condition stays the default,
        // so React and Next load their usual builds.
        name: 'server-only',
        setup(b) {
          b.onResolve({ filter: /^server-only$/ }, () => ({ path: 'server-only', namespace: 'server-only' }));
          b.onLoad({ filter: /.*/, namespace: 'server-only' }, () => ({ contents: '', loader: 'js' }));
        },
      },
    ],
  });
  const inputs = Object.keys(result.metafile.inputs).length;
  const bytes =
    Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0) - (result.metafile.outputs[`${SERVER_BUNDLE}.map`]?.bytes ?? 0);
  console.log(
    `Server compiled to ${SERVER_BUNDLE} (${inputs} source files, ${Math.round(bytes / 1024)} KiB) in ${Math.round(performance.now() - t0)} ms.`,
  );
}

main().catch((e) => {
  console.error(`Compiling the server failed: ${(e as Error).message}`);
  process.exit(1);
});
