// How the design rules were computed, in plain words, with the numbers that judge them: matched pairs
// found, the model's size and fit per metric, the bootstrap, and what the estimates do not mean.
import { metricLabel } from '@/components/ui/metricLabel';
import type { TargetName } from '@/core/targets';

export interface DesignRulesMethodProps {
  data: {
    records: number;
    columns: number;
    options: { resamples: number; seed: number; level: number; minPairs: number };
    metrics: { name: TargetName; scale: 'log' | 'points'; n: number; rSquared: number }[];
    pairsFound: { rule: string; block: number; pairs: number }[];
    effects: { method: 'matched-pairs' | 'model' }[];
  };
}

export function DesignRulesMethod({ data }: DesignRulesMethodProps) {
  const { options } = data;
  const totalPairs = data.pairsFound.reduce((s, p) => s + p.pairs, 0);
  const maxPairs = Math.max(...data.pairsFound.map((p) => p.pairs));
  const fromPairs = data.effects.filter((e) => e.method === 'matched-pairs').length;
  const pct = (100 * options.level).toFixed(0);
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm" open data-testid="rules-method">
      <summary className="min-h-6 cursor-pointer py-0.5 font-medium">How these numbers were measured</summary>
      <ol className="mt-3 list-decimal space-y-2 pl-5 text-slate-700">
        <li>
          <strong>Matched pairs first.</strong> For every block and gene we looked for pairs of measured architectures that differ only in
          that gene (e.g. identical except squeeze-excite in block 3). A block&apos;s effect would be the mean difference over its pairs
          when at least {options.minPairs} exist. ANB samples its 10¹¹-architecture space at random, so such pairs are rare:{' '}
          <strong data-testid="pairs-found">{totalPairs.toLocaleString('en-US')}</strong> found in total
          {totalPairs === 0
            ? ', for any block and gene. Every effect on this page therefore comes from the model below.'
            : ` (at most ${maxPairs} for one block and gene); ${fromPairs === 0 ? 'no effect' : `${fromPairs} effects`} could be measured from pairs.`}
        </li>
        <li>
          <strong>Otherwise a linear model.</strong> Least squares on one-hot genes: an intercept plus one indicator per non-reference level
          of each gene in each block ({data.columns} columns; reference levels expansion 4, kernel 3, one layer, squeeze-excite off), fitted
          on all {data.records.toLocaleString('en-US')} records. Hardware metrics are modelled as the logarithm of the value, so a
          coefficient is a ratio, reported as a % change; top-1 is modelled as is, in accuracy points. &ldquo;One more layer&rdquo; is the
          average step from one layer to the maximum (three; four in block 5). &ldquo;All blocks&rdquo; makes the change in all seven blocks
          at once (the sum of the block effects on the log scale).
        </li>
        <li>
          <strong>Intervals.</strong> {options.resamples} bootstrap resamples of the records (seed {options.seed}, so the numbers are the
          same on every server), refitting the model each time; the {pct}% interval runs from the {((1 - options.level) * 50).toFixed(0)}th
          to the {(100 - (1 - options.level) * 50).toFixed(0)}th percentile.
        </li>
        <li>
          <strong>What it does not say.</strong> The model is additive: it gives the average effect over the sampled architectures and
          cannot show that, say, squeeze-excite costs more in a wide block than in a narrow one. Top-1 is ANB&apos;s proxy-trained accuracy,
          lower than a full training. The fit below tells how much of each metric the genes explain.
        </li>
      </ol>
      <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label="Model fit per metric">
        <table className="text-xs" data-testid="rules-fit">
          <caption className="py-1 text-left font-medium text-slate-700">Model fit per metric (R² on the modelled scale)</caption>
          <thead className="text-muted">
            <tr>
              <th scope="col" className="pr-4 text-left">
                Metric
              </th>
              {data.metrics.map((m) => (
                <th key={m.name} scope="col" className="px-2 text-right">
                  {metricLabel(m.name)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="tabular-nums">
            <tr>
              <th scope="row" className="pr-4 text-left font-normal text-muted">
                R²
              </th>
              {data.metrics.map((m) => (
                <td key={m.name} className="px-2 text-right">
                  {m.rSquared.toFixed(3)}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row" className="pr-4 text-left font-normal text-muted">
                n records
              </th>
              {data.metrics.map((m) => (
                <td key={m.name} className="px-2 text-right">
                  {m.n.toLocaleString('en-US')}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </details>
  );
}
