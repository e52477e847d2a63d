// What genes drive the rank flips between two device metrics: a least-squares fit of
// d = ln(speed on A) − ln(speed on B) on the one-hot genes (geneDesign: intercept plus one column per
// non-reference level of each gene in each block), speed being throughput or 1 / latency, so d is
// the log of how much faster an architecture is on A relative to B and a coefficient is the ratio a
// gene level changes that by (shown in %). A positive effect moves architectures up A's ranking
// relative to B's. Intervals: the seeded row bootstrap of the design rules. Each gene's share: how
// much R² drops when its columns (in all blocks) are left out of the fit. Either device may be a
// profiled one (#12): its speeds are its profile's predictions (deviceMetricReader).
import 'server-only';
import { z } from 'zod';
import { bootstrapOneHotLeastSquares, fitOneHotLeastSquares, oneHotRSquared, type OneHotProblem } from '@/core/metrics/oneHotLeastSquares';
import { quantile } from '@/core/metrics/quantile';
import { GENES, type Architecture, type Gene } from '@/core/space/searchSpace';
import type { Direction } from '@/core/targets';
import type { Database } from '../db/openDatabase';
import { getSnapshot, memo } from './datasetSnapshot';
import { geneDesign } from './geneDesign';
import { anyDeviceMetricSchema, deviceMetricReader } from './deviceMetricReader';
import { storedArchitecture } from './storedArchitecture';

export const rankFlipGenesInput = z
  .strictObject({
    a: anyDeviceMetricSchema,
    b: anyDeviceMetricSchema,
  })
  .refine((v) => v.a !== v.b, {
    message: 'a and b are the same metric: their ranks cannot flip; choose two different device metrics',
    path: ['b'],
  });
export type RankFlipGenesInput = z.input<typeof rankFlipGenesInput>;

export interface RankFlipGenesOptions {
  resamples: number;
  seed: number;
  /** Central coverage of the percentile interval, e.g. 0.9 → 5th to 95th percentile. */
  level: number;
}

/** The design rules' settings, so the two tables on /compare read alike. */
export const RANK_FLIP_GENES_OPTIONS: RankFlipGenesOptions = { resamples: 200, seed: 1, level: 0.9 };

export interface RankFlipGeneRow {
  architecture: Architecture;
  /** ln(speed on A) − ln(speed on B). */
  d: number;
}

/** ln of speed (higher is better): ln(throughput), or −ln(latency). */
export function logSpeed(direction: Direction, value: number): number {
  return direction === 'min' ? -Math.log(value) : Math.log(value);
}

/** The problem restricted to the columns `keep` says to keep (renumbered; order, so ascending rows, kept). */
function withColumns(problem: OneHotProblem, keep: (column: number) => boolean): OneHotProblem {
  const map = new Int32Array(problem.p).fill(-1);
  let p = 0;
  for (let c = 0; c < problem.p; c++) if (keep(c)) map[c] = p++;
  return {
    p,
    rows: problem.rows.map((cols) => Int32Array.from([...cols].filter((c) => map[c] >= 0).map((c) => map[c]))),
    responses: problem.responses,
  };
}

export function computeRankFlipGenes(rows: RankFlipGeneRow[], options: RankFlipGenesOptions) {
  const design = geneDesign();
  const problem: OneHotProblem = {
    p: design.columns.length,
    rows: rows.map((r) => design.active(r.architecture)),
    responses: [Float64Array.from(rows, (r) => r.d)],
  };
  const coef = fitOneHotLeastSquares(problem)[0];
  if (!coef) throw new Error('rank-flip genes: the one-hot design is rank-deficient');
  const rSquared = oneHotRSquared(problem, 0, coef);
  const boot = bootstrapOneHotLeastSquares(problem, options.resamples, options.seed)[0];
  const tail = (1 - options.level) / 2;
  const pct = (v: number) => 100 * Math.expm1(v);
  const interval = (samples: number[]) => {
    const sorted = samples.sort((x, y) => x - y);
    return { lo: pct(quantile(sorted, tail)), hi: pct(quantile(sorted, 1 - tail)) };
  };

  const effects = design.columns.flatMap((col, c) => {
    if (col.kind !== 'gene') return [];
    const { lo, hi } = interval(boot.map((s) => s[c]));
    return [{ block: col.block, gene: col.gene, level: col.level, effect: pct(coef[c]), lo, hi, excludesZero: lo > 0 || hi < 0 }];
  });
  effects.sort((x, y) => Math.abs(y.effect) - Math.abs(x.effect));

  const genes = GENES.map((gene: Gene) => {
    const reduced = withColumns(problem, (c) => {
      const col = design.columns[c];
      return col.kind === 'intercept' || col.gene !== gene;
    });
    const fit = fitOneHotLeastSquares(reduced)[0];
    if (!fit) throw new Error(`rank-flip genes: the design without ${gene} is rank-deficient`);
    return { gene, rSquaredDrop: rSquared - oneHotRSquared(reduced, 0, fit) };
  }).sort((x, y) => y.rSquaredDrop - x.rSquaredDrop);

  const mean = rows.reduce((s, r) => s + r.d, 0) / rows.length;
  const sd = Math.sqrt(rows.reduce((s, r) => s + (r.d - mean) ** 2, 0) / (rows.length - 1));
  return { n: rows.length, columns: problem.p, rSquared, sdLogRatio: sd, options, genes, effects };
}

/** Results for pairs with a profiled device, newest last: bounded, as any number of profile ids may ask. */
const profiledPairs = new Map<string, { snapshot: object; value: unknown }>();
const PROFILED_PAIRS_KEPT = 16;

export async function rankFlipGenes(db: Database, raw: RankFlipGenesInput) {
  const { a, b } = rankFlipGenesInput.parse(raw);
  const snap = await getSnapshot(db);
  const [readA, readB] = await Promise.all([deviceMetricReader(db, a), deviceMetricReader(db, b)]);
  const compute = () => {
    const rows: RankFlipGeneRow[] = [];
    for (const r of snap.records) {
      const va = readA.value(r);
      const vb = readB.value(r);
      if (va === null || vb === null) continue;
      rows.push({ architecture: storedArchitecture(r.code), d: logSpeed(readA.direction, va) - logSpeed(readB.direction, vb) });
    }
    return { a, b, profiled: { a: readA.profiled, b: readB.profiled }, ...computeRankFlipGenes(rows, RANK_FLIP_GENES_OPTIONS) };
  };
  // Keyed by the pair: at most 8 × 7 entries per snapshot (each a bootstrap of ~0.5 s), so bounded. A
  // profile is immutable, so a pair with one is kept too, in a map of its own with a cap (the profile
  // itself was just read: a deleted one never reaches this cache).
  if (!readA.profiled && !readB.profiled) return memo(snap, `rankFlipGenes:${a}:${b}`, compute);
  const key = `${a}:${b}`;
  const hit = profiledPairs.get(key);
  if (hit && hit.snapshot === snap) return hit.value as ReturnType<typeof compute>;
  const value = compute();
  profiledPairs.delete(key);
  profiledPairs.set(key, { snapshot: snap, value });
  if (profiledPairs.size > PROFILED_PAIRS_KEPT) profiledPairs.delete(profiledPairs.keys().next().value!);
  return value;
}
