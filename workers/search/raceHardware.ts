// Where a race reads its hardware objective (#12): the surrogate's column of an ANB device metric, or
// for a profiled device the kernel-level model sent with the spec, checked here because a worker
// message is an input like any other. A bad spec is an error value naming what is wrong.
import { err, ok, type Result } from '@/core/result';
import { measurementFitFromMessage, measurementFitMessageSchema } from '@/core/profile/measurementFitMessage';
import { predictProfiled } from '@/core/profile/fitDeviceProfile';
import { parseProfiledMetricName } from '@/core/profile/profiledMetric';
import type { HardwareObjective } from '@/core/search/searchObjectives';
import type { RaceSpec, SearchError } from './protocol';

export function raceHardware(spec: RaceSpec, targets: readonly string[]): Result<HardwareObjective, SearchError> {
  const invalid = (message: string) => err<SearchError>({ code: 'invalid_request', message });
  const profiled = parseProfiledMetricName(spec.metric);
  if (!profiled) {
    const column = targets.indexOf(spec.metric);
    return column >= 0 ? ok({ column }) : invalid(`the surrogate does not predict ${spec.metric}`);
  }
  if (!spec.profiled) return invalid(`the race on the profiled metric ${spec.metric} came without its fitted profile`);
  const parsed = measurementFitMessageSchema.safeParse(spec.profiled);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return invalid(`the fitted profile of ${spec.metric} is malformed at profiled.${issue.path.join('.')}: ${issue.message}`);
  }
  if (parsed.data.metric !== profiled.metric)
    return invalid(`the race is on ${spec.metric} but its fitted profile is for ${parsed.data.metric}`);
  if (!(spec.hardwareMedian !== undefined && spec.hardwareMedian > 0 && Number.isFinite(spec.hardwareMedian)))
    return invalid(`the race on ${spec.metric} needs the metric's median (a positive number), got ${spec.hardwareMedian}`);
  const fit = measurementFitFromMessage(parsed.data);
  return ok({ predict: (arch) => predictProfiled(fit, arch).mean });
}
