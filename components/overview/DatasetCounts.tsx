// The dataset at a glance: records, architectures, repeats, splits, proxy runs, devices.

export interface DatasetCountsProps {
  records: number;
  architectures: number;
  repeatedArchitectures: number;
  splits: { train: number; val: number; test: number; none: number };
  proxyRuns: number;
  devices: number;
}

export function DatasetCounts(p: DatasetCountsProps) {
  const items = [
    { label: 'measured records', value: p.records, testId: 'count-records' },
    { label: 'distinct architectures', value: p.architectures, testId: 'count-architectures' },
    { label: 'trained twice', value: p.repeatedArchitectures, testId: 'count-repeated' },
    { label: 'train / val / test', value: `${p.splits.train} / ${p.splits.val} / ${p.splits.test}`, testId: 'count-splits' },
    { label: 'proxy-fidelity runs', value: p.proxyRuns, testId: 'count-proxy' },
    { label: 'accelerators', value: p.devices, testId: 'count-devices' },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {items.map((i) => (
        <div key={i.label} className="rounded-lg border border-slate-200 bg-white p-3">
          <dt className="text-xs text-muted">{i.label}</dt>
          <dd className="text-xl font-semibold tabular-nums" data-testid={i.testId}>
            {typeof i.value === 'number' ? i.value.toLocaleString('en-US') : i.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
