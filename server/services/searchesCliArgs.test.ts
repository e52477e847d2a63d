import { describe, expect, it } from 'vitest';
import { parseSearchArgs } from './searchesCliArgs';

const message = (argv: string[]) => {
  const r = parseSearchArgs(argv);
  if (r.ok) throw new Error('expected an error');
  return r.error.message;
};

describe('parseSearchArgs', () => {
  it('reads one search with defaults filled in', () => {
    const r = parseSearchArgs([
      '--optimizer',
      're',
      '--device',
      'vck190',
      '--budget',
      '1000',
      '--seeds',
      '1-5',
      '--w',
      '0.07',
      '--target',
      '400',
      '--out',
      'run.json',
    ]);
    expect(r).toEqual({
      ok: true,
      value: {
        help: false,
        compare: false,
        optimizers: ['re'],
        metrics: ['throughput_vck190'],
        accuracy: 'val_top1',
        budget: 1000,
        seeds: [1, 2, 3, 4, 5],
        w: 0.07,
        target: 400,
        out: 'run.json',
        models: 'public/models',
      },
    });
  });

  it('runs every device metric with RS as baseline in --compare', () => {
    const r = parseSearchArgs(['--compare', '--optimizer', 're', '--budget', '10', '--seeds', '1,3']);
    expect(r.ok && r.value.metrics).toHaveLength(8);
    expect(r.ok && r.value.optimizers).toEqual(['rs', 're']);
    expect(r.ok && r.value.seeds).toEqual([1, 3]);
  });

  it('names the flag, the value and what is allowed', () => {
    expect(message(['--optimizer', 'sa', '--device', 'vck190', '--budget', '5'])).toBe(
      '--optimizer "sa" is unknown; allowed: rs, re, reinforce, ls, nsga2',
    );
    expect(message(['--optimizer', 're', '--device', 'h100', '--budget', '5'])).toContain(
      'allowed: a100, 3090, tpuv2, tpuv3, zcu102, vck190',
    );
    expect(message(['--optimizer', 're', '--device', 'a100', '--metric', 'latency', '--budget', '5'])).toContain(
      'only on zcu102 and vck190',
    );
    expect(message(['--optimizer', 're', '--device', 'a100', '--budget', '0'])).toContain(
      '--budget "0" is not allowed; allowed: a whole number 1–100000',
    );
    expect(message(['--optimizer', 're', '--device', 'a100', '--budget', '5', '--seeds', '5-1'])).toContain('must not run backwards');
    expect(message(['--optimizer', 're', '--device', 'a100', '--budget', '5', '--seeds', 'x'])).toContain('not a range');
    expect(message(['--optimizer', 're', '--device', 'a100', '--budget', '5', '--accuracy', 'top1'])).toContain(
      'allowed: val_top1, val_top5',
    );
    expect(message(['--optimizer', 're', '--device', 'a100'])).toContain('--budget is required');
    expect(message(['--optimizer', 're', '--device', 'a100', '--budget', '5', '--bogus'])).toContain("Unknown option '--bogus'");
    expect(message(['--compare', '--device', 'a100', '--budget', '5'])).toContain('leave out --device');
  });

  it("takes a profiled device's id for --device (#12), its metric from --metric or the profile", () => {
    const r = parseSearchArgs(['--optimizer', 're,rs', '--device', 'u3fa9c2d1e0ab', '--metric', 'throughput', '--budget', '50']);
    expect(r.ok && r.value).toMatchObject({
      metrics: [],
      profile: { id: 'u3fa9c2d1e0ab', metric: 'throughput' },
      optimizers: ['re', 'rs'],
      budget: 50,
    });
    const latest = parseSearchArgs(['--optimizer', 're', '--device', 'u3fa9c2d1e0ab', '--budget', '50']);
    expect(latest.ok && latest.value.profile).toEqual({ id: 'u3fa9c2d1e0ab', metric: null });
    // An ANB device keeps no profile field.
    const anb = parseSearchArgs(['--optimizer', 're', '--device', 'vck190', '--budget', '50']);
    expect(anb.ok && 'profile' in anb.value).toBe(false);
  });

  it('names what a profiled device id looks like when --device is neither', () => {
    expect(message(['--optimizer', 're', '--device', 'u3FA9C2D1E0AB', '--budget', '5'])).toBe(
      `--device "u3FA9C2D1E0AB" is unknown; allowed: a100, 3090, tpuv2, tpuv3, zcu102, vck190, or a profiled device's id (u and 12 lowercase hex digits, e.g. u3fa9c2d1e0ab)`,
    );
    expect(message(['--optimizer', 're', '--device', 'u3fa9c2d1e0ab', '--metric', 'power', '--budget', '5'])).toBe(
      '--metric "power" is unknown; allowed: throughput, latency',
    );
  });
});
