// Held-out points for the difference tests: each differs from the first in its `distance` leading
// genes, and its two members agree (v = 0), so every pair's interval is set by the floor and the noise.
import { GENE_COUNT } from '../../core/space/geneIndex';
import type { HeldOutPoints } from './differenceCoverage';

export function syntheticHeldOutPoints(distance: number[], predicted: number[], measured: number[]): HeldOutPoints {
  const genes = new Uint8Array(distance.length * GENE_COUNT);
  distance.forEach((d, i) => {
    for (let g = 0; g < d; g++) genes[i * GENE_COUNT + g] = 1;
  });
  return {
    genes,
    members: Float64Array.from(predicted.flatMap((p) => [p, p])),
    k: 2,
    y: Float64Array.from(measured),
    edge: new Float64Array(distance.length),
  };
}
