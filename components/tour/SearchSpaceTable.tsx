// The search space as a table: per block, the allowed values of each gene, and its total size.
import { BLOCK_COUNT, GENES, geneChoices, searchSpaceSize } from '@/core/space/searchSpace';

const GENE_NAMES = { e: 'expansion', k: 'kernel', l: 'layers', se: 'squeeze-excite' } as const;
const show = (v: number | boolean) => (typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v));

export function SearchSpaceTable() {
  return (
    <div className="space-y-3">
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-1 pr-3">
              block
            </th>
            {GENES.map((g) => (
              <th key={g} scope="col" className="py-1 pr-3">
                {GENE_NAMES[g]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: BLOCK_COUNT }, (_, b) => (
            <tr key={b} className="border-b border-slate-100">
              <th scope="row" className="py-1 pr-3 text-left">
                {b}
              </th>
              {GENES.map((g) => (
                <td key={g} className="py-1 pr-3 tabular-nums">
                  {geneChoices(b, g).map(show).join(' · ')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-sm">
        {searchSpaceSize().toLocaleString('en-US')} architectures. EfficientNet-B0 is <code>1311-6321-6521-6331-6531-6541-6311</code>: per
        block expansion, kernel, layers, squeeze-excite.
      </p>
    </div>
  );
}
