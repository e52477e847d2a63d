// A profiled metric's values for many architectures at once (#12): rows of packed gene indices
// (core/space/geneIndex, 28 bytes each, the layout of the measured dataset and of the predicted cloud)
// through predictProfiled, into caller-owned columns. A row range lets a view fill a 100,000-point cloud
// in slices between frames; an invalid row (a byte outside its gene) is NaN, never a throw.
import { GENE_COUNT } from '../space/geneIndex';
import { readGeneIndex } from '../space/readGeneIndex';
import { predictProfiled, type MeasurementFit } from './fitDeviceProfile';

export interface ProfiledColumns {
  mean: Float32Array | Float64Array;
  std: Float32Array | Float64Array;
}

/** Fills out.mean[i] and out.std[i] for rows start ≤ i < end of `genes`. */
export function predictProfiledRows(fit: MeasurementFit, genes: Uint8Array, start: number, end: number, out: ProfiledColumns): void {
  if (start < 0 || end * GENE_COUNT > genes.length || end > out.mean.length || end > out.std.length)
    throw new Error(
      `predictProfiledRows: rows [${start}, ${end}) do not fit ${genes.length / GENE_COUNT} packed rows and columns of ${out.mean.length}`,
    );
  for (let i = start; i < end; i++) {
    const arch = readGeneIndex(genes, i * GENE_COUNT);
    if (!arch) {
      out.mean[i] = Number.NaN;
      out.std[i] = Number.NaN;
      continue;
    }
    const p = predictProfiled(fit, arch);
    out.mean[i] = p.mean;
    out.std[i] = p.std;
  }
}
