'use client';
// Undo and Redo for the editor: the same as the browser's Back and Forward while within the edit
// history (useEditedArchitecture.ts), disabled at its ends, and on Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z
// unless the focus is in a text field (whose own undo that key is).
import { useEffect } from 'react';
import { isTextField } from './isTextField';
import type { EditHistoryView } from './useEditedArchitecture';

const BUTTON =
  'min-h-6 min-w-6 rounded-md border border-slate-300 bg-white px-2.5 py-0.5 text-sm hover:border-accent disabled:cursor-not-allowed disabled:border-slate-200 disabled:text-muted disabled:hover:border-slate-200';

export function EditHistoryControls({ history }: { history: EditHistoryView | null }) {
  const undo = history?.undo;
  const redo = history?.redo;
  useEffect(() => {
    if (!undo || !redo) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== 'z' || isTextField(e.target)) return;
      e.preventDefault();
      if (e.shiftKey) redo();
      else undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return (
    <div className="flex items-center gap-2 text-sm" role="group" aria-label="Edit history">
      {[
        {
          label: 'Undo',
          run: undo,
          enabled: history?.canUndo,
          keys: 'Control+Z Meta+Z',
          title: 'Undo the last edit (Ctrl/Cmd+Z, or Back)',
        },
        {
          label: 'Redo',
          run: redo,
          enabled: history?.canRedo,
          keys: 'Control+Shift+Z Meta+Shift+Z',
          title: 'Redo (Ctrl/Cmd+Shift+Z, or Forward)',
        },
      ].map((b) => (
        <button
          key={b.label}
          type="button"
          className={BUTTON}
          onClick={b.run}
          disabled={!b.enabled}
          aria-keyshortcuts={b.keys}
          title={b.title}
          data-testid={b.label.toLowerCase()}
        >
          {b.label}
        </button>
      ))}
      {history && history.length > 1 ? (
        <span className="text-xs text-muted tabular-nums" data-testid="history-position">
          edit {history.position} of {history.length - 1}
        </span>
      ) : null}
    </div>
  );
}
