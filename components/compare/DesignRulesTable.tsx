// One design rule per block and in all blocks: rows are blocks, columns are top-1 and the eight device
// metrics, each cell the effect with its interval (and n and method on hover).
import { BLOCK_COUNT } from '@/core/space/searchSpace';
import type { TargetName } from '@/core/targets';
import { effectVerdict, formatEffect, formatSigned } from './designEffectStyle';
import { metricLabel } from '@/components/ui/metricLabel';

export interface DesignEffectCell {
  block: number | null;
  metric: TargetName;
  effect: number;
  lo: number;
  hi: number;
  method: 'matched-pairs' | 'model';
  n: number;
}

export interface DesignRulesTableProps {
  effects: DesignEffectCell[];
  metrics: { name: TargetName; scale: 'log' | 'points' }[];
  label: string;
  level: number;
}

const TINT = { good: 'bg-green-50 text-green-900', bad: 'bg-orange-50 text-orange-950', unclear: 'text-slate-700' } as const;

export function DesignRulesTable({ effects, metrics, label, level }: DesignRulesTableProps) {
  const byKey = new Map(effects.map((e) => [`${e.block}:${e.metric}`, e]));
  const blocks: (number | null)[] = [...Array.from({ length: BLOCK_COUNT }, (_, b) => b), null];
  return (
    <div
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
      tabIndex={0}
      role="region"
      aria-label={`${label}, per block`}
    >
      <table className="w-full text-sm" data-testid="rules-table">
        <caption className="px-3 py-2 text-left text-sm font-medium">
          {label}, per block ({(100 * level).toFixed(0)}% interval below each effect)
        </caption>
        <thead className="bg-slate-50 text-xs text-muted">
          <tr>
            <th scope="col" className="px-2 py-2 text-left">
              Block
            </th>
            {metrics.map((m) => (
              <th key={m.name} scope="col" className="px-1.5 py-2 text-right">
                {metricLabel(m.name)}
                <span className="block font-normal">{m.scale === 'points' ? 'points' : '% change'}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {blocks.map((block) => (
            <tr
              key={String(block)}
              className={`border-t border-slate-100 ${block === null ? 'border-t-2 border-t-slate-300 font-semibold' : ''}`}
            >
              <th scope="row" className="px-2 py-1.5 text-left whitespace-nowrap">
                {block === null ? 'All blocks' : `Block ${block}`}
              </th>
              {metrics.map((m) => {
                const e = byKey.get(`${block}:${m.name}`);
                if (!e)
                  return (
                    <td key={m.name} className="px-2 py-1.5 text-right">
                      —
                    </td>
                  );
                const verdict = effectVerdict(m.name, e.lo, e.hi);
                return (
                  <td
                    key={m.name}
                    className={`px-1.5 py-1.5 text-right tabular-nums whitespace-nowrap ${TINT[verdict]}`}
                    title={`${e.method === 'model' ? 'Linear model' : 'Matched pairs'}, n = ${e.n.toLocaleString('en-US')}`}
                    data-testid={`rule-cell-${block ?? 'all'}-${m.name}`}
                  >
                    {formatEffect(m.scale, e.effect)}
                    <span className="block text-[11px] font-normal opacity-80">
                      {formatSigned(m.scale, e.lo)} … {formatSigned(m.scale, e.hi)}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
