'use client';
// Copies the current view's address with the dataset version (`dv`) added, so the link says which
// data it was made on. Falls back to a selectable field when the clipboard is not available.
import { useEffect, useRef, useState } from 'react';

export interface CopyLinkButtonProps {
  /** The current dataset version prefix (12 hex characters) to write as `dv`. */
  version: string;
}

export function CopyLinkButton({ version }: CopyLinkButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const [link, setLink] = useState('');
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state !== 'copied') return;
    const t = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(t);
  }, [state]);

  useEffect(() => {
    if (state === 'manual') field.current?.select();
  }, [state]);

  const copy = async () => {
    const url = new URL(window.location.href);
    url.searchParams.set('dv', version);
    const text = url.toString();
    setLink(text);
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      // No clipboard permission (or an insecure origin): let the user copy it by hand.
      setState('manual');
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium shadow-sm hover:border-accent"
        data-testid="copy-link"
      >
        {state === 'copied' ? 'Copied' : 'Copy link'}
      </button>
      <span role="status" aria-live="polite" className="sr-only">
        {state === 'copied' ? 'Link copied to the clipboard' : ''}
      </span>
      {state === 'manual' && (
        <label className="flex items-center gap-1 text-xs text-muted">
          Press Ctrl+C to copy
          <input ref={field} readOnly value={link} className="w-56 rounded border border-slate-300 px-1 py-0.5 text-ink" />
        </label>
      )}
    </div>
  );
}
