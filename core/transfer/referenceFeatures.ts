// The features the few-shot device model (fewShotDeviceModel.ts) reads for one architecture: the log
// of each reference device metric (as the surrogates predict it: what the app has for any
// architecture), then log MACs and log params. One definition for the leave-one-device-out study and
// the CLI profiler's comparison, so both test the same model.
import { macsParams } from '../metrics/macsParams';
import type { Architecture } from '../space/searchSpace';

export function referenceFeatures(referenceValues: readonly number[], arch: Architecture): number[] {
  const { macs, params } = macsParams(arch);
  return [...referenceValues.map(Math.log), Math.log(macs), Math.log(params)];
}
