import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPrng } from '../../core/random/prng';
import { macsParams } from '../../core/metrics/macsParams';
import { sampleArchitecture } from '../../core/space/sampleArchitecture';
import { extremesSplit, writeExtremesSplit } from './writeExtremesSplit';

const rng = createPrng(5);
const records = Array.from({ length: 400 }, (_, i) => ({ file: `result_${i}.json`, architecture: sampleArchitecture(rng) }));
const macs = new Map(records.map((r) => [r.file, macsParams(r.architecture).macs]));

describe('extremesSplit', () => {
  it('holds out the 5% smallest and 5% largest by MACs as test, 10% of the rest as val', () => {
    const s = extremesSplit(records, { measure: 'macs', share: 0.05, tails: 'both', seed: 1 });
    expect(s.test).toHaveLength(40);
    expect(s.val).toHaveLength(36);
    expect(s.train).toHaveLength(324);
    const sorted = [...macs.values()].sort((a, b) => a - b);
    const testMacs = s.test.map((f) => macs.get(f)!);
    expect(testMacs.filter((m) => m <= sorted[19] + 1e-3)).toHaveLength(20);
    expect(testMacs.filter((m) => m >= sorted[380] - 1e-3)).toHaveLength(20);
    // Nothing kept for training lies beyond the cuts.
    for (const f of [...s.train, ...s.val]) {
      expect(macs.get(f)!).toBeGreaterThan(sorted[19] + 1e-3);
      expect(macs.get(f)!).toBeLessThan(sorted[380] - 1e-3);
    }
    expect(new Set([...s.train, ...s.val, ...s.test]).size).toBe(400);
  });

  it('holds out a gene’s whole extreme class (a corner), on one side', () => {
    const s = extremesSplit(records, { measure: 'block5_l', share: 0.05, tails: 'high', seed: 1 });
    const byFile = new Map(records.map((r) => [r.file, r.architecture]));
    expect(s.test.every((f) => byFile.get(f)![5].l === 4)).toBe(true);
    expect([...s.train, ...s.val].every((f) => byFile.get(f)![5].l < 4)).toBe(true);
    expect(s.cut).toEqual({ low: null, high: 4 });
  });

  it('is reproducible from its seed and rejects an unknown measure', () => {
    const a = extremesSplit(records, { measure: 'params', share: 0.05, tails: 'both', seed: 3 });
    expect(extremesSplit(records, { measure: 'params', share: 0.05, tails: 'both', seed: 3 })).toEqual(a);
    expect(extremesSplit(records, { measure: 'params', share: 0.05, tails: 'both', seed: 4 }).val).not.toEqual(a.val);
    expect(() => extremesSplit(records, { measure: 'flops', share: 0.05, tails: 'both', seed: 3 })).toThrow(/not a feature/);
  });

  it('writes the paper’s three files and split.json', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'anb-extremes-'));
    try {
      const s = writeExtremesSplit(dir, records, { measure: 'macs', share: 0.05, tails: 'both', seed: 1 });
      expect(JSON.parse(readFileSync(path.join(dir, 'test_paths.json'), 'utf8'))).toEqual(s.test);
      expect(JSON.parse(readFileSync(path.join(dir, 'split.json'), 'utf8'))).toMatchObject({
        kind: 'extremes',
        measure: 'macs',
        share: 0.05,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
