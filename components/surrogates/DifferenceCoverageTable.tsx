// How far the editor's "within noise" can be trusted: for every pair of test architectures, whether the
// measured difference lies inside the predicted difference's 90% interval (plus the run-to-run noise of
// the two measurements), by how many genes the pair differs — computed on the server from the served
// model (server/services/differenceValidation.ts).

export interface DifferenceRow {
  name: string;
  label: string;
  kind: string;
  differences: {
    bins: { minDistance: number; maxDistance: number; pairs: number; coverage90: number | null }[];
    noiseBand: number;
    noiseSource: 'proxified-seeds' | 'repeated-records';
  };
}

const band = (r: DifferenceRow) =>
  r.kind === 'accuracy' ? `±${r.differences.noiseBand.toFixed(2)} points` : `±${(100 * r.differences.noiseBand).toFixed(1)}%`;

export function DifferenceCoverageTable({ rows }: { rows: DifferenceRow[] }) {
  const bins = rows[0]?.differences.bins ?? [];
  return (
    <div
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
      tabIndex={0}
      role="region"
      aria-label="Coverage of differences"
    >
      <table className="w-full text-sm tabular-nums" data-testid="difference-coverage">
        <caption className="sr-only">
          Share of test pairs whose measured difference lies inside the predicted difference&apos;s 90% interval
        </caption>
        <thead className="bg-slate-50 text-xs text-muted">
          <tr>
            <th scope="col" className="px-3 py-2 text-left font-medium">
              Target
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Two runs differ by (90%)
            </th>
            {bins.map((b) => (
              <th key={b.minDistance} scope="col" className="px-3 py-2 text-right font-medium">
                {b.maxDistance >= 28 ? `≥ ${b.minDistance}` : `${b.minDistance}–${b.maxDistance}`} genes
                <span className="block font-normal">{b.pairs.toLocaleString('en-US')} pairs</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name} className="border-t border-slate-100" data-target={r.name}>
              <th scope="row" className="px-3 py-1.5 text-left font-normal">
                {r.label}
              </th>
              <td
                className="px-3 py-1.5 text-right"
                title={
                  r.differences.noiseSource === 'proxified-seeds'
                    ? '117 architectures trained 3 times with the proxy recipe'
                    : 'the networks the dataset measured twice'
                }
              >
                {band(r)}
              </td>
              {r.differences.bins.map((b) => (
                <td key={b.minDistance} className="px-3 py-1.5 text-right" data-coverage={b.coverage90 ?? ''}>
                  {b.coverage90 === null ? '–' : `${(100 * b.coverage90).toFixed(1)}%`}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
