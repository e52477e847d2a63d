// Times one ONNX model on this machine with onnxruntime-node, the way the browser profiler times it with
// onnxruntime-web: a fresh session, warm-up runs (first runs allocate and pick kernels), then timed runs
// one by one; the fastest run is the round's time (runProfile), the median and spread are reported beside it.
import * as ort from 'onnxruntime-node';
import { median } from '@/core/metrics/median';
import { quantile } from '@/core/metrics/quantile';
import { encodeOnnxModel, type OnnxModel } from '@/core/onnx/encodeOnnxModel';

export interface TimingOptions {
  threads: number;
  warmup: number;
  repeats: number;
}

export interface Timing {
  /** Milliseconds per run, in the order run. */
  runsMs: number[];
  minMs: number;
  medianMs: number;
  /** Interquartile range of the runs, ms. */
  iqrMs: number;
}

export async function timeOnnxModel(model: OnnxModel, o: TimingOptions): Promise<Timing> {
  const session = await ort.InferenceSession.create(encodeOnnxModel(model), {
    intraOpNumThreads: o.threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
  });
  try {
    // The model is built for the batch to time (buildNetworkModel's `batch`): its input shape is fixed.
    const shape = model.graph.inputs[0].shape as number[];
    const data = new Float32Array(shape.reduce((p, d) => p * d, 1)).map((_, i) => ((i * 2654435761) % 1000) / 1000 - 0.5);
    const feeds = { input: new ort.Tensor('float32', data, shape) };
    for (let i = 0; i < o.warmup; i++) await session.run(feeds);
    const runsMs: number[] = [];
    for (let i = 0; i < o.repeats; i++) {
      const t0 = performance.now();
      await session.run(feeds);
      runsMs.push(performance.now() - t0);
    }
    const sorted = [...runsMs].sort((a, b) => a - b);
    return { runsMs, minMs: sorted[0], medianMs: median(sorted), iqrMs: quantile(sorted, 0.75) - quantile(sorted, 0.25) };
  } finally {
    await session.release();
  }
}
