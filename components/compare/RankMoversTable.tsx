// The architectures whose rank changes most between device A and device B, with their measured values.
import Link from 'next/link';
import { formatMetric } from '@/components/data/formatMetric';
import { parseProfiledMetricName } from '@/core/profile/profiledMetric';

export interface RankMover {
  code: string;
  valTop1: number;
  valueA: number;
  valueB: number;
  rankA: number;
  rankB: number;
}

export interface RankMoversTableProps {
  movers: RankMover[];
  a: string;
  b: string;
  labelA: string;
  labelB: string;
}

/** Ranks are whole unless values tie (then the average of the tied ranks). */
const rank = (r: number) => (Number.isInteger(r) ? String(r) : r.toFixed(1));

/** The editor link's query: a profiled device compared here is linked (`device=`), so its row shows there first. */
export function moverLinkQuery(a: string, b: string): string {
  const ids = [...new Set([a, b].map((m) => parseProfiledMetricName(m)?.id).filter((id): id is string => !!id))];
  return ids.length ? `?device=${ids.join(',')}` : '';
}

export function RankMoversTable({ movers, a, b, labelA, labelB }: RankMoversTableProps) {
  if (movers.length === 0) return null;
  const query = moverLinkQuery(a, b);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="movers-table">
        <caption className="px-3 py-2 text-left text-sm font-medium">Largest rank changes</caption>
        <thead className="bg-slate-50 text-left text-xs whitespace-nowrap text-muted">
          <tr>
            <th scope="col" className="px-3 py-2">
              Architecture
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Top-1 %
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {labelA}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {labelB}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Rank A → B
            </th>
          </tr>
        </thead>
        <tbody>
          {movers.map((m) => (
            <tr key={m.code} className="border-t border-slate-100">
              <td className="px-3 py-1.5 font-mono text-xs whitespace-nowrap">
                <Link href={`/arch/${m.code}${query}`} prefetch={false} className="text-accent underline-offset-2 hover:underline">
                  {m.code}
                </Link>
              </td>
              <td className="px-3 py-1.5 text-right tabular-nums">{m.valTop1.toFixed(2)}</td>
              <td className="px-3 py-1.5 text-right tabular-nums">{formatMetric(a, m.valueA)}</td>
              <td className="px-3 py-1.5 text-right tabular-nums">{formatMetric(b, m.valueB)}</td>
              <td className="px-3 py-1.5 text-right tabular-nums whitespace-nowrap">
                {rank(m.rankA)} → {rank(m.rankB)}{' '}
                <span className={m.rankB < m.rankA ? 'text-blue-700' : 'text-orange-700'}>
                  ({m.rankB < m.rankA ? '▲' : '▼'}
                  {rank(Math.abs(m.rankB - m.rankA))})
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
