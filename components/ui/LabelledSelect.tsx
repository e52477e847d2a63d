// A <select> inside its <label>, so the visible text is its accessible name. Options carry typed values:
// the change hands back the chosen option's value, not the DOM's string.

export interface LabelledSelectProps<T extends string | number> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  /** Classes of the <label>: the layout of text and select. */
  className?: string;
  /** Classes of the label's text (none by default). */
  textClassName?: string;
  selectClassName?: string;
  testId?: string;
}

export function LabelledSelect<T extends string | number>({
  label,
  value,
  options,
  onChange,
  className = 'flex items-center gap-2 text-sm',
  textClassName,
  selectClassName = 'rounded border border-slate-300 bg-white px-2 py-1',
  testId,
}: LabelledSelectProps<T>) {
  return (
    <label className={className}>
      {/* The space separates text and select in an inline label; a flex label does not render it. */}
      <span className={textClassName}>{label}</span>{' '}
      <select
        className={selectClassName}
        value={value}
        onChange={(e) => onChange(options[e.target.selectedIndex].value)}
        data-testid={testId}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
