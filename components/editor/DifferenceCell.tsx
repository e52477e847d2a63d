// One "Change vs …" cell of the prediction table: the predicted difference, short, with its 90% interval
// in the title and for screen readers, and a noise badge when it is within noise; a placeholder while
// predicting. Full-precision delta and verdict sit in data attributes for tests.
import type { PredictedDifference } from '@/surrogates/runtime/predictedDifference';
import { formatDifference } from './formatDifference';
import { NoiseBadge } from './NoiseBadge';

export function DifferenceCell({ d, kind, testId }: { d: PredictedDifference | null; kind: string; testId: string }) {
  if (!d)
    return (
      <td className="px-1.5 py-1 text-right">
        <span className="inline-block h-3 w-12 animate-pulse rounded bg-slate-200" aria-label="predicting" />
      </td>
    );
  const f = formatDifference(d, kind === 'accuracy' ? 'points' : 'relative');
  // The interval is in the title and for screen readers: the table has to fit beside the stages.
  return (
    <td
      className="whitespace-nowrap px-1.5 py-1 text-right"
      data-testid={testId}
      data-verdict={d.verdict}
      data-delta={String(d.delta)}
      title={`90% interval of the difference ${f.interval}${f.noise ? `; ${f.noise}` : ''}`}
    >
      <span className={f.noise ? 'text-muted' : 'font-medium'} aria-hidden="true">
        {f.short}
      </span>
      <span className="sr-only">
        {f.change} (90% interval {f.interval})
      </span>
      {f.noise ? <NoiseBadge text={f.noise} compact /> : null}
    </td>
  );
}
