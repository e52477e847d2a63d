// A plain-text table of the test metrics beside the reference XGBoost numbers, one row per target,
// marking each metric where the surrogate is better (+) or not (−).
import { TARGETS } from '../../core/targets';
import { REFERENCE_XGBOOST } from '../runtime/referenceXgboost';
import type { SurrogateReport } from './trainSurrogates';

const pad = (s: string, n: number) => s.padStart(n);

function fmt(v: number, digits: number): string {
  return Number.isFinite(v) ? v.toFixed(digits) : String(v);
}

function mae(v: number): string {
  return v >= 100 ? v.toFixed(1) : v >= 1 ? v.toFixed(2) : v.toPrecision(3);
}

export function formatReportTable(report: SurrogateReport, compareWithReference = true): string {
  const head = ['target', 'n_train', 'n_test', 'R²', 'ref', 'τ', 'ref', 'ρ', 'ref', 'MAE', 'ref', 'cov90'];
  const widths = [18, 7, 6, 8, 7, 8, 7, 8, 7, 10, 8, 6];
  const lines = [head.map((h, i) => (i === 0 ? h.padEnd(widths[0]) : pad(h, widths[i]))).join(' ')];
  let wins = 0;
  let total = 0;
  for (const t of TARGETS) {
    const m = report[t.name];
    const ref = REFERENCE_XGBOOST[t.name];
    const mark = (better: boolean) => {
      total++;
      if (better) wins++;
      return compareWithReference ? (better ? '+' : '−') : '';
    };
    const cells = [
      t.name.padEnd(widths[0]),
      pad(String(m.n_train), widths[1]),
      pad(String(m.n_test), widths[2]),
      pad(fmt(m.r2, 4) + mark(m.r2 > ref.r2), widths[3]),
      pad(fmt(ref.r2, 4), widths[4]),
      pad(fmt(m.kendall_tau, 4) + mark(m.kendall_tau > ref.kendall_tau), widths[5]),
      pad(fmt(ref.kendall_tau, 4), widths[6]),
      pad(fmt(m.spearman, 4) + mark(m.spearman > ref.spearman), widths[7]),
      pad(fmt(ref.spearman, 4), widths[8]),
      pad(mae(m.mae) + mark(m.mae < ref.mae), widths[9]),
      pad(mae(ref.mae), widths[10]),
      pad(fmt(m.coverage90, 3), widths[11]),
    ];
    lines.push(cells.join(' '));
  }
  if (compareWithReference)
    lines.push(`better than the reference XGBoost on ${wins} of ${total} metric comparisons (+); reference: paper split, test`);
  return lines.join('\n');
}

/** Coverage of measured differences between test pairs by genes apart (runtime/predictedDifference.ts), one row per target. */
export function formatDifferenceTable(report: SurrogateReport): string {
  const bins = report[TARGETS[0].name].difference_coverage90;
  const head = [
    'target'.padEnd(18),
    ...bins.map((b) => pad(b.max_distance >= 28 ? `≥${b.min_distance}` : `${b.min_distance}–${b.max_distance}`, 7)),
  ];
  const lines = [`${head.join(' ')}   (genes apart; share of pairs whose measured difference lies in the 90% interval)`];
  for (const t of TARGETS)
    lines.push(
      [
        t.name.padEnd(18),
        ...report[t.name].difference_coverage90.map((b) => pad(b.coverage90 === null ? '—' : b.coverage90.toFixed(3), 7)),
      ].join(' '),
    );
  lines.push(`pairs: ${bins.map((b) => b.pairs.toLocaleString('en-US')).join(', ')}`);
  return lines.join('\n');
}
