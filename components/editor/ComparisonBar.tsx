// What the editor's change columns compare with: the original (URL `vs`: where editing started, so a
// permalink shows the same comparison), which the user can move to the current architecture or drop,
// and the previous architecture of the edit history (the entry Back returns to).
import Link from 'next/link';

export interface ComparisonBarProps {
  code: string;
  /** URL `vs`; null: no original. */
  original: string | null;
  /** The entry before this one in the edit history; null at its first. */
  previous: string | null;
  onMakeOriginal: () => void;
  onStop: () => void;
}

const BUTTON = 'min-h-6 rounded-md border border-slate-300 bg-white px-2 py-0.5 text-xs hover:border-accent';

export function ComparisonBar({ code, original, previous, onMakeOriginal, onStop }: ComparisonBarProps) {
  const comparing = original !== null && original !== code;
  return (
    <div className="space-y-1 text-[13px]" data-testid="comparison-bar">
      {comparing ? (
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span>
            Original:{' '}
            <Link href={`/arch/${original}`} className="font-mono text-accent underline" data-testid="comparison-reference">
              {original}
            </Link>{' '}
            <span className="text-muted">(where editing started)</span>
          </span>
          <button type="button" className={BUTTON} onClick={onMakeOriginal} data-testid="compare-from-here">
            Make this the original
          </button>
          <button type="button" className={BUTTON} onClick={onStop}>
            Stop comparing
          </button>
        </div>
      ) : (
        <p className="text-muted">
          This is the original. Edit a stage to see every prediction&apos;s change against it and against the previous edit, with the
          uncertainty of each change.
        </p>
      )}
      {previous !== null ? (
        <p>
          Previous:{' '}
          <span className="font-mono" data-testid="comparison-previous">
            {previous}
          </span>{' '}
          <span className="text-muted">(Back or Undo returns to it)</span>
        </p>
      ) : null}
    </div>
  );
}
