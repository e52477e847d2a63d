// Design rules measured from the data: what squeeze-excite, kernel 5, expansion 6 and one more layer
// change on top-1 and on every device metric, per block and in all seven blocks at once.
// Method, stated on /compare: a block's effect comes from matched pairs (architectures differing only
// in that gene) when at least `minPairs` exist; otherwise — and always for "all blocks" — from a least-
// squares fit on one-hot genes (log of the hardware metric, so an effect is a ratio, shown in %; top-1
// in accuracy points), with a seeded bootstrap giving the interval.
import 'server-only';
import { matchedGenePairs, type GeneChange } from '@/core/metrics/matchedGenePairs';
import { bootstrapOneHotLeastSquares, fitOneHotLeastSquares, oneHotRSquared, type OneHotProblem } from '@/core/metrics/oneHotLeastSquares';
import { quantile } from '@/core/metrics/quantile';
import { createPrng } from '@/core/random/prng';
import { BLOCK_COUNT, layerChoices, type Architecture } from '@/core/space/searchSpace';
import { DEVICE_METRIC_NAMES, type TargetName } from '@/core/targets';
import type { Database } from '../db/openDatabase';
import { getSnapshot, memo } from './datasetSnapshot';
import { geneDesign, type GeneDesign } from './geneDesign';
import { metricValue } from './metricValue';
import { storedArchitecture } from './storedArchitecture';

export type DesignRuleId = 'se' | 'k' | 'e' | 'l';

export const DESIGN_RULES: { id: DesignRuleId; label: string; change: GeneChange }[] = [
  { id: 'se', label: 'Squeeze-excite on vs off', change: { gene: 'se', from: false, to: true } },
  { id: 'k', label: 'Kernel 5 vs 3', change: { gene: 'k', from: 3, to: 5 } },
  { id: 'e', label: 'Expansion 6 vs 4', change: { gene: 'e', from: 4, to: 6 } },
  { id: 'l', label: 'One more layer', change: { gene: 'l', step: 1 } },
];

export interface DesignMetric {
  name: TargetName;
  /** 'log': fitted on ln(value), effect reported in %; 'points': fitted as is, effect in its own unit. */
  scale: 'log' | 'points';
}

export const DESIGN_RULE_METRICS: DesignMetric[] = [
  { name: 'val_top1', scale: 'points' },
  ...DEVICE_METRIC_NAMES.map((name) => ({ name, scale: 'log' as const })),
];

export interface DesignRuleOptions {
  resamples: number;
  seed: number;
  /** Central coverage of the percentile interval, e.g. 0.9 → 5th to 95th percentile. */
  level: number;
  /** Fewest matched pairs for a block's effect to be measured from pairs instead of the model. */
  minPairs: number;
}

export const DESIGN_RULE_OPTIONS: DesignRuleOptions = { resamples: 200, seed: 1, level: 0.9, minPairs: 20 };

export interface DesignRow {
  architecture: Architecture;
  /** Aligned with the metrics; null where not measured. */
  values: (number | null)[];
}

export interface DesignEffect {
  rule: DesignRuleId;
  /** 0–6, or null for the change made in all seven blocks at once. */
  block: number | null;
  metric: TargetName;
  /** % for log-scale metrics, accuracy points for top-1. */
  effect: number;
  lo: number;
  hi: number;
  method: 'matched-pairs' | 'model';
  /** Records (model) or pairs (matched pairs) the estimate used. */
  n: number;
}

/** Coefficient weights of a rule in one block: to − from; for layers the mean step from 1 to the maximum. */
function contrastWeights(design: GeneDesign, change: GeneChange, block: number): [number, number][] {
  if ('step' in change) {
    const max = Math.max(...layerChoices(block));
    return [[design.column(block, 'l', max)!, 1 / (max - 1)]];
  }
  const out: [number, number][] = [];
  const to = design.column(block, change.gene, change.to);
  const from = design.column(block, change.gene, change.from);
  if (to !== undefined) out.push([to, 1]);
  if (from !== undefined) out.push([from, -1]);
  return out;
}

