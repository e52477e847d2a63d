// A labelled <select> of the eight device metrics.
import { DEVICE_METRICS, type DeviceMetricName } from '@/core/targets';
import { LabelledSelect } from './LabelledSelect';

const OPTIONS = DEVICE_METRICS.map((m) => ({ value: m.name, label: m.label }));

export interface DeviceMetricSelectProps {
  label: string;
  value: DeviceMetricName;
  onChange: (value: DeviceMetricName) => void;
  testId?: string;
}

export function DeviceMetricSelect({ label, value, onChange, testId }: DeviceMetricSelectProps) {
  return <LabelledSelect label={label} value={value} options={OPTIONS} onChange={onChange} textClassName="text-muted" testId={testId} />;
}
