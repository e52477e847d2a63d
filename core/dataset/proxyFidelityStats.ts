// Proxy fidelity: does the cheap searched training proxy rank architectures like the reference
// recipe? Kendall τ and Spearman between the recipes per seed and pooled, the seed-to-seed noise of
// each recipe (the ceiling any proxy can reach), and the cost ratio in training time.
import { kendallTauB, spearman } from '../metrics/rankCorrelation';
import type { ArchitectureCode } from '../space/architectureCode';
import type { ProxyFidelityRun, ProxyRecipe } from './proxyFidelityRun';

export interface RankAgreement {
  n: number;
  kendallTau: number;
  spearman: number;
  /** Mean |a − b| of top-1 in accuracy points. */
  meanAbsDiff: number;
}

export interface ProxyPair {
  code: ArchitectureCode;
  /** Top-1 per seed, keyed by seed. */
  fewproxy: Record<number, number>;
  proxified: Record<number, number>;
  fewproxyMean: number;
  proxifiedMean: number;
  fewproxyTrainTimeS: number;
  proxifiedTrainTimeS: number;
}

export interface ProxyFidelityStats {
  seeds: number[];
  architectures: number;
  perSeed: (RankAgreement & { seed: number; costRatio: number })[];
  /** Per-architecture means over seeds, correlated across recipes. */
  pooledMeans: RankAgreement;
  /** Every (seed, architecture) pair of the two recipes, concatenated. */
  pooledPairs: RankAgreement;
  /** Same recipe, two different seeds: the training noise. */
  seedToSeed: (RankAgreement & { recipe: ProxyRecipe; seeds: [number, number] })[];
  /** Total reference training time / total proxy training time. */
  costRatio: number;
  pairs: ProxyPair[];
}

function agreement(a: number[], b: number[]): RankAgreement {
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff += Math.abs(a[i] - b[i]);
  return { n: a.length, kendallTau: kendallTauB(a, b), spearman: spearman(a, b), meanAbsDiff: diff / a.length };
}

type Index = Map<ProxyRecipe, Map<number, Map<string, ProxyFidelityRun>>>;

function indexRuns(runs: ProxyFidelityRun[]): Index {
  const idx: Index = new Map();
  for (const r of runs) {
    const bySeed = idx.get(r.recipe) ?? new Map<number, Map<string, ProxyFidelityRun>>();
    idx.set(r.recipe, bySeed);
    const byCode = bySeed.get(r.seed) ?? new Map<string, ProxyFidelityRun>();
    bySeed.set(r.seed, byCode);
    byCode.set(r.code, r);
  }
  return idx;
}

const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;

/** Architectures measured under both recipes and every seed: only those are compared. */
export function proxyFidelityStats(runs: ProxyFidelityRun[]): ProxyFidelityStats {
  const idx = indexRuns(runs);
  const few = idx.get('fewproxy') ?? new Map();
  const prox = idx.get('proxified') ?? new Map();
  const seeds = [...few.keys()].filter((s) => prox.has(s)).sort((a, b) => a - b);
  const all = seeds.flatMap((s) => [few.get(s)!, prox.get(s)!]);
  const codes = all.length === 0 ? [] : [...all[0].keys()].filter((c) => all.every((m) => m.has(c))).sort();

  const pairs: ProxyPair[] = codes.map((code) => {
    const f: Record<number, number> = {};
    const p: Record<number, number> = {};
    for (const s of seeds) {
      f[s] = few.get(s)!.get(code)!.top1;
      p[s] = prox.get(s)!.get(code)!.top1;
    }
    return {
      code: code as ArchitectureCode,
      fewproxy: f,
      proxified: p,
      fewproxyMean: mean(seeds.map((s) => f[s])),
      proxifiedMean: mean(seeds.map((s) => p[s])),
      fewproxyTrainTimeS: mean(seeds.map((s) => few.get(s)!.get(code)!.trainTimeS)),
      proxifiedTrainTimeS: mean(seeds.map((s) => prox.get(s)!.get(code)!.trainTimeS)),
    };
  });

  const timeRatio = (s: number) => {
    let a = 0;
    let b = 0;
    for (const c of codes) {
      a += few.get(s)!.get(c)!.trainTimeS;
      b += prox.get(s)!.get(c)!.trainTimeS;
    }
    return a / b;
  };

  const perSeed = seeds.map((s) => ({
    seed: s,
    ...agreement(
      codes.map((c) => few.get(s)!.get(c)!.top1),
      codes.map((c) => prox.get(s)!.get(c)!.top1),
    ),
    costRatio: timeRatio(s),
  }));

  const seedToSeed: ProxyFidelityStats['seedToSeed'] = [];
  for (const [recipe, bySeed] of [
    ['fewproxy', few],
    ['proxified', prox],
  ] as const) {
    for (let i = 0; i < seeds.length; i++) {
      for (let j = i + 1; j < seeds.length; j++) {
        const a = codes.map((c) => bySeed.get(seeds[i])!.get(c)!.top1);
        const b = codes.map((c) => bySeed.get(seeds[j])!.get(c)!.top1);
        seedToSeed.push({ recipe, seeds: [seeds[i], seeds[j]], ...agreement(a, b) });
      }
    }
  }

  const totalFew = pairs.reduce((s, p) => s + p.fewproxyTrainTimeS, 0);
  const totalProx = pairs.reduce((s, p) => s + p.proxifiedTrainTimeS, 0);
  return {
    seeds,
    architectures: codes.length,
    perSeed,
    pooledMeans: agreement(
      pairs.map((p) => p.fewproxyMean),
      pairs.map((p) => p.proxifiedMean),
    ),
    pooledPairs: agreement(
      seeds.flatMap((s) => codes.map((c) => few.get(s)!.get(c)!.top1)),
      seeds.flatMap((s) => codes.map((c) => prox.get(s)!.get(c)!.top1)),
    ),
    seedToSeed,
    costRatio: totalFew / totalProx,
    pairs,
  };
}
