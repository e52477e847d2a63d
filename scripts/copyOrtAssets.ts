// Copies onnxruntime-web's wasm runtime (the .mjs glue and the .wasm binary) from node_modules into
// public/ort/ so the surrogate worker loads it from our own origin: nothing is fetched from a CDN, and
// the files stay in step with the installed onnxruntime-web. Run before `next build` (npm run build).
// The asyncify pair is the WebGPU build's (onnxruntime-web/webgpu, which the device profiler loads when
// the browser has a GPU adapter: workers/profiler/loadProfilerRuntime.ts); it is fetched only then.
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The files `onnxruntime-web/wasm` and `onnxruntime-web/webgpu` need at run time. */
export const ORT_ASSETS = [
  'ort-wasm-simd-threaded.mjs',
  'ort-wasm-simd-threaded.wasm',
  'ort-wasm-simd-threaded.asyncify.mjs',
  'ort-wasm-simd-threaded.asyncify.wasm',
] as const;

const require = createRequire(import.meta.url);
const target = path.resolve('public/ort');
// Resolved through the package's `exports` (which lists these files but not package.json).
const resolved = ORT_ASSETS.map((file) => require.resolve(`onnxruntime-web/${file}`));
const packageDir = path.dirname(path.dirname(resolved[0]));
const version = (JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;

mkdirSync(target, { recursive: true });
let copied = 0;
for (const [i, file] of ORT_ASSETS.entries()) {
  const from = resolved[i];
  const to = path.join(target, file);
  if (!existsSync(from)) {
    console.error(`${from} is missing: reinstall onnxruntime-web (npm install).`);
    process.exit(1);
  }
  const a = statSync(from);
  // Same size and not older: already the installed version's file.
  if (existsSync(to)) {
    const b = statSync(to);
    if (a.size === b.size && b.mtimeMs >= a.mtimeMs) continue;
  }
  copyFileSync(from, to);
  copied++;
}
console.log(`onnxruntime-web ${version}: ${copied === 0 ? 'public/ort is up to date' : `copied ${copied} file(s) to public/ort`}.`);
