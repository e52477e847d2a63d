// The served surrogate's test metrics next to ANB's XGBoost reference, target by target; a cell is
// marked when ours is better (higher R²/τ/ρ, lower MAE).

export interface MetricsRow {
  name: string;
  label: string;
  unit: string;
  metrics: { n_test: number; r2: number; kendall_tau: number; spearman: number; mae: number; coverage90: number };
  reference: { r2: number; kendall_tau: number; spearman: number; mae: number };
}

const fmt = (v: number, digits = 4) => v.toFixed(digits);
const maeDigits = (v: number) => (v >= 100 ? 1 : v >= 1 ? 2 : 4);

function Cell({ ours, ref, better, digits, testId }: { ours: number; ref: number; better: boolean; digits: number; testId: string }) {
  return (
    <td className="px-2 py-1 text-right tabular-nums whitespace-nowrap">
      <span className={better ? 'font-semibold text-emerald-700' : 'text-red-700'} data-testid={testId} data-value={ours}>
        {fmt(ours, digits)}
      </span>
      <span className="block text-xs text-muted">XGB {fmt(ref, digits)}</span>
    </td>
  );
}

export function SurrogateMetricsTable({
  rows,
  selected,
  onSelect,
}: {
  rows: MetricsRow[];
  selected: string;
  onSelect: (name: string) => void;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="surrogate-metrics">
        <caption className="sr-only">Test-split metrics of the served surrogate and of the XGBoost reference</caption>
        <thead className="bg-slate-50 text-left text-xs text-muted">
          <tr>
            <th scope="col" className="px-2 py-2">
              Target
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              n test
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              R²
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              Kendall τ
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              Spearman ρ
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              MAE
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              90% coverage
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name} className={`border-t border-slate-100 ${r.name === selected ? 'bg-blue-50' : ''}`} data-target={r.name}>
              <th scope="row" className="px-2 py-1 text-left font-medium">
                <button
                  type="button"
                  className="min-h-6 text-left underline decoration-dotted hover:text-accent"
                  onClick={() => onSelect(r.name)}
                  aria-pressed={r.name === selected}
                >
                  {r.label}
                </button>
              </th>
              <td className="px-2 py-1 text-right tabular-nums">{r.metrics.n_test}</td>
              <Cell ours={r.metrics.r2} ref={r.reference.r2} better={r.metrics.r2 >= r.reference.r2} digits={4} testId={`r2-${r.name}`} />
              <Cell
                ours={r.metrics.kendall_tau}
                ref={r.reference.kendall_tau}
                better={r.metrics.kendall_tau >= r.reference.kendall_tau}
                digits={4}
                testId={`tau-${r.name}`}
              />
              <Cell
                ours={r.metrics.spearman}
                ref={r.reference.spearman}
                better={r.metrics.spearman >= r.reference.spearman}
                digits={4}
                testId={`rho-${r.name}`}
              />
              <Cell
                ours={r.metrics.mae}
                ref={r.reference.mae}
                better={r.metrics.mae <= r.reference.mae}
                digits={maeDigits(r.reference.mae)}
                testId={`mae-${r.name}`}
              />
              <td className="px-2 py-1 text-right tabular-nums" data-testid={`cov-${r.name}`}>
                {(r.metrics.coverage90 * 100).toFixed(1)}%
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
