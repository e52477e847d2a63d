// `tsx scripts/compareXgboostSplit.ts --split DIR --report FILE`: trains ANB's XGBoost surrogates the ANB
// way (bench/xgboostQuery.py, Debian's python3-xgboost) on a split in the paper's format and prints
// their test metrics beside ours from a `npm run surrogates:train -- --split DIR --report FILE` report,
// marking where ours is at least as good. The check that the pipeline's advantage holds on splits
// other than the paper's.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { TARGET_NAMES } from '@/core/targets';
import { findXgboost, prepareModels } from '@/bench/xgboostBench';

const USAGE = 'usage: tsx scripts/compareXgboostSplit.ts --split DIR --report OUR_REPORT.json';
const { values } = parseArgs({ options: { split: { type: 'string' }, report: { type: 'string' } } });
if (!values.split || !values.report) {
  console.error(USAGE);
  process.exit(2);
}
type Metrics = { r2: number; kendall_tau: number; spearman: number; mae: number; coverage90?: number };
const ours = JSON.parse(readFileSync(values.report, 'utf8')) as Record<string, Metrics>;
const found = findXgboost();
if ('skipped' in found) {
  console.error(`No reference to compare with: ${found.skipped}.`);
  process.exit(1);
}
const { quality } = await prepareModels(found.python, found.version, values.split);
const byTarget = new Map(quality.map((q) => [q.target, { r2: q.r2, kendall_tau: q.kendallTau, spearman: q.spearman, mae: q.mae }]));
let wins = 0;
let total = 0;
console.log('target             R² ours / xgb        τ ours / xgb         ρ ours / xgb         MAE ours / xgb');
for (const t of TARGET_NAMES) {
  const o = ours[t];
  const x = byTarget.get(t);
  if (!o || !x) continue;
  const cell = (a: number, b: number, lowerBetter = false) => {
    const ok = lowerBetter ? a <= b : a >= b;
    total++;
    if (ok) wins++;
    return `${a.toPrecision(4)}${ok ? '+' : '-'} / ${b.toPrecision(4)}`.padEnd(21);
  };
  console.log(
    `${t.padEnd(18)} ${cell(o.r2, x.r2)}${cell(o.kendall_tau, x.kendall_tau)}${cell(o.spearman, x.spearman)}${cell(o.mae, x.mae, true)}`,
  );
}
console.log(`ours at least as good on ${wins} of ${total} comparisons`);
