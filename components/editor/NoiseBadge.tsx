// The "within noise" mark of a predicted difference; its title says why (formatDifference.ts).
export function NoiseBadge({ text, testId }: { text: string; testId?: string }) {
  return (
    <span
      className="ml-1 whitespace-nowrap rounded-full border border-amber-300 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900"
      title={text}
      data-testid={testId}
    >
      within noise
    </span>
  );
}
