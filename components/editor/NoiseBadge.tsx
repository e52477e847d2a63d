// The "within noise" mark of a predicted difference; its title says why (formatDifference.ts). Compact
// (the prediction table's change columns): "noise" on screen, still "within noise" to a screen reader.
export function NoiseBadge({ text, testId, compact = false }: { text: string; testId?: string; compact?: boolean }) {
  return (
    <span
      className={`ml-1 whitespace-nowrap rounded-full border border-amber-300 bg-amber-50 text-xs font-medium text-amber-900 ${compact ? 'px-1.5' : 'px-2 py-0.5'}`}
      title={text}
      data-testid={testId}
    >
      {compact ? (
        <>
          <span className="sr-only">within </span>noise
        </>
      ) : (
        'within noise'
      )}
    </span>
  );
}
