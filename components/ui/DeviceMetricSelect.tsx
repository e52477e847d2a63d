// A labelled <select> of the eight device metrics.
import { DEVICE_METRICS, isDeviceMetricName, type DeviceMetricName } from '@/core/targets';

export interface DeviceMetricSelectProps {
  label: string;
  value: DeviceMetricName;
  onChange: (value: DeviceMetricName) => void;
  testId?: string;
}

export function DeviceMetricSelect({ label, value, onChange, testId }: DeviceMetricSelectProps) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="text-muted">{label}</span>
      <select
        className="rounded border border-slate-300 bg-white px-2 py-1"
        value={value}
        onChange={(e) => {
          if (isDeviceMetricName(e.target.value)) onChange(e.target.value);
        }}
        data-testid={testId}
      >
        {DEVICE_METRICS.map((m) => (
          <option key={m.name} value={m.name}>
            {m.label}
          </option>
        ))}
      </select>
    </label>
  );
}
