// What runtime/predictedDifference needs per target, read from a trained model's manifest, in
// output-column order.
import type { SurrogateManifest } from './manifestSchema';
import type { DifferenceCalibration } from './predictedDifference';

export function differenceCalibrationsFromManifest(manifest: SurrogateManifest): DifferenceCalibration[] {
  return manifest.targets.map((t) => ({
    transform: t.transform,
    varianceScale: t.uncertainty.varianceScale,
    edgeScale: t.uncertainty.edgeScale,
    runNoise: t.uncertainty.runNoise,
    differenceFloor: t.uncertainty.differenceFloor,
  }));
}
