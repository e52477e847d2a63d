// What outOfDistributionLevel measures against, read from a trained model's manifest: the training
// split's feature box (`domain`) and each target's training range, in output-column order.
import type { SurrogateManifest } from './manifestSchema';
import type { OodReference } from './outOfDistributionLevel';

export function oodReferenceFromManifest(manifest: SurrogateManifest): OodReference {
  return {
    featureNames: manifest.featureEncoding.names,
    features: manifest.domain,
    targets: manifest.targets.map((t) => ({ name: t.name, ...t.trainingRange })),
  };
}
