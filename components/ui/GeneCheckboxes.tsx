// One gene's allowed values as a group of toggle chips (native checkboxes). None checked means no
// constraint; the values checked are the ones a record's gene may take.
import { geneValues, type GeneKey } from '@/lib/url/dataParams';

const GENE_NAMES: Record<GeneKey, string> = { e: 'Expansion', k: 'Kernel', l: 'Layers', se: 'Squeeze-excite' };
const valueLabel = (gene: GeneKey, v: number) => (gene === 'se' ? (v === 1 ? 'on' : 'off') : String(v));

export interface GeneCheckboxesProps {
  gene: GeneKey;
  /** null: the constraint applies to every block. */
  block: number | null;
  values: number[];
  onChange: (values: number[]) => void;
  /** Hide the gene name (the per-block grid shows it in the column header). */
  compact?: boolean;
}

export function GeneCheckboxes({ gene, block, values, onChange, compact }: GeneCheckboxesProps) {
  const name = `${GENE_NAMES[gene]}${block === null ? ' (all blocks)' : ` (block ${block})`}`;
  return (
    <fieldset className="flex flex-wrap items-center gap-1" data-testid={`gene-${gene}${block ?? ''}`}>
      <legend className={compact ? 'sr-only' : 'float-left mr-1.5 text-sm text-muted'}>{compact ? name : GENE_NAMES[gene]}</legend>
      {geneValues(gene, block).map((v) => {
        const checked = values.includes(v);
        return (
          <label
            key={v}
            className="inline-flex min-h-6 min-w-6 cursor-pointer items-center justify-center rounded border border-slate-300 bg-white px-2 text-xs tabular-nums hover:border-accent has-[:checked]:border-accent has-[:checked]:bg-accent has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent"
          >
            <input
              type="checkbox"
              className="sr-only"
              checked={checked}
              onChange={() => onChange(checked ? values.filter((x) => x !== v) : [...values, v].sort((a, b) => a - b))}
              aria-label={`${name}: ${valueLabel(gene, v)}`}
            />
            {valueLabel(gene, v)}
          </label>
        );
      })}
    </fieldset>
  );
}
