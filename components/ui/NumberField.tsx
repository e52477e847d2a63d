'use client';
// A labelled number input that edits a local draft and commits it — on Enter, on blur, or after a
// pause in typing — so URL state (and the queries behind it) changes once per value, not per key.
import { useEffect, useState } from 'react';

export interface NumberFieldProps {
  label: string;
  value: number | null;
  /** Receives the new value, or null when the field was cleared. */
  onCommit: (value: number | null) => void;
  min?: number;
  max?: number;
  step?: number | 'any';
  placeholder?: string;
  /** Tailwind width class of the input. */
  inputClassName?: string;
  /** Render the label visually hidden (it stays the accessible name). */
  hideLabel?: boolean;
  testId?: string;
}

const show = (v: number | null) => (v === null ? '' : String(v));

export function NumberField({
  label,
  value,
  onCommit,
  min,
  max,
  step = 'any',
  placeholder,
  inputClassName = 'w-24',
  hideLabel,
  testId,
}: NumberFieldProps) {
  const [draft, setDraft] = useState(show(value));
  const [seen, setSeen] = useState(value);
  // The URL changed underneath (back/forward, another control): show the new value.
  if (value !== seen) {
    setSeen(value);
    setDraft(show(value));
  }

  const commit = () => {
    const t = draft.trim();
    if (t === '') {
      if (value !== null) onCommit(null);
      return;
    }
    const v = Number(t);
    if (!Number.isFinite(v)) return setDraft(show(value));
    if (v !== value) onCommit(v);
  };

  useEffect(() => {
    if (draft === show(value)) return;
    const t = setTimeout(commit, 800);
    return () => clearTimeout(t);
  });

  return (
    <label className="flex items-center gap-2 text-sm">
      <span className={hideLabel ? 'sr-only' : 'text-muted'}>{label}</span>
      <input
        type="number"
        inputMode="decimal"
        className={`${inputClassName} rounded border border-slate-300 bg-white px-2 py-1 tabular-nums`}
        value={draft}
        min={min}
        max={max}
        step={step}
        placeholder={placeholder}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
        data-testid={testId}
      />
    </label>
  );
}
