// The trained surrogate in the browser: reads /models/manifest.json, checks it the way
// surrogates/runtime/createNodePredictor does (schema, feature-encoding version, size and sha256 of
// the ONNX file), creates one onnxruntime-web InferenceSession on the wasm backend and keeps it for the
// life of the worker. Meant to be imported by Web Workers only (it is the one place that loads
// onnxruntime-web); no React, no DOM.
import type * as Ort from 'onnxruntime-web';
import { err, ok, type Result } from '@/core/result';
import type { Architecture } from '@/core/space/searchSpace';
import type { TargetName } from '@/core/targets';
import { encodeFeatureBatch, FEATURE_COUNT, FEATURE_ENCODING_VERSION } from '@/surrogates/runtime/encodeFeatures';
import { MANIFEST_FILE, parseSurrogateManifest, type SurrogateManifest } from '@/surrogates/runtime/manifestSchema';
import type { ModelOutput, SurrogateError } from './protocol';

export interface WebSurrogate {
  manifest: SurrogateManifest;
  /** Output column order of `mean` and `std`. */
  targets: TargetName[];
  /** wasm threads the runtime uses. */
  threads: number;
  /** Milliseconds from the call to a ready session. */
  loadMs: number;
  /**
   * Features row-major [rows, FEATURE_COUNT] (encodeFeatures) → mean and std [rows, targets]; with
   * `members`, also the graph's `members` and `edge` outputs (not fetched otherwise: a 100,000-row
   * cloud would copy 8.8 MB it never reads).
   */
  predictFeatures(features: Float32Array, rows: number, options?: { members?: boolean }): Promise<ModelOutput>;
  predict(archs: readonly Architecture[]): Promise<ModelOutput>;
}

export interface LoadWebSurrogateOptions {
  /** Origin the model and runtime are served from; default the worker's own. */
  origin?: string;
  /** Folder of manifest.json and the .onnx, default `/models/`. */
  modelPath?: string;
  /** Folder of onnxruntime-web's wasm files (scripts/copyOrtAssets.ts), default `/ort/`. */
  runtimePath?: string;
  /** wasm threads; default 2 when cross-origin isolated (threads need SharedArrayBuffer), else 1. */
  threads?: number;
}

/** The runtime files copied into public/ort by scripts/copyOrtAssets.ts. */
const RUNTIME_MJS = 'ort-wasm-simd-threaded.mjs';
const RUNTIME_WASM = 'ort-wasm-simd-threaded.wasm';

let loading: Promise<Result<WebSurrogate, SurrogateError>> | null = null;

/**
 * The surrogate of this worker, loaded on the first call; later calls return the same session (a
 * failed load is retried on the next call). onnxruntime-web's `env` is set once, before the session.
 */
export function loadWebSurrogate(options: LoadWebSurrogateOptions = {}): Promise<Result<WebSurrogate, SurrogateError>> {
  loading ??= load(options).then((r) => {
    if (!r.ok) loading = null;
    return r;
  });
  return loading;
}

async function fetchOrError(url: string, what: string): Promise<Result<Response, SurrogateError>> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
  } catch (e) {
    return err({ code: 'model_missing', message: `Could not fetch ${what} (${url}): ${(e as Error).message}.` });
  }
  if (!response.ok) {
    return err({
      code: 'model_missing',
      message: `${what} is not served (${url} answered HTTP ${response.status}). Train the surrogates first: npm run surrogates:train.`,
    });
  }
  return ok(response);
}

