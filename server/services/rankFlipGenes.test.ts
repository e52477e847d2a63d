// Genes behind the rank flips: planted effects come back exactly, and on the dataset the API's fit
// equals an independent one (own one-hot coding of the raw records, dense normal equations solved by
// Gaussian elimination) to 1e-8.
import { describe, expect, it } from 'vitest';
import { createPrng } from '@/core/random/prng';
import { sampleArchitecture } from '@/core/space/sampleArchitecture';
import { layerChoices, type Architecture } from '@/core/space/searchSpace';
import { importedTestApi } from '@/server/trpc/importedTestApi';
import { computeRankFlipGenes } from './rankFlipGenes';

const OPTIONS = { resamples: 40, seed: 3, level: 0.9 };

/** Own coding: one column per non-reference level (reference e4, k3, one layer, SE off), keyed by name. */
function oneHotKeys(arch: Architecture): string[] {
  const keys: string[] = [];
  arch.forEach((b, block) => {
    if (b.e !== 4) keys.push(`${block}:e:${b.e}`);
    if (b.k !== 3) keys.push(`${block}:k:${b.k}`);
    if (b.l !== 1) keys.push(`${block}:l:${b.l}`);
    if (b.se) keys.push(`${block}:se:true`);
  });
  return keys;
}

function allKeys(): string[] {
  const keys: string[] = [];
  for (let block = 0; block < 7; block++) {
    keys.push(`${block}:e:1`, `${block}:e:6`, `${block}:k:5`);
    for (const l of layerChoices(block)) if (l !== 1) keys.push(`${block}:l:${l}`);
    keys.push(`${block}:se:true`);
  }
  return keys;
}

/** Least squares by dense normal equations and Gaussian elimination with partial pivoting. */
function denseLeastSquares(x: number[][], y: number[]): number[] {
  const p = x[0].length;
  const m = Array.from({ length: p }, () => new Array<number>(p + 1).fill(0));
  x.forEach((row, r) => {
    for (let i = 0; i < p; i++) {
      if (row[i] === 0) continue;
      for (let j = 0; j < p; j++) m[i][j] += row[i] * row[j];
      m[i][p] += row[i] * y[r];
    }
  });
  for (let c = 0; c < p; c++) {
    let piv = c;
    for (let r = c + 1; r < p; r++) if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) piv = r;
    [m[c], m[piv]] = [m[piv], m[c]];
    for (let r = 0; r < p; r++) {
      if (r === c) continue;
      const f = m[r][c] / m[c][c];
      for (let j = c; j <= p; j++) m[r][j] -= f * m[c][j];
    }
  }
  return m.map((row, i) => row[p] / row[i]);
}

describe('computeRankFlipGenes on planted data', () => {
  const rng = createPrng(9);
  const archs = Array.from({ length: 1200 }, () => sampleArchitecture(rng));
  // d = 0.3 − 0.25·[block 2 SE on] + 0.1·[block 6 kernel 5]: only SE and kernel matter.
  const rows = archs.map((a) => ({ architecture: a, d: 0.3 - (a[2].se ? 0.25 : 0) + (a[6].k === 5 ? 0.1 : 0) }));

  it('ranks the planted genes first, with their exact effects, and gives the other genes no share', () => {
    const r = computeRankFlipGenes(rows, OPTIONS);
    expect(r.effects[0]).toMatchObject({ block: 2, gene: 'se', level: true, effect: expect.closeTo(100 * Math.expm1(-0.25), 8) });
    expect(r.effects[1]).toMatchObject({ block: 6, gene: 'k', level: 5, effect: expect.closeTo(100 * Math.expm1(0.1), 8) });
    expect(Math.abs(r.effects[2].effect)).toBeLessThan(1e-8);
    expect(r.rSquared).toBeCloseTo(1, 9);
    expect(r.genes.map((g) => g.gene).slice(0, 2)).toEqual(['se', 'k']);
    expect(r.genes.find((g) => g.gene === 'e')!.rSquaredDrop).toBeCloseTo(0, 9);
    expect(r.genes.find((g) => g.gene === 'se')!.rSquaredDrop).toBeGreaterThan(r.genes.find((g) => g.gene === 'k')!.rSquaredDrop);
    expect(r.effects).toHaveLength(43);
  });
});

describe('compare.rankFlipGenes on the dataset', () => {
  const t = importedTestApi({ dataset: true });

  it('equals an independent fit of ln(A100 throughput) + ln(ZCU102 latency) on the raw records', async () => {
    const r = await t.api.compare.rankFlipGenes({ a: 'throughput_a100', b: 'latency_zcu102' });
    const used = t.data.records.filter((x) => x.perf.throughput_a100.mean !== null && x.perf.latency_zcu102.mean !== null);
    expect(r.n).toBe(used.length);
    expect(r.n).toBeGreaterThan(5000);
    const keys = allKeys();
    const x = used.map((rec) => {
      const on = new Set(oneHotKeys(rec.architecture));
      return [1, ...keys.map((k) => (on.has(k) ? 1 : 0))];
    });
    // Speed on the ZCU102 is 1 / latency: ln A − ln(1 / latency) = ln throughput + ln latency.
    const y = used.map((rec) => Math.log(rec.perf.throughput_a100.mean!) + Math.log(rec.perf.latency_zcu102.mean!));
    const beta = denseLeastSquares(x, y);
    expect(r.columns).toBe(keys.length + 1);
    for (const e of r.effects) {
      const k = keys.indexOf(`${e.block}:${e.gene}:${String(e.level)}`);
      expect(k).toBeGreaterThanOrEqual(0);
      expect(e.effect).toBeCloseTo(100 * Math.expm1(beta[k + 1]), 8);
      expect(e.lo).toBeLessThanOrEqual(e.effect + 1e-9);
      expect(e.hi).toBeGreaterThanOrEqual(e.effect - 1e-9);
    }
    const mean = y.reduce((s, v) => s + v, 0) / y.length;
    const ssRes = x.reduce((s, row, i) => s + (y[i] - row.reduce((p, v, j) => p + v * beta[j], 0)) ** 2, 0);
    const ssTot = y.reduce((s, v) => s + (v - mean) ** 2, 0);
    expect(r.rSquared).toBeCloseTo(1 - ssRes / ssTot, 8);
    // Sorted by size of effect, largest first.
    const sizes = r.effects.map((e) => Math.abs(e.effect));
    expect(sizes).toEqual([...sizes].sort((p, q) => q - p));
  });

  it("flips the sign of every effect's log when A and B swap", async () => {
    const ab = await t.api.compare.rankFlipGenes({ a: 'throughput_3090', b: 'throughput_tpuv3' });
    const ba = await t.api.compare.rankFlipGenes({ a: 'throughput_tpuv3', b: 'throughput_3090' });
    for (const e of ab.effects) {
      const f = ba.effects.find((x) => x.block === e.block && x.gene === e.gene && x.level === e.level)!;
      expect(Math.log1p(f.effect / 100)).toBeCloseTo(-Math.log1p(e.effect / 100), 9);
    }
    expect(ba.rSquared).toBeCloseTo(ab.rSquared, 9);
  });

  it('refuses the same metric on both sides, naming the field', async () => {
    await expect(t.api.compare.rankFlipGenes({ a: 'latency_vck190', b: 'latency_vck190' })).rejects.toThrow(/same metric/);
  });
});
