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
});
