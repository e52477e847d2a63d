// How different the per-device winners are: genes (of 28) in which each pair differs, shaded.
import { ScrollRegion } from '@/components/ui/ScrollRegion';

export interface GeneDistanceMatrixProps {
  /** Row/column labels, e.g. the device metric each winner belongs to. */
  labels: readonly string[];
  /** Symmetric, zero diagonal; distances[i][j] in 0..28. */
  distances: readonly (readonly number[])[];
}

export function GeneDistanceMatrix({ labels, distances }: GeneDistanceMatrixProps) {
  return (
    <ScrollRegion label="Genes in which two winners differ">
      <table className="border-collapse text-sm">
        <caption className="pb-2 text-left text-muted">
          Genes in which two winners differ (of 28: expansion, kernel, layers, squeeze-excite × 7 blocks).
        </caption>
        <thead>
          <tr>
            <td />
            {labels.map((l) => (
              <th key={l} scope="col" className="px-1 pb-1 text-xs font-medium">
                {l.replace('_', ' ')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {distances.map((row, i) => (
            <tr key={labels[i]}>
              <th scope="row" className="pr-2 text-right text-xs font-medium">
                {labels[i].replace('_', ' ')}
              </th>
              {row.map((d, j) => (
                <td
                  key={labels[j]}
                  className="h-9 w-16 border border-white text-center tabular-nums"
                  // Shade by distance: 0 white, 28 genes the darkest blue; text flips to white past half.
                  style={{ background: `rgba(30, 64, 175, ${d / 28})`, color: d / 28 > 0.5 ? 'white' : 'var(--color-ink)' }}
                >
                  {d}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
