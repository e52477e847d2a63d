// The six accelerators with what the dataset holds for each of their metrics.
import type { ReactNode } from 'react';

export interface DeviceCardMetric {
  name: string;
  unit: string;
  measured: number;
  missing: number;
  hasStd: boolean;
  min: number | null;
  max: number | null;
}

export interface DeviceCard {
  id: string;
  name: string;
  vendor: string;
  kind: string;
  metrics: DeviceCardMetric[];
}

const fmt = (v: number | null) => (v === null ? '—' : v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(2));

export function DeviceCards({ devices, footer }: { devices: DeviceCard[]; footer?: ReactNode }) {
  return (
    <div>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="device-list">
        {devices.map((d) => (
          <li key={d.id} className="rounded-lg border border-slate-200 bg-white p-3">
            <div className="flex items-baseline justify-between">
              <h3 className="font-semibold">{d.name}</h3>
              <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-muted">{d.kind}</span>
            </div>
            <p className="text-xs text-muted">{d.vendor}</p>
            <ul className="mt-2 space-y-1 text-sm">
              {d.metrics.map((m) => (
                <li key={m.name}>
                  <span className="font-medium">{m.name.split('_')[0]}</span>{' '}
                  <span className="tabular-nums">
                    {fmt(m.min)}–{fmt(m.max)} {m.unit}
                  </span>
                  <span className="text-xs text-muted">
                    {' '}
                    · {m.measured.toLocaleString('en-US')} measured{m.missing ? `, ${m.missing} missing` : ''}
                    {m.hasStd ? ', with std' : ', no std'}
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {footer}
    </div>
  );
}
