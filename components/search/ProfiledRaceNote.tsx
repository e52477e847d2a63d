// Under a race on a profiled device (#12): which device, where its hardware numbers come from, and the
// median that stands in for the dataset's (reward target and hypervolume reference). Presentational.
import { formatWithUnit } from '@/components/ui/formatWithUnit';
import { PROFILED_MEDIAN_SAMPLE, PROFILED_MEDIAN_SEED } from '@/core/profile/profiledMedian';

export function ProfiledRaceNote({ id, deviceName, median, unit }: { id: string; deviceName: string; median: number; unit: string }) {
  return (
    <p className="rounded-lg border border-sky-200 bg-sky-50 p-3 text-sm text-sky-950" data-testid="race-profiled-device" data-device={id}>
      Hardware objective: <strong>{deviceName}</strong> (profiled device{' '}
      <a className="text-accent underline" href={`/devices/${id}`}>
        {id}
      </a>
      ), predicted by its kernel-level model; accuracy from the surrogate. Its median,{' '}
      <span data-testid="race-profiled-median" data-value={median}>
        {formatWithUnit(median, unit)} {unit}
      </span>{' '}
      over {PROFILED_MEDIAN_SAMPLE.toLocaleString('en-US')} architectures sampled uniformly (seed {PROFILED_MEDIAN_SEED}), is the default
      reward target and the hypervolume&apos;s reference, where ANB&apos;s devices use the dataset&apos;s median.
    </p>
  );
}
