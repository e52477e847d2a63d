import { describe, expect, it } from 'vitest';
import { deviceProfileSchema, type DeviceProfile } from './deviceProfile';
import { allKernels } from './kernelCatalog';

const valid = (): DeviceProfile => ({
  name: 'Lab workstation',
  createdAt: '2026-12-05T20:00:00.000Z',
  runtime: { engine: 'onnxruntime-node', backend: 'cpu', threads: 2, agent: 'Node.js v20.20.2 (linux x64)', cpu: 'Xeon', cores: 2 },
  metric: 'latency',
  batch: 1,
  protocol: { warmup: 3, repeats: 10, seed: 1 },
  seconds: 120.5,
  kernels: Object.fromEntries(allKernels().map((k, i) => [k.key, 0.05 + i / 1000])),
  calibration: { intercept: 1.2, slope: 0.9 },
  calibrationNetworks: [
    '1311-6321-6521-6331-6531-6541-6311',
    '1310-1310-1310-1310-1310-1310-1310',
    '6531-6531-6531-6531-6531-6541-6531',
  ].map((code, i) => ({ code, ms: 10 + i, iqrMs: 0.2 })),
  heldOutNetworks: [],
  validation: null,
});

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
    const p = valid() as Record<string, unknown>;
    const kernels = { ...(p.kernels as Record<string, number>) };
    kernels[allKernels()[0].key] = Number.NaN;
    delete kernels[allKernels()[1].key];
    const bad = {
      ...p,
      name: 'a\u202Eb',
      kernels: { ...kernels, 's9.first.e6k5': 1 },
      calibrationNetworks: [...(p.calibrationNetworks as object[]).slice(0, 2), { code: '9999-1', ms: 3, iqrMs: 0 }],
      heldOutNetworks: [{ code: '1311-6321-6521-6331-6531-6541-6311', ms: 120_000, iqrMs: 0 }],
    };
    const found = problems(bad);
    expect(found.some((m) => m.startsWith('name: name contains control or invisible formatting characters'))).toBe(true);
    expect(found.some((m) => m.startsWith(`kernels.${allKernels()[0].key}:`))).toBe(true);
    expect(found.some((m) => m.startsWith('kernels.s9.first.e6k5:') || m.includes('s9.first.e6k5'))).toBe(true);
    expect(found.some((m) => m.startsWith('calibrationNetworks.2.code: not an architecture code'))).toBe(true);
    expect(found.some((m) => m.startsWith('heldOutNetworks.0.ms:'))).toBe(true);
  });

  it('refuses a profile with a kernel missing', () => {
    const p = valid();
    const kernels = { ...p.kernels };
    delete kernels[allKernels()[5].key];
    expect(problems({ ...p, kernels })).toEqual([`kernels.${allKernels()[5].key}: Invalid input: expected number, received undefined`]);
  });
});