async function sha256Hex(bytes: Uint8Array): Promise<string | null> {
  // crypto.subtle exists only in secure contexts (https, localhost); elsewhere the size check stands alone.
  if (typeof crypto === 'undefined' || !crypto.subtle) return null;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A copy when onnxruntime hands back a view (e.g. onto shared wasm memory), so the buffer can be transferred. */
function ownBuffer(data: Float32Array): Float32Array {
  const whole = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
  return whole && !(typeof SharedArrayBuffer !== 'undefined' && data.buffer instanceof SharedArrayBuffer) ? data : new Float32Array(data);
}

async function load(options: LoadWebSurrogateOptions): Promise<Result<WebSurrogate, SurrogateError>> {
  const started = performance.now();
  const origin = options.origin ?? self.location.origin;
  const modelBase = new URL(options.modelPath ?? '/models/', origin);
  const runtimeBase = new URL(options.runtimePath ?? '/ort/', origin);

  const manifestResponse = await fetchOrError(new URL(MANIFEST_FILE, modelBase).href, 'The surrogate manifest');
  if (!manifestResponse.ok) return manifestResponse;
  let json: unknown;
  try {
    json = await manifestResponse.value.json();
  } catch (e) {
    return err({ code: 'invalid_manifest', message: `The surrogate manifest is not JSON: ${(e as Error).message}` });
  }
  const parsed = parseSurrogateManifest(json);
  if (!parsed.ok) return err({ code: 'invalid_manifest', message: parsed.error.message });
  const manifest = parsed.value;
  if (manifest.featureEncoding.version !== FEATURE_ENCODING_VERSION || manifest.featureEncoding.count !== FEATURE_COUNT) {
    return err({
      code: 'encoding_mismatch',
      message:
        `The surrogate was trained on features ${manifest.featureEncoding.version} (${manifest.featureEncoding.count}); ` +
        `this build encodes ${FEATURE_ENCODING_VERSION} (${FEATURE_COUNT}). Retrain with npm run surrogates:train.`,
    });
  }

  const modelResponse = await fetchOrError(new URL(manifest.model.file, modelBase).href, 'The surrogate model');
  if (!modelResponse.ok) return modelResponse;
  const bytes = new Uint8Array(await modelResponse.value.arrayBuffer());
  if (bytes.byteLength !== manifest.model.bytes) {
    return err({
      code: 'invalid_manifest',
      message: `${manifest.model.file} has ${bytes.byteLength} bytes; its manifest says ${manifest.model.bytes}.`,
    });
  }
  const digest = await sha256Hex(bytes);
  if (digest !== null && digest !== manifest.model.sha256) {
    return err({
      code: 'invalid_manifest',
      message: `${manifest.model.file} does not match its manifest (sha256 ${digest}, expected ${manifest.model.sha256}).`,
    });
  }

  let ort: typeof Ort;
  let session: Ort.InferenceSession;
  let threads: number;
  try {
    ort = await import('onnxruntime-web/wasm');
    // Both files from our own origin (public/ort): the default would resolve them next to the bundle.
    ort.env.wasm.wasmPaths = { mjs: new URL(RUNTIME_MJS, runtimeBase).href, wasm: new URL(RUNTIME_WASM, runtimeBase).href };
    // Threads need SharedArrayBuffer, which only a cross-origin-isolated page has (next.config.mjs sets
    // COOP/COEP); otherwise one thread rather than onnxruntime's warning and fallback.
    threads = self.crossOriginIsolated ? (options.threads ?? 2) : 1;
    ort.env.wasm.numThreads = threads;
    // We already are the worker: onnxruntime's own proxy worker would only add a hop.
    ort.env.wasm.proxy = false;
    ort.env.logLevel = 'error';
    session = await ort.InferenceSession.create(bytes, { executionProviders: ['wasm'], graphOptimizationLevel: 'all' });
  } catch (e) {
    return err({
      code: 'runtime_failed',
      message: `onnxruntime-web could not start (${(e as Error).message ?? String(e)}). Its wasm files are served from ${runtimeBase.pathname}; npm run build copies them there.`,
    });
  }
  if (!session.inputNames.includes('features') || !session.outputNames.includes('mean') || !session.outputNames.includes('std')) {
    return err({
      code: 'invalid_manifest',
      message: `The model's inputs (${session.inputNames.join(', ')}) and outputs (${session.outputNames.join(', ')}) are not features → mean, std.`,
    });
  }

  const targets = manifest.targets.map((t) => t.name);
  // One run at a time: a session is not re-entrant, and queued runs keep their order.
  let queue: Promise<unknown> = Promise.resolve();
  const predictFeatures = (features: Float32Array, rows: number, options: { members?: boolean } = {}): Promise<ModelOutput> => {
    if (features.length !== rows * FEATURE_COUNT)
      throw new RangeError(`expected ${rows}×${FEATURE_COUNT} features, got ${features.length} values`);
    if (rows === 0)
      return Promise.resolve({
        count: 0,
        mean: new Float32Array(0),
        std: new Float32Array(0),
        ...(options.members ? { members: new Float32Array(0), edge: new Float32Array(0) } : {}),
      });
    const run = queue.then(async (): Promise<ModelOutput> => {
      const input = new ort.Tensor('float32', features, [rows, FEATURE_COUNT]);
      const out = await session.run({ features: input }, options.members ? ['mean', 'std', 'edge', 'members'] : ['mean', 'std']);
      const mean = ownBuffer(out.mean.data as Float32Array);
      const std = ownBuffer(out.std.data as Float32Array);
      if (!options.members) return { count: rows, mean, std };
      return {
        count: rows,
        mean,
        std,
        members: ownBuffer(out.members.data as Float32Array),
        edge: ownBuffer(out.edge.data as Float32Array),
      };
    });
    queue = run.catch(() => undefined);
    return run;
  };

  return ok({
    manifest,
    targets,
    threads,
    loadMs: performance.now() - started,
    predictFeatures,
    predict: (archs) => predictFeatures(encodeFeatureBatch(archs), archs.length),
  });
}
