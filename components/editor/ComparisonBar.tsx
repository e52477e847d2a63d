// What the editor's "Change vs" column compares with (URL `vs`): the architecture editing started
// from, unless the user picks the current one or stops comparing.
import Link from 'next/link';

export interface ComparisonBarProps {
  code: string;
  /** null: not comparing. */
  reference: string | null;
  onCompareFromHere: () => void;
  onStop: () => void;
}

export function ComparisonBar({ code, reference, onCompareFromHere, onStop }: ComparisonBarProps) {
  const button = 'rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm hover:border-accent';
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="comparison-bar">
      {reference && reference !== code ? (
        <>
          <span>
            Changes are against{' '}
            <Link href={`/arch/${reference}`} className="font-mono text-accent underline" data-testid="comparison-reference">
              {reference}
            </Link>
            , where editing started.
          </span>
          <button type="button" className={button} onClick={onCompareFromHere} data-testid="compare-from-here">
            Compare from here
          </button>
          <button type="button" className={button} onClick={onStop}>
            Stop comparing
          </button>
        </>
      ) : (
        <span className="text-muted">
          Edit a stage to see every prediction&apos;s change against this architecture, with its uncertainty.
        </span>
      )}
    </div>
  );
}