const combine = (coef: Float64Array, weights: [number, number][]) => weights.reduce((s, [c, w]) => s + w * coef[c], 0);

export function computeDesignRules(rows: DesignRow[], metrics: DesignMetric[], options: DesignRuleOptions) {
  const design = geneDesign();
  const problem: OneHotProblem = {
    p: design.columns.length,
    rows: rows.map((r) => design.active(r.architecture)),
    responses: metrics.map((m, k) =>
      Float64Array.from(rows, (r) => {
        const v = r.values[k];
        return v === null ? NaN : m.scale === 'log' ? Math.log(v) : v;
      }),
    ),
  };
  const fit = fitOneHotLeastSquares(problem);
  fit.forEach((coef, k) => {
    if (!coef) throw new Error(`design rules: the one-hot design for ${metrics[k].name} is rank-deficient`);
  });
  const boot = bootstrapOneHotLeastSquares(problem, options.resamples, options.seed);
  const tail = (1 - options.level) / 2;
  const present = problem.responses.map((y) => y.reduce((n, v) => (Number.isNaN(v) ? n : n + 1), 0));

  const toUnit = (m: DesignMetric, v: number) => (m.scale === 'log' ? 100 * Math.expm1(v) : v);
  const summarise = (m: DesignMetric, estimate: number, samples: number[]) => {
    const sorted = samples.sort((a, b) => a - b);
    return { effect: toUnit(m, estimate), lo: toUnit(m, quantile(sorted, tail)), hi: toUnit(m, quantile(sorted, 1 - tail)) };
  };

  const architectures = rows.map((r) => r.architecture);
  const effects: DesignEffect[] = [];
  const pairsFound: { rule: DesignRuleId; block: number; pairs: number }[] = [];
  for (const rule of DESIGN_RULES) {
    const weights = Array.from({ length: BLOCK_COUNT }, (_, b) => contrastWeights(design, rule.change, b));
    for (let block = 0; block < BLOCK_COUNT; block++) {
      const pairs = matchedGenePairs(architectures, block, rule.change);
      pairsFound.push({ rule: rule.id, block, pairs: pairs.length });
      metrics.forEach((m, k) => {
        const y = problem.responses[k];
        const usable = pairs.filter(([i, j]) => !Number.isNaN(y[i]) && !Number.isNaN(y[j]));
        if (usable.length >= options.minPairs) {
          const d = usable.map(([i, j]) => y[j] - y[i]);
          const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
          const rng = createPrng(options.seed);
          const samples = Array.from({ length: options.resamples }, () => mean(d.map(() => d[rng.int(d.length)])));
          effects.push({ rule: rule.id, block, metric: m.name, method: 'matched-pairs', n: d.length, ...summarise(m, mean(d), samples) });
        } else {
          const samples = boot[k].map((c) => combine(c, weights[block]));
          effects.push({
            rule: rule.id,
            block,
            metric: m.name,
            method: 'model',
            n: present[k],
            ...summarise(m, combine(fit[k]!, weights[block]), samples),
          });
        }
      });
    }
    const all = weights.flat();
    metrics.forEach((m, k) => {
      const samples = boot[k].map((c) => combine(c, all));
      effects.push({
        rule: rule.id,
        block: null,
        metric: m.name,
        method: 'model',
        n: present[k],
        ...summarise(m, combine(fit[k]!, all), samples),
      });
    });
  }

  return {
    rules: DESIGN_RULES.map(({ id, label }) => ({ id, label })),
    metrics: metrics.map((m, k) => ({ name: m.name, scale: m.scale, n: present[k], rSquared: oneHotRSquared(problem, k, fit[k]!) })),
    records: rows.length,
    columns: problem.p,
    options,
    pairsFound,
    effects,
  };
}

export async function designRules(db: Database) {
  const snap = await getSnapshot(db);
  return memo(snap, 'designRules', () => {
    const rows = snap.records.map((r) => ({
      architecture: storedArchitecture(r.code),
      values: DESIGN_RULE_METRICS.map((m) => metricValue(r, m.name)),
    }));
    return computeDesignRules(rows, DESIGN_RULE_METRICS, DESIGN_RULE_OPTIONS);
  });
}
