'use client';
// A NumberField followed by a row of one-click preset values; a preset commits like a typed value, and
// the one equal to the current value shows as pressed. Returns siblings, so the caller's row lays them out.
import { NumberField, type NumberFieldProps } from './NumberField';

export interface NumberFieldWithPresetsProps extends NumberFieldProps {
  presets: readonly number[];
  /** Accessible name of the preset group. */
  presetsLabel: string;
  /** Text of a preset button; the number itself by default. */
  formatPreset?: (preset: number) => string;
  /** Align the presets' digits (tabular figures). */
  tabularPresets?: boolean;
}

export function NumberFieldWithPresets({
  presets,
  presetsLabel,
  formatPreset = String,
  tabularPresets,
  ...field
}: NumberFieldWithPresetsProps) {
  const { value, onCommit } = field;
  return (
    <>
      <NumberField {...field} />
      <div className="flex gap-1" role="group" aria-label={presetsLabel}>
        {presets.map((p) => (
          <button
            key={p}
            type="button"
            aria-pressed={p === value}
            onClick={() => onCommit(p)}
            className={`rounded border px-2 py-1 text-xs${tabularPresets ? ' tabular-nums' : ''} ${p === value ? 'border-accent bg-accent text-white' : 'border-slate-300 bg-white hover:border-accent'}`}
          >
            {formatPreset(p)}
          </button>
        ))}
      </div>
    </>
  );
}
