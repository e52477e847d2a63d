import { describe, expect, it } from 'vitest';
import { GENE_COUNT } from '../../core/space/geneIndex';
import type { DifferenceCalibration } from './predictedDifference';
import { differenceCoverage, type HeldOutPoints } from './differenceCoverage';

const calibration: DifferenceCalibration = { transform: 'identity', varianceScale: 1, edgeScale: 0, runNoise: 0, differenceFloor: 0 };

/** Points whose genes differ from the first in `distance[i]` leading genes; members agree (v = 0). */
function points(distance: number[], predicted: number[], measured: number[]): HeldOutPoints {
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

describe('differenceCoverage', () => {
  it('counts covered pairs per gene-distance bin', () => {
    // Pair (0,1) at 1 gene: residual 1; (0,2) at 12: residual 0.1; (1,2) at 11 genes apart: residual −0.9.
    const p = points([0, 1, 12], [60, 60, 60], [60, 61, 60.1]);
    const bins = differenceCoverage({ ...calibration, differenceFloor: 0.1 }, p);
    // Half-width z90·√0.2 = 0.736: covers 0.1 and −0.9? no; 1? no.
    expect(bins[0]).toMatchObject({ minDistance: 1, maxDistance: 10, pairs: 1, coverage90: 0 });
    expect(bins[1]).toMatchObject({ minDistance: 11, maxDistance: 12, pairs: 2, coverage90: 0.5 });
    expect(bins[2].pairs).toBe(0);
    expect(bins[2].coverage90).toBeNull();
  });
});
