// Rank agreement in numbers, in one of two tables: reference recipe vs proxy (per seed and pooled),
// or each recipe against itself across seeds (the noise that bounds any proxy's fidelity).

interface Agreement {
  n: number;
  kendallTau: number;
  spearman: number;
  meanAbsDiff: number;
}

export interface ProxyAgreementTableProps {
  kind: 'cross' | 'noise';
  data: {
    perSeed: (Agreement & { seed: number; costRatio: number })[];
    pooledMeans: Agreement;
    pooledPairs: Agreement;
    seedToSeed: (Agreement & { recipe: 'fewproxy' | 'proxified'; seeds: number[] })[];
  };
}

const RECIPE = { fewproxy: 'Reference', proxified: 'Proxy' } as const;

function Row({ label, a, cost, testId, showCost }: { label: string; a: Agreement; cost?: number; testId: string; showCost: boolean }) {
  return (
    <tr className="border-t border-slate-100" data-testid={testId}>
      <th scope="row" className="px-3 py-1.5 text-left font-normal">
        {label}
      </th>
      <td className="px-2 py-1.5 text-right tabular-nums">{a.n}</td>
      <td className="px-2 py-1.5 text-right font-semibold tabular-nums" data-testid={`${testId}-tau`}>
        {a.kendallTau.toFixed(3)}
      </td>
      <td className="px-2 py-1.5 text-right tabular-nums" data-testid={`${testId}-rho`}>
        {a.spearman.toFixed(3)}
      </td>
      <td className="px-2 py-1.5 text-right tabular-nums">{a.meanAbsDiff.toFixed(2)}</td>
      {showCost && <td className="px-3 py-1.5 text-right tabular-nums">{cost === undefined ? '—' : `${cost.toFixed(2)}×`}</td>}
    </tr>
  );
}

export function ProxyAgreementTable({ kind, data }: ProxyAgreementTableProps) {
  const cross = kind === 'cross';
  const caption = cross ? 'Reference recipe vs searched proxy' : 'Ceiling: the same recipe under two seeds';
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full text-sm" data-testid={cross ? 'proxy-agreement' : 'proxy-noise'}>
        <caption className="px-3 pt-2 text-left font-medium">
          {caption}
          <span className="block text-xs font-normal text-muted">
            τ-b: Kendall, ρ: Spearman, |Δ|: mean absolute top-1 difference in points{cross ? ', cost: reference ÷ proxy training time' : ''}
            .
          </span>
        </caption>
        <thead className="text-xs text-muted">
          <tr>
            <th scope="col" className="px-3 py-2 text-left">
              Compared
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              n
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              τ-b
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              ρ
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              |Δ|
            </th>
            {cross && (
              <th scope="col" className="px-3 py-2 text-right">
                Cost
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {cross ? (
            <>
              {data.perSeed.map((s) => (
                <Row key={s.seed} label={`Seed ${s.seed}`} a={s} cost={s.costRatio} testId={`proxy-seed-${s.seed}`} showCost />
              ))}
              <Row label="Means over seeds" a={data.pooledMeans} testId="proxy-pooled-means" showCost />
              <Row label="All (seed, architecture) pairs" a={data.pooledPairs} testId="proxy-pooled-pairs" showCost />
            </>
          ) : (
            data.seedToSeed.map((s) => (
              <Row
                key={`${s.recipe}-${s.seeds.join('-')}`}
                label={`${RECIPE[s.recipe]}, seed ${s.seeds[0]} vs ${s.seeds[1]}`}
                a={s}
                testId={`noise-${s.recipe}-${s.seeds.join('-')}`}
                showCost={false}
              />
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
