// Filters of the dataset table, all URL state: genes for every block, genes per block, the paper's
// split, and min/max ranges on every metric. Presentational: state and setter come from the caller.
import { GeneCheckboxes } from '@/components/ui/GeneCheckboxes';
import { LabelledSelect } from '@/components/ui/LabelledSelect';
import { NumberField } from '@/components/ui/NumberField';
import { BLOCK_COUNT } from '@/core/space/searchSpace';
import { DATA_SORT_KEYS, GENE_KEYS, SPLITS, type DataState, type GeneParam, type RangeParam } from '@/lib/url/dataParams';
import { DATA_COLUMNS } from './dataColumns';

export type DataPatch = { [K in keyof DataState]?: DataState[K] | null };

export interface DataFiltersProps {
  state: DataState;
  onChange: (patch: DataPatch) => void;
}

const SPLIT_LABELS = { train: 'train', val: 'val', test: 'test', none: 'in no split' } as const;
const SPLIT_OPTIONS: { value: NonNullable<DataState['split']> | ''; label: string }[] = [
  { value: '', label: 'any' },
  ...SPLITS.map((s) => ({ value: s, label: SPLIT_LABELS[s] })),
];

export function DataFilters({ state, onChange }: DataFiltersProps) {
  const blockSet = Array.from(
    { length: BLOCK_COUNT },
    (_, b) => GENE_KEYS.filter((g) => state[`${g}${b}` as GeneParam].length > 0).length,
  ).reduce((s, v) => s + v, 0);
  const rangeSet = DATA_SORT_KEYS.filter((k) => state[`min_${k}`] !== null || state[`max_${k}`] !== null).length;
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-3" data-testid="data-filters">
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
        {GENE_KEYS.map((g) => (
          <GeneCheckboxes key={g} gene={g} block={null} values={state[g]} onChange={(v) => onChange({ [g]: v })} />
        ))}
        <LabelledSelect
          label="Split"
          value={state.split ?? ''}
          options={SPLIT_OPTIONS}
          onChange={(split) => onChange({ split: split === '' ? null : split })}
          className="flex items-center gap-1.5 text-sm"
          textClassName="text-muted"
          selectClassName="rounded border border-slate-300 bg-white px-2 py-0.5"
          testId="filter-split"
        />
      </div>

      <details open={blockSet > 0 || undefined} className="group">
        <summary className="min-h-6 cursor-pointer py-0.5 text-sm font-medium">
          Genes per block{blockSet > 0 && ` (${blockSet} set)`}
        </summary>
        <div className="mt-2 overflow-x-auto">
          <table className="text-sm">
            <thead className="text-xs text-muted">
              <tr>
                <th scope="col" className="pr-3 text-left font-normal">
                  Block
                </th>
                <th scope="col" className="px-2 text-left font-normal">
                  Expansion
                </th>
                <th scope="col" className="px-2 text-left font-normal">
                  Kernel
                </th>
                <th scope="col" className="px-2 text-left font-normal">
                  Layers
                </th>
                <th scope="col" className="px-2 text-left font-normal">
                  Squeeze-excite
                </th>
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: BLOCK_COUNT }, (_, b) => (
                <tr key={b}>
                  <th scope="row" className="pr-3 text-left font-normal text-muted">
                    {b}
                  </th>
                  {GENE_KEYS.map((g) => {
                    const key = `${g}${b}` as GeneParam;
                    return (
                      <td key={g} className="px-2 py-0.5">
                        <GeneCheckboxes gene={g} block={b} values={state[key]} onChange={(v) => onChange({ [key]: v })} compact />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>

      <details open={rangeSet > 0 || undefined}>
        <summary className="min-h-6 cursor-pointer py-0.5 text-sm font-medium">Metric ranges{rangeSet > 0 && ` (${rangeSet} set)`}</summary>
        <div className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
          {DATA_COLUMNS.filter((c) => c.key !== 'result_id').map((c) => {
            const min = `min_${c.key}` as RangeParam;
            const max = `max_${c.key}` as RangeParam;
            const name = `${c.header}${c.unit ? ` (${c.unit})` : ''}`;
            return (
              <div key={c.key} className="flex items-center gap-2">
                <span className="w-36 shrink-0 text-sm">{name}</span>
                <NumberField
                  label={`${name} at least`}
                  hideLabel
                  value={state[min]}
                  placeholder="min"
                  inputClassName="w-20"
                  onCommit={(v) => onChange({ [min]: v })}
                  testId={`filter-${min}`}
                />
                <span className="text-muted" aria-hidden="true">
                  –
                </span>
                <NumberField
                  label={`${name} at most`}
                  hideLabel
                  value={state[max]}
                  placeholder="max"
                  inputClassName="w-20"
                  onCommit={(v) => onChange({ [max]: v })}
                  testId={`filter-${max}`}
                />
              </div>
            );
          })}
        </div>
      </details>
    </div>
  );
}
