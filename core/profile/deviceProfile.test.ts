import { describe, expect, it } from 'vitest';
import { deviceProfileSchema, type DeviceProfile } from './deviceProfile';
import { allKernels } from './kernelCatalog';

const valid = (): DeviceProfile => ({
  name: 'Lab workstation',
  createdAt: '2026-12-05T20:00:00.000Z',
  runtime: { engine: 'onnxruntime-node', backend: 'cpu', threads: 2, agent: 'Node.js v20.20.2 (linux x64)', cpu: 'Xeon', cores: 2 },
  protocol: { warmup: 3, repeats: 10, seed: 1 },
  seconds: 120.5,
  measurements: [
    {
      metric: 'latency',
      batch: 1,
      kernels: Object.fromEntries(allKernels().map((k, i) => [k.key, 0.05 + i / 1000])),
      calibrationNetworks: [
        '1311-6321-6521-6331-6531-6541-6311',
        '1310-1310-1310-1310-1310-1310-1310',
        '6531-6531-6531-6531-6531-6541-6531',
      ].map((code, i) => ({ code, ms: 10 + i, iqrMs: 0.2 })),
      heldOutNetworks: [],
    },
  ],
});
const measurement = (p: DeviceProfile) => p.measurements[0];
const withMeasurement = (p: DeviceProfile, m: Record<string, unknown>) => ({ ...p, measurements: [{ ...measurement(p), ...m }] });

const problems = (value: unknown) => {
  const r = deviceProfileSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('deviceProfileSchema', () => {
  it('accepts a complete profile and normalises its name', () => {
    const p = { ...valid(), name: '  Lab workstation ' };
    expect(problems(p)).toEqual([]);
    expect(deviceProfileSchema.parse(p).name).toBe('Lab workstation');
  });

  it('names the field of every bad value', () => {
    const p = valid();
    const kernels: Record<string, number> = { ...measurement(p).kernels };
    kernels[allKernels()[0].key] = Number.NaN;
    delete kernels[allKernels()[1].key];
    const bad = {
      ...withMeasurement(p, {
        kernels: { ...kernels, 's9.first.e6k5': 1 },
        calibrationNetworks: [...measurement(p).calibrationNetworks.slice(0, 2), { code: '9999-1', ms: 3, iqrMs: 0 }],
        heldOutNetworks: [{ code: '1311-6321-6521-6331-6531-6541-6311', ms: 120_000, iqrMs: 0 }],
      }),
      name: 'a\u202Eb',
    };
    const found = problems(bad);
    expect(found.some((m) => m.startsWith('name: name contains control or invisible formatting characters'))).toBe(true);
    expect(found.some((m) => m.startsWith(`measurements.0.kernels.${allKernels()[0].key}:`))).toBe(true);
    expect(found.some((m) => m.includes('s9.first.e6k5'))).toBe(true);
    expect(found.some((m) => m.startsWith('measurements.0.calibrationNetworks.2.code: not an architecture code'))).toBe(true);
    expect(found.some((m) => m.startsWith('measurements.0.heldOutNetworks.0.ms:'))).toBe(true);
  });

  it('refuses a profile with a kernel missing', () => {
    const p = valid();
    const kernels: Record<string, number> = { ...measurement(p).kernels };
    delete kernels[allKernels()[5].key];
    expect(problems(withMeasurement(p, { kernels }))).toEqual([
      `measurements.0.kernels.${allKernels()[5].key}: Invalid input: expected number, received undefined`,
    ]);
  });

  it('refuses latency at a batch above 1, a network timed twice and a metric given twice', () => {
    const p = valid();
    const nets = measurement(p).calibrationNetworks;
    expect(problems(withMeasurement(p, { batch: 4 }))).toEqual(['measurements.0.batch: latency is measured at batch 1, got batch 4']);
    expect(problems(withMeasurement(p, { heldOutNetworks: [nets[1]] }))[0]).toMatch(
      /^measurements\.0\.heldOutNetworks\.0\.code: .* timed twice/,
    );
    expect(problems({ ...p, measurements: [measurement(p), measurement(p)] })).toEqual([
      'measurements: each metric (latency, throughput) at most once',
    ]);
  });
});
