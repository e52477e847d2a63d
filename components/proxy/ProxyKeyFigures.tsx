// The proxy-fidelity evidence in four numbers: architectures compared, pooled rank agreement, the
// cost ratio and the mean training time per architecture under each recipe.

export interface ProxyKeyFiguresProps {
  data: {
    architectures: number;
    seeds: number[];
    costRatio: number;
    pooledMeans: { kendallTau: number; spearman: number };
    pairs: { fewproxyTrainTimeS: number; proxifiedTrainTimeS: number }[];
  };
}

const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
const hours = (s: number) => `${(s / 3600).toFixed(1)} h`;

export function ProxyKeyFigures({ data }: ProxyKeyFiguresProps) {
  const reference = mean(data.pairs.map((p) => p.fewproxyTrainTimeS));
  const proxy = mean(data.pairs.map((p) => p.proxifiedTrainTimeS));
  const items = [
    {
      label: 'architectures compared',
      value: data.architectures.toLocaleString('en-US'),
      note: `each trained with both recipes, seeds ${data.seeds.join(', ')}`,
      testId: 'proxy-architectures',
    },
    {
      label: 'Kendall τ-b, seed means',
      value: data.pooledMeans.kendallTau.toFixed(3),
      note: `Spearman ρ ${data.pooledMeans.spearman.toFixed(3)}`,
      testId: 'proxy-pooled-tau',
    },
    { label: 'cost ratio', value: `${data.costRatio.toFixed(2)}×`, note: 'reference ÷ proxy training time', testId: 'proxy-cost-ratio' },
    {
      label: 'training time per architecture',
      value: `${hours(reference)} → ${hours(proxy)}`,
      note: 'reference → proxy, mean over seeds',
      testId: 'proxy-train-time',
    },
  ];
  return (
    <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {items.map((i) => (
        <div key={i.label} className="rounded-lg border border-slate-200 bg-white p-3">
          <dt className="text-xs text-muted">{i.label}</dt>
          <dd className="text-xl font-semibold tabular-nums" data-testid={i.testId}>
            {i.value}
          </dd>
          <dd className="text-xs text-muted">{i.note}</dd>
        </div>
      ))}
    </dl>
  );
}
