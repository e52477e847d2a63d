// onnxruntime-web for the profiler worker (#12): the WebGPU build when the browser offers a GPU adapter
// and that build loads, else the wasm build (headless Chromium has no adapter, so wasm is what the tests
// run). Both load their runtime files from our own origin (public/ort, scripts/copyOrtAssets.ts); nothing
// comes from a CDN. `env` is set once, before the first session, as onnxruntime-web requires.
import type * as Ort from 'onnxruntime-web';

export interface ProfilerRuntimeHandle {
  ort: typeof Ort;
  backend: 'wasm' | 'webgpu';
  /** wasm threads: every core when cross-origin isolated (threads need SharedArrayBuffer), else 1. */
  threads: number;
}

/** WebGPU's entry point, typed here: this project's DOM lib has no WebGPU types. */
type GpuNavigator = Navigator & { gpu?: { requestAdapter(): Promise<object | null> } };

let loading: Promise<ProfilerRuntimeHandle> | null = null;

export function loadProfilerRuntime(runtimePath = '/ort/'): Promise<ProfilerRuntimeHandle> {
  loading ??= load(new URL(runtimePath, self.location.origin).href).catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

async function hasGpuAdapter(): Promise<boolean> {
  try {
    return (await (navigator as GpuNavigator).gpu?.requestAdapter()) != null;
  } catch {
    return false;
  }
}

async function load(runtimeBase: string): Promise<ProfilerRuntimeHandle> {
  const threads = self.crossOriginIsolated ? Math.max(1, navigator.hardwareConcurrency || 1) : 1;
  const configure = (ort: typeof Ort) => {
    // A folder rather than two file names: each build picks its own files in it (the WebGPU build its
    // asyncify variant, which scripts/copyOrtAssets.ts copies too).
    ort.env.wasm.wasmPaths = runtimeBase;
    ort.env.wasm.numThreads = threads;
    // We already are a worker: onnxruntime's own proxy worker would only add a hop to every timing.
    ort.env.wasm.proxy = false;
    ort.env.logLevel = 'error';
    return ort;
  };
  if (await hasGpuAdapter()) {
    try {
      return { ort: configure(await import('onnxruntime-web/webgpu')), backend: 'webgpu', threads };
    } catch {
      // The adapter exists but the WebGPU build does not load (an old browser, a blocked feature): wasm measures instead.
    }
  }
  return { ort: configure(await import('onnxruntime-web/wasm')), backend: 'wasm', threads };
}
