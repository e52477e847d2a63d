// The comparison `npm run search -- --compare` prints: per device metric, each optimizer's final
// hypervolume and best reward averaged over seeds, against random search at the same budget.
import { optimizers, type OptimizerId } from '@/core/search/optimizers';
import type { SurrogateSearchRun } from '@/core/search/runSurrogateSearch';
import { DEVICE_METRICS } from '@/core/targets';

export interface ComparisonRow {
  metric: string;
  optimizer: OptimizerId;
  seeds: number;
  hypervolumeMean: number;
  hypervolumeStd: number;
  /** Mean hypervolume relative to random search's on the same metric (1 = equal). */
  hypervolumeVsRs: number;
  bestRewardMean: number;
  /** Seeds on which this optimizer's hypervolume beat random search's with the same seed. */
  winsVsRs: number;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const std = (xs: number[]) => (xs.length < 2 ? 0 : Math.sqrt(xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / (xs.length - 1)));

export function compareRuns(runs: readonly SurrogateSearchRun[]): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  for (const m of DEVICE_METRICS) {
    const ofMetric = runs.filter((r) => r.metric === m.name);
    if (ofMetric.length === 0) continue;
    const rs = ofMetric.filter((r) => r.optimizer === 'rs');
    const rsMean = mean(rs.map((r) => r.hypervolume));
    const ids = [...new Set(ofMetric.map((r) => r.optimizer))];
    for (const id of ids) {
      const mine = ofMetric.filter((r) => r.optimizer === id);
      const hv = mine.map((r) => r.hypervolume);
      rows.push({
        metric: m.name,
        optimizer: id,
        seeds: mine.length,
        hypervolumeMean: mean(hv),
        hypervolumeStd: std(hv),
        hypervolumeVsRs: rs.length ? mean(hv) / rsMean : NaN,
        bestRewardMean: mean(mine.map((r) => r.best.reward)),
        winsVsRs: mine.filter((r) => r.hypervolume > (rs.find((b) => b.seed === r.seed)?.hypervolume ?? Infinity)).length,
      });
    }
  }
  return rows;
}

/** Significant digits without exponents: 35,700 rather than 3.570e+4. */
const fmt = (x: number, digits = 3) =>
  Number.isFinite(x) ? Number(x.toPrecision(digits)).toLocaleString('en-US', { maximumFractionDigits: 6 }) : '—';

export function comparisonMarkdown(rows: readonly ComparisonRow[], budget: number): string {
  const lines = [`| device metric | optimizer | hypervolume (mean ± sd) | vs RS | wins vs RS | best reward |`, `|---|---|---|---|---|---|`];
  for (const r of rows) {
    const unit = DEVICE_METRICS.find((m) => m.name === r.metric)?.unit ?? '';
    lines.push(
      `| ${r.metric} | ${optimizers[r.optimizer].label} | ${fmt(r.hypervolumeMean, 4)} ± ${fmt(r.hypervolumeStd, 2)} (%·${unit}) | ` +
        `${r.optimizer === 'rs' ? '1' : `${fmt(r.hypervolumeVsRs, 3)}×`} | ${r.optimizer === 'rs' ? '—' : `${r.winsVsRs}/${r.seeds}`} | ${fmt(r.bestRewardMean, 4)} |`,
    );
  }
  lines.push('', `Budget ${budget} surrogate evaluations per run; ${rows[0]?.seeds ?? 0} seeds per optimizer.`);
  return lines.join('\n');
}
