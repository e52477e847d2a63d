// A synthetic device profile for tests and examples: a device whose networks take exactly
// intercept + slope × Σ kernels ms, times a deterministic ±noise factor. Never stored by the app itself;
// the tests of the store, the routes and the views build profiles with it (a real profile needs minutes
// of timing).
import { createPrng } from '../random/prng';
import { formatArchitectureCode } from '../space/architectureCode';
import { sampleArchitecture } from '../space/sampleArchitecture';
import type { DeviceProfile } from './deviceProfile';
import { allKernels, kernelSum } from './kernelCatalog';

export interface SyntheticProfileOptions {
  name?: string;
  metric?: 'latency' | 'throughput';
  batch?: number;
  calibration?: number;
  heldOut?: number;
  seed?: number;
  noise?: number;
}

export function syntheticProfile(o: SyntheticProfileOptions = {}): DeviceProfile {
  const metric = o.metric ?? 'latency';
  const batch = metric === 'latency' ? 1 : (o.batch ?? 8);
  const seed = o.seed ?? 1;
  const kernels = Object.fromEntries(allKernels().map((k, i) => [k.key, batch * (0.05 + ((i * 37 + seed) % 101) / 500)]));
  const kernelMap = new Map(Object.entries(kernels));
  const rng = createPrng(seed);
  const seen = new Set<string>();
  const nets: { code: string; ms: number; iqrMs: number }[] = [];
  const n = (o.calibration ?? 20) + (o.heldOut ?? 20);
  while (nets.length < n) {
    const a = sampleArchitecture(rng);
    const code = formatArchitectureCode(a);
    if (seen.has(code)) continue;
    seen.add(code);
    const noise = 1 + (o.noise ?? 0.03) * (nets.length % 2 ? 1 : -1);
    nets.push({ code, ms: (2 + 1.5 * kernelSum(a, kernelMap)) * noise, iqrMs: 0.1 });
  }
  return {
    name: o.name ?? 'Synthetic device',
    createdAt: '2026-12-05T20:00:00.000Z',
    runtime: { engine: 'onnxruntime-node', backend: 'cpu', threads: 2, agent: 'Node.js (synthetic)', cpu: '', cores: 2 },
    protocol: { warmup: 1, repeats: 5, seed },
    seconds: 10,
    measurements: [
      { metric, batch, kernels, calibrationNetworks: nets.slice(0, o.calibration ?? 20), heldOutNetworks: nets.slice(o.calibration ?? 20) },
    ],
  };
}
