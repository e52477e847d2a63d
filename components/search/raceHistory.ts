// The race's search history as files: every evaluation of every run so far (its predicted accuracy and
// device metric, the best reward and the hypervolume up to it) as CSV, one line per evaluation with the
// units in the header, or as JSON with the race's settings and, once done, each run's result.
import { csvColumnName } from '@/components/ui/csvColumnName';
import { deviceMetricUnit } from '@/core/profile/deviceMetricUnit';
import type { RaceSpec, RunFinal } from '@/workers/search/protocol';
import type { RunBuffers } from './createRunBuffers';

export function raceHistoryHeader(spec: Pick<RaceSpec, 'metric' | 'accuracy'>): string[] {
  const unit = deviceMetricUnit(spec.metric);
  return [
    'run',
    'optimizer',
    'seed',
    'evaluation',
    csvColumnName(`predicted_${spec.accuracy}`, '%'),
    csvColumnName(`predicted_${spec.metric}`, unit),
    'best_reward',
    csvColumnName('hypervolume', `% × ${unit}`),
  ];
}

export function raceHistoryToCsv(spec: Pick<RaceSpec, 'metric' | 'accuracy'>, runs: readonly RunBuffers[]): string {
  const lines = [raceHistoryHeader(spec).join(',')];
  runs.forEach((r, run) => {
    for (let i = 0; i < r.length; i++)
      lines.push([run, r.optimizer, r.seed, i + 1, r.accuracy[i], r.hardware[i], r.bestReward[i], r.hypervolume[i]].join(','));
  });
  return `${lines.join('\n')}\n`;
}

export function raceHistoryToJson(spec: RaceSpec, runs: readonly RunBuffers[], finals: readonly RunFinal[] | null): string {
  const unit = deviceMetricUnit(spec.metric);
  return JSON.stringify(
    {
      spec,
      units: { accuracy: '%', hardware: unit, hypervolume: `% × ${unit}` },
      runs: runs.map((r, run) => ({
        run,
        optimizer: r.optimizer,
        seed: r.seed,
        evaluations: r.length,
        accuracy: Array.from(r.accuracy.subarray(0, r.length)),
        hardware: Array.from(r.hardware.subarray(0, r.length)),
        bestReward: Array.from(r.bestReward.subarray(0, r.length)),
        hypervolume: Array.from(r.hypervolume.subarray(0, r.length)),
      })),
      finals: finals ?? null,
    },
    null,
    1,
  );
}
