// A row of pill-shaped radio buttons: native radios (arrow keys, one tab stop, announced as a group)
// styled as a segmented control. Presentational: the value and onChange come from the caller.

export interface PillRadioGroupProps<T extends string> {
  /** Visible group label. */
  legend: string;
  /** Radio group name, unique on the page. */
  name: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}

export function PillRadioGroup<T extends string>({ legend, name, options, value, onChange }: PillRadioGroupProps<T>) {
  return (
    <fieldset className="flex flex-wrap items-center gap-1.5">
      <legend className="float-left mr-2 text-sm text-muted">{legend}</legend>
      {options.map((o) => (
        <label
          key={o.value}
          className="cursor-pointer rounded-full border border-slate-300 bg-white px-3 py-1 text-sm hover:border-accent has-[:checked]:border-accent has-[:checked]:bg-accent has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent"
        >
          <input
            type="radio"
            className="sr-only"
            name={name}
            value={o.value}
            checked={o.value === value}
            onChange={() => onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
