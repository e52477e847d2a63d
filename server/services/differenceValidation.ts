// The served surrogate's predicted differences against measured ones on the paper's test split: for
// every pair of test architectures, is the measured difference inside the predicted difference's 90%
// interval plus the run-to-run noise of two measurements (surrogates/runtime/differenceCoverage.ts),
// by how many genes the two differ. Computed here from the served model's member values, not read
// from its training report.
import 'server-only';
import { packGeneIndex } from '@/core/space/geneIndex';
import type { Architecture } from '@/core/space/searchSpace';
import type { TargetName } from '@/core/targets';
import { differenceCalibrationsFromManifest } from '@/surrogates/runtime/differenceCalibrationsFromManifest';
import { differenceCoverage, type DifferenceCoverageBin } from '@/surrogates/runtime/differenceCoverage';
import type { SurrogatePrediction } from '@/surrogates/runtime/createNodePredictor';
import type { SurrogateManifest } from '@/surrogates/runtime/manifestSchema';
import { runNoiseBand } from '@/surrogates/runtime/predictedDifference';

export interface TargetDifferenceValidation {
  bins: DifferenceCoverageBin[];
  /** 90% band of two single runs of one network differing (natural: points for accuracies, else relative). */
  noiseBand: number;
  noiseSource: 'proxified-seeds' | 'repeated-records';
}

/** `measured[j][i]`: target j's measured value of architecture i (null where missing). */
export function differenceValidation(
  manifest: SurrogateManifest,
  archs: readonly Architecture[],
  predicted: SurrogatePrediction,
  measured: readonly (readonly (number | null)[])[],
): Record<TargetName, TargetDifferenceValidation> {
  const calibrations = differenceCalibrationsFromManifest(manifest);
  const t = manifest.targets.length;
  const k = manifest.targets[0].members;
  const genes = packGeneIndex(archs);
  const edge = Float64Array.from(predicted.edge);
  const out = {} as Record<TargetName, TargetDifferenceValidation>;
  manifest.targets.forEach((target, j) => {
    const log = target.transform === 'log';
    const members = new Float64Array(archs.length * k);
    for (let i = 0; i < archs.length; i++) for (let m = 0; m < k; m++) members[i * k + m] = predicted.members[(i * k + m) * t + j];
    const y = Float64Array.from(measured[j], (v) => (v === null || (log && v <= 0) ? NaN : log ? Math.log(v) : v));
    const band = runNoiseBand(calibrations[j].runNoise);
    out[target.name] = {
      bins: differenceCoverage(calibrations[j], { genes, members, k, y, edge }),
      noiseBand: log ? Math.expm1(band) : band,
      noiseSource: target.uncertainty.runNoiseSource,
    };
  });
  return out;
}
