// Times one ONNX model in the browser, the way scripts/profile/timeOnnxModel.ts does with onnxruntime-node:
// a fresh session per model, warm-up runs (the first runs allocate and pick kernels), then timed runs one
// by one; the fastest run is the round's time (runProfile), the median and interquartile range are kept beside it.
import { median } from '@/core/metrics/median';
import { quantile } from '@/core/metrics/quantile';
import { encodeOnnxModel, type OnnxModel } from '@/core/onnx/encodeOnnxModel';
import type { Timing } from '@/core/profile/runProfile';
import type { ProfilerRuntimeHandle } from './loadProfilerRuntime';

export async function timeWebModel(rt: ProfilerRuntimeHandle, model: OnnxModel, o: { warmup: number; repeats: number }): Promise<Timing> {
  const session = await rt.ort.InferenceSession.create(encodeOnnxModel(model), {
    executionProviders: [rt.backend],
    graphOptimizationLevel: 'all',
  });
  try {
    // The model is built for the batch to time (buildNetworkModel's `batch`): its input shape is fixed.
    const input = model.graph.inputs[0];
    const shape = input.shape as number[];
    const data = new Float32Array(shape.reduce((p, d) => p * d, 1)).map((_, i) => ((i * 2654435761) % 1000) / 1000 - 0.5);
    const feeds = { [input.name]: new rt.ort.Tensor('float32', data, shape) };
    for (let i = 0; i < o.warmup; i++) await session.run(feeds);
    const runs: number[] = [];
    for (let i = 0; i < o.repeats; i++) {
      const t0 = performance.now();
      await session.run(feeds);
      runs.push(performance.now() - t0);
    }
    runs.sort((a, b) => a - b);
    // performance.now() is coarsened to 0.1 ms without cross-origin isolation (5 µs with it); a kernel
    // faster than that reads 0, which no profile may hold (times are > 0): count it as that resolution.
    return { minMs: Math.max(runs[0], 0.005), medianMs: Math.max(median(runs), 0.005), iqrMs: quantile(runs, 0.75) - quantile(runs, 0.25) };
  } finally {
    await session.release();
  }
}
