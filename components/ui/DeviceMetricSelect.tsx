'use client';
// A labelled <select> of the eight device metrics; with `withProfiled`, also the metrics of the devices
// profiled on this server (#12), grouped after ANB's. Without it the props are ANB's names only, so a
// caller that handles no profiled device never receives one.
import { parseProfiledMetricName } from '@/core/profile/profiledMetric';
import { DEVICE_METRICS, type DeviceMetricName } from '@/core/targets';
import { useUserDevices } from '@/components/devices/useUserDevices';
import type { AnyDeviceMetricName } from '@/lib/url/parseAsDeviceMetric';
import { LabelledSelect } from './LabelledSelect';

const OPTIONS = DEVICE_METRICS.map((m) => ({ value: m.name, label: m.label }));

interface CommonProps {
  label: string;
  testId?: string;
}

export type DeviceMetricSelectProps = CommonProps &
  (
    | { withProfiled?: false; value: DeviceMetricName; onChange: (value: DeviceMetricName) => void }
    | { withProfiled: true; value: AnyDeviceMetricName; onChange: (value: AnyDeviceMetricName) => void }
  );

export function DeviceMetricSelect(props: DeviceMetricSelectProps) {
  if (props.withProfiled) return <WithProfiled {...props} />;
  const { label, value, onChange, testId } = props;
  return <LabelledSelect label={label} value={value} options={OPTIONS} onChange={onChange} textClassName="text-muted" testId={testId} />;
}

function WithProfiled({
  label,
  value,
  onChange,
  testId,
}: CommonProps & { value: AnyDeviceMetricName; onChange: (v: AnyDeviceMetricName) => void }) {
  const { metrics } = useUserDevices();
  const profiled: { value: AnyDeviceMetricName; label: string }[] = metrics.map((m) => ({ value: m.name, label: m.label }));
  // A link's device that is not (or not yet) listed stays selected and says so, rather than showing another.
  if (parseProfiledMetricName(value) && !profiled.some((o) => o.value === value))
    profiled.unshift({ value, label: `${value} (not in this server's list)` });
  const all: { value: AnyDeviceMetricName; label: string }[] = [...OPTIONS, ...profiled];
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="text-muted">{label}</span>{' '}
      <select
        className="max-w-72 rounded border border-slate-300 bg-white px-2 py-1"
        value={value}
        onChange={(e) => onChange(all[e.target.selectedIndex].value)}
        data-testid={testId}
      >
        <optgroup label="Accel-NASBench devices">
          {OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </optgroup>
        {profiled.length > 0 && (
          <optgroup label="Profiled devices (predicted by their profile)">
            {profiled.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </label>
  );
}
